package org.attributionlens.model.view;

import java.util.List;

import org.attributionlens.model.AttributionMatrix;

/** Hand-built matrices for the view tests. */
final class ViewTestMatrices {

	private ViewTestMatrices() {
	}

	/**
	 * One row per token and three columns: column 0 holds 2^row, so that the sum of any set of rows
	 * is exact and tells which rows were summed; column 1 holds (row + 1) with alternating sign
	 * (+1, -2, +3, ...), so that the largest |value| of a set is its last row; column 2 holds 1.
	 */
	static AttributionMatrix powersOfTwo(List<String> tokens) {
		int rows = tokens.size();
		float[] values = new float[rows * 3];
		for (int row = 0; row < rows; row++) {
			values[row * 3] = (float) Math.pow(2, row);
			values[row * 3 + 1] = (row % 2 == 0 ? 1 : -1) * (row + 1);
			values[row * 3 + 2] = 1;
		}
		return AttributionMatrix.of(tokens, List.of("a", "b", "c"), values, "test", null);
	}

	/** Sum of 2^row over the rows [from, to). */
	static float powerSum(int from, int to) {
		float sum = 0;
		for (int row = from; row < to; row++) {
			sum += (float) Math.pow(2, row);
		}
		return sum;
	}

	static AttributionMatrix of(List<String> rows, List<String> columns, float... rowMajor) {
		return AttributionMatrix.of(rows, columns, rowMajor, "test", null);
	}

	static DisplayedMatrix merged(AttributionMatrix raw, RowAggregation scheme, Reducer reducer) {
		return ViewPipeline.apply(raw, ViewSettings.DEFAULT.withRowAggregation(scheme).withReducer(reducer));
	}
}
