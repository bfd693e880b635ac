package org.attributionlens.editor.tests;

import static org.attributionlens.editor.tests.WorkbenchFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.handlers.ColumnSpanHandler;
import org.attributionlens.internal.editor.handlers.CompareWithHandler;
import org.attributionlens.internal.editor.handlers.ViewHandler;
import org.junit.jupiter.api.Test;

/**
 * The editor's tool bar: what it offers, and toggles that show the state of the file in front
 * when the user switches between two heatmaps.
 */
class ToolBarCheckMarksTest extends DivisionSampleTest {

	/** Whether the toggle of the given command is pressed in the editor's tool bar, as the user sees it. */
	private static boolean pressed(HeatmapEditor editor, String command) {
		return ToolBarItems.of(editor, command).getSelection();
	}

	private static String toggles(HeatmapEditor editor) {
		return "Transpose " + pressed(editor, ViewHandler.TRANSPOSE) + ", Words "
				+ pressed(editor, ViewHandler.MERGE_SUBWORDS) + ", Top 3 " + pressed(editor, ViewHandler.HIGHLIGHT_TOP_K);
	}

	@Test
	void theToolBarOffersDecimalsMergingAndCompareWith() {
		List<String> commands = ToolBarItems.commands(editor);
		int range = commands.indexOf(ViewHandler.RANGE);
		assertEquals(List.of(ViewHandler.RANGE, ViewHandler.DECIMALS, ColumnSpanHandler.MERGE, ColumnSpanHandler.UNMERGE),
				commands.subList(range, range + 4), commands::toString);
		assertEquals(commands.indexOf("org.attributionlens.editor.export") + 1, commands.indexOf(CompareWithHandler.COMMAND),
				commands::toString);
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
