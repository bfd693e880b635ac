package org.attributionlens.model.view;

import static org.attributionlens.model.view.ViewTestMatrices.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.attributionlens.model.AttributionMatrix;
import org.junit.jupiter.api.Test;

class HighlightTest {

	/** One column: 0.5, -0.9, 0.5, 0.1, missing, -0.5; a second: all 1 but one missing. */
	private static AttributionMatrix ties() {
		return of(List.of("a", "b", "c", "d", "e", "f"), List.of("x", "y"), //
				0.5f, 1f, //
				-0.9f, 1f, //
				0.5f, Float.NaN, //
				0.1f, 1f, //
				Float.NaN, 1f, //
				-0.5f, 1f);
	}

	private static String lit(DisplayedMatrix view, int column) {
		StringBuilder lit = new StringBuilder();
		for (int row = 0; row < view.rows(); row++) {
			lit.append(view.dimmed(row, column) ? '.' : '#');
		}
		return lit.toString();
	}

	private static DisplayedMatrix highlight(AttributionMatrix raw, Highlight highlight) {
		return ViewPipeline.apply(raw, ViewSettings.DEFAULT.withHighlight(highlight));
	}

	@Test
	void topKKeepsTiesAtTheKthPlace() {
		AttributionMatrix raw = ties();
		assertEquals(".#....", lit(highlight(raw, Highlight.topKPerColumn(1)), 0));
		assertEquals("###..#", lit(highlight(raw, Highlight.topKPerColumn(2)), 0), "three cells share second place");
		assertEquals("###..#", lit(highlight(raw, Highlight.topKPerColumn(4)), 0));
		assertEquals("####.#", lit(highlight(raw, Highlight.topKPerColumn(5)), 0), "missing cells are always dimmed");
		assertEquals("####.#", lit(highlight(raw, Highlight.topKPerColumn(50)), 0), "k beyond the column");
		assertEquals("##.###", lit(highlight(raw, Highlight.topKPerColumn(1)), 1), "all equal: all lit");
	}

	@Test
	void thresholdOnMagnitude() {
		AttributionMatrix raw = ties();
		assertEquals("###..#", lit(highlight(raw, Highlight.threshold(0.5)), 0), "the threshold itself is lit");
		assertEquals(".#....", lit(highlight(raw, Highlight.threshold(0.5000001)), 0));
		// 0.50000002 rounds down to the float 0.5f, yet 0.5 is below it
		assertEquals(".#....", lit(highlight(raw, Highlight.threshold(0.50000002)), 0));
		assertEquals("####.#", lit(highlight(raw, Highlight.threshold(0.1)), 0), "0.1f is just above 0.1");
		assertEquals("####.#", lit(highlight(raw, Highlight.threshold(0)), 0));
		assertEquals("......", lit(highlight(raw, Highlight.threshold(1e300)), 0));
	}

	@Test
	void noHighlightDimsNothing() {
		DisplayedMatrix view = highlight(ties(), Highlight.none());
		assertEquals("######", lit(view, 0), "not even missing cells");
		assertEquals(false, view.highlighting());
	}

	@Test
	void transposingNeverChangesWhichCellsAreDimmed() {
		AttributionMatrix raw = ties();
		for (Highlight highlight : List.of(Highlight.topKPerColumn(2), Highlight.threshold(0.5))) {
			DisplayedMatrix plain = highlight(raw, highlight);
			DisplayedMatrix transposed = ViewPipeline.apply(raw,
					ViewSettings.DEFAULT.withHighlight(highlight).withTranspose(true));
			for (int row = 0; row < raw.rows(); row++) {
				for (int column = 0; column < raw.columns(); column++) {
					assertEquals(plain.dimmed(row, column), transposed.dimmed(column, row), highlight + " " + row + "," + column);
				}
			}
		}
	}

	@Test
	void thresholdAppliesToTheDisplayedValues() {
		// after column max-abs normalisation 0.5 becomes 0.5 / 0.9 = 0.556, lit at 0.55; raw 0.5 would not be
		AttributionMatrix raw = ties();
		assertEquals(".#....", lit(highlight(raw, Highlight.threshold(0.55)), 0));
		DisplayedMatrix view = ViewPipeline.apply(raw, ViewSettings.DEFAULT.withNormalization(Normalization.COLUMN_MAX_ABS)
				.withHighlight(Highlight.threshold(0.55)));
		assertEquals("###..#", lit(view, 0));
		assertEquals("##.###", lit(view, 1), "1 / 1 = 1");
	}

	@Test
	void topKMatchesCompetitionRanksOnRandomDataWithManyTies() {
		Random random = new Random(42);
		int rows = 301;
		int columns = 17;
		List<String> tokens = new ArrayList<>();
		for (int row = 0; row < rows; row++) {
			tokens.add("t" + row);
		}
		List<String> outputs = new ArrayList<>();
		float[] values = new float[rows * columns];
		for (int column = 0; column < columns; column++) {
			outputs.add("o" + column);
		}
		for (int i = 0; i < values.length; i++) {
			// few distinct magnitudes, both signs, some missing: ties everywhere
			values[i] = random.nextInt(20) == 0 ? Float.NaN : (random.nextInt(9) - 4) * 0.25f;
		}
		AttributionMatrix raw = of(tokens, outputs, values);
		for (int k : new int[] { 1, 2, 5, 30, 150, 300, 400 }) {
			DisplayedMatrix view = highlight(raw, Highlight.topKPerColumn(k));
			for (int row = 0; row < rows; row++) {
				for (int column = 0; column < columns; column++) {
					int rank = raw.statistics().rankInColumn(row, column);
					boolean expectLit = rank >= 1 && rank <= k;
					assertEquals(!expectLit, view.dimmed(row, column), "k=" + k + " cell " + row + "," + column);
				}
			}
		}
		assertTrue(raw.statistics().missingCount() > 0);
	}
}
