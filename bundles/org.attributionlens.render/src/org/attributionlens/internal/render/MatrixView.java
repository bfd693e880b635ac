package org.attributionlens.internal.render;

import java.util.Objects;
import java.util.function.BiPredicate;

import org.attributionlens.model.AttributionMatrix;

/**
 * The matrix in the orientation of the figure: as stored (rows = input tokens, the reference
 * figures) or transposed (rows = output tokens, Captum's {@code plot_token_attr}). No values are
 * copied.
 */
public final class MatrixView {

	private final AttributionMatrix matrix;
	private final boolean transposed;
	private final BiPredicate<Integer, Integer> dimmed;

	public MatrixView(AttributionMatrix matrix, boolean transposed) {
		this(matrix, transposed, (input, output) -> false);
	}

	/**
	 * @param dimmed which cells a highlight dims, by (row, column) of {@code matrix} as stored: input,
	 *               output
	 */
	public MatrixView(AttributionMatrix matrix, boolean transposed, BiPredicate<Integer, Integer> dimmed) {
		this.matrix = Objects.requireNonNull(matrix, "matrix"); //$NON-NLS-1$
		this.transposed = transposed;
		this.dimmed = Objects.requireNonNull(dimmed, "dimmed"); //$NON-NLS-1$
	}

	/** Whether a highlight dims the cell at (row, column) of the figure. */
	public boolean dimmed(int row, int column) {
		return transposed ? dimmed.test(column, row) : dimmed.test(row, column);
	}

	public AttributionMatrix matrix() {
		return matrix;
	}

	public boolean transposed() {
		return transposed;
	}

	public int rows() {
		return transposed ? matrix.columns() : matrix.rows();
	}

	public int columns() {
		return transposed ? matrix.rows() : matrix.columns();
	}

	/** NaN for a missing cell. */
	public float value(int row, int column) {
		return transposed ? matrix.value(column, row) : matrix.value(row, column);
	}

	public String rowToken(int row) {
		return transposed ? matrix.columnToken(row) : matrix.rowToken(row);
	}

	public String columnToken(int column) {
		return transposed ? matrix.rowToken(column) : matrix.columnToken(column);
	}
}
