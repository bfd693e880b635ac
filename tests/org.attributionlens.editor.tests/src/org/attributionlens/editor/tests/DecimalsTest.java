package org.attributionlens.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.grid.HeatmapGrid;
import org.attributionlens.internal.editor.grid.HeatmapStyle;
import org.attributionlens.internal.editor.handlers.ViewHandler;
import org.attributionlens.internal.editor.preferences.ReadPreferences;
import org.attributionlens.internal.editor.preferences.ViewPreferences;
import org.attributionlens.model.AttributionMatrix;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.Test;

/** Decimals: chosen per file from the tool bar or the context menu, default from the preferences, never cut. */
class DecimalsTest extends DivisionSampleTest {

	@Test
	void chosenDecimalsArePrintedAndKeptAcrossReopen() throws Exception {
		Commands.execute(ViewHandler.DECIMALS, Map.of(ViewHandler.DECIMALS_VALUE, "2"));
		HeatmapStyle style = editor.getGrid().getStyle();
		assertEquals("1.91", style.format(editor.getMatrix().value(7, 2)));
		assertEquals("-0.10", style.format(-0.0987));

		assertTrue(WorkbenchFixture.page().closeEditor(editor, false));
		HeatmapEditor reopened = open();
		assertEquals(2, reopened.getViewState().view().decimals(), "kept per file");
		assertEquals("1.91", reopened.getGrid().getStyle().format(1.9074));
	}

	@Test
	void theContextMenuOffersEveryCountWithTheCurrentOneChecked() throws Exception {
		Menu decimals = MenuContent.item(editor.getGrid().getTable().getMenu(), "Decimals").getMenu();
		List<MenuItem> choices = MenuContent.show(decimals);
		assertEquals(9, choices.size(), MenuContent.labels(decimals));
		assertEquals("0   (as in 0)", MenuContent.label(choices.get(0)));
		assertEquals("8   (as in 0.12345679)", MenuContent.label(choices.get(8)));
		assertTrue(choices.get(4).getSelection(), "4, the default, is checked");

		MenuContent.choose(choices.get(6));
		assertEquals(6, editor.getViewState().view().decimals());
		assertEquals("1.907400", editor.getGrid().getStyle().format(1.9074));
		Menu reopened = MenuContent.item(editor.getGrid().getTable().getMenu(), "Decimals").getMenu();
		assertTrue(MenuContent.show(reopened).get(6).getSelection(), "the check mark follows the choice");
	}

	@Test
	void aFileWithoutAViewOpensWithThePreferredDecimals() throws Exception {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(ReadPreferences.QUALIFIER);
		preferences.putInt(ViewPreferences.DECIMALS, 3);
		try {
			HeatmapEditor other = WorkbenchFixture.openHeatmap(fixture.copySample("division.attr.json", "other.attr.json"));
			assertEquals(3, other.getViewState().view().decimals());
			assertEquals("1.907", other.getGrid().getStyle().format(1.9074));
		} finally {
			preferences.remove(ViewPreferences.DECIMALS);
		}
	}

	@Test
	void atEightDecimalsEveryValueStillFitsItsCell() throws Exception {
		Commands.execute(ViewHandler.DECIMALS, Map.of(ViewHandler.DECIMALS_VALUE, "8"));
		HeatmapGrid grid = editor.getGrid();
		AttributionMatrix shown = editor.getMatrix();
		GC gc = new GC(grid.getTable());
		try {
			gc.setFont(grid.getStyle().valueFont());
			for (int column = 0; column < shown.columns(); column++) {
				for (int row = 0; row < shown.rows(); row++) {
					String printed = grid.getStyle().format(shown.value(row, column));
					// the painter prints a value only when it fits with a margin: the columns grew for it
					assertTrue(gc.textExtent(printed).x + 4 <= grid.columnWidth(column) - 1,
							printed + " in column " + column + " of width " + grid.columnWidth(column));
				}
			}
		} finally {
			gc.dispose();
		}
	}
}
