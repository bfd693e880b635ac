package org.attributionlens.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.handlers.ViewHandler;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.view.DisplayedMatrix;
import org.attributionlens.model.view.Highlight;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.Test;

/**
 * Highlight beyond the Top 3 toggle: top k per output token for several k, or every cell whose
 * |value| reaches a threshold (the AllenNLP demo's slider), from the context menu, kept per file.
 */
class HighlightChoicesTest extends DivisionSampleTest {

	@Test
	void topKKeepsThatManyCellsOfEachOutputTokenLit() throws Exception {
		for (int k : new int[] { 1, 3, 5, 10 }) {
			Commands.execute(ViewHandler.HIGHLIGHT_TOP_K,
					Map.of(ViewHandler.HIGHLIGHT_MODE, "TOP_K", ViewHandler.HIGHLIGHT_VALUE, Integer.toString(k)));
			DisplayedMatrix displayed = editor.getDisplayedMatrix();
			// each output token keeps its k largest inputs lit, wherever the grid puts outputs
			AttributionMatrix semantic = displayed.semantic();
			for (int output = 0; output < semantic.columns(); output++) {
				for (int input = 0; input < semantic.rows(); input++) {
					// lit when fewer than k inputs of the output are strictly larger: ties stay together
					boolean lit = larger(semantic, input, output) < k;
					assertEquals(!lit, displayed.dimmed(displayed.rowOf(input, output), displayed.columnOf(input, output)),
							"top " + k + ", input " + input + ", output " + output);
				}
			}
			assertEquals(Math.min(k, 5), litOfOutput(displayed, 7), "▁/ has five distinct values");
			assertFalse(editor.getGrid().getStyle().dimmed(7, 2), "1.9074, the largest of its column, stays lit");
		}
	}

	@Test
	void aThresholdKeepsTheCellsThatReachItLitAndIsKeptAcrossReopen() throws Exception {
		Commands.execute(ViewHandler.HIGHLIGHT_TOP_K,
				Map.of(ViewHandler.HIGHLIGHT_MODE, "THRESHOLD", ViewHandler.HIGHLIGHT_VALUE, "0.05"));
		AttributionMatrix shown = editor.getMatrix();
		DisplayedMatrix displayed = editor.getDisplayedMatrix();
		int lit = 0;
		for (int row = 0; row < shown.rows(); row++) {
			for (int column = 0; column < shown.columns(); column++) {
				boolean reaches = Math.abs(shown.value(row, column)) >= 0.05f;
				assertEquals(!reaches, displayed.dimmed(row, column), "cell " + row + "," + column);
				lit += reaches ? 1 : 0;
			}
		}
		assertEquals(9, lit, "the division figure has 9 cells of |value| >= 0.05");
		assertTrue(ViewHandler.isChecked(ViewHandler.HIGHLIGHT_TOP_K, editor.getViewState()),
				"the tool bar's toggle shows that a highlight is on");

		assertTrue(WorkbenchFixture.page().closeEditor(editor, false));
		HeatmapEditor reopened = open();
		assertEquals(Highlight.threshold(0.05), reopened.getViewState().view().highlight(), "kept per file");
	}

	@Test
	void theContextMenuOffersTheChoicesWithTheCurrentOneChecked() throws Exception {
		Menu highlight = MenuContent.item(editor.getGrid().getTable().getMenu(), "Highlight").getMenu();
		List<MenuItem> choices = MenuContent.show(highlight);
		assertEquals("Off, Top 1 per Output Token, Top 3 per Output Token, Top 5 per Output Token,"
				+ " Top 10 per Output Token, |Value| at Least...", String.join(", ",
						choices.stream().map(MenuContent::label).toList()));
		assertTrue(choices.get(0).getSelection(), "off by default");

		MenuContent.choose(choices.get(3));
		assertEquals(Highlight.topKPerColumn(5), editor.getViewState().view().highlight());
		Menu again = MenuContent.item(editor.getGrid().getTable().getMenu(), "Highlight").getMenu();
		List<MenuItem> shown = MenuContent.show(again);
		assertTrue(shown.get(3).getSelection(), "Top 5 is checked now");
		assertFalse(shown.get(0).getSelection());

		// the toggle (Ctrl+Alt+K) turns any highlight off, and then the top 3 on
		Commands.execute(ViewHandler.HIGHLIGHT_TOP_K, Map.of());
		assertEquals(Highlight.NONE, editor.getViewState().view().highlight());
		Commands.execute(ViewHandler.HIGHLIGHT_TOP_K, Map.of());
		assertEquals(Highlight.topKPerColumn(3), editor.getViewState().view().highlight());
	}

	private static int larger(AttributionMatrix matrix, int row, int column) {
		float magnitude = Math.abs(matrix.value(row, column));
		int larger = 0;
		for (int other = 0; other < matrix.rows(); other++) {
			larger += Math.abs(matrix.value(other, column)) > magnitude ? 1 : 0;
		}
		return larger;
	}

	private static int litOfOutput(DisplayedMatrix displayed, int output) {
		int lit = 0;
		for (int input = 0; input < displayed.semantic().rows(); input++) {
			lit += displayed.dimmed(displayed.rowOf(input, output), displayed.columnOf(input, output)) ? 0 : 1;
		}
		return lit;
	}
}
