package org.attributionlens.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.Orientation;

/**
 * The binary fixtures under {@code fixtures/arrays} (written by make_array_fixtures.py from known
 * arrays) and their expected matrices: each NAME has NAME.expected.attr.json, the same arrays in
 * our native JSON format, which the tests read too and compare cell by cell.
 */
public final class ArrayFixtures {

	private ArrayFixtures() {
	}

	/** Reads arrays/NAME and checks every token, cell, seq_attr and output prob against its expected file. */
	public static AttributionMatrix assertAsExpected(String name) {
		AttributionMatrix actual = Fixtures.readFixture("arrays/" + name);
		AttributionMatrix expected = Fixtures.readFixture("arrays/" + name + ".expected.attr.json");
		assertSame(expected, actual, name);
		return actual;
	}

	/** Everything but the format label: tokens, every cell's bits (NaN = missing), the vectors, meta, orientation. */
	public static void assertSame(AttributionMatrix expected, AttributionMatrix actual, String name) {
		assertEquals(expected.rowTokens(), actual.rowTokens(), name + ": input tokens");
		assertEquals(expected.columnTokens(), actual.columnTokens(), name + ": output tokens");
		for (int row = 0; row < expected.rows(); row++) {
			for (int column = 0; column < expected.columns(); column++) {
				assertEquals(Float.floatToIntBits(expected.value(row, column)),
						Float.floatToIntBits(actual.value(row, column)),
						name + ": cell of input " + row + ", output " + column + ": " + expected.value(row, column)
								+ " expected, " + actual.value(row, column) + " read");
			}
		}
		assertArrayEquals(expected.sequenceAttribution().orElse(null), actual.sequenceAttribution().orElse(null),
				name + ": seq_attr");
		assertArrayEquals(expected.outputProbabilities().orElse(null), actual.outputProbabilities().orElse(null),
				name + ": output_probs");
		assertEquals(expected.meta(), actual.meta(), name + ": meta");
		assertEquals(Orientation.OUTPUTS_AS_ROWS, actual.writtenOrientation(), name + ": opens in Captum's orientation");
	}
}
