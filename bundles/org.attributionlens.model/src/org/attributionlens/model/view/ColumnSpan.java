package org.attributionlens.model.view;

/**
 * A run of adjacent output columns of the raw matrix, {@code [start, end)}, that the view merges
 * into one column. Indices are raw output-token positions, independent of transposition.
 *
 * @param start first raw column, at least 0
 * @param end   one past the last raw column, above {@code start}
 */
public record ColumnSpan(int start, int end) {

	public ColumnSpan {
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("need 0 <= start < end, got [" + start + ", " + end + ")");
		}
	}

	/** How many raw columns the span covers. */
	public int length() {
		return end - start;
	}

	/** Whether raw column {@code column} lies in the span. */
	public boolean contains(int column) {
		return column >= start && column < end;
	}

	/** Whether the two spans share at least one column. */
	public boolean overlaps(ColumnSpan other) {
		return start < other.end && other.start < end;
	}
}
