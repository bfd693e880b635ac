package org.attributionlens.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.attributionlens.model.color.ColorScales;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.Test;

/** Colours: one choice per scale of the catalogue, labelled from plugin.properties, checked as chosen. */
class ColorScaleMenuTest extends DivisionSampleTest {

	@Test
	void theContextMenuOffersEveryScaleOfTheCatalogueWithTheCurrentOneChecked() throws Exception {
		Menu colours = MenuContent.item(editor.getGrid().getTable().getMenu(), "Colours").getMenu();
		List<MenuItem> choices = MenuContent.show(colours);
		assertEquals(ColorScales.all().size(), choices.size(), MenuContent.labels(colours));
		assertEquals("RdYlGn (red - yellow - green, as Captum 0.7)", MenuContent.label(choices.get(0)));
		for (MenuItem choice : choices) {
			assertTrue(!MenuContent.label(choice).startsWith("%"), "a label from plugin.properties: " + MenuContent.label(choice));
		}
		assertTrue(choices.get(0).getSelection(), "RdYlGn, the default, is checked");

		int puor = ColorScales.all().indexOf(ColorScales.byId("puor").orElseThrow());
		MenuContent.choose(choices.get(puor));
		assertEquals("puor", editor.getViewState().scale().id());
		Menu reopened = MenuContent.item(editor.getGrid().getTable().getMenu(), "Colours").getMenu();
		assertTrue(MenuContent.show(reopened).get(puor).getSelection(), "the check mark follows the choice");
		assertEquals(1, MenuContent.show(reopened).stream().filter(MenuItem::getSelection).count());
	}
}
