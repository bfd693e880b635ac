package org.attributionlens.model.stats;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.attributionlens.model.AttributionMatrix;

/**
 * Per-column row orders by descending |value|, built on first request. Sorting all columns of a
 * large matrix up front would cost far more than the few columns a user actually looks at.
 */
final class ColumnOrder {

	private final AttributionMatrix matrix;
	private final AtomicReferenceArray<int[]> orders;

	ColumnOrder(AttributionMatrix matrix) {
		this.matrix = matrix;
		this.orders = new AtomicReferenceArray<>(matrix.columns());
	}

	/** Rows of the non-missing cells of {@code column}, largest |value| first, ties by lower row. */
	int[] rowsByMagnitude(int column) {
		int[] order = orders.get(column);
		if (order == null) {
			order = sort(column);
			// a racing thread computes the identical array, so whichever lands first is fine
			orders.compareAndSet(column, null, order);
		}
		return order;
	}

	private int[] sort(int column) {
		int rows = matrix.rows();
		// pack |value| and row into one long so that a primitive sort orders both at once:
		// non-negative float bits compare like the floats themselves
		long[] keys = new long[rows];
		int count = 0;
		for (int row = 0; row < rows; row++) {
			float value = matrix.value(row, column);
			if (!Float.isNaN(value)) {
				long magnitudeBits = Float.floatToIntBits(Math.abs(value));
				keys[count++] = ((Integer.MAX_VALUE - magnitudeBits) << 32) | row;
			}
		}
		Arrays.sort(keys, 0, count);
		int[] order = new int[count];
		for (int i = 0; i < count; i++) {
			order[i] = (int) keys[i];
		}
		return order;
	}
}
