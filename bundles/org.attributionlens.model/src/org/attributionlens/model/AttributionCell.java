package org.attributionlens.model;

import java.util.Objects;

/**
 * One cell of a loaded file, as published to selection listeners (e.g. the Properties view).
 * Indices are validated against the file's matrix on construction, so the accessors never fail.
 */
public record AttributionCell(AttributionFile file, int row, int column) {

	public AttributionCell {
		Objects.requireNonNull(file, "file");
		Objects.checkIndex(row, file.matrix().rows());
		Objects.checkIndex(column, file.matrix().columns());
	}

	public AttributionMatrix matrix() {
		return file.matrix();
	}

	public CellRef ref() {
		return new CellRef(row, column);
	}

	/** The attribution value; NaN when the cell is missing. */
	public float value() {
		return file.matrix().value(row, column);
	}

	public String rowToken() {
		return file.matrix().rowToken(row);
	}

	public String columnToken() {
		return file.matrix().columnToken(column);
	}

	public boolean missing() {
		return file.matrix().isMissing(row, column);
	}
}
