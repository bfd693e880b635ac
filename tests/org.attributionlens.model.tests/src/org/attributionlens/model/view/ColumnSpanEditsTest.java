package org.attributionlens.model.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.attributionlens.model.AttributionMatrix;
import org.junit.jupiter.api.Test;

class ColumnSpanEditsTest {
	/** 2 input tokens x 5 output tokens. */
	private static final AttributionMatrix RAW = ViewTestMatrices.of(List.of("x", "y"), List.of("a", "b", "c", "d", "e"),
			1, 2, 3, 4, 5, //
			10, 20, 30, 40, 50);

	@Test
	void adjacentColumnsBecomeOneSpanInRawPositions() {
		DisplayedMatrix shown = ViewPipeline.apply(RAW, ViewSettings.DEFAULT);
		ViewSettings merged = ColumnSpanEdits.merge(shown, 3, 1, 2).orElseThrow();
		assertEquals(List.of(new ColumnSpan(1, 4)), merged.columnSpans());
		DisplayedMatrix after = ViewPipeline.apply(RAW, merged);
		assertEquals(3, after.columns());
		assertEquals(2 + 3 + 4, after.value(0, 1), 1e-6f);
	}

	@Test
	void aMergedColumnAndItsNeighbourJoinIntoOneSpan() {
		DisplayedMatrix shown = ViewPipeline.apply(RAW, ViewSettings.DEFAULT.plusColumnSpan(new ColumnSpan(0, 2)));
		// displayed column 0 is raw 0..1, displayed 1 is raw 2
		ViewSettings merged = ColumnSpanEdits.merge(shown, 0, 1).orElseThrow();
		assertEquals(List.of(new ColumnSpan(0, 3)), merged.columnSpans());
	}

	@Test
	void inATransposedViewOutputsAreRows() {
		DisplayedMatrix shown = ViewPipeline.apply(RAW, ViewSettings.DEFAULT.withTranspose(true));
		assertEquals(5, ColumnSpanEdits.outputGroups(shown));
		ViewSettings merged = ColumnSpanEdits.merge(shown, 3, 4).orElseThrow();
		assertEquals(List.of(new ColumnSpan(3, 5)), merged.columnSpans());
		DisplayedMatrix after = ViewPipeline.apply(RAW, merged);
		assertEquals(4, after.rows());
		assertEquals(List.of("d", "e"), after.rowMemberTokens(3));
		assertTrue(ColumnSpanEdits.isMerged(after, 3));
	}

	@Test
	void oneColumnOrAGapMergesNothing() {
		DisplayedMatrix shown = ViewPipeline.apply(RAW, ViewSettings.DEFAULT);
		assertTrue(ColumnSpanEdits.merge(shown, 2).isEmpty());
		assertTrue(ColumnSpanEdits.merge(shown, 1, 3).isEmpty());
		assertTrue(ColumnSpanEdits.merge(shown).isEmpty());
	}

	@Test
	void unmergeRemovesOnlyTheSelectedSpans() {
		ViewSettings twoSpans = ViewSettings.DEFAULT.plusColumnSpan(new ColumnSpan(0, 2))
				.plusColumnSpan(new ColumnSpan(3, 5));
		DisplayedMatrix shown = ViewPipeline.apply(RAW, twoSpans);
		// displayed: [a b] c [d e]
		assertEquals(List.of(new ColumnSpan(0, 2)), ColumnSpanEdits.unmerge(shown, 2).orElseThrow().columnSpans());
		assertTrue(ColumnSpanEdits.unmerge(shown, 1).isEmpty(), "column c is not merged");
		assertEquals(List.of(), ColumnSpanEdits.unmerge(shown, 0, 1, 2).orElseThrow().columnSpans());
	}
}
