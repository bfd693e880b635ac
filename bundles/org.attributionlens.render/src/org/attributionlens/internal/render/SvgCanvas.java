package org.attributionlens.internal.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Writes SVG 1.1 elements: {@code <rect>} for fills, {@code <line>} for lines, real {@code <text>}
 * for every text, a {@code <pattern>} for the hatch of missing cells. Nothing is rasterised.
 * <p>
 * Up to {@link #RECT_LIMIT} cells, every horizontal run of equally coloured cells is one
 * {@code <rect>} (so a cell with a value of its own is one rect). Beyond, cells are written per
 * colour as one {@code <path>} of rectangles per band of rows, with relative coordinates: about 12
 * bytes per cell instead of 60, about 200 MB for 4096 x 4096 cells of random values and much less
 * for smooth ones. Memory stays bounded by one band.
 * <p>
 * I/O errors are thrown as {@link UncheckedIOException} (the canvas interface has no checked
 * exceptions) and unwrapped by {@link SvgFigureWriter}.
 */
final class SvgCanvas implements FigureCanvas {

	/** Above this many cells, the grid is written as paths per colour. */
	static final long RECT_LIMIT = 1L << 20;
	static final String MISSING_PATTERN = "al-missing"; //$NON-NLS-1$
	/** Cells handled at once in the compact form. */
	private static final int BAND_CELLS = 1 << 20;
	/** More distinct colours than this in a band and it is written as rects after all. */
	private static final int MAX_PATH_COLORS = 4096;

	private final SvgOut out;

	SvgCanvas(SvgOut out) {
		this.out = out;
	}

	/** The document's start: the root element, its title and description, the hatch pattern. */
	void begin(int width, int height, FigureMetadata metadata) {
		try {
			out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
			out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"") //$NON-NLS-1$
					.attribute("width", width).attribute("height", height) //$NON-NLS-1$ //$NON-NLS-2$
					.raw(" viewBox=\"0 0 ").integer(width).raw(' ').integer(height).raw('"') //$NON-NLS-1$
					.raw(" font-family=\"sans-serif\">\n"); //$NON-NLS-1$
			out.raw("<title>").text(metadata.title()).raw("</title>\n"); //$NON-NLS-1$ //$NON-NLS-2$
			out.raw("<desc>").text(metadata.description()).raw("</desc>\n"); //$NON-NLS-1$ //$NON-NLS-2$
			double step = FigureLayout.HATCH_STEP;
			out.raw("<defs><pattern id=\"").raw(MISSING_PATTERN).raw("\" patternUnits=\"userSpaceOnUse\"") //$NON-NLS-1$ //$NON-NLS-2$
					.attribute("width", step).attribute("height", step).raw('>') //$NON-NLS-1$ //$NON-NLS-2$
					.raw("<rect").attribute("width", step).attribute("height", step) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.raw(" fill=\"").color(FigureLayout.MISSING_FILL).raw("\"/>") //$NON-NLS-1$ //$NON-NLS-2$
					.raw("<path d=\"M0 ").number(step).raw('L').number(step).raw(" 0M-1 1L1 -1M") //$NON-NLS-1$ //$NON-NLS-2$
					.number(step - 1).raw(' ').number(step + 1).raw('L').number(step + 1).raw(' ').number(step - 1)
					.raw("\" stroke=\"").color(FigureLayout.MISSING_HATCH).raw("\" stroke-width=\"1\"/>") //$NON-NLS-1$ //$NON-NLS-2$
					.raw("</pattern></defs>\n"); //$NON-NLS-1$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void end() {
		try {
			out.raw("</svg>\n"); //$NON-NLS-1$
			out.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void beginGroup(Group group) {
		try {
			out.raw("<g id=\"").raw(group.id()).raw('"'); //$NON-NLS-1$
			if (group == Group.CELLS || group == Group.AXES || group == Group.STRIPS || group == Group.COLOR_BAR) {
				out.raw(" shape-rendering=\"crispEdges\""); //$NON-NLS-1$
			}
			out.raw(">\n"); //$NON-NLS-1$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void endGroup() {
		try {
			out.raw("</g>\n"); //$NON-NLS-1$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void fillRect(double x, double y, double width, double height, int rgb) {
		try {
			rect(x, y, width, height).raw(" fill=\"").color(rgb).raw("\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void fillHatched(double x, double y, double width, double height) {
		try {
			rect(x, y, width, height).raw(" fill=\"url(#").raw(MISSING_PATTERN).raw(")\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private SvgOut rect(double x, double y, double width, double height) throws IOException {
		return out.raw("<rect").attribute("x", x).attribute("y", y).attribute("width", width) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.attribute("height", height); //$NON-NLS-1$
	}

	@Override
	public void drawLine(double x1, double y1, double x2, double y2, double width, int rgb) {
		try {
			out.raw("<line").attribute("x1", x1).attribute("y1", y1).attribute("x2", x2).attribute("y2", y2) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					.raw(" stroke=\"").color(rgb).raw('"').attribute("stroke-width", width).raw("/>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void drawText(String text, double x, double y, double size, int rgb, Anchor anchor, double angle) {
		try {
			out.raw("<text").attribute("x", x).attribute("y", y).attribute("font-size", size); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			if (anchor != Anchor.START) {
				out.raw(" text-anchor=\"").raw(anchor == Anchor.MIDDLE ? "middle" : "end").raw('"'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			if (rgb != FigureLayout.BLACK) {
				out.raw(" fill=\"").color(rgb).raw('"'); //$NON-NLS-1$
			}
			if (angle != 0) {
				out.raw(" transform=\"rotate(").number(angle).raw(' ').number(x).raw(' ').number(y).raw(")\""); //$NON-NLS-1$ //$NON-NLS-2$
			}
			out.raw('>').text(text).raw("</text>\n"); //$NON-NLS-1$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void fillCells(CellGrid grid) {
		if ((long) grid.rows() * grid.columns() <= RECT_LIMIT) {
			FigureCanvas.super.fillCells(grid);
			return;
		}
		try {
			int bandRows = Math.max(1, BAND_CELLS / grid.columns());
			for (int first = 0; first < grid.rows(); first += bandRows) {
				writeBand(grid, first, Math.min(grid.rows(), first + bandRows));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Rows {@code [first, last)} as one path per colour, cells of a colour in row-major order. */
	private void writeBand(CellGrid grid, int first, int last) throws IOException {
		int columns = grid.columns();
		int cells = (last - first) * columns;
		Palette palette = new Palette();
		int[] colorOf = new int[cells];
		for (int row = first, i = 0; row < last; row++) {
			for (int column = 0; column < columns; column++, i++) {
				colorOf[i] = palette.indexOf(grid.rgb(row, column));
				if (colorOf[i] < 0) {
					writeBandAsRects(grid, first, last);
					return;
				}
			}
		}
		// counting sort of the cells by colour; stable, so row-major within a colour
		int[] start = new int[palette.size() + 1];
		for (int color : colorOf) {
			start[color + 1]++;
		}
		for (int color = 0; color < palette.size(); color++) {
			start[color + 1] += start[color];
		}
		int[] next = Arrays.copyOf(start, palette.size());
		int[] order = new int[cells];
		for (int i = 0; i < cells; i++) {
			order[next[colorOf[i]]++] = i;
		}
		for (int color = 0; color < palette.size(); color++) {
			writePath(grid, first, palette.rgb(color), order, start[color], start[color + 1]);
		}
	}

	private void writePath(CellGrid grid, int firstRow, int rgb, int[] order, int from, int to) throws IOException {
		int columns = grid.columns();
		double cellWidth = grid.cellWidth();
		double cellHeight = grid.cellHeight();
		// relative moves are exact only on a whole-unit grid; otherwise rounding would accumulate
		boolean relative = isWhole(grid.x()) && isWhole(grid.y()) && isWhole(cellWidth) && isWhole(cellHeight);
		out.raw("<path"); //$NON-NLS-1$
		if (rgb == CellGrid.MISSING) {
			out.raw(" fill=\"url(#").raw(MISSING_PATTERN).raw(")\""); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			out.raw(" fill=\"").color(rgb).raw('"'); //$NON-NLS-1$
		}
		out.raw(" d=\""); //$NON-NLS-1$
		double lastX = 0;
		double lastY = 0;
		boolean firstRun = true;
		int k = from;
		while (k < to) {
			int cell = order[k];
			int end = k + 1;
			// extend the run while the next cell of this colour is the right-hand neighbour in the same row
			while (end < to && order[end] == order[end - 1] + 1 && order[end] % columns != 0) {
				end++;
			}
			int row = firstRow + cell / columns;
			double x = grid.x() + (cell % columns) * cellWidth;
			double y = grid.y() + row * cellHeight;
			double width = (end - k) * cellWidth;
			if (firstRun || !relative) {
				out.raw('M').number(x).raw(' ').number(y);
			} else {
				out.raw('m').number(x - lastX).raw(' ').number(y - lastY);
			}
			out.raw('h').number(width).raw('v').number(cellHeight).raw('h').number(-width).raw('z');
			lastX = x;
			lastY = y;
			firstRun = false;
			k = end;
		}
		out.raw("\"/>\n"); //$NON-NLS-1$
	}

	private void writeBandAsRects(CellGrid grid, int first, int last) {
		int columns = grid.columns();
		for (int row = first; row < last; row++) {
			double y = grid.y() + row * grid.cellHeight();
			for (int column = 0; column < columns; column++) {
				int rgb = grid.rgb(row, column);
				int end = column + 1;
				while (end < columns && grid.rgb(row, end) == rgb) {
					end++;
				}
				double x = grid.x() + column * grid.cellWidth();
				double width = (end - column) * grid.cellWidth();
				if (rgb == CellGrid.MISSING) {
					fillHatched(x, y, width, grid.cellHeight());
				} else {
					fillRect(x, y, width, grid.cellHeight(), rgb);
				}
				column = end - 1;
			}
		}
	}

	private static boolean isWhole(double value) {
		return value == Math.rint(value);
	}

	/** The distinct colours of a band, numbered in order of appearance; an open-addressing hash table. */
	private static final class Palette {
		private static final int EMPTY = Integer.MIN_VALUE;
		private final int[] keys = new int[MAX_PATH_COLORS * 2];
		private final int[] values = new int[MAX_PATH_COLORS * 2];
		private final int[] colors = new int[MAX_PATH_COLORS];
		private int size;

		Palette() {
			Arrays.fill(keys, EMPTY);
		}

		/** The colour's number, or -1 when there are already {@link #MAX_PATH_COLORS} others. */
		int indexOf(int rgb) {
			int mask = keys.length - 1;
			int slot = (rgb * 0x9E3779B9) >>> 17 & mask;
			while (keys[slot] != EMPTY) {
				if (keys[slot] == rgb) {
					return values[slot];
				}
				slot = slot + 1 & mask;
			}
			if (size == MAX_PATH_COLORS) {
				return -1;
			}
			keys[slot] = rgb;
			values[slot] = size;
			colors[size] = rgb;
			return size++;
		}

		int size() {
			return size;
		}

		int rgb(int index) {
			return colors[index];
		}
	}
}
