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

	private final Object statisticsLock = new Object();
	private volatile AttributionStatistics statistics;

	private AttributionMatrix(List<String> rowTokens, List<String> columnTokens, float[] values, String format,
			Map<String, Object> meta, float[] sequenceAttribution, float[] outputProbabilities) {
		this.rowTokens = rowTokens;
		this.columnTokens = columnTokens;
		this.values = values;
		this.format = format;
		this.meta = meta;
		this.sequenceAttribution = sequenceAttribution;
		this.outputProbabilities = outputProbabilities;
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
		List<String> rows = List.copyOf(rowTokens);
		List<String> columns = List.copyOf(columnTokens);
		Objects.requireNonNull(rowMajorValues, "rowMajorValues");
		Objects.requireNonNull(format, "format");
		if (rows.isEmpty() || columns.isEmpty()) {
			throw new IllegalArgumentException(
					"a matrix needs at least one row and one column, got " + rows.size() + " x " + columns.size());
		}
		long expected = (long) rows.size() * columns.size();
		if (rowMajorValues.length != expected) {
			throw new IllegalArgumentException("expected " + expected + " values for " + rows.size() + " rows x "
					+ columns.size() + " columns, got " + rowMajorValues.length);
		}
		requireNoInfinity(rowMajorValues, "values");
		checkOptional(sequenceAttribution, rows.size(), "sequenceAttribution");
		checkOptional(outputProbabilities, columns.size(), "outputProbabilities");
		return new AttributionMatrix(rows, columns, rowMajorValues, format, copyMeta(meta), sequenceAttribution,
				outputProbabilities);
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
		for (int i = 0; i < array.length; i++) {
			if (Float.isInfinite(array[i])) {
				throw new IllegalArgumentException(name + "[" + i + "] is infinite");
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
		return "AttributionMatrix[" + format + ", " + rows() + " rows x " + columns() + " columns]";
	}
}
