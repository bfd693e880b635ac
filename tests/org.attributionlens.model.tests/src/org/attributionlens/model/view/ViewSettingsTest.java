package org.attributionlens.model.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ViewSettingsTest {

	@Test
	void defaultsAreThePublishedFigure() {
		ViewSettings settings = ViewSettings.DEFAULT;
		assertEquals(false, settings.transpose());
		assertEquals(Normalization.RAW, settings.normalization());
		assertEquals(RowAggregation.NONE, settings.rowAggregation());
		assertEquals(List.of(), settings.columnSpans());
		assertEquals(Reducer.SUM, settings.reducer());
		assertSame(Highlight.NONE, settings.highlight());
		assertEquals(4, settings.decimals());
	}

	@Test
	void withMethodsChangeOneThing() {
		ViewSettings base = ViewSettings.DEFAULT;
		ViewSettings changed = base.withTranspose(true).withNormalization(Normalization.COLUMN_L1)
				.withRowAggregation(RowAggregation.AUTO).withColumnSpans(List.of(new ColumnSpan(1, 3)))
				.withReducer(Reducer.MAX_ABS).withHighlight(Highlight.topKPerColumn(3)).withDecimals(2);
		assertEquals(new ViewSettings(true, Normalization.COLUMN_L1, RowAggregation.AUTO, List.of(new ColumnSpan(1, 3)),
				Reducer.MAX_ABS, new Highlight.TopKPerColumn(3), 2), changed);
		assertEquals(ViewSettings.DEFAULT, base, "the original is unchanged");
		assertEquals(base.withTranspose(true).withTranspose(false), base, "records compare by value");
	}

	@Test
	void spansAreSortedCopiedAndMustNotOverlap() {
		List<ColumnSpan> spans = new ArrayList<>(List.of(new ColumnSpan(5, 7), new ColumnSpan(0, 2), new ColumnSpan(2, 4)));
		ViewSettings settings = ViewSettings.DEFAULT.withColumnSpans(spans);
		spans.clear();
		assertEquals(List.of(new ColumnSpan(0, 2), new ColumnSpan(2, 4), new ColumnSpan(5, 7)), settings.columnSpans());
		assertThrows(UnsupportedOperationException.class, () -> settings.columnSpans().add(new ColumnSpan(9, 10)));
		assertThrows(IllegalArgumentException.class,
				() -> ViewSettings.DEFAULT.withColumnSpans(List.of(new ColumnSpan(0, 3), new ColumnSpan(2, 4))));
		assertThrows(IllegalArgumentException.class, () -> new ColumnSpan(3, 3));
		assertThrows(IllegalArgumentException.class, () -> new ColumnSpan(-1, 2));
	}

	@Test
	void addingASpanMergesTheSpansItOverlaps() {
		ViewSettings settings = ViewSettings.DEFAULT.withColumnSpans(List.of(new ColumnSpan(0, 2), new ColumnSpan(4, 6),
				new ColumnSpan(8, 9)));
		assertEquals(List.of(new ColumnSpan(0, 2), new ColumnSpan(4, 6), new ColumnSpan(8, 9), new ColumnSpan(10, 12)),
				settings.plusColumnSpan(new ColumnSpan(10, 12)).columnSpans());
		assertEquals(List.of(new ColumnSpan(0, 7), new ColumnSpan(8, 9)),
				settings.plusColumnSpan(new ColumnSpan(1, 7)).columnSpans(), "union of the overlapped spans");
		assertEquals(List.of(new ColumnSpan(0, 2), new ColumnSpan(2, 4), new ColumnSpan(4, 6), new ColumnSpan(8, 9)),
				settings.plusColumnSpan(new ColumnSpan(2, 4)).columnSpans(), "touching spans stay separate");
		assertEquals(List.of(new ColumnSpan(0, 2), new ColumnSpan(8, 9)), settings.withoutColumnSpanAt(5).columnSpans());
		assertSame(settings, settings.withoutColumnSpanAt(3), "no span there");
	}

	@Test
	void invalidValuesAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> ViewSettings.DEFAULT.withDecimals(-1));
		assertThrows(IllegalArgumentException.class, () -> ViewSettings.DEFAULT.withDecimals(ViewSettings.MAX_DECIMALS + 1));
		assertEquals(0, ViewSettings.DEFAULT.withDecimals(0).decimals());
		assertThrows(NullPointerException.class, () -> ViewSettings.DEFAULT.withNormalization(null));
		assertThrows(NullPointerException.class, () -> ViewSettings.DEFAULT.withHighlight(null));
		assertThrows(IllegalArgumentException.class, () -> Highlight.topKPerColumn(0));
		assertThrows(IllegalArgumentException.class, () -> Highlight.threshold(-0.1));
		assertThrows(IllegalArgumentException.class, () -> Highlight.threshold(Double.NaN));
		assertTrue(Highlight.none() instanceof Highlight.None);
	}
}
