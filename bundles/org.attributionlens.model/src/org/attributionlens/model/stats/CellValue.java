package org.attributionlens.model.stats;

/** A cell of a matrix together with its (non-missing) value. */
public record CellValue(int row, int column, float value) {
}
