package org.attributionlens.model.view;

import java.util.Arrays;

/** Linear-time selection of the k-th smallest value (quickselect with a sort as the fallback). */
final class Selection {

	/** Up to this k, {@link #kthLargest} keeps the k largest in a small sorted buffer instead of selecting. */
	static final int SMALL_K = 64;

	private Selection() {
	}

	/**
	 * The k-th largest of {@code values[from, from + count)} (k = 1 is the largest), counting equal
	 * values separately. May reorder that part of the array. Values must not be NaN.
	 *
	 * @param k 1 to {@code count}
	 */
	static float kthLargest(float[] values, int from, int count, int k) {
		if (k < 1 || k > count) {
			throw new IndexOutOfBoundsException("k " + k + " outside [1, " + count + "]");
		}
		if (k > SMALL_K) {
			return select(values, from, count, count - k);
		}
		// the k largest so far, descending; after the first k values most values are smaller than
		// the last of them and cost one comparison
		float[] largest = new float[k];
		int size = 0;
		for (int i = from; i < from + count; i++) {
			float value = values[i];
			if (size == k && !(value > largest[k - 1])) {
				continue;
			}
			int at = size == k ? k - 1 : size++;
			while (at > 0 && largest[at - 1] < value) {
				largest[at] = largest[at - 1];
				at--;
			}
			largest[at] = value;
		}
		return largest[k - 1];
	}

	/**
	 * The value that would be at index {@code k} if {@code values[from, from + count)} were sorted
	 * ascending; reorders that part of the array. Values must not be NaN.
	 *
	 * @param k 0 to {@code count - 1}, relative to {@code from}
	 */
	static float select(float[] values, int from, int count, int k) {
		if (k < 0 || k >= count) {
			throw new IndexOutOfBoundsException("k " + k + " outside [0, " + count + ")");
		}
		int low = from;
		int high = from + count - 1;
		k += from;
		// a median-of-three pivot makes bad splits unlikely; should they keep coming, sort instead
		int budget = 2 * (32 - Integer.numberOfLeadingZeros(count)) + 8;
		while (low < high) {
			if (budget-- == 0) {
				Arrays.sort(values, low, high + 1);
				return values[k];
			}
			float pivot = medianOfThree(values[low], values[(low + high) >>> 1], values[high]);
			// three-way partition: [low, lt) < pivot, [lt, gt] == pivot, (gt, high] > pivot
			int lt = low;
			int gt = high;
			int i = low;
			while (i <= gt) {
				float value = values[i];
				if (value < pivot) {
					values[i++] = values[lt];
					values[lt++] = value;
				} else if (value > pivot) {
					values[i] = values[gt];
					values[gt--] = value;
				} else {
					i++;
				}
			}
			if (k < lt) {
				high = lt - 1;
			} else if (k > gt) {
				low = gt + 1;
			} else {
				return pivot;
			}
		}
		return values[k];
	}

	private static float medianOfThree(float a, float b, float c) {
		return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
	}
}
