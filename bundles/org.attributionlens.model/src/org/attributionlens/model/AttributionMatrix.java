package org.attributionlens.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.attributionlens.model.stats.AttributionStatistics;

/**
 * An immutable token-attribution matrix in heatmap orientation: rows are the input (attributed)
 * tokens, columns are the output (generated) tokens. Tokens are keyed by position; the same text
 * may occur in several rows or columns. A NaN value marks a missing cell.
 * <p>
 * Instances are safe to share between threads.
 */
public final class AttributionMatrix {

	private final List<String> rowTokens;
	private final List<String> columnTokens;
	private final float[] values;
	private final String format;
	private final Map<String, Object> meta;
	private final float[] sequenceAttribution;
	private final float[] outputProbabilities;
	private final Map<String, float[]> stepScores;
	private final String reduction;
	private final int sequenceIndex;
	private final int sequenceCount;
	private final Orientation writtenOrientation;

	private final Object statisticsLock = new Object();
	private volatile AttributionStatistics statistics;

	private AttributionMatrix(List<String> rowTokens, List<String> columnTokens, float[] values, String format,
			Map<String, Object> meta, float[] sequenceAttribution, float[] outputProbabilities,
			Map<String, float[]> stepScores, String reduction, int sequenceIndex, int sequenceCount,
			Orientation writtenOrientation) {
		this.rowTokens = rowTokens;
		this.columnTokens = columnTokens;
		this.values = values;
		this.format = format;
		this.meta = meta;
		this.sequenceAttribution = sequenceAttribution;
		this.outputProbabilities = outputProbabilities;
		this.stepScores = stepScores;
		this.reduction = reduction;
		this.sequenceIndex = sequenceIndex;
		this.sequenceCount = sequenceCount;
		this.writtenOrientation = writtenOrientation;
	}

	/**
	 * Creates a matrix without per-input or per-output extras.
	 *
	 * @see #of(List, List, float[], String, Map, float[], float[])
	 */
	public static AttributionMatrix of(List<String> rowTokens, List<String> columnTokens, float[] rowMajorValues,
			String format, Map<String, Object> meta) {
		return of(rowTokens, columnTokens, rowMajorValues, format, meta, null, null);
	}

	/**
	 * Creates a matrix.
	 * <p>
	 * <b>Ownership:</b> {@code rowMajorValues} and the two optional arrays are taken over, not
	 * copied, so that multi-megabyte matrices are not duplicated; the caller must not modify them
	 * afterwards. Token lists and meta are copied.
	 *
	 * @param rowTokens           input tokens, at least one, no nulls
	 * @param columnTokens        output tokens, at least one, no nulls
	 * @param rowMajorValues      {@code rows * columns} values, index {@code row * columns + column};
	 *                            NaN = missing; infinities are rejected
	 * @param format              human-readable format name, e.g. "token-attribution v1"
	 * @param meta                string keys to String, Number, Boolean or null values; may be null
	 * @param sequenceAttribution one value per row (input token), or null when absent
	 * @param outputProbabilities one value per column (output token), or null when absent
	 * @throws IllegalArgumentException when a shape does not match or a value is infinite
	 */
	public static AttributionMatrix of(List<String> rowTokens, List<String> columnTokens, float[] rowMajorValues,
			String format, Map<String, Object> meta, float[] sequenceAttribution, float[] outputProbabilities) {
		return builder(rowTokens, columnTokens, rowMajorValues, format).meta(meta)
				.sequenceAttribution(sequenceAttribution).outputProbabilities(outputProbabilities).build();
	}

	/**
	 * Starts a matrix with everything {@link #of(List, List, float[], String, Map, float[], float[])}
	 * takes plus the extras of multi-sequence and multi-dimensional sources (step scores, the
	 * reduction applied, which sequence of how many). The same ownership rules apply: arrays are
	 * taken over, not copied.
	 *
	 * @param rowTokens      input tokens, at least one, no nulls
	 * @param columnTokens   output tokens, at least one, no nulls
	 * @param rowMajorValues {@code rows * columns} values; NaN = missing; infinities are rejected
	 * @param format         human-readable format name
	 */
	public static Builder builder(List<String> rowTokens, List<String> columnTokens, float[] rowMajorValues,
			String format) {
		return new Builder(rowTokens, columnTokens, rowMajorValues, format);
	}

	/**
	 * A builder preset with everything this matrix holds, to derive a copy that differs in a few
	 * extras. The values array is shared, which is safe because neither side ever writes it.
	 */
	public Builder toBuilder() {
		Builder builder = new Builder(rowTokens, columnTokens, values, format).meta(meta)
				.sequenceAttribution(sequenceAttribution).outputProbabilities(outputProbabilities)
				.reduction(reduction).sequence(sequenceIndex, sequenceCount).writtenOrientation(writtenOrientation);
		stepScores.forEach(builder::stepScore);
		return builder;
	}

	private static AttributionMatrix create(Builder b) {
		List<String> rows = List.copyOf(b.rowTokens);
		List<String> columns = List.copyOf(b.columnTokens);
		Objects.requireNonNull(b.values, "rowMajorValues");
		Objects.requireNonNull(b.format, "format");
		if (rows.isEmpty() || columns.isEmpty()) {
			throw new IllegalArgumentException(
					"a matrix needs at least one row and one column, got " + rows.size() + " x " + columns.size());
		}
		long expected = (long) rows.size() * columns.size();
		if (b.values.length != expected) {
			throw new IllegalArgumentException("expected " + expected + " values for " + rows.size() + " rows x "
					+ columns.size() + " columns, got " + b.values.length);
		}
		requireNoInfinity(b.values, "values");
		checkOptional(b.sequenceAttribution, rows.size(), "sequenceAttribution");
		checkOptional(b.outputProbabilities, columns.size(), "outputProbabilities");
		Map<String, float[]> scores = new LinkedHashMap<>();
		b.stepScores.forEach((name, scoreValues) -> {
			if (scoreValues.length != columns.size()) {
				throw new IllegalArgumentException("step score \"" + name + "\" has " + scoreValues.length
						+ " values, expected " + columns.size() + " (one per column)");
			}
			scores.put(name, scoreValues);
		});
		if (b.sequenceCount < 1 || b.sequenceIndex < 0 || b.sequenceIndex >= b.sequenceCount) {
			throw new IllegalArgumentException(
					"sequence index " + b.sequenceIndex + " of " + b.sequenceCount + " is out of range");
		}
		return new AttributionMatrix(rows, columns, b.values, b.format, copyMeta(b.meta), b.sequenceAttribution,
				b.outputProbabilities, scores.isEmpty() ? Collections.emptyMap() : Collections.unmodifiableMap(scores),
				b.reduction, b.sequenceIndex, b.sequenceCount, b.writtenOrientation);
	}

	private static void checkOptional(float[] array, int expectedLength, String name) {
		if (array == null) {
			return;
		}
		if (array.length != expectedLength) {
			throw new IllegalArgumentException(
					name + " has " + array.length + " values, expected " + expectedLength);
		}
		requireNoInfinity(array, name);
	}

	private static void requireNoInfinity(float[] array, String name) {
		// without a branch per value the loop vectorises: it runs over every cell of every file read
		int infinite = 0;
		for (float value : array) {
			infinite |= ((Float.floatToRawIntBits(value) & 0x7fffffff ^ 0x7f800000) - 1) >>> 31;
		}
		if (infinite != 0) {
			for (int i = 0; i < array.length; i++) {
				if (Float.isInfinite(array[i])) {
					throw new IllegalArgumentException(name + "[" + i + "] is infinite");
				}
			}
		}
	}

	private static Map<String, Object> copyMeta(Map<String, Object> meta) {
		if (meta == null || meta.isEmpty()) {
			return Collections.emptyMap();
		}
		Map<String, Object> copy = new LinkedHashMap<>(meta);
		copy.forEach((key, value) -> {
			Objects.requireNonNull(key, "meta key");
			if (value != null && !(value instanceof String) && !(value instanceof Number)
					&& !(value instanceof Boolean)) {
				throw new IllegalArgumentException("meta value of \"" + key + "\" must be a String, Number, "
						+ "Boolean or null, got " + value.getClass().getSimpleName());
			}
		});
		// unmodifiableMap rather than Map.copyOf: keeps insertion order and allows null values
		return Collections.unmodifiableMap(copy);
	}

	public int rows() {
		return rowTokens.size();
	}

	public int columns() {
		return columnTokens.size();
	}

	public String rowToken(int row) {
		return rowTokens.get(row);
	}

	public String columnToken(int column) {
		return columnTokens.get(column);
	}

	/** Unmodifiable. */
	public List<String> rowTokens() {
		return rowTokens;
	}

	/** Unmodifiable. */
	public List<String> columnTokens() {
		return columnTokens;
	}

	/** The value at a cell; NaN when the cell is missing. */
	public float value(int row, int column) {
		return values[index(row, column)];
	}

	public boolean isMissing(int row, int column) {
		return Float.isNaN(value(row, column));
	}

	private int index(int row, int column) {
		Objects.checkIndex(row, rows());
		Objects.checkIndex(column, columns());
		return row * columns() + column;
	}

	/** A fresh copy of all values in row-major order, for bulk consumers such as renderers. */
	public float[] toRowMajorArray() {
		return values.clone();
	}

	/** Format name and version of the source, e.g. "token-attribution v1". */
	public String format() {
		return format;
	}

	/** Unmodifiable, in insertion (file) order; values are String, Number, Boolean or null. */
	public Map<String, Object> meta() {
		return meta;
	}

	/** Per-input-token attribution to the whole output ({@code seq_attr}); a fresh copy. */
	public Optional<float[]> sequenceAttribution() {
		return Optional.ofNullable(sequenceAttribution).map(float[]::clone);
	}

	/** Probability of each generated token ({@code output_probs}); a fresh copy. */
	public Optional<float[]> outputProbabilities() {
		return Optional.ofNullable(outputProbabilities).map(float[]::clone);
	}

	/**
	 * Per-column scores that are not attributions, such as the probability Inseq records for each
	 * generated token, by name in file order. Each array has {@link #columns()} values and may hold
	 * NaN (missing) and infinities (e.g. a cross-entropy of a zero probability); they are not part of
	 * {@link #statistics()}. Unmodifiable; every call returns fresh copies of the arrays. Empty when
	 * the source has none.
	 */
	public Map<String, float[]> stepScores() {
		if (stepScores.isEmpty()) {
			return stepScores;
		}
		Map<String, float[]> copy = new LinkedHashMap<>();
		stepScores.forEach((name, scoreValues) -> copy.put(name, scoreValues.clone()));
		return Collections.unmodifiableMap(copy);
	}

	/**
	 * How the values were derived from a source tensor with more than two dimensions, as a sentence
	 * for users, e.g. "L2 norm over the embedding dimension (768), then each column L1-normalised";
	 * the empty string when the values are the file's own numbers.
	 */
	public String reduction() {
		return reduction;
	}

	/** How many matrices (sequences) the source file holds; 1 for single-matrix formats. */
	public int sequenceCount() {
		return sequenceCount;
	}

	/** Which of the {@link #sequenceCount()} sequences of the source this matrix is, 0-based. */
	public int sequenceIndex() {
		return sequenceIndex;
	}

	/**
	 * How the tool that wrote the source draws it: {@link Orientation#OUTPUTS_AS_ROWS} for Captum's
	 * native format ({@code plot_token_attr}), {@link Orientation#INPUTS_AS_ROWS} for Inseq
	 * ({@code show()}) and for tables, whose rows are the file's rows. The matrix itself is always
	 * stored with input tokens as rows.
	 */
	public Orientation writtenOrientation() {
		return writtenOrientation;
	}

	/** Statistics over all non-missing cells, computed on first use and then cached. */
	public AttributionStatistics statistics() {
		AttributionStatistics result = statistics;
		if (result == null) {
			synchronized (statisticsLock) {
				result = statistics;
				if (result == null) {
					result = AttributionStatistics.of(this);
					statistics = result;
				}
			}
		}
		return result;
	}

	@Override
	public String toString() {
		return "AttributionMatrix[" + format + ", " + rows() + " rows x " + columns() + " columns"
				+ (sequenceCount > 1 ? ", sequence " + sequenceIndex + " of " + sequenceCount : "") + "]";
	}

	/**
	 * Collects the parts of a matrix; {@link #build()} validates them all at once. Arrays handed to
	 * it are taken over, not copied. Not thread-safe; a builder may be reused after {@code build()}.
	 */
	public static final class Builder {
		private final List<String> rowTokens;
		private final List<String> columnTokens;
		private final float[] values;
		private final String format;
		private Map<String, Object> meta;
		private float[] sequenceAttribution;
		private float[] outputProbabilities;
		private final Map<String, float[]> stepScores = new LinkedHashMap<>();
		private String reduction = "";
		private int sequenceIndex;
		private int sequenceCount = 1;
		private Orientation writtenOrientation = Orientation.INPUTS_AS_ROWS;

		private Builder(List<String> rowTokens, List<String> columnTokens, float[] values, String format) {
			this.rowTokens = Objects.requireNonNull(rowTokens, "rowTokens");
			this.columnTokens = Objects.requireNonNull(columnTokens, "columnTokens");
			this.values = values;
			this.format = format;
		}

		/** String keys to String, Number, Boolean or null values; null = none. Copied on build. */
		public Builder meta(Map<String, Object> newMeta) {
			this.meta = newMeta;
			return this;
		}

		/** One value per row, or null when absent. */
		public Builder sequenceAttribution(float[] perRow) {
			this.sequenceAttribution = perRow;
			return this;
		}

		/** One value per column, or null when absent. */
		public Builder outputProbabilities(float[] perColumn) {
			this.outputProbabilities = perColumn;
			return this;
		}

		/**
		 * Adds a named per-column score after the ones added before; a name given again replaces
		 * the earlier values in their place.
		 *
		 * @param perColumn one value per column; NaN and infinities allowed
		 */
		public Builder stepScore(String name, float[] perColumn) {
			stepScores.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(perColumn, "perColumn"));
			return this;
		}

		/** Removes all step scores added so far. */
		public Builder clearStepScores() {
			stepScores.clear();
			return this;
		}

		/** A sentence saying how the values were reduced; null or "" = none. */
		public Builder reduction(String sentence) {
			this.reduction = sentence == null ? "" : sentence;
			return this;
		}

		/** This matrix is sequence {@code index} (0-based) of {@code count} in its file; default 0 of 1. */
		public Builder sequence(int index, int count) {
			this.sequenceIndex = index;
			this.sequenceCount = count;
			return this;
		}

		/** How the tool that wrote the source draws it; default {@link Orientation#INPUTS_AS_ROWS}. */
		public Builder writtenOrientation(Orientation orientation) {
			this.writtenOrientation = Objects.requireNonNull(orientation, "orientation");
			return this;
		}

		/**
		 * @throws IllegalArgumentException when a shape does not match, a value is infinite or the
		 *                                  sequence index is not within the count
		 */
		public AttributionMatrix build() {
			return create(this);
		}
	}
}
