package org.attributionlens.model.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of {@code token_attr} as read, one per output token, each with the position where it
 * starts. Rows are kept until the end of the file because the token arrays that give the expected
 * lengths may come after {@code token_attr}.
 */
final class TokenAttrRows {

	private record Row(Position start, FloatList values) {
	}

	private final List<Row> rows = new ArrayList<>();

	/** Starts a row; sized like the previous one, since all rows should have the same length. */
	FloatList startRow(Position start) {
		int capacity = rows.isEmpty() ? 64 : rows.get(rows.size() - 1).values().size();
		FloatList values = new FloatList(capacity);
		rows.add(new Row(start, values));
		return values;
	}

	int count() {
		return rows.size();
	}

	int length(int row) {
		return rows.get(row).values().size();
	}

	Position start(int row) {
		return rows.get(row).start();
	}

	boolean allHaveLength(int length) {
		return rows.stream().allMatch(row -> row.values().size() == length);
	}

	/**
	 * Transposes the file's {@code [output][input]} rows into a row-major array with one row per
	 * input token, the heatmap orientation. All rows must have {@code inputs} values.
	 */
	float[] transpose(int inputs) {
		int outputs = rows.size();
		float[] values = new float[inputs * outputs];
		for (int output = 0; output < outputs; output++) {
			FloatList row = rows.get(output).values();
			for (int input = 0; input < inputs; input++) {
				values[input * outputs + output] = row.get(input);
			}
		}
		return values;
	}
}
