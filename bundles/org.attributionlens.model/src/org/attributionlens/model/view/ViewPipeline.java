package org.attributionlens.model.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.attributionlens.model.AttributionMatrix;

/**
 * Turns a file's matrix into the matrix the heatmap shows. The steps, always in this order:
 * <ol>
 * <li><b>aggregate</b> on the raw values: input tokens (rows) into words by
 * {@link ViewSettings#rowAggregation()}, output columns into the
 * {@link ViewSettings#columnSpans()}, each merged cell by the {@link ViewSettings#reducer()}
 * over all raw cells it covers (missing ones skipped; missing only when all are);</li>
 * <li><b>normalise</b> the aggregated values ({@link Normalization}, by output column);</li>
 * <li><b>transpose</b> when asked;</li>
 * <li><b>highlight</b>: decide which displayed cells are dimmed ({@link Highlight}).</li>
 * </ol>
 * Normalising after aggregating means that e.g. with {@link Normalization#COLUMN_L1} the merged
 * words of a column add up to 1, and a word's sum is not a sum of already normalised parts.
 * <p>
 * Cost: linear in the number of cells, with one new {@code float[]} for the displayed values plus
 * arrays of one entry per row or column; the top-k highlight selects with a linear-time selection,
 * not a sort. When nothing changes the values (no merging, {@link Normalization#RAW}, not
 * transposed) the displayed matrix is the raw matrix itself and nothing is copied.
 */
public final class ViewPipeline {

	/** Side of the square blocks in which cells are visited, so that transposed writes stay in cache. */
	private static final int BLOCK = 64;
	/** Output groups whose magnitudes the top-k highlight gathers in one pass over the matrix. */
	private static final int TOP_K_BLOCK = 16;
	/** Between the parts of a merged span's label. */
	public static final String SPAN_SEPARATOR = " | ";

	private ViewPipeline() {
	}

	/**
	 * Applies the settings to a matrix.
	 *
	 * @param raw      the file's matrix (rows = input tokens, columns = output tokens)
	 * @param settings what to show; column spans reaching past the matrix are cut to it
	 */
	public static DisplayedMatrix apply(AttributionMatrix raw, ViewSettings settings) {
		Objects.requireNonNull(raw, "raw");
		Objects.requireNonNull(settings, "settings");
		RowAggregation scheme = settings.rowAggregation().resolve(raw.rowTokens());
		int[] inputStarts = WordGroups.starts(raw.rowTokens(), scheme);
		// words merge on both axes; AUTO detects each axis by itself. A scheme chosen by hand also
		// applies to the output tokens when they carry subword markers of any kind: those without
		// (whole segments, single characters of another tokenizer) would otherwise be glued into one
		RowAggregation outputScheme = settings.rowAggregation() == RowAggregation.AUTO
				|| RowAggregation.detect(raw.columnTokens()) == RowAggregation.NONE
						? RowAggregation.AUTO.resolve(raw.columnTokens())
						: settings.rowAggregation();
		int[] outputWordStarts = WordGroups.starts(raw.columnTokens(), outputScheme);
		List<ColumnSpan> spans = clip(settings.columnSpans(), raw.columns());
		// a group ends only where both a word and a span end: either one merging is enough
		int[] outputStarts = common(outputWordStarts, spanStarts(spans, raw.columns()));
		int inputGroups = inputStarts.length - 1;
		int outputGroups = outputStarts.length - 1;

		// every reader of the view but the grid wants the matrix in the model's orientation: it is
		// made first, and a transposed view is that matrix turned, never a second aggregation
		AttributionMatrix semantic;
		if (inputGroups == raw.rows() && outputGroups == raw.columns() && settings.normalization() == Normalization.RAW) {
			semantic = raw;
		} else {
			float[] values = aggregate(raw, inputStarts, outputStarts, settings.reducer());
			normalise(values, inputGroups, outputGroups, settings.normalization());
			semantic = build(raw, values, inputStarts, outputStarts, scheme, outputScheme, outputWordStarts, settings.reducer());
		}
		AttributionMatrix displayed = settings.transpose() ? turned(semantic) : semantic;
		float[] cutoffs = cutoffs(semantic, outputGroups, settings.highlight());
		return new DisplayedMatrix(raw, semantic, displayed, settings, scheme, inputStarts, outputStarts, spans, cutoffs);
	}

	/** The spans cut to {@code columns}; spans left with fewer than two columns merge nothing and are dropped. */
	private static List<ColumnSpan> clip(List<ColumnSpan> spans, int columns) {
		List<ColumnSpan> clipped = new ArrayList<>(spans.size());
		for (ColumnSpan span : spans) {
			int end = Math.min(span.end(), columns);
			if (end - span.start() >= 2) {
				clipped.add(end == span.end() ? span : new ColumnSpan(span.start(), end));
			}
		}
		return List.copyOf(clipped);
	}

	/** Group starts of the output columns, as {@link WordGroups#starts}: each span one group, every other column its own. */
	private static int[] spanStarts(List<ColumnSpan> spans, int columns) {
		int[] starts = new int[columns + 1];
		int count = 0;
		int next = 0;
		for (int column = 0; column < columns; column++) {
			if (next < spans.size() && spans.get(next).end() <= column) {
				next++;
			}
			boolean inside = next < spans.size() && spans.get(next).contains(column);
			if (!inside || column == spans.get(next).start()) {
				starts[count++] = column;
			}
		}
		starts[count++] = columns;
		return Arrays.copyOf(starts, count);
	}

	/** Reduces every (input group, output group) block of raw cells into one value, input groups as rows. */
	private static float[] aggregate(AttributionMatrix raw, int[] inputStarts, int[] outputStarts, Reducer reducer) {
		int inputGroups = inputStarts.length - 1;
		int outputGroups = outputStarts.length - 1;
		float[] values = new float[Math.multiplyExact(inputGroups, outputGroups)];
		Accumulator accumulator = new Accumulator(reducer);
		for (int inputBlock = 0; inputBlock < inputGroups; inputBlock += BLOCK) {
			int inputBlockEnd = Math.min(inputGroups, inputBlock + BLOCK);
			for (int outputBlock = 0; outputBlock < outputGroups; outputBlock += BLOCK) {
				int outputBlockEnd = Math.min(outputGroups, outputBlock + BLOCK);
				for (int in = inputBlock; in < inputBlockEnd; in++) {
					int rowFrom = inputStarts[in];
					int rowTo = inputStarts[in + 1];
					for (int out = outputBlock; out < outputBlockEnd; out++) {
						int columnFrom = outputStarts[out];
						int columnTo = outputStarts[out + 1];
						float value = rowTo - rowFrom == 1 && columnTo - columnFrom == 1 ? raw.value(rowFrom, columnFrom)
								: reduce(raw, rowFrom, rowTo, columnFrom, columnTo, accumulator);
						values[in * outputGroups + out] = value;
					}
				}
			}
		}
		return values;
	}

	/** One merged cell: the raw cells of rows [rowFrom, rowTo) x columns [columnFrom, columnTo), row-major. */
	private static float reduce(AttributionMatrix raw, int rowFrom, int rowTo, int columnFrom, int columnTo,
			Accumulator accumulator) {
		accumulator.reset();
		for (int row = rowFrom; row < rowTo; row++) {
			for (int column = columnFrom; column < columnTo; column++) {
				accumulator.add(raw.value(row, column));
			}
		}
		return accumulator.result();
	}

	/** Reduces values one at a time, skipping NaN; reusable after {@link #reset()}. */
	private static final class Accumulator {
		private final Reducer reducer;
		private double sum;
		private int count;
		private float largest;
		private float largestAbs;

		Accumulator(Reducer reducer) {
			this.reducer = reducer;
			reset();
		}

		void reset() {
			sum = 0;
			count = 0;
			largest = Float.NaN;
			largestAbs = -1;
		}

		void add(float value) {
			if (Float.isNaN(value)) {
				return;
			}
			count++;
			sum += value;
			float abs = Math.abs(value);
			// strictly larger: on a tie the first value in row-major order stays
			if (abs > largestAbs) {
				largestAbs = abs;
				largest = value;
			}
		}

		/** NaN when every value was missing. */
		float result() {
			if (count == 0) {
				return Float.NaN;
			}
			return switch (reducer) {
			case SUM -> (float) sum;
			case MEAN -> (float) (sum / count);
			case MAX_ABS -> largest;
			};
		}
	}

	/** Divides in place, by output group (column). */
	private static void normalise(float[] values, int inputGroups, int outputGroups, Normalization normalization) {
		if (normalization == Normalization.RAW) {
			return;
		}
		double[] divisors = new double[outputGroups];
		for (int in = 0; in < inputGroups; in++) {
			for (int out = 0; out < outputGroups; out++) {
				float value = values[in * outputGroups + out];
				if (Float.isNaN(value)) {
					continue;
				}
				double abs = Math.abs(value);
				divisors[out] = normalization == Normalization.COLUMN_L1 ? divisors[out] + abs : Math.max(divisors[out], abs);
			}
		}
		if (normalization == Normalization.GLOBAL_MAX_ABS) {
			double global = 0;
			for (double divisor : divisors) {
				global = Math.max(global, divisor);
			}
			Arrays.fill(divisors, global);
		}
		for (int in = 0; in < inputGroups; in++) {
			for (int out = 0; out < outputGroups; out++) {
				double divisor = divisors[out];
				if (divisor > 0) {
					int index = in * outputGroups + out;
					values[index] = (float) (values[index] / divisor);
				}
			}
		}
	}

	private static AttributionMatrix build(AttributionMatrix raw, float[] values, int[] inputStarts, int[] outputStarts,
			RowAggregation scheme, RowAggregation outputScheme, int[] outputWordStarts, Reducer reducer) {
		List<String> inputLabels = labels(raw.rowTokens(), inputStarts, scheme);
		List<String> outputLabels = spanLabels(raw.columnTokens(), outputStarts, outputWordStarts, outputScheme);
		AttributionMatrix.Builder builder = AttributionMatrix.builder(inputLabels, outputLabels, values, raw.format())
				.meta(raw.meta())
				.reduction(raw.reduction()).sequence(raw.sequenceIndex(), raw.sequenceCount())
				.writtenOrientation(raw.writtenOrientation());
		raw.sequenceAttribution().ifPresent(perRow -> builder.sequenceAttribution(
				inputStarts.length - 1 == raw.rows() ? perRow : reduceGroups(perRow, inputStarts, reducer)));
		if (outputStarts.length - 1 == raw.columns()) {
			raw.outputProbabilities().ifPresent(builder::outputProbabilities);
			raw.stepScores().forEach(builder::stepScore);
		}
		return builder.build();
	}

	/**
	 * The matrix with rows and columns swapped, for drawing: its rows are output tokens, so per-token
	 * extras, which the model keys by input or output, are left with the matrix it was turned from.
	 */
	private static AttributionMatrix turned(AttributionMatrix semantic) {
		int rows = semantic.rows();
		int columns = semantic.columns();
		float[] values = new float[Math.multiplyExact(rows, columns)];
		for (int rowBlock = 0; rowBlock < rows; rowBlock += BLOCK) {
			int rowEnd = Math.min(rows, rowBlock + BLOCK);
			for (int columnBlock = 0; columnBlock < columns; columnBlock += BLOCK) {
				int columnEnd = Math.min(columns, columnBlock + BLOCK);
				for (int row = rowBlock; row < rowEnd; row++) {
					for (int column = columnBlock; column < columnEnd; column++) {
						values[column * rows + row] = semantic.value(row, column);
					}
				}
			}
		}
		return AttributionMatrix.builder(semantic.columnTokens(), semantic.rowTokens(), values, semantic.format())
				.meta(semantic.meta()).reduction(semantic.reduction())
				.sequence(semantic.sequenceIndex(), semantic.sequenceCount())
				.writtenOrientation(semantic.writtenOrientation()).build();
	}

	/** Ascending values present in both ascending arrays. */
	private static int[] common(int[] a, int[] b) {
		int[] both = new int[Math.min(a.length, b.length)];
		int count = 0;
		for (int i = 0, j = 0; i < a.length && j < b.length;) {
			if (a[i] == b[j]) {
				both[count++] = a[i];
				i++;
				j++;
			} else if (a[i] < b[j]) {
				i++;
			} else {
				j++;
			}
		}
		return Arrays.copyOf(both, count);
	}

	/**
	 * Labels of output groups: a word's tokens joined as the tokenizer wrote them; the words of a
	 * merged span with {@link #SPAN_SEPARATOR} between them, so that "8 x 48 = 384" and "3 x 4 = 12"
	 * never read as one number.
	 */
	private static List<String> spanLabels(List<String> tokens, int[] starts, int[] wordStarts, RowAggregation scheme) {
		if (starts.length - 1 == tokens.size()) {
			return tokens;
		}
		List<String> labels = new ArrayList<>(starts.length - 1);
		int word = 0;
		for (int group = 0; group < starts.length - 1; group++) {
			StringBuilder label = new StringBuilder();
			while (word < wordStarts.length - 1 && wordStarts[word] < starts[group + 1]) {
				if (label.length() > 0) {
					label.append(SPAN_SEPARATOR);
				}
				label.append(WordGroups.label(tokens, wordStarts[word], wordStarts[word + 1], scheme));
				word++;
			}
			labels.add(label.toString());
		}
		return labels;
	}

	private static List<String> labels(List<String> tokens, int[] starts, RowAggregation scheme) {
		if (starts.length - 1 == tokens.size()) {
			return tokens;
		}
		List<String> labels = new ArrayList<>(starts.length - 1);
		for (int group = 0; group < starts.length - 1; group++) {
			labels.add(WordGroups.label(tokens, starts[group], starts[group + 1], scheme));
		}
		return labels;
	}

	private static float[] reduceGroups(float[] values, int[] starts, Reducer reducer) {
		Accumulator accumulator = new Accumulator(reducer);
		float[] reduced = new float[starts.length - 1];
		for (int group = 0; group < reduced.length; group++) {
			accumulator.reset();
			for (int i = starts[group]; i < starts[group + 1]; i++) {
				accumulator.add(values[i]);
			}
			reduced[group] = accumulator.result();
		}
		return reduced;
	}

	/**
	 * Per output group, the smallest |value| that stays lit; null when nothing is dimmed. A missing
	 * cell is always dimmed when a highlight is active.
	 */
	private static float[] cutoffs(AttributionMatrix semantic, int outputGroups, Highlight highlight) {
		if (highlight instanceof Highlight.None) {
			return null;
		}
		float[] cutoffs = new float[outputGroups];
		if (highlight instanceof Highlight.Threshold threshold) {
			// the smallest float whose value is >= the threshold, so that a float comparison decides
			float cutoff = (float) threshold.threshold();
			if (cutoff < threshold.threshold()) {
				cutoff = Math.nextUp(cutoff);
			}
			Arrays.fill(cutoffs, cutoff);
			return cutoffs;
		}
		int k = ((Highlight.TopKPerColumn) highlight).k();
		int inputGroups = semantic.rows();
		// gather the |values| of a few output groups at a time, so that the matrix is read in
		// order rather than one strided column at a time
		int width = Math.min(TOP_K_BLOCK, outputGroups);
		float[] scratch = new float[width * inputGroups];
		int[] counts = new int[width];
		for (int first = 0; first < outputGroups; first += width) {
			int block = Math.min(width, outputGroups - first);
			Arrays.fill(counts, 0);
			for (int in = 0; in < inputGroups; in++) {
				for (int j = 0; j < block; j++) {
					float value = semantic.value(in, first + j);
					if (!Float.isNaN(value)) {
						scratch[j * inputGroups + counts[j]++] = Math.abs(value);
					}
				}
			}
			for (int j = 0; j < block; j++) {
				int count = counts[j];
				cutoffs[first + j] = count <= k ? 0f : Selection.kthLargest(scratch, j * inputGroups, count, k);
			}
		}
		return cutoffs;
	}
}
