package org.attributionlens.internal.editor.preferences;

import org.attributionlens.internal.editor.Messages;
import org.attributionlens.model.Orientation;

/** Which way a file opens (Window > Preferences > Attribution Lens > Orientation); Transpose flips it. */
public enum DefaultOrientation {
	/** As the tool that wrote the file draws it: Captum's files with output tokens as rows, Inseq's and tables with input tokens. */
	AS_WRITTEN(Messages.Orientation_asWritten),
	INPUTS_AS_ROWS(Messages.Orientation_inputsAsRows),
	OUTPUTS_AS_ROWS(Messages.Orientation_outputsAsRows);

	private final String label;

	DefaultOrientation(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The orientation a file written in {@code written} opens in. */
	public Orientation resolve(Orientation written) {
		return switch (this) {
		case AS_WRITTEN -> written;
		case INPUTS_AS_ROWS -> Orientation.INPUTS_AS_ROWS;
		case OUTPUTS_AS_ROWS -> Orientation.OUTPUTS_AS_ROWS;
		};
	}
}
