package org.attributionlens.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The extras of multi-sequence and multi-dimensional sources: step scores, reduction, sequence. */
class AttributionMatrixExtrasTest {

	private static AttributionMatrix.Builder twoByTwo() {
		return AttributionMatrix.builder(List.of("a", "b"), List.of("x", "y"), new float[] { 1, 2, 3, 4 }, "test");
	}

	@Test
	void defaultsForSingleMatrixFormats() {
		AttributionMatrix matrix = AttributionMatrix.of(List.of("a"), List.of("x"), new float[] { 1 }, "f", null);
		assertTrue(matrix.stepScores().isEmpty());
		assertEquals("", matrix.reduction());
		assertEquals(1, matrix.sequenceCount());
		assertEquals(0, matrix.sequenceIndex());
	}

	@Test
	void builderCarriesEverything() {
		AttributionMatrix matrix = twoByTwo().meta(Map.of("model", "m")).outputProbabilities(new float[] { 0.5f, 0.25f })
				.sequenceAttribution(new float[] { 1, 2 }).stepScore("probability", new float[] { 0.5f, 0.25f })
				.stepScore("entropy", new float[] { Float.NaN, Float.POSITIVE_INFINITY })
				.reduction("mean over the trailing dimensions [2] (2 values per cell)").sequence(1, 3).build();
		assertEquals(List.of("probability", "entropy"), List.copyOf(matrix.stepScores().keySet()));
		assertArrayEquals(new float[] { Float.NaN, Float.POSITIVE_INFINITY }, matrix.stepScores().get("entropy"));
		assertEquals("mean over the trailing dimensions [2] (2 values per cell)", matrix.reduction());
		assertEquals(1, matrix.sequenceIndex());
		assertEquals(3, matrix.sequenceCount());
		assertEquals("m", matrix.meta().get("model"));
		assertEquals("AttributionMatrix[test, 2 rows x 2 columns, sequence 1 of 3]", matrix.toString());
		// step scores stay out of the statistics
		assertEquals(4.0, matrix.statistics().maxAbs());
	}

	@Test
	void toBuilderCopiesAndAllowsChanges() {
		AttributionMatrix original = twoByTwo().stepScore("p", new float[] { 1, 2 }).reduction("r").sequence(0, 2).build();
		AttributionMatrix copy = original.toBuilder().sequence(1, 2).build();
		assertEquals(1, copy.sequenceIndex());
		assertEquals("r", copy.reduction());
		assertArrayEquals(new float[] { 1, 2 }, copy.stepScores().get("p"));
		assertArrayEquals(original.toRowMajorArray(), copy.toRowMajorArray());
		AttributionMatrix cleared = original.toBuilder().clearStepScores().reduction(null).build();
		assertTrue(cleared.stepScores().isEmpty());
		assertEquals("", cleared.reduction());
	}

	@Test
	void extrasAreValidated() {
		assertThrows(IllegalArgumentException.class, () -> twoByTwo().stepScore("p", new float[3]).build());
		assertThrows(IllegalArgumentException.class, () -> twoByTwo().sequence(2, 2).build());
		assertThrows(IllegalArgumentException.class, () -> twoByTwo().sequence(-1, 2).build());
		assertThrows(IllegalArgumentException.class, () -> twoByTwo().sequence(0, 0).build());
		assertThrows(NullPointerException.class, () -> twoByTwo().stepScore(null, new float[2]));
		assertThrows(IllegalArgumentException.class, () -> AttributionMatrix
				.builder(List.of("a"), List.of("x"), new float[] { Float.NEGATIVE_INFINITY }, "f").build());
	}

	@Test
	void stepScoresCannotBeChangedFromOutside() {
		float[] scores = { 1, 2 };
		AttributionMatrix matrix = twoByTwo().stepScore("p", scores).build();
		matrix.stepScores().get("p")[0] = 99;
		assertEquals(1f, matrix.stepScores().get("p")[0]);
		assertThrows(UnsupportedOperationException.class, () -> matrix.stepScores().put("q", new float[2]));
	}
}
