package org.attributionlens.model.analysis;

import java.util.Objects;

/**
 * A cell of a comparison, as the compare editor publishes it to the workbench
 * selection: which two files, and the cell of their difference. Views adapt it
 * (the Properties view shows A, B and A - B with both sides' tokens).
 *
 * @param locationA the first file as the user knows it
 * @param locationB the second file
 * @param diff      the comparison
 * @param row       0-based row of the difference matrix
 * @param column    0-based column of the difference matrix
 */
public record ComparedCell(String locationA, String locationB, MatrixDiff diff, int row, int column) {
	public ComparedCell {
		Objects.requireNonNull(diff, "diff"); //$NON-NLS-1$
		Objects.checkIndex(row, diff.rows());
		Objects.checkIndex(column, diff.columns());
	}

	public DiffCell cell() {
		return diff.cell(row, column);
	}
}
