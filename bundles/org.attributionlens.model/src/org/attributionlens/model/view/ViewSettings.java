package org.attributionlens.model.view;

import org.attributionlens.model.Defaults;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything that decides how a matrix is displayed; immutable, so that an editor can keep one per
 * file, compare it and hand it to {@link ViewPipeline#apply(org.attributionlens.model.AttributionMatrix, ViewSettings)}.
 * Derive changed settings with the {@code with...} methods.
 *
 * @param transpose      show output tokens as rows (Captum's orientation) instead of columns
 * @param normalization  how values are scaled after aggregation
 * @param rowAggregation how input tokens are merged into words
 * @param columnSpans    runs of raw output columns to merge, sorted by start, not overlapping;
 *                       spans reaching past the matrix are cut to it when applied
 * @param reducer        how merged cells are combined
 * @param highlight      which cells stay lit
 * @param decimals       digits printed after the decimal point, 0 to {@link #MAX_DECIMALS}; the
 *                       pipeline does not round, it only carries this for the views
 */
public record ViewSettings(boolean transpose, Normalization normalization, RowAggregation rowAggregation,
		List<ColumnSpan> columnSpans, Reducer reducer, Highlight highlight, int decimals) {

	/** Most digits after the decimal point. */
	public static final int MAX_DECIMALS = Defaults.MAX_DECIMALS;

	/** The published figures' view: not transposed, raw values, nothing merged, 4 decimals. */
	public static final ViewSettings DEFAULT = new ViewSettings(false, Normalization.RAW, RowAggregation.NONE, List.of(),
			Reducer.SUM, Highlight.NONE, Defaults.DECIMALS);

	/**
	 * @throws IllegalArgumentException when spans overlap or {@code decimals} is out of range
	 */
	public ViewSettings {
		Objects.requireNonNull(normalization, "normalization");
		Objects.requireNonNull(rowAggregation, "rowAggregation");
		Objects.requireNonNull(reducer, "reducer");
		Objects.requireNonNull(highlight, "highlight");
		if (decimals < 0 || decimals > MAX_DECIMALS) {
			throw new IllegalArgumentException("decimals must be 0 to " + MAX_DECIMALS + ", got " + decimals);
		}
		List<ColumnSpan> sorted = new ArrayList<>(Objects.requireNonNull(columnSpans, "columnSpans"));
		sorted.forEach(span -> Objects.requireNonNull(span, "column span"));
		sorted.sort(Comparator.comparingInt(ColumnSpan::start));
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i - 1).overlaps(sorted.get(i))) {
				throw new IllegalArgumentException("column spans overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
			}
		}
		columnSpans = List.copyOf(sorted);
	}

	public ViewSettings withTranspose(boolean newTranspose) {
		return new ViewSettings(newTranspose, normalization, rowAggregation, columnSpans, reducer, highlight, decimals);
	}

	public ViewSettings withNormalization(Normalization newNormalization) {
		return new ViewSettings(transpose, newNormalization, rowAggregation, columnSpans, reducer, highlight, decimals);
	}

	public ViewSettings withRowAggregation(RowAggregation newAggregation) {
		return new ViewSettings(transpose, normalization, newAggregation, columnSpans, reducer, highlight, decimals);
	}

	/** @throws IllegalArgumentException when spans overlap */
	public ViewSettings withColumnSpans(List<ColumnSpan> newSpans) {
		return new ViewSettings(transpose, normalization, rowAggregation, newSpans, reducer, highlight, decimals);
	}

	public ViewSettings withReducer(Reducer newReducer) {
		return new ViewSettings(transpose, normalization, rowAggregation, columnSpans, newReducer, highlight, decimals);
	}

	public ViewSettings withHighlight(Highlight newHighlight) {
		return new ViewSettings(transpose, normalization, rowAggregation, columnSpans, reducer, newHighlight, decimals);
	}

	/** @throws IllegalArgumentException when {@code newDecimals} is not 0 to {@link #MAX_DECIMALS} */
	public ViewSettings withDecimals(int newDecimals) {
		return new ViewSettings(transpose, normalization, rowAggregation, columnSpans, reducer, highlight, newDecimals);
	}

	/**
	 * Adds a span of raw output columns to merge; spans it overlaps are merged with it into one
	 * (their union), spans it only touches stay separate.
	 */
	public ViewSettings plusColumnSpan(ColumnSpan span) {
		Objects.requireNonNull(span, "span");
		int start = span.start();
		int end = span.end();
		List<ColumnSpan> spans = new ArrayList<>();
		for (ColumnSpan existing : columnSpans) {
			if (existing.overlaps(span)) {
				start = Math.min(start, existing.start());
				end = Math.max(end, existing.end());
			} else {
				spans.add(existing);
			}
		}
		spans.add(new ColumnSpan(start, end));
		return withColumnSpans(spans);
	}

	/** Removes the span holding raw output column {@code rawColumn}, if any. */
	public ViewSettings withoutColumnSpanAt(int rawColumn) {
		List<ColumnSpan> spans = new ArrayList<>(columnSpans);
		return spans.removeIf(span -> span.contains(rawColumn)) ? withColumnSpans(spans) : this;
	}
}
