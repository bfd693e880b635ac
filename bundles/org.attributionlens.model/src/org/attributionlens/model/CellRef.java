package org.attributionlens.model;

/**
 * Position of one heatmap cell, independent of any matrix: {@code row} indexes the input
 * (attributed) tokens, {@code column} the output (generated) tokens. Both are 0-based.
 */
public record CellRef(int row, int column) {

	public CellRef {
		if (row < 0 || column < 0) {
			throw new IllegalArgumentException("negative cell index: (" + row + ", " + column + ")");
		}
	}
}
