package org.attributionlens.editor.tests;

import static org.attributionlens.editor.tests.WorkbenchFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.handlers.ViewHandler;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.Test;

/**
 * The editor's tool bar: what it offers, and toggles that show the state of the file in front
 * when the user switches between two heatmaps.
 */
class ToolBarCheckMarksTest extends DivisionSampleTest {

	/** Whether the toggle of the given label is pressed in the editor's tool bar, as the user sees it. */
	private static boolean pressed(HeatmapEditor editor, String label) {
		ToolItem item = Arrays.stream(editor.getToolBar().getControl().getItems())
				.filter(candidate -> label.equals(candidate.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no tool item " + label));
		return item.getSelection();
	}

	private static String toggles(HeatmapEditor editor) {
		return "Transpose " + pressed(editor, "Transpose") + ", Words " + pressed(editor, "Words") + ", Top 3 "
				+ pressed(editor, "Top 3");
	}

	@Test
	void theToolBarOffersDecimalsMergingAndCompareWith() {
		List<String> labels = Arrays.stream(editor.getToolBar().getControl().getItems()).map(ToolItem::getText)
				.filter(label -> !label.isEmpty()).toList();
		int range = labels.indexOf("Range");
		assertEquals(List.of("Range", "Decimals", "Merge", "Unmerge"), labels.subList(range, range + 4), labels::toString);
		assertEquals(labels.indexOf("Export...") + 1, labels.indexOf("Compare With..."), labels::toString);
	}

	@Test
	void checkMarksFollowTheActiveHeatmap() throws Exception {
		HeatmapEditor first = editor;
		Commands.execute(ViewHandler.TRANSPOSE, Map.of());
		Commands.execute(ViewHandler.HIGHLIGHT_TOP_K, Map.of());
		assertEquals("Transpose true, Words false, Top 3 true", toggles(first));

		HeatmapEditor second = WorkbenchFixture.openHeatmap(fixture.copySample("division.attr.json", "second.attr.json"));
		assertEquals(second, page().getActiveEditor());
		assertEquals("Transpose false, Words false, Top 3 false", toggles(second), "a file with the default view");
		Commands.execute(ViewHandler.MERGE_SUBWORDS, Map.of());
		assertEquals("Transpose false, Words true, Top 3 false", toggles(second));

		page().activate(first);
		WorkbenchFixture.drain();
		assertEquals("Transpose true, Words false, Top 3 true", toggles(first), "back on the first file");

		page().activate(second);
		WorkbenchFixture.drain();
		assertEquals("Transpose false, Words true, Top 3 false", toggles(second), "and on the second again");
	}
}
