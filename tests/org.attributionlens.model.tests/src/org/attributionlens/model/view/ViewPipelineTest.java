package org.attributionlens.model.view;

import static org.attributionlens.model.view.ViewTestMatrices.of;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.CellRef;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;

class ViewPipelineTest {

	/** 4 input tokens x 3 output tokens, with a missing cell, a zero column and signs. */
	private static AttributionMatrix sample() {
		return AttributionMatrix.builder(List.of("▁a", "b", "▁c", "▁d"), List.of("x", "y", "z"), new float[] { //
				1f, 0f, -2f, //
				-3f, 0f, Float.NaN, //
				2f, 0f, 4f, //
				-2f, 0f, 2f }, "test v1").meta(Map.of("title", "t")).sequenceAttribution(new float[] { 1, 2, 3, 4 })
				.outputProbabilities(new float[] { 0.5f, 0.25f, 0.125f }).stepScore("p", new float[] { 1, 2, 3 })
				.build();
	}

	private static double columnAbsSum(AttributionMatrix matrix, int column) {
		double sum = 0;
		for (int row = 0; row < matrix.rows(); row++) {
			float value = matrix.value(row, column);
			if (!Float.isNaN(value)) {
				sum += Math.abs(value);
			}
		}
		return sum;
	}

	@Test
	void defaultSettingsShowTheRawMatrixItself() {
		AttributionMatrix raw = sample();
		DisplayedMatrix view = ViewPipeline.apply(raw, ViewSettings.DEFAULT);
		assertSame(raw, view.matrix());
		assertSame(raw, view.raw());
		assertEquals(Optional.of(new CellRef(2, 1)), view.rawCell(2, 1));
		assertEquals(4f, view.rawValue(2, 2));
		assertFalse(view.highlighting());
		assertFalse(view.dimmed(1, 2));
	}

	@Test
	void columnL1ColumnsSumToOneInMagnitude() {
		AttributionMatrix raw = sample();
		DisplayedMatrix view = ViewPipeline.apply(raw, ViewSettings.DEFAULT.withNormalization(Normalization.COLUMN_L1));
		AttributionMatrix shown = view.matrix();
		assertEquals(1.0, columnAbsSum(shown, 0), 1e-6);
		assertEquals(1.0, columnAbsSum(shown, 2), 1e-6, "the missing cell is ignored");
		assertEquals(1f / 8, shown.value(0, 0), 1e-7f);
		assertEquals(-3f / 8, shown.value(1, 0), 1e-7f, "signs are kept");
		assertEquals(-2f / 8, shown.value(0, 2), 1e-7f);
		assertTrue(shown.isMissing(1, 2), "missing stays missing");
		assertEquals(0f, shown.value(2, 1), "an all-zero column stays zero, not NaN");
		assertEquals(-3f, view.rawValue(1, 0), "the raw value is still there");
		assertEquals(raw.rowTokens(), shown.rowTokens());
	}

	@Test
	void columnAndGlobalMaxAbs() {
		AttributionMatrix raw = sample();
		AttributionMatrix column = ViewPipeline.apply(raw, ViewSettings.DEFAULT.withNormalization(Normalization.COLUMN_MAX_ABS))
				.matrix();
		assertEquals(-1f, column.value(1, 0));
		assertEquals(1f / 3, column.value(0, 0), 1e-7f);
		assertEquals(1f, column.value(2, 2));
		assertEquals(-0.5f, column.value(0, 2));
		AttributionMatrix global = ViewPipeline.apply(raw, ViewSettings.DEFAULT.withNormalization(Normalization.GLOBAL_MAX_ABS))
				.matrix();
		assertEquals(1f, global.value(2, 2));
		assertEquals(-0.75f, global.value(1, 0));
		assertEquals(0.25f, global.value(0, 0));
		assertEquals(1.0, global.statistics().maxAbs());
	}

	@Test
	void allMissingColumnStaysMissingUnderNormalisation() {
		AttributionMatrix raw = of(List.of("a", "b"), List.of("x", "y"), Float.NaN, 1f, Float.NaN, -1f);
		for (Normalization normalization : Normalization.values()) {
			AttributionMatrix shown = ViewPipeline.apply(raw, ViewSettings.DEFAULT.withNormalization(normalization)).matrix();
			assertTrue(shown.isMissing(0, 0) && shown.isMissing(1, 0), normalization.name());
		}
	}

	@Test
	void normalisationComesAfterAggregation() {
		// ▁a and b merge to 1 + (-1) = 0; normalising first would give 1/4 - 1/4 = 0 and ▁c 2/4 = 0.5,
		// aggregating first gives [0, 2] and then L1 [0, 1]
		AttributionMatrix raw = of(List.of("▁a", "b", "▁c"), List.of("x"), 1f, -1f, 2f);
		DisplayedMatrix view = ViewPipeline.apply(raw, ViewSettings.DEFAULT
				.withRowAggregation(RowAggregation.SENTENCEPIECE).withNormalization(Normalization.COLUMN_L1));
		assertEquals(0f, view.value(0, 0));
		assertEquals(1f, view.value(1, 0));
	}

	@Test
	void transposeSwapsTokensValuesAndMembers() {
		AttributionMatrix raw = sample();
		DisplayedMatrix view = ViewPipeline.apply(raw, ViewSettings.DEFAULT.withTranspose(true));
		AttributionMatrix shown = view.matrix();
		assertNotSame(raw, shown);
		assertEquals(raw.columnTokens(), shown.rowTokens());
		assertEquals(raw.rowTokens(), shown.columnTokens());
		for (int row = 0; row < raw.rows(); row++) {
			for (int column = 0; column < raw.columns(); column++) {
				assertEquals(raw.value(row, column), shown.value(column, row), 0f);
				assertEquals(column, view.displayedRowOf(row, column));
				assertEquals(row, view.displayedColumnOf(row, column));
				assertEquals(Optional.of(new CellRef(row, column)), view.rawCell(column, row));
			}
		}
		assertArrayEquals(new int[] { 2 }, view.rowMembers(2), "a displayed row is a raw column");
		assertEquals(List.of("z"), view.rowMemberTokens(2));
		assertEquals(List.of("▁d"), view.columnMemberTokens(3));
		assertTrue(view.transposed());
		assertEquals(raw.meta(), shown.meta());
		assertEquals("test v1", shown.format());
		assertTrue(shown.sequenceAttribution().isEmpty(), "per-input extras do not fit transposed rows");
		assertTrue(shown.outputProbabilities().isEmpty());
		assertTrue(shown.stepScores().isEmpty());
	}

	@Test
	void transposeAfterMergingAndNormalising() {
		AttributionMatrix raw = sample();
		// AUTO: the inputs are SentencePiece, the outputs x, y, z carry no marker and stay apart
		DisplayedMatrix view = ViewPipeline.apply(raw, ViewSettings.DEFAULT.withTranspose(true)
				.withRowAggregation(RowAggregation.AUTO).withNormalization(Normalization.COLUMN_MAX_ABS));
		AttributionMatrix shown = view.matrix();
		assertEquals(List.of("x", "y", "z"), shown.rowTokens());
		assertEquals(List.of("▁ab", "▁c", "▁d"), shown.columnTokens());
		// output x: merged [1 + -3, 2, -2] = [-2, 2, -2], max-abs 2: per output, now a row
		assertArrayEquals(new float[] { -1, 1, -1 }, new float[] { shown.value(0, 0), shown.value(0, 1), shown.value(0, 2) });
		// output z: [-2 (NaN skipped), 4, 2] / 4
		assertArrayEquals(new float[] { -0.5f, 1, 0.5f }, new float[] { shown.value(2, 0), shown.value(2, 1), shown.value(2, 2) });
		assertArrayEquals(new int[] { 0, 1 }, view.columnMembers(0));
		assertEquals(0, view.displayedColumnOf(1, 2));
		assertEquals(2, view.displayedRowOf(1, 2));
		assertTrue(view.rawCell(0, 0).isEmpty());
		assertEquals(Optional.of(new CellRef(2, 0)), view.rawCell(0, 1));
	}

	@Test
	void columnSpansMergeOutputColumns() {
		AttributionMatrix raw = sample();
		DisplayedMatrix view = ViewPipeline.apply(raw,
				ViewSettings.DEFAULT.withColumnSpans(List.of(new ColumnSpan(1, 3))));
		AttributionMatrix shown = view.matrix();
		assertEquals(List.of("x", "y | z"), shown.columnTokens(), "merged column tokens are joined with a visible separator");
		assertArrayEquals(new int[] { 1, 2 }, view.columnMembers(1));
		assertEquals(List.of("y", "z"), view.columnMemberTokens(1));
		assertEquals(-2f, shown.value(0, 1));
		assertEquals(0f, shown.value(1, 1), "0 + NaN: the missing member is skipped");
		assertEquals(1, view.displayedColumnOf(0, 2));
		assertEquals(0, view.displayedColumnOf(0, 0));
		assertTrue(shown.outputProbabilities().isEmpty(), "per-output extras of merged columns are dropped");
		assertTrue(shown.stepScores().isEmpty());
		assertArrayEquals(new float[] { 1, 2, 3, 4 }, shown.sequenceAttribution().orElseThrow(), "rows unchanged");
	}

	@Test
	void rowsAndColumnsMergeTogetherOverTheWholeBlock() {
		AttributionMatrix raw = sample();
		ViewSettings settings = ViewSettings.DEFAULT.withRowAggregation(RowAggregation.SENTENCEPIECE)
				.withColumnSpans(List.of(new ColumnSpan(0, 3)));
		// block ▁a,b x x,y,z = 1, 0, -2, -3, 0, NaN
		assertEquals(-4f, ViewPipeline.apply(raw, settings).value(0, 0));
		assertEquals(-0.8f, ViewPipeline.apply(raw, settings.withReducer(Reducer.MEAN)).value(0, 0), 1e-7f);
		assertEquals(-3f, ViewPipeline.apply(raw, settings.withReducer(Reducer.MAX_ABS)).value(0, 0));
		DisplayedMatrix all = ViewPipeline.apply(raw, settings);
		assertEquals(List.of("▁ab", "▁c", "▁d"), all.matrix().rowTokens());
		assertEquals(List.of("x | y | z"), all.matrix().columnTokens(), "x, y, z carry no marker: only the span merges them");
		assertArrayEquals(new float[] { 3, 3, 4 }, all.matrix().sequenceAttribution().orElseThrow(),
				"sequence attribution merged with the same reducer");
	}

	@Test
	void spansBeyondTheMatrixAreCut() {
		AttributionMatrix raw = sample();
		DisplayedMatrix cut = ViewPipeline.apply(raw, ViewSettings.DEFAULT.withColumnSpans(List.of(new ColumnSpan(1, 10))));
		assertEquals(List.of(new ColumnSpan(1, 3)), cut.columnSpans());
		assertEquals(2, cut.columns());
		DisplayedMatrix dropped = ViewPipeline.apply(raw,
				ViewSettings.DEFAULT.withColumnSpans(List.of(new ColumnSpan(2, 5), new ColumnSpan(7, 9))));
		assertEquals(List.of(), dropped.columnSpans(), "one column left or none: nothing to merge");
		assertSame(raw, dropped.matrix());
	}

	@Test
	void extrasFollowTheirTokensWhenNotTransposed() {
		AttributionMatrix raw = sample();
		AttributionMatrix shown = ViewPipeline.apply(raw, ViewSettings.DEFAULT.withNormalization(Normalization.COLUMN_L1))
				.matrix();
		assertArrayEquals(new float[] { 1, 2, 3, 4 }, shown.sequenceAttribution().orElseThrow(), "never normalised");
		assertArrayEquals(new float[] { 0.5f, 0.25f, 0.125f }, shown.outputProbabilities().orElseThrow());
		assertArrayEquals(new float[] { 1, 2, 3 }, shown.stepScores().get("p"));
		assertEquals(Map.of("title", "t"), shown.meta());
	}

	@Test
	void samplesSurviveEveryCombination() {
		for (String name : List.of("division.attr.json", "arithmetic.attr.json", "realistic-prompt.attr.json")) {
			AttributionMatrix raw = Fixtures.readSample(name);
			for (Normalization normalization : Normalization.values()) {
				for (Reducer reducer : Reducer.values()) {
					for (boolean transpose : new boolean[] { false, true }) {
						ViewSettings settings = ViewSettings.DEFAULT.withRowAggregation(RowAggregation.AUTO)
								.withNormalization(normalization).withReducer(reducer).withTranspose(transpose)
								.withColumnSpans(List.of(new ColumnSpan(0, 2))).withHighlight(Highlight.topKPerColumn(2));
						DisplayedMatrix view = ViewPipeline.apply(raw, settings);
						int outputs = transpose ? view.rows() : view.columns();
						int inputs = transpose ? view.columns() : view.rows();
						for (int out = 0; out < outputs; out++) {
							int present = 0;
							int lit = 0;
							for (int in = 0; in < inputs; in++) {
								int row = transpose ? out : in;
								int column = transpose ? in : out;
								present += view.matrix().isMissing(row, column) ? 0 : 1;
								lit += view.dimmed(row, column) ? 0 : 1;
							}
							assertTrue(lit >= Math.min(2, present), name + " " + settings + " output " + out);
						}
						assertEquals(view.matrix().rows() * view.matrix().columns(), view.rows() * view.columns());
					}
				}
			}
		}
	}
}
