package org.attributionlens.model.color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.attributionlens.model.AttributionMatrix;
import org.junit.jupiter.api.Test;

class ValueRangeTest {

	@Test
	void symmetricPutsZeroInTheMiddle() {
		ValueRange range = ValueRange.symmetric(1.9074);
		assertEquals(-1.9074, range.low());
		assertEquals(1.9074, range.high());
		assertEquals(0.5, range.position(0));
		assertEquals(1.0, range.position(1.9074));
		assertEquals(0.0, range.position(-1.9074));
		assertEquals(0.75, range.position(1.9074 / 2), 1e-12);
	}

	@Test
	void degenerateMaximumFallsBackToOne() {
		assertEquals(new ValueRange(-1, 1), ValueRange.symmetric(0));
		assertEquals(new ValueRange(-1, 1), ValueRange.symmetric(Double.NaN));
		assertEquals(new ValueRange(-2, 2), ValueRange.symmetric(-2), "sign of the bound does not matter");
	}

	@Test
	void positionsClipAndClipsSaysSo() {
		ValueRange range = new ValueRange(-1, 3);
		assertEquals(1.0, range.position(10));
		assertEquals(0.0, range.position(-10));
		assertEquals(0.25, range.position(0));
		assertTrue(range.clips(3.0001));
		assertTrue(range.clips(-1.5));
		assertFalse(range.clips(3));
		assertFalse(range.clips(-1));
		assertTrue(Double.isNaN(range.position(Double.NaN)), "missing stays missing");
	}

	@Test
	void rejectsEmptyOrInvertedRanges() {
		assertThrows(IllegalArgumentException.class, () -> new ValueRange(1, 1));
		assertThrows(IllegalArgumentException.class, () -> new ValueRange(2, 1));
		assertThrows(IllegalArgumentException.class, () -> new ValueRange(0, Double.POSITIVE_INFINITY));
	}

	@Test
	void defaultRangeOfAMatrixIsItsLargestMagnitude() {
		AttributionMatrix matrix = AttributionMatrix.of(List.of("a", "b"), List.of("x"), new float[] { 0.5f, -2f },
				"test", null);
		assertEquals(new ValueRange(-2, 2), ValueRange.of(matrix.statistics()));
	}
}
