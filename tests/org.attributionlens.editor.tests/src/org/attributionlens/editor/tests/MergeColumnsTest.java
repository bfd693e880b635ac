package org.attributionlens.editor.tests;

import static org.attributionlens.editor.tests.WorkbenchFixture.page;
import static org.attributionlens.editor.tests.WorkbenchFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.handlers.ColumnSpanHandler;
import org.attributionlens.internal.editor.handlers.ViewHandler;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.view.ColumnSpan;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;

/** Merge Columns / Unmerge Columns on a block selected in the grid, kept per file, in both orientations. */
class MergeColumnsTest extends DivisionSampleTest {
	@Test
	void selectedColumnsAreSummedIntoOneAndKeptAcrossReopen() throws Exception {
		AttributionMatrix raw = editor.getRawMatrix();
		editor.getGrid().selectBlock(2, 1, 4, 2);
		WorkbenchFixture.drain();
		Commands.execute(ColumnSpanHandler.MERGE, Map.of());

		AttributionMatrix shown = editor.getMatrix();
		assertEquals(4, shown.columns());
		assertEquals("7 x 5 = 354900 / 100 = 49", shown.columnToken(1), "the members' tokens joined");
		for (int row = 0; row < shown.rows(); row++) {
			assertEquals(raw.value(row, 1) + raw.value(row, 2), shown.value(row, 1), 1e-6f, "row " + row);
		}
		assertEquals(raw.value(0, 3), shown.value(0, 2), "the columns after the span move left");
		assertEquals(List.of("7 x 5 = 35", "4900 / 100 = 49"), editor.getDisplayedMatrix().columnMemberTokens(1));

		// the Properties view names the members of the merged column
		PropertySheet sheet = PropertiesViewContent.show(page());
		editor.selectCell(7, 1);
		WorkbenchFixture.drain();
		String members = PropertiesViewContent.read(sheet).get("Column stands for");
		assertTrue(members != null && members.contains("4900 / 100 = 49"), String.valueOf(members));

		assertTrue(page().closeEditor(editor, false));
		HeatmapEditor reopened = open();
		assertEquals(List.of(new ColumnSpan(1, 3)), reopened.getViewState().view().columnSpans());
		assertEquals(4, reopened.getMatrix().columns(), "the span is kept per file");

		reopened.getGrid().selectBlock(0, 1, 0, 1);
		WorkbenchFixture.drain();
		Commands.execute(ColumnSpanHandler.UNMERGE, Map.of());
		assertEquals(5, reopened.getMatrix().columns());
		assertEquals(List.of(), reopened.getViewState().view().columnSpans());
	}

	@Test
	void whenTransposedTheSelectedOutputRowsAreMerged() throws Exception {
		Commands.execute(ViewHandler.TRANSPOSE, Map.of());
		AttributionMatrix raw = editor.getRawMatrix();
		editor.getGrid().selectBlock(3, 0, 4, 5);
		WorkbenchFixture.drain();
		Commands.execute(ColumnSpanHandler.MERGE, Map.of());

		AttributionMatrix shown = editor.getMatrix();
		assertEquals(4, shown.rows(), "outputs are rows: two of them became one");
		assertEquals(13, shown.columns());
		assertEquals(raw.value(2, 3) + raw.value(2, 4), shown.value(3, 2), 1e-6f);
		assertEquals(List.of(new ColumnSpan(3, 5)), editor.getViewState().view().columnSpans(),
				"stored in raw output positions, whatever the orientation");

		// back to the normal orientation: the same span, now as a column
		Commands.execute(ViewHandler.TRANSPOSE, Map.of());
		assertEquals(4, editor.getMatrix().columns());
		assertEquals("9 - 3 = 66 - 6 = 0", editor.getMatrix().columnToken(3));
	}

	private ToolItem toolItem(String label) {
		return Arrays.stream(editor.getToolBar().getControl().getItems()).filter(item -> label.equals(item.getText()))
				.findFirst().orElseThrow();
	}

	@Test
	void oneColumnCannotBeMergedAndNothingChanges() throws Exception {
		editor.getGrid().selectBlock(0, 2, 5, 2);
		WorkbenchFixture.drain();
		assertFalse(Commands.isEnabled(ColumnSpanHandler.MERGE), "Merge Columns needs two adjacent columns");
		assertFalse(Commands.isEnabled(ColumnSpanHandler.UNMERGE), "nothing merged to split");
		assertFalse(toolItem("Merge").isEnabled(), "the tool bar shows it");
		editor.getGrid().selectBlock(0, 2, 0, 3);
		WorkbenchFixture.drain();
		// the tool bar follows the selection by itself (no enablement asked for before); its update
		// is an asynchronous runnable, so jobs of other tests still running do not matter here
		waitFor("the tool bar's Merge is enabled", () -> toolItem("Merge").isEnabled());
		assertTrue(Commands.isEnabled(ColumnSpanHandler.MERGE));
		assertFalse(toolItem("Unmerge").isEnabled());
		assertEquals(5, editor.getMatrix().columns());
	}
}
