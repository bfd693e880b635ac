package org.attributionlens.internal.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.attributionlens.internal.render.FigureLayout.Line;
import org.attributionlens.internal.render.FigureLayout.Text;

/**
 * Where the bars of one {@link BarSeries} go: a band of {@link #DEPTH} units beside the heatmap,
 * one slot per token in step with the cells, a bar from the zero line to each value. Under the
 * heatmap the band runs along the columns with upright bars, right of it along the rows with bars
 * to the right. Positions are relative to the heatmap's corner, like the rest of
 * {@link FigureLayout}. Immutable.
 */
public final class BarStrip {

	/** How far a strip reaches out from the heatmap. */
	public static final double DEPTH = 48;
	/** Space between the heatmap and a strip, and between two strips. */
	public static final double GAP = 10;
	/** A positive attribution, as Captum's {@code plot_seq_attr} draws it. */
	public static final int POSITIVE = 0x4772b3;
	/** A negative attribution, as Captum's {@code plot_seq_attr} draws it. */
	public static final int NEGATIVE = 0xd0365b;
	/** A probability or another score without a sign to tell apart. */
	public static final int NEUTRAL = 0x7f7f7f;
	/** The frame around the band. */
	public static final int FRAME = 0xbfbfbf;
	static final double RANGE_SIZE = 11;

	/** A filled rectangle. */
	public record Rect(double x, double y, double width, double height, int rgb) {
	}

	private final BarSeries series;
	private final boolean alongColumns;
	private final double start;
	private final int cellSize;
	private final double low;
	private final double high;
	private final List<Rect> bars = new ArrayList<>();
	private final List<Rect> missing = new ArrayList<>();
	private final List<Line> lines = new ArrayList<>();
	private final List<Text> texts = new ArrayList<>();

	/**
	 * @param alongColumns true for a band under the heatmap (one slot per column), false for one
	 *                     right of it (one slot per row)
	 * @param start        where the band begins across the heatmap's edge: y for a band under it,
	 *                     x for one right of it
	 * @param cellSize     the cells' width (along columns) or height (along rows)
	 */
	BarStrip(BarSeries series, boolean alongColumns, double start, int cellSize) {
		this.series = series;
		this.alongColumns = alongColumns;
		this.start = start;
		this.cellSize = cellSize;
		double min = 0;
		double max = 0;
		for (float value : series.values()) {
			if (Float.isFinite(value)) {
				min = Math.min(min, value);
				max = Math.max(max, value);
			}
		}
		if (series.probability() && min >= 0 && max <= 1) {
			max = 1;
		}
		this.low = min;
		// a strip of zeros or of missing values still needs a scale
		this.high = max > min ? max : min + 1;
		addBars();
		addFrame();
	}

	private void addBars() {
		float[] values = series.values();
		// a little room between neighbouring bars once the slots are wide enough to spare it
		double inset = cellSize >= 5 ? Math.max(1, Math.floor(cellSize * 0.15)) : 0;
		double zero = across(0);
		for (int token = 0; token < values.length; token++) {
			double from = (double) token * cellSize;
			float value = values[token];
			if (!Float.isFinite(value)) {
				missing.add(rect(from, from + cellSize, 0, DEPTH, 0));
				continue;
			}
			int rgb = series.probability() ? NEUTRAL : value < 0 ? NEGATIVE : POSITIVE;
			double end = across(value);
			if (end != zero) {
				bars.add(rect(from + inset, from + cellSize - inset, Math.min(zero, end), Math.max(zero, end), rgb));
			}
		}
	}

	/** The frame of the band, and the zero line when zero lies inside it. */
	private void addFrame() {
		double length = (double) series.values().length * cellSize;
		double half = FigureLayout.LINE_WIDTH / 2;
		for (double depth : new double[] { -half, DEPTH + half }) {
			lines.add(line(-half, length + half, depth, depth, FRAME));
		}
		for (double along : new double[] { -half, length + half }) {
			lines.add(line(along, along, -half, DEPTH + half, FRAME));
		}
		if (low < 0 && high > 0) {
			lines.add(line(0, length, across(0), across(0), FigureLayout.BLACK));
		}
	}

	/** How far a value lies from the band's base (the heatmap's side), in units. */
	private double across(double value) {
		return (value - low) / (high - low) * DEPTH;
	}

	/**
	 * A rectangle given along the token axis and across the band, from its base: under the
	 * heatmap the base is the band's bottom (bars grow upwards), right of it the band's left edge.
	 */
	private Rect rect(double alongFrom, double alongTo, double acrossFrom, double acrossTo, int rgb) {
		if (alongColumns) {
			return new Rect(alongFrom, start + DEPTH - acrossTo, alongTo - alongFrom, acrossTo - acrossFrom, rgb);
		}
		return new Rect(start + acrossFrom, alongFrom, acrossTo - acrossFrom, alongTo - alongFrom, rgb);
	}

	private Line line(double alongFrom, double alongTo, double acrossFrom, double acrossTo, int rgb) {
		if (alongColumns) {
			return new Line(alongFrom, start + DEPTH - acrossFrom, alongTo, start + DEPTH - acrossTo,
					FigureLayout.LINE_WIDTH, rgb);
		}
		return new Line(start + acrossFrom, alongFrom, start + acrossTo, alongTo, FigureLayout.LINE_WIDTH, rgb);
	}

	/** Adds the title or the range text, which {@link FigureLayout} places with the other labels. */
	void addText(Text text) {
		texts.add(text);
	}

	public BarSeries series() {
		return series;
	}

	/** True for a band under the heatmap, one slot per column; false for one right of it, per row. */
	public boolean alongColumns() {
		return alongColumns;
	}

	/** The low end of the bars' scale: the smallest value, or 0. */
	public double low() {
		return low;
	}

	/** The high end of the bars' scale: the largest value, 0, or 1 for probabilities. */
	public double high() {
		return high;
	}

	/** Where the band begins: y under the heatmap, x right of it. */
	public double start() {
		return start;
	}

	/** The bars, one per finite value other than zero. */
	public List<Rect> bars() {
		return Collections.unmodifiableList(bars);
	}

	/** The slots of missing or infinite values, to be hatched. */
	public List<Rect> missing() {
		return Collections.unmodifiableList(missing);
	}

	/** The frame and the zero line. */
	public List<Line> lines() {
		return Collections.unmodifiableList(lines);
	}

	/** The title and the range of the scale. */
	public List<Text> texts() {
		return Collections.unmodifiableList(texts);
	}
}
