package org.attributionlens.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.CellRef;
import org.attributionlens.model.analysis.KeyObservations.Settings;
import org.attributionlens.model.stats.AttributionStatistics;
import org.attributionlens.model.stats.RankedValue;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The key observations must reproduce what the seed documents' "Key Observations" sections say
 * by hand about the two reference figures, where the data supports it, and follow their
 * documented rules on hand-built matrices.
 */
class KeyObservationsTest {

	private static final float NAN = Float.NaN;

	private static AttributionMatrix matrix(int rows, int columns, float... values) {
		return AttributionMatrix.of(IntStream.range(0, rows).mapToObj(i -> "r" + i).toList(),
				IntStream.range(0, columns).mapToObj(i -> "c" + i).toList(), values, "test", null);
	}

	private static List<Integer> rowsOf(List<RowObservation> observations) {
		return observations.stream().map(RowObservation::row).toList();
	}

	private static List<String> texts(List<? extends Observation> observations) {
		return observations.stream().map(Observation::text).toList();
	}

	// ---- seed 001: "$16,000 / 0.8 =" (samples/division.attr.json): the 13 generated characters are the
	// output tokens (the figure's rows), the five few-shot examples the input tokens (its columns)

	@Test
	void divisionExtremesAreTheSeedsObservations() {
		KeyObservations observations = KeyObservations.of(Fixtures.readSample("division.attr.json"));
		// seed: "The highest score, 1.9074, is observed at the intersection of _/ and 4900 / 100 = 49"
		CellObservation highest = observations.largestPositive().get(0);
		assertEquals(new CellRef(2, 7), highest.cell(), "input 4900 / 100 = 49, output ▁/");
		assertEquals(1.9074f, highest.value());
		assertEquals(1, highest.rank());
		assertEquals(Observation.Kind.LARGEST_POSITIVE, highest.kind());
		assertEquals(List.of("Highest positive value: 1.9074 at ▁/ ← 4900 / 100 = 49",
				"2nd highest positive value: 0.6902 at ▁/ ← 6 - 6 = 0",
				"3rd highest positive value: 0.6336 at ▁/ ← 9 - 3 = 6"), texts(observations.largestPositive()));
		// seed: "Some cells, particularly in the -$ and 1 rows, show slightly negative attribution scores
		// (e.g. -0.0756, -0.0987)"
		assertEquals(List.of("Most negative value: -0.0987 at 1 ← 4900 / 100 = 49",
				"2nd most negative value: -0.0756 at ▁$ ← 9 + 3 = 12",
				"3rd most negative value: -0.0691 at ▁$ ← 6 - 6 = 0"), texts(observations.mostNegative()));
		assertEquals(new CellRef(2, 1), observations.mostNegative().get(0).cell());
		assertEquals(Observation.Kind.MOST_NEGATIVE, observations.mostNegative().get(0).kind());
	}

	@Test
	void divisionDominantOutputIsTheSlashToken() {
		KeyObservations observations = KeyObservations.of(Fixtures.readSample("division.attr.json"));
		// seed: "The row labeled _/ exhibits significantly higher positive token attribution scores across
		// all column expressions compared to other rows": 3.7041 of 4.3102, the next output (▁$) 6.4%
		assertEquals(List.of(7), observations.dominantOutputs().stream().map(OutputObservation::output).toList());
		OutputObservation dominant = observations.dominantOutputs().get(0);
		assertEquals(Observation.Kind.DOMINANT_OUTPUT, dominant.kind());
		assertEquals(0.8594, dominant.share(), 1e-4);
		assertEquals(3.7041, dominant.absTotal(), 1e-5);
		assertEquals(4.3102, observations.totalAbs(), 1e-5);
		assertEquals("Dominant output token: ▁/ receives 85.9% of the total |attribution|", dominant.text());
		assertEquals(Optional.of(new CellRef(2, 7)), dominant.target(), "selects the output's largest cell");
		assertEquals(1.9074f, dominant.peakValue());
		// of the inputs, "4900 / 100 = 49" holds 47.8%
		assertEquals(List.of(2), rowsOf(observations.dominantRows()));
		assertEquals("Dominant input token: 4900 / 100 = 49 holds 47.8% of the total |attribution|",
				observations.dominantRows().get(0).text());
	}

	@Test
	void divisionNearZeroOutputsIncludeTheRepeatedZeros() {
		KeyObservations observations = KeyObservations.of(Fixtures.readSample("division.attr.json"));
		// seed: "The label '0' appears multiple times ... The attribution scores for these rows are generally
		// very low": all four "0" outputs (4, 5, 6, 9) peak below 1% of 1.9074, as do "6", ".", "8", "▁="
		assertEquals(List.of(2, 4, 5, 6, 9, 10, 11, 12),
				observations.nearZeroOutputs().stream().map(OutputObservation::output).toList());
		OutputObservation zero = observations.nearZeroOutputs().get(1);
		assertEquals(Observation.Kind.NEAR_ZERO_OUTPUT, zero.kind());
		assertEquals("Near-zero output token: 0 (output 4), largest |value| 0.0048 (below 1% of 1.9074)", zero.text());
		assertEquals(Optional.of(new CellRef(2, 4)), zero.target());
		assertEquals("Near-zero output token: 6, largest |value| 0.0004 (below 1% of 1.9074)",
				observations.nearZeroOutputs().get(0).text());
		assertTrue(observations.nearZeroRows().isEmpty(), "every example drives some output");
	}

	@Test
	void divisionTopInputsOfEachOutputWithShares() {
		KeyObservations observations = KeyObservations.of(Fixtures.readSample("division.attr.json"));
		assertEquals(13, observations.columns().size(), "one per output token");
		ColumnObservation slash = observations.columns().get(7);
		assertEquals(7, slash.column());
		assertEquals(Observation.Kind.COLUMN, slash.kind());
		assertEquals("Top input tokens of ▁/: \"4900 / 100 = 49\" 51.5%, \"6 - 6 = 0\" 18.6%, \"9 - 3 = 6\" 17.1%",
				slash.text());
		assertEquals(List.of(2, 4, 3), slash.topTokens().stream().map(TokenShare::row).toList());
		assertEquals(0.51494, slash.topTokens().get(0).share(), 1e-4);
		assertEquals(0.6902f, slash.topTokens().get(1).value());
		assertEquals("4900 / 100 = 49: 1.9074, 51.5% of the output token's |attribution|",
				slash.topTokens().get(0).text());
		assertEquals(Optional.of(new CellRef(2, 7)), slash.target());
		assertEquals(Optional.of(new CellRef(3, 7)), slash.topTokens().get(2).target());
		assertEquals("Top input tokens of 1: \"4900 / 100 = 49\" 67.5%, \"9 + 3 = 12\" 13.5%, \"9 - 3 = 6\" 9.6%",
				observations.columns().get(1).text());
	}

	// ---- seed 000: " 16 x  8  =" (samples/arithmetic.attr.json): 9 generated tokens, five examples

	@Test
	void arithmeticExtremesAreTheSeedsObservations() {
		KeyObservations observations = KeyObservations.of(Fixtures.readSample("arithmetic.attr.json"));
		// seed: "Highest Positive Value: 1.3714 in Row 4 (x) under "8 x 48 = 384"" (its rows count from 1)
		assertEquals(new CellRef(0, 3), observations.largestPositive().get(0).cell());
		assertEquals("Highest positive value: 1.3714 at ▁x ← 8 x 48 = 384", observations.largestPositive().get(0).text());
		// seed: "Highest Negative Value: -0.3675 in Row 4 (x) under "$35 ($85 - $50)""
		assertEquals(new CellRef(4, 3), observations.mostNegative().get(0).cell());
		assertEquals("Most negative value: -0.3675 at ▁x ← $35 ($85 - $50)", observations.mostNegative().get(0).text());
		// the repeated "▁" output token is told apart by its position
		assertEquals("2nd most negative value: -0.0472 at ▁ (output 0) ← $35 ($85 - $50)",
				observations.mostNegative().get(1).text());
	}

	@Test
	void arithmeticDominantOutputIsX() {
		KeyObservations observations = KeyObservations.of(Fixtures.readSample("arithmetic.attr.json"));
		// seed: "The "x" row (Row 4) exhibits the strongest attribution": 62.8% of the total; the first "▁"
		// (output 0) receives 23.9%, just below the 25% a dominant token needs
		assertEquals(List.of(3), observations.dominantOutputs().stream().map(OutputObservation::output).toList());
		assertEquals("Dominant output token: ▁x receives 62.8% of the total |attribution|",
				observations.dominantOutputs().get(0).text());
		assertEquals(0.2385, Fixtures.readSample("arithmetic.attr.json").statistics().columnAbsTotal(0)
				/ observations.totalAbs(), 1e-4);
		assertEquals(List.of(0), rowsOf(observations.dominantRows()), "8 x 48 = 384 holds 34.8%");
	}

	@Test
	void arithmeticNearZeroOutputsAsTheDataHasThem() {
		AttributionMatrix matrix = Fixtures.readSample("arithmetic.attr.json");
		KeyObservations observations = KeyObservations.of(matrix);
		// The seed says "Rows 5-6 (—) show near-zero values", counting rows from 1: outputs 4 and 5 here,
		// the second and third "▁". Its prose is loose: output 5 is near zero (|value| <= 0.0001), but
		// output 4 peaks at -0.0211 from "50(10x5)", 1.5% of the largest |value| 1.3714, above the 1% rule;
		// and outputs 6 to 8 ("8", "▁", "▁=", all below 0.0137) are near zero too though the seed does not
		// mention them.
		assertEquals(List.of(5, 6, 7, 8), observations.nearZeroOutputs().stream().map(OutputObservation::output).toList());
		assertEquals("Near-zero output token: ▁ (output 5), largest |value| 0.0001 (below 1% of 1.3714)",
				observations.nearZeroOutputs().get(0).text());
		// at a 2% threshold the seed's two outputs are both in
		KeyObservations twoPercent = KeyObservations.of(matrix, Settings.DEFAULTS.withNearZeroFraction(0.02));
		assertEquals(List.of(4, 5, 6, 7, 8), twoPercent.nearZeroOutputs().stream().map(OutputObservation::output).toList());
		assertEquals("Near-zero output token: ▁ (output 4), largest |value| 0.0211 (below 2% of 1.3714)",
				twoPercent.nearZeroOutputs().get(0).text());
	}

	@Test
	void arithmeticTopInputsOfEachOutput() {
		KeyObservations observations = KeyObservations.of(Fixtures.readSample("arithmetic.attr.json"));
		assertEquals("Top input tokens of ▁x: \"8 x 48 = 384\" 41.7%, \"3 x 4 = 12\" 20.9%, \"50(10x5)\" 20.8%",
				observations.columns().get(3).text());
		assertEquals("Top input tokens of ▁ (output 0): \"6 - 4 = 2\" 46.6%, \"8 x 48 = 384\" 27.6%, \"3 x 4 = 12\" 20.7%",
				observations.columns().get(0).text());
		assertEquals("50(10x5): 0.3934, 75.6% of the output token's |attribution|",
				observations.columns().get(1).topTokens().get(0).text());
	}

	@Test
	void arithmeticAsText() {
		String text = KeyObservations.of(Fixtures.readSample("arithmetic.attr.json")).toText();
		assertTrue(text.startsWith("Highest positive value: 1.3714 at ▁x ← 8 x 48 = 384\n"), text);
		assertTrue(text.contains("\nTop input tokens of 1: \"50(10x5)\" 75.6%, \"8 x 48 = 384\" 15.6%, \"$35 ($85 - $50)\" 6.8%\n"
				+ "  50(10x5): 0.3934, 75.6% of the output token's |attribution|\n"), text);
		// 3 + 3 cells, 1 dominant input, 0 near-zero inputs, 1 dominant output, 4 near-zero outputs,
		// 9 outputs with 3 input tokens each, but for output 5, which only "$35 ($85 - $50)" reaches
		assertEquals(3 + 3 + 1 + 0 + 1 + 4 + 9 + 8 * 3 + 1, text.lines().count());
	}

	@Test
	void sequenceAttributionListsTheInputsThatDriveTheWholeOutput() {
		AttributionMatrix matrix = AttributionMatrix.of(List.of("a", "b", "c", "d"), List.of("x", "y"),
				new float[] { 0.1f, 0.2f, -0.5f, 0.1f, 0f, 0f, 0.3f, -0.4f }, "test", null,
				new float[] { 0.25f, -0.75f, 0f, 0.5f }, null);
		KeyObservations observations = KeyObservations.of(matrix);
		assertEquals(List.of("b: -0.7500 to the whole output", "d: 0.5000 to the whole output",
				"a: 0.2500 to the whole output"), texts(observations.sequenceAttribution()));
		assertEquals(Observation.Kind.SEQ_ATTR, observations.sequenceAttribution().get(0).kind());
		assertEquals(Optional.of(new CellRef(1, 0)), observations.sequenceAttribution().get(0).target(),
				"selects the input's largest cell, -0.5 under x");
		assertTrue(KeyObservations.of(Fixtures.readSample("division.attr.json")).sequenceAttribution().isEmpty(),
				"a file without seq_attr has none");
	}

	// ---- rules on hand-built matrices

	@Test
	void extremesSkipMissingAndZeroAndKeepRowMajorOrderOnTies() {
		AttributionMatrix matrix = matrix(3, 3,
				0.5f, NAN, 0f,
				-0.5f, 0.5f, 0f,
				NAN, 0.25f, -0f);
		KeyObservations observations = KeyObservations.of(matrix, Settings.DEFAULTS.withTopCells(5));
		assertEquals(List.of(new CellRef(0, 0), new CellRef(1, 1), new CellRef(2, 1)),
				observations.largestPositive().stream().map(CellObservation::cell).toList());
		assertEquals(List.of(new CellRef(1, 0)), observations.mostNegative().stream().map(CellObservation::cell).toList());
		assertEquals(List.of(1, 2, 3), observations.largestPositive().stream().map(CellObservation::rank).toList());
	}

	@Test
	void noCellsWhenAllValuesHaveOneSignOrNone() {
		KeyObservations positive = KeyObservations.of(matrix(2, 2, 1f, 2f, 3f, 0f));
		assertEquals(3, positive.largestPositive().size());
		assertTrue(positive.mostNegative().isEmpty());
		KeyObservations zero = KeyObservations.of(matrix(2, 2, 0f, 0f, -0f, 0f));
		assertTrue(zero.largestPositive().isEmpty());
		assertTrue(zero.mostNegative().isEmpty());
		assertTrue(zero.dominantRows().isEmpty());
		assertEquals(List.of(0, 1), rowsOf(zero.nearZeroRows()), "an all-zero matrix: every row near zero");
		assertEquals(List.of("No attribution to c0", "No attribution to c1"), texts(zero.columns()));
		assertEquals(Optional.empty(), zero.columns().get(0).target());
		assertTrue(Double.isNaN(zero.nearZeroRows().get(0).share()));
	}

	@Test
	void allMissingMatrixHasOnlyEmptyRows() {
		KeyObservations observations = KeyObservations.of(matrix(2, 1, NAN, NAN));
		assertTrue(observations.largestPositive().isEmpty());
		assertTrue(observations.mostNegative().isEmpty());
		assertTrue(observations.dominantRows().isEmpty());
		assertEquals(List.of("Near-zero input token: r0, no values", "Near-zero input token: r1, no values"),
				texts(observations.nearZeroRows()));
		assertEquals(Optional.empty(), observations.nearZeroRows().get(0).target());
		assertEquals(-1, observations.nearZeroRows().get(0).peakColumn());
		assertEquals(0, observations.totalAbs());
	}

	@Test
	void dominantRowsNeedAQuarterAndOneAndAHalfEvenShares() {
		// two rows: 1.5 even shares = 75%
		assertEquals(List.of(), rowsOf(KeyObservations.of(matrix(2, 1, 0.6f, 0.4f)).dominantRows()));
		assertEquals(List.of(1), rowsOf(KeyObservations.of(matrix(2, 1, 0.2f, -0.8f)).dominantRows()));
		// three nearly even rows: none stands out
		assertEquals(List.of(), rowsOf(KeyObservations.of(matrix(3, 1, 0.34f, 0.33f, 0.33f)).dominantRows()));
		// ten rows: 25% rules; two rows above it, larger share first
		float[] two = new float[10];
		java.util.Arrays.fill(two, 0.05f);
		two[2] = 0.3f;
		two[6] = -0.4f;
		List<RowObservation> dominant = KeyObservations.of(matrix(10, 1, two)).dominantRows();
		assertEquals(List.of(6, 2), rowsOf(dominant));
		assertEquals(0.4 / 1.1, dominant.get(0).share(), 1e-6);
		// one row: nothing to compare with
		assertEquals(List.of(), rowsOf(KeyObservations.of(matrix(1, 2, 1f, 2f)).dominantRows()));
	}

	@Test
	void aRowThatStandsOutBelowAQuarterIsDominantWhenTwiceTheRunnerUp() {
		// 40 rows: row 5 holds 10 / 49 = 20%, less than 25%, but 10 times any other row
		float[] values = new float[40];
		java.util.Arrays.fill(values, 1f);
		values[5] = 10f;
		assertEquals(List.of(5), rowsOf(KeyObservations.of(matrix(40, 1, values)).dominantRows()));
		// the runner-up at more than half of it: no dominant row
		values[9] = 5.5f;
		assertEquals(List.of(), rowsOf(KeyObservations.of(matrix(40, 1, values)).dominantRows()));
		// a higher threshold setting still lets the stand-out row through
		values[9] = 1f;
		assertEquals(List.of(5), rowsOf(
				KeyObservations.of(matrix(40, 1, values), Settings.DEFAULTS.withDominantShare(0.9)).dominantRows()));
	}

	@Test
	void topTokensSkipZeroAndMissingAndBreakTiesByLowerRow() {
		AttributionMatrix matrix = matrix(5, 2,
				0.5f, 0f,
				NAN, 0f,
				-0.5f, 1f,
				0f, 0f,
				0.25f, NAN);
		KeyObservations observations = KeyObservations.of(matrix, Settings.DEFAULTS.withTopTokensPerColumn(4));
		ColumnObservation first = observations.columns().get(0);
		assertEquals(List.of(0, 2, 4), first.topTokens().stream().map(TokenShare::row).toList());
		assertEquals(List.of(1, 2, 3), first.topTokens().stream().map(TokenShare::rank).toList());
		assertEquals(0.4, first.topTokens().get(0).share(), 1e-7);
		assertEquals(1.25, first.absTotal(), 1e-7);
		assertEquals("Top input tokens of c0: \"r0\" 40.0%, \"r2\" 40.0%, \"r4\" 20.0%", first.text());
		assertEquals(List.of(2), observations.columns().get(1).topTokens().stream().map(TokenShare::row).toList());
		assertEquals(1.0, observations.columns().get(1).topTokens().get(0).share());
	}

	@Test
	void columnTopsAgreeWithTheStatisticsOnARandomMatrix() {
		SplittableRandom random = new SplittableRandom(4);
		int rows = 300;
		int columns = 40;
		float[] values = new float[rows * columns];
		for (int i = 0; i < values.length; i++) {
			double p = random.nextDouble();
			// missing cells, zeros and ties in magnitude with both signs
			values[i] = p < 0.05 ? NAN : p < 0.1 ? 0f : (random.nextBoolean() ? 1 : -1) * random.nextInt(50) / 8f;
		}
		AttributionMatrix matrix = matrix(rows, columns, values);
		AttributionStatistics stats = matrix.statistics();
		KeyObservations observations = KeyObservations.of(matrix, Settings.DEFAULTS.withTopTokensPerColumn(7));
		for (int column = 0; column < columns; column++) {
			List<RankedValue> expected = stats.topInColumn(column, 7).stream().filter(r -> r.value() != 0).toList();
			List<RankedValue> actual = observations.columns().get(column).topTokens().stream()
					.map(t -> new RankedValue(t.row(), t.value())).toList();
			assertEquals(expected, actual, "column " + column);
		}
		CellObservation max = observations.largestPositive().get(0);
		assertEquals(stats.max().orElseThrow().row(), max.row());
		assertEquals(stats.max().orElseThrow().column(), max.column());
		CellObservation min = observations.mostNegative().get(0);
		assertEquals(stats.min().orElseThrow().row(), min.row());
		assertEquals(stats.min().orElseThrow().column(), min.column());
		// ranks are non-increasing in value
		List<Float> positives = new ArrayList<>(observations.largestPositive().stream().map(CellObservation::value).toList());
		for (int i = 1; i < positives.size(); i++) {
			assertTrue(positives.get(i) <= positives.get(i - 1));
		}
	}

	@Test
	void repeatedColumnTokensAndLongTokensAreLabelled() {
		String longToken = "x".repeat(100);
		AttributionMatrix matrix = AttributionMatrix.of(List.of(" ", "a\nb"), List.of(longToken, longToken),
				new float[] { 1f, 0f, 0f, -2f }, "test", null);
		KeyObservations observations = KeyObservations.of(matrix);
		String abbreviated = "x".repeat(39) + "…";
		assertEquals("Highest positive value: 1.0000 at " + abbreviated + " (output 0) ← ␣",
				observations.largestPositive().get(0).text());
		assertEquals("Most negative value: -2.0000 at " + abbreviated + " (output 1) ← a\\nb",
				observations.mostNegative().get(0).text());
	}

	@Test
	void settingsChangeCountsAndDecimals() {
		KeyObservations observations = KeyObservations.of(Fixtures.readSample("division.attr.json"),
				Settings.DEFAULTS.withTopCells(1).withTopTokensPerColumn(1).withDecimals(2));
		assertEquals(1, observations.largestPositive().size());
		assertEquals(1, observations.mostNegative().size());
		assertEquals("Highest positive value: 1.91 at ▁/ ← 4900 / 100 = 49", observations.largestPositive().get(0).text());
		assertEquals(1, observations.columns().get(0).topTokens().size());
		KeyObservations none = KeyObservations.of(Fixtures.readSample("division.attr.json"),
				Settings.DEFAULTS.withTopCells(0).withTopTokensPerColumn(0));
		assertTrue(none.largestPositive().isEmpty());
		assertTrue(none.columns().get(0).topTokens().isEmpty());
		assertFalse(none.dominantRows().isEmpty());
		// more than there are: every positive and negative cell, every non-zero cell of a column
		AttributionMatrix division = Fixtures.readSample("division.attr.json");
		KeyObservations all = KeyObservations.of(division,
				Settings.DEFAULTS.withTopCells(Integer.MAX_VALUE).withTopTokensPerColumn(Integer.MAX_VALUE));
		float[] values = division.toRowMajorArray();
		assertEquals(IntStream.range(0, values.length).filter(i -> values[i] > 0).count(), all.largestPositive().size());
		assertEquals(IntStream.range(0, values.length).filter(i -> values[i] < 0).count(), all.mostNegative().size());
		assertEquals(IntStream.range(0, 5).filter(input -> division.value(input, 7) != 0).count(),
				all.columns().get(7).topTokens().size());
		assertEquals(1.0, all.columns().get(7).topTokens().stream().mapToDouble(TokenShare::share).sum(), 1e-6);
	}

	@Test
	void settingsAreValidated() {
		assertThrows(IllegalArgumentException.class, () -> Settings.DEFAULTS.withTopCells(-1));
		assertThrows(IllegalArgumentException.class, () -> Settings.DEFAULTS.withTopTokensPerColumn(-1));
		assertThrows(IllegalArgumentException.class, () -> Settings.DEFAULTS.withDominantShare(0));
		assertThrows(IllegalArgumentException.class, () -> Settings.DEFAULTS.withDominantShare(1.5));
		assertThrows(IllegalArgumentException.class, () -> Settings.DEFAULTS.withNearZeroFraction(Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> Settings.DEFAULTS.withDecimals(11));
		assertThrows(NullPointerException.class, () -> KeyObservations.of(null));
		assertEquals(new Settings(3, 3, 0.25, 0.01, 4), Settings.DEFAULTS);
	}

	@Test
	void allListsTheEntriesInOutlineOrderAndIsUnmodifiable() {
		KeyObservations observations = KeyObservations.of(Fixtures.readSample("division.attr.json"));
		List<Observation> all = observations.all();
		// cells, the dominant input, no near-zero input, the dominant output, 8 near-zero outputs, 13 outputs
		assertEquals(3 + 3 + 1 + 0 + 1 + 8 + 13, all.size());
		assertEquals(Observation.Kind.LARGEST_POSITIVE, all.get(0).kind());
		assertEquals(Observation.Kind.MOST_NEGATIVE, all.get(3).kind());
		assertEquals(Observation.Kind.DOMINANT_ROW, all.get(6).kind());
		assertEquals(Observation.Kind.DOMINANT_OUTPUT, all.get(7).kind());
		assertEquals(Observation.Kind.NEAR_ZERO_OUTPUT, all.get(8).kind());
		assertEquals(Observation.Kind.COLUMN, all.get(16).kind());
		assertEquals(Observation.Kind.TOP_TOKEN, observations.columns().get(0).topTokens().get(0).kind());
		assertThrows(UnsupportedOperationException.class, () -> all.remove(0));
		assertThrows(UnsupportedOperationException.class, () -> observations.columns().get(0).topTokens().clear());
		for (Observation observation : all) {
			assertTrue(observation.target().isPresent(), observation.text());
		}
	}

	/**
	 * The output tokens' facts come from the column statistics; they are what the same questions
	 * asked of the matrix turned (outputs as rows) give, number for number: how they were computed
	 * before.
	 */
	@Test
	void outputFactsAreTheRowFactsOfTheTurnedMatrix() {
		SplittableRandom random = new SplittableRandom(1313);
		float[] pool = { 0f, 0f, 0.5f, -0.5f, 1f, -2f, 0.001f, Float.NaN, 3.25f };
		int outputFacts = 0;
		for (int i = 0; i < 400; i++) {
			int rows = 1 + random.nextInt(7);
			int columns = 1 + random.nextInt(7);
			float[] values = new float[rows * columns];
			for (int cell = 0; cell < values.length; cell++) {
				values[cell] = random.nextInt(3) == 0 ? pool[random.nextInt(pool.length)] : (float) random.nextGaussian();
			}
			List<String> inputs = IntStream.range(0, rows).mapToObj(row -> "i" + random.nextInt(3)).toList();
			List<String> outputs = IntStream.range(0, columns).mapToObj(column -> "o" + random.nextInt(3)).toList();
			AttributionMatrix matrix = AttributionMatrix.of(inputs, outputs, values, "test", null);
			AttributionMatrix turned = org.attributionlens.model.view.ViewPipeline
					.apply(matrix, org.attributionlens.model.view.ViewSettings.DEFAULT.withTranspose(true)).matrix();
			Settings settings = random.nextBoolean() ? Settings.DEFAULTS
					: Settings.DEFAULTS.withDominantShare(0.1).withNearZeroFraction(0.3);
			KeyObservations observed = KeyObservations.of(matrix, settings);
			KeyObservations ofTurned = KeyObservations.of(turned, settings);
			assertSameFacts(ofTurned.dominantRows(), observed.dominantOutputs(), matrix);
			assertSameFacts(ofTurned.nearZeroRows(), observed.nearZeroOutputs(), matrix);
			outputFacts += observed.dominantOutputs().size() + observed.nearZeroOutputs().size();
		}
		assertTrue(outputFacts > 300, "the matrices have dominant and near-zero outputs: " + outputFacts);
	}

	private static void assertSameFacts(List<RowObservation> expected, List<OutputObservation> actual, AttributionMatrix matrix) {
		assertEquals(expected.size(), actual.size(), matrix::toString);
		for (int i = 0; i < expected.size(); i++) {
			RowObservation row = expected.get(i);
			OutputObservation output = actual.get(i);
			assertEquals(row.row(), output.output(), matrix::toString);
			assertEquals(row.absTotal(), output.absTotal(), matrix::toString);
			assertEquals(row.share(), output.share(), matrix::toString);
			assertEquals(row.peakColumn(), output.peakInput(), matrix::toString);
			assertEquals(Float.floatToIntBits(row.peakValue()), Float.floatToIntBits(output.peakValue()), matrix::toString);
		}
	}
}
