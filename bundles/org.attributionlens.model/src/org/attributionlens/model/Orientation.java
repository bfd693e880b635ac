package org.attributionlens.model;

/**
 * Which tokens a heatmap lays down its side. The model itself always keeps input tokens as rows;
 * an orientation only says how a figure of the matrix is drawn.
 */
public enum Orientation {
	/** Input (attributed) tokens down the side, output (generated) tokens across the top: Inseq's {@code show()}. */
	INPUTS_AS_ROWS,
	/** Output tokens down the side, input tokens across the top: Captum's {@code plot_token_attr}. */
	OUTPUTS_AS_ROWS;

	/** Whether the rows of a figure in this orientation are output tokens. */
	public boolean rowsAreOutputs() {
		return this == OUTPUTS_AS_ROWS;
	}

	/** The other orientation. */
	public Orientation flipped() {
		return this == OUTPUTS_AS_ROWS ? INPUTS_AS_ROWS : OUTPUTS_AS_ROWS;
	}

	/** The orientation whose rows are output tokens when {@code rowsAreOutputs}. */
	public static Orientation of(boolean rowsAreOutputs) {
		return rowsAreOutputs ? OUTPUTS_AS_ROWS : INPUTS_AS_ROWS;
	}
}
