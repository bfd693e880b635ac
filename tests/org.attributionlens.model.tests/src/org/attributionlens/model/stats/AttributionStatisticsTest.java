package org.attributionlens.model.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.attributionlens.model.AttributionMatrix;
import org.junit.jupiter.api.Test;

class AttributionStatisticsTest {

	private static final float NAN = Float.NaN;

	/** Rows r0..r4 (inputs), columns c0..c2 (outputs), row-major. */
	private static AttributionMatrix matrix(int rows, int columns, float... values) {
		return AttributionMatrix.of(IntStream.range(0, rows).mapToObj(i -> "r" + i).toList(),
				IntStream.range(0, columns).mapToObj(i -> "c" + i).toList(), values, "test", null);
	}

	// column 0 holds ties in magnitude with both signs and a missing cell
	private static final AttributionMatrix TIES = matrix(5, 3,
			0.5f, 1f, 0f,
			-0.5f, NAN, 0f,
			0.25f, -2f, 0f,
			NAN, NAN, NAN,
			0.5f, 0.1f, 0f);

	@Test
	void competitionRankingByMagnitudeInColumn() {
		AttributionStatistics stats = TIES.statistics();
		// |0.5|, |-0.5|, |0.5| share rank 1; 0.25 comes fourth, not second
		assertEquals(1, stats.rankInColumn(0, 0));
		assertEquals(1, stats.rankInColumn(1, 0));
		assertEquals(1, stats.rankInColumn(4, 0));
		assertEquals(4, stats.rankInColumn(2, 0));
		assertEquals(0, stats.rankInColumn(3, 0), "missing cell has no rank");
		assertEquals(1, stats.rankInColumn(2, 1), "-2 is the largest magnitude");
		assertEquals(1, stats.rankInColumn(0, 2), "all zero: all first");
	}

	@Test
	void competitionRankingInRow() {
		AttributionStatistics stats = TIES.statistics();
		assertEquals(1, stats.rankInRow(2, 1));
		assertEquals(2, stats.rankInRow(2, 0));
		assertEquals(3, stats.rankInRow(2, 2));
		assertEquals(1, stats.rankInRow(1, 0), "the missing neighbour does not outrank it");
		assertEquals(0, stats.rankInRow(1, 1));
		assertEquals(0, stats.rankInRow(3, 0));
	}

	@Test
	void topInColumnBreaksTiesByLowerRowAndSkipsMissing() {
		AttributionStatistics stats = TIES.statistics();
		assertEquals(List.of(new RankedValue(0, 0.5f), new RankedValue(1, -0.5f), new RankedValue(4, 0.5f),
				new RankedValue(2, 0.25f)), stats.topInColumn(0, 10), "fewer than k when cells are missing");
		assertEquals(List.of(new RankedValue(2, -2f), new RankedValue(0, 1f)), stats.topInColumn(1, 2));
		assertEquals(List.of(), stats.topInColumn(1, 0));
		assertThrows(IllegalArgumentException.class, () -> stats.topInColumn(0, -1));
		assertThrows(IndexOutOfBoundsException.class, () -> stats.topInColumn(3, 1));
	}

	@Test
	void totalsAndSharesIgnoreMissingCells() {
		AttributionStatistics stats = TIES.statistics();
		assertEquals(1.75, stats.columnAbsTotal(0), 1e-9);
		assertEquals(3.1, stats.columnAbsTotal(1), 1e-6);
		assertEquals(0.0, stats.columnAbsTotal(2));
		assertEquals(1.5, stats.rowAbsTotal(0), 1e-9);
		assertEquals(0.0, stats.rowAbsTotal(3), "an entirely missing row totals zero");
		assertEquals(0.5 / 1.75, stats.columnShare(1, 0), 1e-9, "share of a negative value is positive");
		assertTrue(Double.isNaN(stats.columnShare(3, 0)), "missing cell");
		assertTrue(Double.isNaN(stats.columnShare(0, 2)), "column total 0");
	}

	@Test
	void extremesAndCounts() {
		AttributionStatistics stats = TIES.statistics();
		assertEquals(Optional.of(new CellValue(0, 1, 1f)), stats.max());
		assertEquals(Optional.of(new CellValue(2, 1, -2f)), stats.min());
		assertEquals(2.0, stats.maxAbs());
		assertEquals(4, stats.missingCount());
		assertEquals(15, stats.cellCount());
		assertEquals(11, stats.valueCount());
	}

	@Test
	void extremesPreferTheFirstCellOnTies() {
		AttributionStatistics stats = matrix(2, 2, 1, -1, -1, 1).statistics();
		assertEquals(new CellValue(0, 0, 1f), stats.max().orElseThrow());
		assertEquals(new CellValue(0, 1, -1f), stats.min().orElseThrow());
	}

	@Test
	void nearZeroRowsIncludeEmptyAndMissingRows() {
		AttributionMatrix matrix = matrix(4, 2,
				1f, -0.5f,
				0.009f, -0.0099f,
				NAN, NAN,
				0.011f, 0f);
		AttributionStatistics stats = matrix.statistics();
		// threshold 1% of 1.0: row 3 just passes it
		assertArrayEquals(new int[] { 1, 2 }, stats.nearZeroRows());
		assertArrayEquals(new int[] { 1, 2, 3 }, stats.nearZeroRows(0.5));
		assertArrayEquals(new int[] { 2 }, stats.nearZeroRows(0), "with fraction 0 only rows carrying nothing");
		assertThrows(IllegalArgumentException.class, () -> stats.nearZeroRows(-0.1));
		assertThrows(IllegalArgumentException.class, () -> stats.nearZeroRows(Double.NaN));
	}

	@Test
	void nearZeroColumnsFollowTheSameRuleAcrossRows() {
		AttributionMatrix matrix = matrix(2, 4,
				1f, 0.009f, NAN, 0.011f,
				-0.5f, -0.0099f, NAN, 0f);
		AttributionStatistics stats = matrix.statistics();
		assertArrayEquals(new int[] { 1, 2 }, stats.nearZeroColumns());
		assertArrayEquals(new int[] { 1, 2, 3 }, stats.nearZeroColumns(0.5));
		assertArrayEquals(new int[] { 2 }, stats.nearZeroColumns(0), "with fraction 0 only columns carrying nothing");
		assertEquals(0.0099f, stats.columnMaxAbs(1), 0);
		assertEquals(0.0, stats.columnMaxAbs(2), "an all-missing column");
		assertThrows(IllegalArgumentException.class, () -> stats.nearZeroColumns(1.5));
	}

	@Test
	void allMissingMatrixHasNoExtremes() {
		AttributionStatistics stats = matrix(2, 1, NAN, NAN).statistics();
		assertTrue(stats.max().isEmpty());
		assertTrue(stats.min().isEmpty());
		assertEquals(0.0, stats.maxAbs());
		assertArrayEquals(new int[] { 0, 1 }, stats.nearZeroRows());
		assertEquals(List.of(), stats.topInColumn(0, 3));
	}

	@Test
	void allZeroMatrixIsNearZeroEverywhere() {
		AttributionStatistics stats = matrix(2, 2, 0, 0, -0f, 0).statistics();
		assertArrayEquals(new int[] { 0, 1 }, stats.nearZeroRows());
		assertEquals(0f, stats.max().orElseThrow().value());
	}

	@Test
	void largeMatrixFindsItsExtremesAndTopCells() {
		int size = 4096;
		float[] values = new float[size * size];
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < values.length; i++) {
			values[i] = (float) (random.nextGaussian() * 0.1);
		}
		values[1234 * size + 77] = 5f;
		AttributionMatrix matrix = matrix(size, size, values);
		// speed is measured by the benchmark, not asserted here
		AttributionStatistics stats = AttributionStatistics.of(matrix);
		int[] nearZero = stats.nearZeroRows();
		List<RankedValue> top = stats.topInColumn(77, 3);
		assertEquals(new CellValue(1234, 77, 5f), stats.max().orElseThrow());
		assertEquals(new RankedValue(1234, 5f), top.get(0));
		assertEquals(0, nearZero.length, "noise with deviation 0.1 exceeds 1% of 5 somewhere in every row of 4096 values");
	}
}
