package org.attributionlens.internal.render;

/**
 * The few drawing operations a heatmap figure is made of, implemented once for SVG and once for
 * PNG so that both show the same layout. Coordinates are figure units (pixels at scale 1), x to
 * the right, y downwards; colours are 0xRRGGBB.
 */
public interface FigureCanvas {

	/** Which end of a text its anchor point is at, along the reading direction. */
	enum Anchor {
		START, MIDDLE, END
	}

	/** Logical parts of the figure; a canvas may group its output by them. */
	enum Group {
		CELLS("cells"), VALUES("values"), AXES("axes"), STRIPS("strips"), COLOR_BAR("colorbar"), TITLE("title"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

		private final String id;

		Group(String id) {
			this.id = id;
		}

		/** A short identifier, e.g. the id of an SVG group. */
		public String id() {
			return id;
		}
	}

	void fillRect(double x, double y, double width, double height, int rgb);

	/** A missing cell: a light fill with a diagonal hatch, so that it never looks like a zero. */
	void fillHatched(double x, double y, double width, double height);

	/** A straight line of the given width; axis-parallel lines should come out crisp. */
	void drawLine(double x1, double y1, double x2, double y2, double width, int rgb);

	/**
	 * One line of text.
	 *
	 * @param x      anchor point on the baseline
	 * @param y      anchor point on the baseline
	 * @param size   font size (em height) in figure units
	 * @param anchor which end of the text is at the anchor point
	 * @param angle  clockwise rotation around the anchor point, in degrees
	 */
	void drawText(String text, double x, double y, double size, int rgb, Anchor anchor, double angle);

	default void beginGroup(Group group) {
	}

	default void endGroup() {
	}

	/**
	 * Fills all cells of a grid. The default merges horizontal runs of equal colour into one
	 * rectangle and otherwise uses {@link #fillRect} and {@link #fillHatched}.
	 */
	default void fillCells(CellGrid grid) {
		int columns = grid.columns();
		for (int row = 0; row < grid.rows(); row++) {
			int start = 0;
			int rgb = grid.rgb(row, 0);
			for (int column = 1; column < columns; column++) {
				int next = grid.rgb(row, column);
				if (next != rgb) {
					fillRun(grid, row, start, column, rgb);
					start = column;
					rgb = next;
				}
			}
			fillRun(grid, row, start, columns, rgb);
		}
	}

	/** Fills the cells {@code [from, to)} of a row, which all have the colour {@code rgb}. */
	private void fillRun(CellGrid grid, int row, int from, int to, int rgb) {
		double x = grid.x() + from * grid.cellWidth();
		double y = grid.y() + row * grid.cellHeight();
		double width = (to - from) * grid.cellWidth();
		if (rgb == CellGrid.MISSING) {
			fillHatched(x, y, width, grid.cellHeight());
		} else {
			fillRect(x, y, width, grid.cellHeight(), rgb);
		}
	}
}
