package org.attributionlens.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.attributionlens.internal.editor.grid.HeatmapGrid;
import org.attributionlens.internal.editor.handlers.ColumnSpanHandler;
import org.attributionlens.internal.editor.handlers.ViewHandler;
import org.attributionlens.model.TokenLabels;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

/** The header tool tip of a merged column (a span) or row (a word) lists the tokens it stands for. */
class HeaderToolTipTest extends DivisionSampleTest {

	/** The tool tip over a cell of the whole grid (position 0 is the row header column, 0 the column header row). */
	private static String toolTipAt(HeatmapGrid grid, int columnPosition, int rowPosition) {
		ILayerCell cell = grid.getTable().getCellByPosition(columnPosition, rowPosition);
		Rectangle bounds = cell.getBounds();
		return grid.toolTipTextAt(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
	}

	private static String visible(List<String> tokens) {
		return tokens.stream().map(TokenLabels::visible).collect(Collectors.joining(" + "));
	}

	@Test
	void aMergedOutputHeaderListsItsOutputTokens() throws Exception {
		// the division sample opens as Captum draws it: output tokens are rows
		editor.getGrid().selectBlock(1, 0, 2, 0);
		WorkbenchFixture.drain();
		Commands.execute(ColumnSpanHandler.MERGE, Map.of());

		String merged = toolTipAt(editor.getGrid(), 0, 1 + 1);
		assertTrue(merged.contains("Stands for 2 tokens: " + visible(List.of("1", "6"))), merged);
		String single = toolTipAt(editor.getGrid(), 0, 1 + 0);
		assertEquals("Output token 0: " + TokenLabels.visible("▁$"), single, "an output token that merges nothing");
	}

	@Test
	void aMergedWordRowHeaderListsItsSubwordsAlsoWhenTransposed() throws Exception {
		Commands.execute(ViewHandler.MERGE_SUBWORDS, Map.of());
		List<String> members = editor.getDisplayedMatrix().rowMemberTokens(0);
		assertTrue(members.size() > 1, members::toString);
		String row = toolTipAt(editor.getGrid(), 0, 1 + 0);
		assertTrue(row.contains("Stands for " + members.size() + " tokens: " + visible(members)), row);

		// transposed, the words are columns: the column header says the same
		Commands.execute(ViewHandler.TRANSPOSE, Map.of());
		String column = toolTipAt(editor.getGrid(), 1 + 0, 0);
		assertTrue(column.contains("Stands for " + members.size() + " tokens: " + visible(members)), column);
		assertFalse(toolTipAt(editor.getGrid(), 0, 1 + 0).contains("Stands for"), "output rows merge nothing");
	}
}
