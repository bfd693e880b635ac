package org.attributionlens.editor.tests;

import static org.attributionlens.editor.tests.WorkbenchFixture.page;
import static org.attributionlens.editor.tests.WorkbenchFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Merge Output Tokens / Unmerge Output Tokens on a block selected in the grid, kept per file, in both orientations. */
class MergeColumnsTest extends DivisionSampleTest {
	@Test
	void selectedOutputTokensAreSummedIntoOneAndKeptAcrossReopen() throws Exception {
		// the division sample opens as Captum draws it: output tokens are the rows
		AttributionMatrix raw = editor.getRawMatrix();
		editor.getGrid().selectBlock(1, 2, 2, 4);
		WorkbenchFixture.drain();
		Commands.execute(ColumnSpanHandler.MERGE, Map.of());

		AttributionMatrix shown = editor.getMatrix();
		assertEquals(12, shown.rows());
		assertEquals("1 | 6", shown.rowToken(1), "the members' tokens with a visible separator");
		for (int input = 0; input < raw.rows(); input++) {
			assertEquals(raw.value(input, 1) + raw.value(input, 2), shown.value(1, input), 1e-6f, "input " + input);
		}
		assertEquals(raw.value(0, 3), shown.value(2, 0), "the outputs after the span move up");
		assertEquals(List.of("1", "6"), editor.getDisplayedMatrix().outputMemberTokens(1));

		// the Properties view names the members of the merged output token
		PropertySheet sheet = PropertiesViewContent.show(page());
		editor.selectCell(1, 2);
		WorkbenchFixture.drain();
		String members = PropertiesViewContent.read(sheet).get("Output token stands for");
		assertEquals("\"1\" + \"6\"", members);

		assertTrue(page().closeEditor(editor, false));
		HeatmapEditor reopened = open();
		assertEquals(List.of(new ColumnSpan(1, 3)), reopened.getViewState().view().columnSpans());
		assertEquals(12, reopened.getMatrix().rows(), "the span is kept per file");

		reopened.getGrid().selectBlock(1, 0, 1, 0);
		WorkbenchFixture.drain();
		Commands.execute(ColumnSpanHandler.UNMERGE, Map.of());
		assertEquals(13, reopened.getMatrix().rows());
		assertEquals(List.of(), reopened.getViewState().view().columnSpans());
	}

	@Test
	void withInputsAsRowsTheSelectedOutputColumnsAreMerged() throws Exception {
		Commands.execute(ViewHandler.TRANSPOSE, Map.of());
		AttributionMatrix raw = editor.getRawMatrix();
		editor.getGrid().selectBlock(0, 3, 4, 4);
		WorkbenchFixture.drain();
		Commands.execute(ColumnSpanHandler.MERGE, Map.of());

		AttributionMatrix shown = editor.getMatrix();
		assertEquals(12, shown.columns(), "outputs are columns: two of them became one");
		assertEquals(5, shown.rows());
		assertEquals(raw.value(2, 3) + raw.value(2, 4), shown.value(2, 3), 1e-6f);
		assertEquals(List.of(new ColumnSpan(3, 5)), editor.getViewState().view().columnSpans(),
				"stored in raw output positions, whatever the orientation");

		// back to Captum's orientation: the same span, now as a row
		Commands.execute(ViewHandler.TRANSPOSE, Map.of());
		assertEquals(12, editor.getMatrix().rows());
		assertEquals(", | 0", editor.getMatrix().rowToken(3));
	}

	private ToolItem toolItem(String command) {
		return ToolBarItems.of(editor, command);
	}

	@Test
	void oneOutputCannotBeMergedAndNothingChanges() throws Exception {
		editor.getGrid().selectBlock(2, 0, 2, 4);
		WorkbenchFixture.drain();
		assertFalse(Commands.isEnabled(ColumnSpanHandler.MERGE), "Merge needs two adjacent output tokens");
		assertFalse(Commands.isEnabled(ColumnSpanHandler.UNMERGE), "nothing merged to split");
		assertFalse(toolItem(ColumnSpanHandler.MERGE).isEnabled(), "the tool bar shows it");
		editor.getGrid().selectBlock(2, 0, 3, 0);
		WorkbenchFixture.drain();
		// the tool bar follows the selection by itself (no enablement asked for before); its update
		// is an asynchronous runnable, so jobs of other tests still running do not matter here
		waitFor("the tool bar's Merge is enabled", () -> toolItem(ColumnSpanHandler.MERGE).isEnabled());
		assertTrue(Commands.isEnabled(ColumnSpanHandler.MERGE));
		assertFalse(toolItem(ColumnSpanHandler.UNMERGE).isEnabled());
		assertEquals(13, editor.getMatrix().rows());
	}
}
