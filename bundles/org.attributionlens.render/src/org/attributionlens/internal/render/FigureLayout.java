package org.attributionlens.internal.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.attributionlens.internal.render.FigureCanvas.Anchor;
import org.attributionlens.model.TokenLabels;
import org.attributionlens.model.color.ColorScale;
import org.attributionlens.model.color.Ticks;
import org.attributionlens.model.color.ValueRange;

/**
 * Where everything of a heatmap figure goes, computed once and shared by the SVG and the PNG
 * writer. The look follows Captum's {@code plot_token_attr} (matplotlib): cells without grid
 * lines inside a thin frame, the value printed in each cell, row labels on the left, column labels
 * on top (rotated when they would not fit side by side), a colour bar on the right titled "Token
 * Attribution" with nice ticks, and an optional title above. Values given per token beside the
 * matrix ({@code seq_attr}, output probabilities) are {@linkplain BarStrip strips of bars} in step
 * with the cells: under the heatmap for the column tokens, right of it (before the colour bar) for
 * the row tokens, each titled on the side of the token labels.
 * <p>
 * Sizes are in figure units, which are pixels at scale 1 (about matplotlib's 100 dpi: its 10 pt
 * default font is ~14 px). Cells get the size that fits the widest value; when the matrix would
 * then exceed {@link #MAX_EXTENT} along an axis the cells shrink (to 1 unit at least) and the
 * values are hidden once they no longer fit, so that a 4096 x 4096 matrix gives a 4096 px square
 * heatmap. Token labels too dense to be read are thinned out to every k-th token.
 * <p>
 * All positions are relative to the heatmap's top-left corner; {@link #offsetX()} and
 * {@link #offsetY()} place that corner in the figure. Immutable.
 */
public final class FigureLayout {

	/** Font size of values, token labels, tick labels and the colour bar title. */
	public static final double FONT_SIZE = 13;
	/** Font size of the figure title. */
	public static final double TITLE_SIZE = 16;
	/** Largest width or height of the heatmap before its cells shrink. */
	public static final int MAX_EXTENT = 4000;
	/** Longest token label, in code points; longer ones end in "…". */
	public static final int MAX_LABEL_CHARS = 40;
	/** Longest title, in code points; it is also shortened to the width of the figure. */
	public static final int MAX_TITLE_CHARS = 200;
	/** Width a title may always take, even above a narrow heatmap. */
	public static final double MIN_TITLE_WIDTH = 480;

	public static final int BLACK = 0x000000;
	public static final int WHITE = 0xffffff;
	/** Background of a missing cell, as in the editor. */
	public static final int MISSING_FILL = 0xfafafa;
	/** Hatch lines of a missing cell, as in the editor. */
	public static final int MISSING_HATCH = 0xc8c8c8;
	/** Distance between two hatch lines, horizontally. */
	public static final double HATCH_STEP = 6;

	static final double CELL_PAD_X = 8;
	static final double CELL_PAD_Y = 8;
	static final double TICK_LENGTH = 5;
	static final double TICK_PAD = 4;
	static final double LINE_WIDTH = 1;
	/** Space between two neighbouring labels, across their reading direction. */
	static final double LABEL_GAP = 2;
	static final double COLOR_BAR_GAP = 20;
	static final double COLOR_BAR_MIN_HEIGHT = 150;
	static final double TITLE_GAP = 10;
	static final double MARGIN = 12;
	private static final double[] COLUMN_LABEL_ANGLES = { 30, 45, 60 };

	/** A text to draw: {@code (x, y)} is the anchor point on the baseline, see {@link FigureCanvas#drawText}. */
	public record Text(String text, double x, double y, double size, int rgb, Anchor anchor, double angle) {
	}

	/** A line to draw. */
	public record Line(double x1, double y1, double x2, double y2, double width, int rgb) {
	}

	private final MatrixView view;
	private final ColorScale scale;
	private final ValueRange range;
	private final String valueFormat;
	private final int decimals;
	private final TextMetrics metrics;

	private final int cellWidth;
	private final int cellHeight;
	private final boolean showValues;
	private final int rowLabelStep;
	private final int columnLabelStep;
	private final double columnLabelAngle;
	private final double colorBarX;
	private final double colorBarY;
	private final double colorBarWidth;
	private final double colorBarHeight;
	private final double[] ticks;
	private final List<Text> axisTexts = new ArrayList<>();
	private final List<Text> colorBarTexts = new ArrayList<>();
	private final List<Line> axisLines = new ArrayList<>();
	private final List<Line> colorBarLines = new ArrayList<>();
	private final List<BarStrip> strips = new ArrayList<>();
	private final Text title;
	private final int offsetX;
	private final int offsetY;
	private final int width;
	private final int height;

	private final Bounds bounds = new Bounds();

	/**
	 * @param title         shown above the heatmap; null or blank for none
	 * @param decimals      digits after the decimal point of the printed values
	 * @param rowSeries     bars along the rows, one value per row each, drawn right of the heatmap
	 * @param columnSeries  bars along the columns, one value per column each, drawn under it
	 */
	public FigureLayout(MatrixView view, ColorScale scale, ValueRange range, int decimals, String title,
			String colorBarTitle, TextMetrics metrics, List<BarSeries> rowSeries, List<BarSeries> columnSeries) {
		this.view = view;
		this.scale = scale;
		this.range = range;
		this.valueFormat = "%." + decimals + "f"; //$NON-NLS-1$ //$NON-NLS-2$
		this.decimals = decimals;
		this.metrics = metrics;

		double lineHeight = metrics.lineHeight(FONT_SIZE);
		double maxAbs = Math.max(Math.abs(range.low()), Math.abs(range.high()));
		double valueWidth = Math.max(metrics.width(formatValue(maxAbs), FONT_SIZE),
				metrics.width(formatValue(-maxAbs), FONT_SIZE));
		cellWidth = cellSize(view.columns(), (int) Math.ceil(valueWidth + 2 * CELL_PAD_X));
		cellHeight = cellSize(view.rows(), (int) Math.ceil(lineHeight + 2 * CELL_PAD_Y));
		showValues = valueWidth + 4 <= cellWidth && lineHeight + 2 <= cellHeight;

		double heatmapWidth = heatmapWidth();
		double heatmapHeight = heatmapHeight();
		bounds.add(-LINE_WIDTH, -LINE_WIDTH);
		bounds.add(heatmapWidth + LINE_WIDTH, heatmapHeight + LINE_WIDTH);
		addFrame(axisLines, 0, 0, heatmapWidth, heatmapHeight);

		rowLabelStep = labelStep(cellHeight, lineHeight);
		addRowLabels();
		columnLabelStep = labelStep(cellWidth, lineHeight);
		columnLabelAngle = columnLabelAngle(lineHeight);
		addColumnLabels();
		double under = heatmapHeight + LINE_WIDTH;
		for (BarSeries series : columnSeries) {
			under += BarStrip.GAP;
			addStrip(new BarStrip(checked(series, view.columns()), true, under, cellWidth));
			under += BarStrip.DEPTH;
		}
		double right = heatmapWidth + LINE_WIDTH;
		for (BarSeries series : rowSeries) {
			right += BarStrip.GAP;
			addStrip(new BarStrip(checked(series, view.rows()), false, right, cellHeight));
			right += BarStrip.DEPTH;
		}

		colorBarHeight = Math.max(heatmapHeight, COLOR_BAR_MIN_HEIGHT);
		colorBarY = (heatmapHeight - colorBarHeight) / 2;
		colorBarWidth = Math.max(12, Math.min(24, Math.round(colorBarHeight / 20)));
		colorBarX = right + COLOR_BAR_GAP;
		ticks = Ticks.nice(range.low(), range.high(), Math.max(2, Math.min(11, (int) (colorBarHeight / 36) + 1)));
		addColorBar(colorBarTitle);

		this.title = addTitle(title);
		offsetX = (int) Math.ceil(MARGIN - bounds.minX);
		offsetY = (int) Math.ceil(MARGIN - bounds.minY);
		width = (int) Math.ceil(bounds.maxX + offsetX + MARGIN);
		height = (int) Math.ceil(bounds.maxY + offsetY + MARGIN);
	}

	/** The natural size when all cells fit in {@link #MAX_EXTENT}, else the largest that fits, at least 1. */
	private static int cellSize(int count, int natural) {
		if ((long) count * natural <= MAX_EXTENT) {
			return natural;
		}
		return Math.max(1, MAX_EXTENT / count);
	}

	/** Every how many cells a label can be placed without overlapping its neighbour. */
	private static int labelStep(int cellSize, double lineHeight) {
		return (int) Math.ceil((lineHeight + LABEL_GAP) / cellSize);
	}

	private void addRowLabels() {
		double x = -LINE_WIDTH - TICK_LENGTH;
		for (int row = 0; row < view.rows(); row += rowLabelStep) {
			double y = row * cellHeight + cellHeight / 2.0;
			addLine(axisLines, x, y, -LINE_WIDTH, y);
			addText(axisTexts, centred(tokenLabel(view.rowToken(row)), x - TICK_PAD, y, FONT_SIZE, Anchor.END, 0));
		}
	}

	/**
	 * 0 when every label fits above its own column; otherwise the smallest of 30, 45 and 60 degrees at
	 * which neighbouring labels, written towards the upper left and ending at their column as in
	 * Captum's figures, keep apart; -90 (reading upwards) when the columns are narrower still.
	 */
	private double columnLabelAngle(double lineHeight) {
		double needed = lineHeight + LABEL_GAP;
		if (columnLabelStep > 1) {
			return -90;
		}
		double widest = 0;
		for (int column = 0; column < view.columns(); column++) {
			widest = Math.max(widest, metrics.width(tokenLabel(view.columnToken(column)), FONT_SIZE));
		}
		if (widest + 3 * LABEL_GAP <= cellWidth) {
			return 0;
		}
		for (double angle : COLUMN_LABEL_ANGLES) {
			if (cellWidth * Math.sin(Math.toRadians(angle)) >= needed) {
				return angle;
			}
		}
		return -90;
	}

	private void addColumnLabels() {
		double lineHeight = metrics.lineHeight(FONT_SIZE);
		double top = -LINE_WIDTH - TICK_LENGTH;
		for (int column = 0; column < view.columns(); column += columnLabelStep) {
			double x = column * cellWidth + cellWidth / 2.0;
			addLine(axisLines, x, top, x, -LINE_WIDTH);
			String label = tokenLabel(view.columnToken(column));
			double y = top - TICK_PAD;
			Text text;
			if (columnLabelAngle == 0) {
				text = centred(label, x, y - lineHeight / 2, FONT_SIZE, Anchor.MIDDLE, 0);
			} else if (columnLabelAngle < 0) {
				text = centred(label, x, y, FONT_SIZE, Anchor.START, columnLabelAngle);
			} else {
				// the lower corner of the text's end sits just above the tick
				double radians = Math.toRadians(columnLabelAngle);
				text = centred(label, x + Math.sin(radians) * lineHeight / 2, y - Math.cos(radians) * lineHeight / 2,
						FONT_SIZE, Anchor.END, columnLabelAngle);
			}
			addText(axisTexts, text);
		}
	}

	private static BarSeries checked(BarSeries series, int tokens) {
		if (series.values().length != tokens) {
			throw new IllegalArgumentException(series.title() + " has " + series.values().length //$NON-NLS-1$
					+ " values for " + tokens + " tokens"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return series;
	}

	/**
	 * A strip and its two labels on the side of the token labels: under the heatmap right-aligned
	 * like the row labels, right of it reading upwards like vertical column labels; the title first,
	 * then the range of the bars' scale.
	 */
	private void addStrip(BarStrip strip) {
		strips.add(strip);
		double lineHeight = metrics.lineHeight(FONT_SIZE);
		double middle = strip.start() + BarStrip.DEPTH / 2;
		String rangeText = Messages.format(Messages.STRIP_RANGE, formatValue(strip.low()), formatValue(strip.high()));
		Text title;
		Text range;
		if (strip.alongColumns()) {
			double x = -LINE_WIDTH - TICK_LENGTH - TICK_PAD;
			title = centred(strip.series().title(), x, middle - lineHeight / 2, FONT_SIZE, Anchor.END, 0);
			range = centred(rangeText, x, middle + lineHeight / 2, BarStrip.RANGE_SIZE, Anchor.END, 0);
			bounds.add(heatmapWidth() + LINE_WIDTH, strip.start() + BarStrip.DEPTH + LINE_WIDTH);
		} else {
			double y = -LINE_WIDTH - TICK_PAD;
			title = centred(strip.series().title(), middle - lineHeight / 2, y, FONT_SIZE, Anchor.START, -90);
			range = centred(rangeText, middle + lineHeight / 2, y, BarStrip.RANGE_SIZE, Anchor.START, -90);
			bounds.add(strip.start() + BarStrip.DEPTH + LINE_WIDTH, heatmapHeight() + LINE_WIDTH);
		}
		strip.addText(title);
		strip.addText(range);
		addBounds(title);
		addBounds(range);
	}

	private void addColorBar(String colorBarTitle) {
		bounds.add(colorBarX - LINE_WIDTH, colorBarY - LINE_WIDTH);
		bounds.add(colorBarX + colorBarWidth + LINE_WIDTH, colorBarY + colorBarHeight + LINE_WIDTH);
		addFrame(colorBarLines, colorBarX, colorBarY, colorBarWidth, colorBarHeight);
		int tickDecimals = tickDecimals(ticks);
		double tickStart = colorBarX + colorBarWidth + LINE_WIDTH;
		double labelRight = tickStart + TICK_LENGTH;
		for (double tick : ticks) {
			double y = tickY(tick);
			addLine(colorBarLines, tickStart, y, tickStart + TICK_LENGTH, y);
			Text label = centred(tickLabel(tick, tickDecimals), tickStart + TICK_LENGTH + TICK_PAD, y, FONT_SIZE,
					Anchor.START, 0);
			addText(colorBarTexts, label);
			labelRight = Math.max(labelRight, label.x() + metrics.width(label.text(), FONT_SIZE));
		}
		double centre = labelRight + 2 * TICK_PAD + metrics.lineHeight(FONT_SIZE) / 2;
		addText(colorBarTexts, centred(colorBarTitle, centre, colorBarY + colorBarHeight / 2, FONT_SIZE,
				Anchor.MIDDLE, 90));
	}

	/**
	 * The title on one line above everything else, centred over the heatmap; shortened with "…" when
	 * it would be wider than the rest of the figure (or {@link #MIN_TITLE_WIDTH}).
	 */
	private Text addTitle(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String line = TokenLabels.abbreviate(text.strip().replaceAll("\\s+", " "), MAX_TITLE_CHARS); //$NON-NLS-1$ //$NON-NLS-2$
		double allowed = Math.max(bounds.maxX - bounds.minX, MIN_TITLE_WIDTH);
		int length = line.codePointCount(0, line.length());
		while (length > 1 && metrics.width(TokenLabels.abbreviate(line, length), TITLE_SIZE) > allowed) {
			length--;
		}
		double y = bounds.minY - TITLE_GAP - metrics.lineHeight(TITLE_SIZE) / 2;
		Text result = centred(TokenLabels.abbreviate(line, length), heatmapWidth() / 2, y, TITLE_SIZE, Anchor.MIDDLE, 0);
		addBounds(result);
		return result;
	}

	/**
	 * A text whose glyphs are centred on the line through {@code (x, y)} along its reading
	 * direction: the baseline is moved across that direction by half the glyph height.
	 */
	private Text centred(String text, double x, double y, double size, Anchor anchor, double angle) {
		double shift = (metrics.ascent(size) - metrics.descent(size)) / 2;
		double radians = Math.toRadians(angle);
		return new Text(text, x - Math.sin(radians) * shift, y + Math.cos(radians) * shift, size, BLACK, anchor,
				angle);
	}

	private void addText(List<Text> list, Text text) {
		list.add(text);
		addBounds(text);
	}

	/** Adds the four corners of a text's (rotated) box to the bounds. */
	private void addBounds(Text text) {
		double width = metrics.width(text.text(), text.size());
		double left = switch (text.anchor()) {
		case START -> 0;
		case MIDDLE -> -width / 2;
		case END -> -width;
		};
		double top = -metrics.ascent(text.size());
		double bottom = metrics.descent(text.size());
		double radians = Math.toRadians(text.angle());
		double cos = Math.cos(radians);
		double sin = Math.sin(radians);
		for (double dx : new double[] { left, left + width }) {
			for (double dy : new double[] { top, bottom }) {
				bounds.add(text.x() + dx * cos - dy * sin, text.y() + dx * sin + dy * cos);
			}
		}
	}

	/** A frame of {@link #LINE_WIDTH} just outside the rectangle, so that it covers no cell. */
	private static void addFrame(List<Line> lines, double x, double y, double width, double height) {
		double half = LINE_WIDTH / 2;
		double left = x - half;
		double right = x + width + half;
		double top = y - half;
		double bottom = y + height + half;
		lines.add(new Line(left - half, top, right + half, top, LINE_WIDTH, BLACK));
		lines.add(new Line(left - half, bottom, right + half, bottom, LINE_WIDTH, BLACK));
		lines.add(new Line(left, top, left, bottom, LINE_WIDTH, BLACK));
		lines.add(new Line(right, top, right, bottom, LINE_WIDTH, BLACK));
	}

	private void addLine(List<Line> lines, double x1, double y1, double x2, double y2) {
		lines.add(new Line(x1, y1, x2, y2, LINE_WIDTH, BLACK));
		bounds.add(x1, y1);
		bounds.add(x2, y2);
	}

	private static String tokenLabel(String token) {
		return TokenLabels.abbreviate(TokenLabels.visible(token), MAX_LABEL_CHARS);
	}

	/** As few decimals as the tick step needs, like matplotlib: 0.5 steps give "1.0", "0.5". */
	static int tickDecimals(double[] ticks) {
		if (ticks.length < 2) {
			return 1;
		}
		double step = ticks[1] - ticks[0];
		return Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
	}

	/** A tick label with matplotlib's minus sign (U+2212). */
	static String tickLabel(double tick, int decimals) {
		String text = String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(tick)); //$NON-NLS-1$ //$NON-NLS-2$
		return tick < 0 ? "\u2212" + text : text; //$NON-NLS-1$
	}

	private double tickY(double tick) {
		return colorBarY + colorBarHeight - range.position(tick) * colorBarHeight;
	}

	/** A cell's value as printed: fixed decimals, locale independent, "-0.0000" kept as in Captum's figures. */
	public String formatValue(double value) {
		return String.format(Locale.ROOT, valueFormat, value);
	}

	/** Digits after the decimal point of the printed values. */
	public int decimals() {
		return decimals;
	}

	/** The position of a value on the colour scale; NaN for a missing value. */
	public double position(double value) {
		return range.position(value);
	}

	/** The fill of a value, or {@link CellGrid#MISSING} for NaN. */
	public int rgb(double value) {
		return Double.isNaN(value) ? CellGrid.MISSING : scale.rgb(range.position(value));
	}

	public MatrixView view() {
		return view;
	}

	public ColorScale scale() {
		return scale;
	}

	public ValueRange range() {
		return range;
	}

	public TextMetrics metrics() {
		return metrics;
	}

	/** Width of the whole figure, in figure units. */
	public int width() {
		return width;
	}

	/** Height of the whole figure, in figure units. */
	public int height() {
		return height;
	}

	/** Where the heatmap's left edge is in the figure. */
	public int offsetX() {
		return offsetX;
	}

	/** Where the heatmap's top edge is in the figure. */
	public int offsetY() {
		return offsetY;
	}

	public int cellWidth() {
		return cellWidth;
	}

	public int cellHeight() {
		return cellHeight;
	}

	public double heatmapWidth() {
		return (double) view.columns() * cellWidth;
	}

	public double heatmapHeight() {
		return (double) view.rows() * cellHeight;
	}

	/** Left edge of a cell's column in the figure. */
	public double cellX(int column) {
		return offsetX + (double) column * cellWidth;
	}

	/** Top edge of a cell's row in the figure. */
	public double cellY(int row) {
		return offsetY + (double) row * cellHeight;
	}

	/** Whether the cells are large enough for their values, which are then all printed. */
	public boolean showsValues() {
		return showValues;
	}

	/** Every how many rows a label is shown (1: all). */
	public int rowLabelStep() {
		return rowLabelStep;
	}

	/** Every how many columns a label is shown (1: all). */
	public int columnLabelStep() {
		return columnLabelStep;
	}

	/** 0 for horizontal column labels, 30, 45 or 60 when slanted to the upper left, -90 when vertical. */
	public double columnLabelAngle() {
		return columnLabelAngle;
	}

	public double colorBarX() {
		return offsetX + colorBarX;
	}

	public double colorBarY() {
		return offsetY + colorBarY;
	}

	public double colorBarWidth() {
		return colorBarWidth;
	}

	public double colorBarHeight() {
		return colorBarHeight;
	}

	/** The colour bar's tick values, ascending. */
	public double[] ticks() {
		return ticks.clone();
	}

	/** Token labels (rows, then columns), relative to the heatmap's corner. */
	public List<Text> axisTexts() {
		return Collections.unmodifiableList(axisTexts);
	}

	/** Heatmap frame and token ticks, relative to the heatmap's corner. */
	public List<Line> axisLines() {
		return Collections.unmodifiableList(axisLines);
	}

	/** Tick labels and the title of the colour bar, relative to the heatmap's corner. */
	public List<Text> colorBarTexts() {
		return Collections.unmodifiableList(colorBarTexts);
	}

	/** Frame and ticks of the colour bar, relative to the heatmap's corner. */
	public List<Line> colorBarLines() {
		return Collections.unmodifiableList(colorBarLines);
	}

	/** The strips of bars beside the heatmap: under it first, then right of it. */
	public List<BarStrip> strips() {
		return Collections.unmodifiableList(strips);
	}

	/** The figure title relative to the heatmap's corner, or null. */
	public Text title() {
		return title;
	}

	/** Smallest rectangle around what has been placed so far. */
	private static final class Bounds {
		double minX = Double.POSITIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;

		void add(double x, double y) {
			minX = Math.min(minX, x);
			minY = Math.min(minY, y);
			maxX = Math.max(maxX, x);
			maxY = Math.max(maxY, y);
		}
	}
}
