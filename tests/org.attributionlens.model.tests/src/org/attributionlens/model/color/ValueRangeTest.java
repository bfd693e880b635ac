package org.attributionlens.model.color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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

	private static AttributionMatrix column(float... values) {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			rows.add("t" + i);
		}
		return AttributionMatrix.of(rows, List.of("x"), values, "test", null);
	}

	@Test
	void symmetricAtAChosenBoundClipsBeyondIt() {
		ValueRange range = ValueRange.symmetricAt(0.5);
		assertEquals(new ValueRange(-0.5, 0.5), range);
		assertTrue(range.symmetricAroundZero());
		assertTrue(range.clipsHigh(1.9074));
		assertFalse(range.clipsLow(1.9074));
		assertTrue(range.clipsLow(-0.5001));
		assertFalse(range.clipsHigh(-0.5001));
		assertFalse(range.clips(0.5), "the bounds themselves are inside");
		assertFalse(range.clips(-0.5));
		assertEquals(1.0, range.position(1.9074), "clipped to the high end colour");
		assertThrows(IllegalArgumentException.class, () -> ValueRange.symmetricAt(0), "a chosen bound is never replaced");
		assertThrows(IllegalArgumentException.class, () -> ValueRange.symmetricAt(-1));
		assertThrows(IllegalArgumentException.class, () -> ValueRange.symmetricAt(Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> ValueRange.symmetricAt(Double.POSITIVE_INFINITY));
	}

	@Test
	void missingValuesAreNeverClipped() {
		ValueRange range = ValueRange.symmetricAt(1);
		assertFalse(range.clips(Double.NaN));
		assertFalse(range.clipsLow(Double.NaN));
		assertFalse(range.clipsHigh(Double.NaN));
	}

	@Test
	void minMaxSpansTheDataExactly() {
		AttributionMatrix matrix = column(0.25f, Float.NaN, 2f, 0.5f);
		ValueRange range = ValueRange.minMax(matrix.statistics());
		assertEquals(new ValueRange(0.25, 2), range);
		assertFalse(range.symmetricAroundZero());
		assertEquals(0.0, range.position(0.25));
		assertEquals(1.0, range.position(2));
		for (int row = 0; row < matrix.rows(); row++) {
			assertFalse(range.clips(matrix.value(row, 0)), "the data's own extremes are never clipped");
		}
		assertEquals(new ValueRange(-3, 1), ValueRange.minMax(column(1f, -3f).statistics()));
	}

	@Test
	void minMaxOfDegenerateData() {
		assertEquals(new ValueRange(0, 1), ValueRange.minMax(column(Float.NaN, Float.NaN).statistics()), "no data");
		assertEquals(new ValueRange(0, 1), ValueRange.minMax(column(0f, 0f).statistics()), "all zero");
		assertEquals(new ValueRange(0, 0.5), ValueRange.minMax(column(0.5f, 0.5f).statistics()), "one positive value");
		assertEquals(new ValueRange(-2, 0), ValueRange.minMax(column(-2f).statistics()), "one negative value");
		assertThrows(IllegalArgumentException.class, () -> ValueRange.minMax(2, 1));
		assertThrows(IllegalArgumentException.class, () -> ValueRange.minMax(0, Double.POSITIVE_INFINITY));
	}

	@Test
	void rangeModes() {
		AttributionMatrix matrix = column(0.5f, -2f, 1f);
		assertEquals(new ValueRange(-2, 2), RangeMode.SYMMETRIC_MAX_ABS.range(matrix.statistics(), 99));
		assertEquals(new ValueRange(-0.75, 0.75), RangeMode.SYMMETRIC_FIXED.range(matrix.statistics(), 0.75));
		assertEquals(new ValueRange(-2, 1), RangeMode.MIN_MAX.range(matrix.statistics(), 99));
		assertThrows(IllegalArgumentException.class, () -> RangeMode.SYMMETRIC_FIXED.range(matrix.statistics(), 0));
		assertEquals(RangeMode.SYMMETRIC_MAX_ABS, RangeMode.defaultFor(ColorScales.RD_YL_GN));
		assertEquals(RangeMode.SYMMETRIC_MAX_ABS, RangeMode.defaultFor(ColorScales.PU_OR));
		assertEquals(RangeMode.MIN_MAX, RangeMode.defaultFor(ColorScales.GREENS));
	}

	@Test
	void anyScaleWorksWithAnyRange() {
		AttributionMatrix positive = column(0.1f, 0.4f, 0.9f);
		ValueRange minMax = ValueRange.minMax(positive.statistics());
		ValueRange symmetric = ValueRange.of(positive.statistics());
		// a sequential scale over min..max: smallest value lightest, largest darkest
		assertEquals(0xf7fcf5, ColorScales.GREENS.rgb(minMax.position(0.1f)));
		assertEquals(0x00441b, ColorScales.GREENS.rgb(minMax.position(0.9f)));
		// a sequential scale over a symmetric range: zero in the middle, the maximum still darkest
		assertEquals(0x00441b, ColorScales.GREENS.rgb(symmetric.position(0.9f)));
		assertEquals(ColorScales.GREENS.rgb(0.5), ColorScales.GREENS.rgb(symmetric.position(0)));
		// a diverging scale over min..max: its neutral middle marks the middle of the data, not zero
		assertEquals(ColorScales.RD_YL_GN.rgb(0.5), ColorScales.RD_YL_GN.rgb(minMax.position((minMax.low() + minMax.high()) / 2)));
		assertEquals(0xa50026, ColorScales.RD_YL_GN.rgb(minMax.position(0.1f)));
	}
}
