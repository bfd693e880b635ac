package org.attributionlens.internal.render;

/**
 * The heatmap's cells as a canvas sees them: a grid of equal cells, each a colour or missing.
 * Lets a canvas emit very many cells in a form of its own choosing (see {@link SvgCanvas}).
 */
public interface CellGrid {

	/** Returned by {@link #rgb(int, int)} for a missing cell, drawn hatched. */
	int MISSING = -1;

	int rows();

	int columns();

	/** Left edge of the grid, in figure units. */
	double x();

	/** Top edge of the grid, in figure units. */
	double y();

	double cellWidth();

	double cellHeight();

	/** The fill of a cell as 0xRRGGBB, or {@link #MISSING}. */
	int rgb(int row, int column);
}
