package org.attributionlens.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.stats.AttributionStatistics;
import org.attributionlens.model.stats.CellValue;
import org.attributionlens.model.stats.RankedValue;
import org.junit.jupiter.api.Test;

/**
 * The two reference figures the product was specified from (shared/seeds 000 and 001) must load
 * from samples/ with every value as printed, and the statistics must reproduce the observations
 * a reader draws from the figures. The tables are typed from the seed text, rows = input tokens.
 */
class SeedFiguresTest {

	private static final double TOLERANCE = 5e-5;

	/** Seed 001: "$16,000 / 0.8 =" against five arithmetic steps. */
	private static final List<String> DIVISION_ROWS = List.of("▁$", "1", "6", ",", "0", "0", "0", "▁/", "▁", "0", ".",
			"8", "▁=");
	private static final List<String> DIVISION_COLUMNS = List.of("9 + 3 = 12", "7 x 5 = 35", "4900 / 100 = 49",
			"9 - 3 = 6", "6 - 6 = 0");
	private static final String[][] DIVISION = {
			{ "-0.0756", "0.0216", "0.0065", "0.1044", "-0.0691" },
			{ "0.0198", "-0.0041", "-0.0987", "0.0141", "-0.0096" },
			{ "0.0001", "0.0000", "-0.0004", "0.0000", "-0.0000" },
			{ "0.0017", "-0.0041", "-0.0351", "-0.0060", "-0.0070" },
			{ "0.0005", "0.0006", "-0.0048", "-0.0003", "-0.0002" },
			{ "0.0000", "-0.0000", "-0.0001", "0.0000", "0.0000" },
			{ "0.0003", "0.0005", "-0.0004", "0.0000", "0.0001" },
			{ "0.3820", "0.0909", "1.9074", "0.6336", "0.6902" },
			{ "0.0458", "0.0362", "0.0022", "0.0116", "0.0091" },
			{ "0.0005", "0.0006", "0.0000", "0.0002", "0.0002" },
			{ "0.0014", "0.0003", "0.0012", "0.0001", "-0.0002" },
			{ "0.0005", "0.0003", "0.0002", "0.0001", "0.0002" },
			{ "0.0017", "0.0026", "0.0024", "0.0007", "0.0021" } };

	/** Seed 000: " 16 x  8  =" against five reasoning steps. */
	private static final List<String> ARITHMETIC_ROWS = List.of("▁", "1", "6", "▁x", "▁", "▁", "8", "▁", "▁=");
	private static final List<String> ARITHMETIC_COLUMNS = List.of("8 x 48 = 384", "3 x 4 = 12", "6 - 4 = 2",
			"50(10x5)", "$35 ($85 - $50)");
	private static final String[][] ARITHMETIC = {
			{ "0.3452", "0.2580", "0.5823", "0.0161", "-0.0472" },
			{ "0.0811", "-0.0066", "-0.0037", "0.3934", "-0.0356" },
			{ "0.0234", "0.0145", "0.0512", "0.0243", "0.0135" },
			{ "1.3714", "0.6865", "0.1771", "0.6837", "-0.3675" },
			{ "-0.0009", "-0.0009", "-0.0016", "-0.0211", "-0.0011" },
			{ "0.0000", "0.0000", "-0.0000", "0.0000", "-0.0001" },
			{ "0.0001", "0.0002", "0.0002", "-0.0001", "-0.0002" },
			{ "0.0009", "0.0013", "0.0023", "-0.0061", "-0.0099" },
			{ "-0.0005", "0.0008", "0.0012", "0.0025", "0.0016" } };

	@Test
	void divisionLoadsWithEveryValueOfTheFigure() {
		AttributionMatrix matrix = Fixtures.readFigure("division.attr.json");
		assertEquals(DIVISION_ROWS, matrix.rowTokens());
		assertEquals(DIVISION_COLUMNS, matrix.columnTokens());
		assertCells(DIVISION, matrix);
		assertEquals("token-attribution v1", matrix.format());
		assertEquals("$16,000 / 0.8 =", matrix.meta().get("generated"), "what the model generated: the output tokens, the figure's rows");
	}

	@Test
	void arithmeticLoadsWithEveryValueOfTheFigure() {
		AttributionMatrix matrix = Fixtures.readFigure("arithmetic.attr.json");
		assertEquals(ARITHMETIC_ROWS, matrix.rowTokens());
		assertEquals(ARITHMETIC_COLUMNS, matrix.columnTokens());
		assertCells(ARITHMETIC, matrix);
	}

	private static void assertCells(String[][] expected, AttributionMatrix matrix) {
		assertEquals(expected.length, matrix.rows());
		assertEquals(expected[0].length, matrix.columns());
		for (int row = 0; row < expected.length; row++) {
			for (int column = 0; column < expected[row].length; column++) {
				float value = matrix.value(row, column);
				String where = "cell (" + row + ", " + column + ")";
				assertEquals(Double.parseDouble(expected[row][column]), value, TOLERANCE, where);
				// printing like the figure (4 decimals) must give back the figure, sign of -0.0000 included
				assertEquals(expected[row][column], String.format(Locale.ROOT, "%.4f", value), where);
			}
		}
	}

	@Test
	void divisionExtremesAreTheFiguresObservations() {
		AttributionStatistics stats = Fixtures.readFigure("division.attr.json").statistics();
		CellValue max = stats.max().orElseThrow();
		assertEquals(new CellValue(7, 2, 1.9074f), max, "largest: ▁/ under 4900 / 100 = 49");
		assertEquals(new CellValue(1, 2, -0.0987f), stats.min().orElseThrow(), "smallest: 1 under 4900 / 100 = 49");
		assertEquals(1.9074, stats.maxAbs(), 1e-6);
		assertEquals(0, stats.missingCount());
		assertEquals(65, stats.cellCount());
		// every row whose largest |value| is below 0.019074: the digits after the first, the separators
		assertArrayEquals(new int[] { 2, 4, 5, 6, 9, 10, 11, 12 }, stats.nearZeroRows());
	}

	@Test
	void divisionTopTokensPerColumn() {
		AttributionStatistics stats = Fixtures.readFigure("division.attr.json").statistics();
		assertEquals(List.of(new RankedValue(7, 0.382f), new RankedValue(0, -0.0756f), new RankedValue(8, 0.0458f)),
				stats.topInColumn(0, 3));
		assertEquals(List.of(new RankedValue(7, 0.0909f), new RankedValue(8, 0.0362f), new RankedValue(0, 0.0216f)),
				stats.topInColumn(1, 3));
		assertEquals(List.of(new RankedValue(7, 1.9074f), new RankedValue(1, -0.0987f), new RankedValue(3, -0.0351f)),
				stats.topInColumn(2, 3));
		assertEquals(List.of(new RankedValue(7, 0.6336f), new RankedValue(0, 0.1044f), new RankedValue(1, 0.0141f)),
				stats.topInColumn(3, 3));
		assertEquals(List.of(new RankedValue(7, 0.6902f), new RankedValue(0, -0.0691f), new RankedValue(1, -0.0096f)),
				stats.topInColumn(4, 3));
	}

	@Test
	void divisionRanksShareTheTiedMagnitudesOfTheFigure() {
		AttributionStatistics stats = Fixtures.readFigure("division.attr.json").statistics();
		// column 1 prints -0.0041 for both "1" (row 1) and "," (row 3): competition ranking 1,2,3,4,4,6
		assertEquals(4, stats.rankInColumn(1, 1));
		assertEquals(4, stats.rankInColumn(3, 1));
		assertEquals(6, stats.rankInColumn(12, 1));
		assertEquals(1, stats.rankInRow(7, 2));
		assertEquals(5, stats.rankInRow(7, 1));
	}

	@Test
	void arithmeticExtremesAreTheFiguresObservations() {
		AttributionStatistics stats = Fixtures.readFigure("arithmetic.attr.json").statistics();
		assertEquals(new CellValue(3, 0, 1.3714f), stats.max().orElseThrow(), "▁x under 8 x 48 = 384");
		assertEquals(new CellValue(3, 4, -0.3675f), stats.min().orElseThrow(), "▁x under $35 ($85 - $50)");
		assertEquals(1.3714, stats.maxAbs(), 1e-6);
		// the threshold is 0.013714: the second "▁" row (row 4) peaks at -0.0211 and is not near zero
		assertArrayEquals(new int[] { 5, 6, 7, 8 }, stats.nearZeroRows());
		assertTrue(stats.rowMaxAbs(4) > 0.01 * stats.maxAbs());
	}

	@Test
	void arithmeticTopTokensPerColumn() {
		AttributionStatistics stats = Fixtures.readFigure("arithmetic.attr.json").statistics();
		assertEquals(List.of(new RankedValue(3, 1.3714f), new RankedValue(0, 0.3452f), new RankedValue(1, 0.0811f)),
				stats.topInColumn(0, 3));
		assertEquals(List.of(new RankedValue(3, 0.6865f), new RankedValue(0, 0.258f), new RankedValue(2, 0.0145f)),
				stats.topInColumn(1, 3));
		assertEquals(List.of(new RankedValue(0, 0.5823f), new RankedValue(3, 0.1771f), new RankedValue(2, 0.0512f)),
				stats.topInColumn(2, 3));
		assertEquals(List.of(new RankedValue(3, 0.6837f), new RankedValue(1, 0.3934f), new RankedValue(2, 0.0243f)),
				stats.topInColumn(3, 3));
		assertEquals(List.of(new RankedValue(3, -0.3675f), new RankedValue(0, -0.0472f), new RankedValue(1, -0.0356f)),
				stats.topInColumn(4, 3));
	}

	@Test
	void repeatedTokensStayDistinctRows() {
		AttributionMatrix matrix = Fixtures.readFigure("division.attr.json");
		// the four "0" rows carry different values: cells are keyed by position, not text
		assertEquals("0", matrix.rowToken(4));
		assertEquals("0", matrix.rowToken(9));
		assertEquals(-0.0048f, matrix.value(4, 2));
		assertEquals(0.0f, matrix.value(9, 2));
	}
}
