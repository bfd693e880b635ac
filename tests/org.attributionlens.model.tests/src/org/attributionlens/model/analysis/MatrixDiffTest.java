package org.attributionlens.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.analysis.MatrixDiff.Side;
import org.attributionlens.model.stats.CellValue;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;

class MatrixDiffTest {

	private static final float NAN = Float.NaN;

	private static AttributionMatrix matrix(List<String> rows, List<String> columns, float... values) {
		return AttributionMatrix.of(rows, columns, values, "test", null);
	}

	@Test
	void identicalFilesGiveAnAllZeroDiff() {
		AttributionMatrix a = Fixtures.readFigure("division.attr.json");
		AttributionMatrix b = Fixtures.readFigure("division.attr.json");
		MatrixDiff diff = MatrixDiff.of(a, b);
		AttributionMatrix d = diff.diff();
		assertEquals(13, d.rows());
		assertEquals(5, d.columns());
		assertEquals(a.rowTokens(), d.rowTokens());
		assertEquals(a.columnTokens(), d.columnTokens());
		for (int row = 0; row < d.rows(); row++) {
			for (int column = 0; column < d.columns(); column++) {
				assertEquals(0f, Math.abs(d.value(row, column)), "cell " + row + ", " + column);
			}
		}
		assertEquals(65, diff.comparedCells());
		assertEquals(0.0, diff.meanAbsDifference());
		assertEquals(Optional.of(new CellValue(0, 0, 0f)), diff.maxAbsDifference());
		assertEquals(0.0, diff.maxAbsDifferenceExact());
		assertTrue(diff.sameShape());
		assertTrue(diff.sameTokens());
		assertEquals(List.of("A and B have the same 13 input tokens and 5 output tokens in the same positions"),
				diff.explanations());
		assertEquals(MatrixDiff.FORMAT, d.format());
		assertEquals(0.0, d.statistics().maxAbs());
		assertEquals("Cells compared: 65; largest difference 0.0000 at ▁$ under 9 + 3 = 12; mean |A - B| 0.0000",
				diff.summary(4));
	}

	@Test
	void differentLengthsKeepTheUnionAndExplainIt() {
		// A: 3 rows x 2 columns; B: 2 rows x 3 columns, B's row 1 token differs; A misses (0, 1)
		AttributionMatrix a = matrix(List.of("▁The", "cat", "sat"), List.of("x", "y"),
				1f, NAN,
				2f, 3f,
				4f, 5f);
		AttributionMatrix b = matrix(List.of("▁The", "dog"), List.of("x", "y", "z"),
				0.5f, 7f, 8f,
				2.5f, -1f, 9f);
		MatrixDiff diff = MatrixDiff.of(a, b);
		AttributionMatrix d = diff.diff();
		assertEquals(List.of("▁The", "cat | dog", "sat"), d.rowTokens());
		assertEquals(List.of("x", "y", "z"), d.columnTokens());
		assertEquals(List.of(
				"A has 3 input tokens, B has 2 input tokens: row 2 exists only in A",
				"A has 2 output tokens, B has 3 output tokens: column 2 exists only in B",
				"input token 1 differs: A \"cat\" vs B \"dog\"",
				"Cells A and B share that have no value in A or B: 1 of 4; their difference is missing"),
				diff.explanations());
		// the shared part
		assertEquals(0.5f, d.value(0, 0));
		assertTrue(d.isMissing(0, 1), "missing in A");
		assertEquals(-0.5f, d.value(1, 0));
		assertEquals(4f, d.value(1, 1));
		// only in A (row 2) or only in B (column 2): kept, with the other side missing
		assertTrue(d.isMissing(2, 0));
		assertTrue(d.isMissing(2, 1));
		assertTrue(d.isMissing(0, 2));
		assertTrue(d.isMissing(2, 2), "in neither");
		assertEquals(new DiffCell(2, 0, 4f, NAN, NAN), diff.cell(2, 0));
		assertEquals(new DiffCell(0, 2, NAN, 8f, NAN), diff.cell(0, 2));
		assertEquals(new DiffCell(1, 1, 3f, -1f, 4f), diff.cell(1, 1));
		assertTrue(diff.cell(1, 1).compared());
		assertFalse(diff.cell(0, 1).compared());
		assertEquals(7f, diff.valueB(0, 1));
		assertTrue(Float.isNaN(diff.valueA(0, 1)));

		assertEquals(List.of(Side.BOTH, Side.BOTH, Side.A_ONLY), List.of(diff.rowSide(0), diff.rowSide(1), diff.rowSide(2)));
		assertEquals(Side.B_ONLY, diff.columnSide(2));
		assertEquals(Optional.of("sat"), diff.rowTokenA(2));
		assertEquals(Optional.empty(), diff.rowTokenB(2));
		assertEquals(Optional.empty(), diff.columnTokenA(2));
		assertEquals(Optional.of("z"), diff.columnTokenB(2));
		assertEquals(1, diff.rowTokenMismatches());
		assertEquals(0, diff.columnTokenMismatches());
		assertFalse(diff.sameShape());

		assertEquals(3, diff.comparedCells());
		assertEquals(Optional.of(new CellValue(1, 1, 4f)), diff.maxAbsDifference());
		assertEquals((0.5 + 0.5 + 4) / 3, diff.meanAbsDifference(), 1e-12);
		assertEquals("Cells compared: 3; largest difference 4.00 at cat | dog under y; mean |A - B| 1.67",
				diff.summary(2));
	}

	@Test
	void longerBIsExplainedWithARange() {
		AttributionMatrix a = matrix(List.of("a"), List.of("x"), 1f);
		AttributionMatrix b = matrix(List.of("a", "b", "c", "d"), List.of("x"), 1f, 2f, 3f, 4f);
		MatrixDiff diff = MatrixDiff.of(a, b);
		assertEquals(List.of("A has 1 input token, B has 4 input tokens: rows 1 to 3 exist only in B"), diff.explanations());
		assertEquals(List.of("a", "b", "c", "d"), diff.diff().rowTokens());
		assertEquals(Side.B_ONLY, diff.rowSide(3));
		assertEquals(1, diff.comparedCells());
	}

	@Test
	void divisionAgainstArithmetic() {
		AttributionMatrix a = Fixtures.readFigure("division.attr.json");
		AttributionMatrix b = Fixtures.readFigure("arithmetic.attr.json");
		MatrixDiff diff = MatrixDiff.of(a, b);
		assertEquals(List.of(
				"A has 13 input tokens, B has 9 input tokens: rows 9 to 12 exist only in A",
				"input token 0 differs: A \"▁$\" vs B \"▁\"",
				"input token 3 differs: A \",\" vs B \"▁x\"",
				"input token 4 differs: A \"0\" vs B \"▁\"",
				"input token 5 differs: A \"0\" vs B \"▁\"",
				"input token 6 differs: A \"0\" vs B \"8\"",
				"... and 2 more input tokens differ (7 in all)",
				"output token 0 differs: A \"9 + 3 = 12\" vs B \"8 x 48 = 384\"",
				"output token 1 differs: A \"7 x 5 = 35\" vs B \"3 x 4 = 12\"",
				"output token 2 differs: A \"4900 / 100 = 49\" vs B \"6 - 4 = 2\"",
				"output token 3 differs: A \"9 - 3 = 6\" vs B \"50(10x5)\"",
				"output token 4 differs: A \"6 - 6 = 0\" vs B \"$35 ($85 - $50)\""),
				diff.explanations());
		AttributionMatrix d = diff.diff();
		assertEquals(13, d.rows());
		assertEquals(5, d.columns());
		assertEquals(List.of("▁$ | ▁", "1", "6", ", | ▁x", "0 | ▁", "0 | ▁", "0 | 8", "▁/ | ▁", "▁ | ▁=", "0", ".", "8",
				"▁="), d.rowTokens());
		assertEquals("4900 / 100 = 49 | 6 - 4 = 2", d.columnToken(2));
		assertEquals(45, diff.comparedCells());
		assertEquals(7, diff.rowTokenMismatches());
		assertEquals(5, diff.columnTokenMismatches());
		// ▁/ under 4900 / 100 = 49 (1.9074) against ▁ under 6 - 4 = 2 (0.0023)
		CellValue max = diff.maxAbsDifference().orElseThrow();
		assertEquals(7, max.row());
		assertEquals(2, max.column());
		assertEquals(1.9051, max.value(), 1e-6);
		assertEquals(1.9051, diff.maxAbsDifferenceExact(), 1e-6);
		assertEquals(0.20448, diff.meanAbsDifference(), 1e-6);
		assertEquals(
				"Cells compared: 45; largest difference 1.9051 at ▁/ | ▁ under 4900 / 100 = 49 | 6 - 4 = 2; mean |A - B| 0.2045",
				diff.summary(4));
		assertEquals(Side.A_ONLY, diff.rowSide(12));
		assertTrue(d.isMissing(12, 0));
		assertEquals(new DiffCell(3, 4, -0.007f, -0.3675f, (float) (-0.007 - -0.3675)), diff.cell(3, 4));
	}

	@Test
	void listingCanBeLimited() {
		MatrixDiff diff = MatrixDiff.of(Fixtures.readFigure("division.attr.json"),
				Fixtures.readFigure("arithmetic.attr.json"), 0);
		assertEquals(List.of(
				"A has 13 input tokens, B has 9 input tokens: rows 9 to 12 exist only in A",
				"... and 7 more input tokens differ (7 in all)",
				"... and 5 more output tokens differ (5 in all)"), diff.explanations());
		assertThrows(IllegalArgumentException.class, () -> MatrixDiff.of(diff.a(), diff.b(), -1));
		List<String> six = MatrixDiff.of(diff.a(), diff.b(), 6).explanations();
		assertEquals("input token 7 differs: A \"▁/\" vs B \"▁\"", six.get(6));
		assertEquals("... and 1 more input token differs (7 in all)", six.get(7));
	}

	@Test
	void sameShapeDifferentTokensAndTokensAreShownVisible() {
		AttributionMatrix a = matrix(List.of("a", " "), List.of("x"), 1f, 2f);
		AttributionMatrix b = matrix(List.of("a", "\n"), List.of("x"), 1f, 2f);
		MatrixDiff diff = MatrixDiff.of(a, b);
		assertTrue(diff.sameShape());
		assertFalse(diff.sameTokens());
		assertEquals(List.of("input token 1 differs: A \"␣\" vs B \"\\n\""), diff.explanations());
		assertEquals(" " + " | " + "\n", diff.diff().rowToken(1), "the diff matrix holds the raw tokens");
	}

	@Test
	void noComparedCellWhenTheValuesNeverMeet() {
		AttributionMatrix a = matrix(List.of("a"), List.of("x"), NAN);
		AttributionMatrix b = matrix(List.of("a"), List.of("x"), 1f);
		MatrixDiff diff = MatrixDiff.of(a, b);
		assertEquals(0, diff.comparedCells());
		assertEquals(Optional.empty(), diff.maxAbsDifference());
		assertTrue(Double.isNaN(diff.meanAbsDifference()));
		assertTrue(Double.isNaN(diff.maxAbsDifferenceExact()));
		assertEquals("No cell has a value in both A and B", diff.summary(4));
		assertEquals(List.of("A and B have the same 1 input token and 1 output token in the same positions",
				"Cells A and B share that have no value in A or B: 1 of 1; their difference is missing"),
				diff.explanations());
	}

	@Test
	void differencesBeyondTheFloatRangeAreClampedAndExplained() {
		AttributionMatrix a = matrix(List.of("a", "b"), List.of("x"), Float.MAX_VALUE, 1f);
		AttributionMatrix b = matrix(List.of("a", "b"), List.of("x"), -Float.MAX_VALUE, 0.5f);
		MatrixDiff diff = MatrixDiff.of(a, b);
		assertEquals(Float.MAX_VALUE, diff.difference(0, 0));
		assertEquals(2.0 * Float.MAX_VALUE, diff.cell(0, 0).exactDifference());
		assertEquals(2.0 * Float.MAX_VALUE, diff.maxAbsDifferenceExact());
		assertEquals(0.5f, diff.difference(1, 0));
		assertTrue(diff.explanations().contains(
				"Differences beyond the range of a 32-bit float, shown as \u00b13.4028235E38: 1"),
				diff.explanations().toString());
	}

	@Test
	void positionsOutsideTheDiffAreRejected() {
		MatrixDiff diff = MatrixDiff.of(matrix(List.of("a"), List.of("x"), 1f), matrix(List.of("a"), List.of("x"), 1f));
		assertThrows(IndexOutOfBoundsException.class, () -> diff.cell(1, 0));
		assertThrows(IndexOutOfBoundsException.class, () -> diff.valueA(0, 1));
		assertThrows(IndexOutOfBoundsException.class, () -> diff.rowSide(-1));
		assertThrows(IllegalArgumentException.class, () -> diff.summary(11));
		assertThrows(NullPointerException.class, () -> MatrixDiff.of(null, diff.b()));
	}
}
