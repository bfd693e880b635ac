package org.attributionlens.editor.tests;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/** What a menu shows, read as a user sees it when it opens: its items, filled by the menu's show listeners. */
final class MenuContent {
	private MenuContent() {
	}

	/** Opens the menu (its show listeners fill it) and returns its items; closes it first if it was open. */
	static List<MenuItem> show(Menu menu) {
		// as a user would: a menu closes (hide listeners clean up what the show added) before it opens again
		menu.notifyListeners(SWT.Hide, new Event());
		WorkbenchFixture.drain();
		menu.notifyListeners(SWT.Show, new Event());
		WorkbenchFixture.drain();
		return Arrays.asList(menu.getItems());
	}

	/** The item whose label, before any accelerator text, is the given one. */
	static MenuItem item(Menu menu, String label) {
		return show(menu).stream().filter(item -> label(item).equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no item '" + label + "' in " + labels(menu)));
	}

	/** The label without the accelerator text that follows a tab. */
	static String label(MenuItem item) {
		String text = item.getText();
		int tab = text.indexOf('\t');
		return (tab < 0 ? text : text.substring(0, tab)).replace("&", "");
	}

	/** The accelerator text shown after the label, or "" when there is none. */
	static String accelerator(MenuItem item) {
		String text = item.getText();
		int tab = text.indexOf('\t');
		return tab < 0 ? "" : text.substring(tab + 1);
	}

	static String labels(Menu menu) {
		return Arrays.stream(menu.getItems()).map(MenuContent::label).collect(Collectors.joining(", ", "[", "]"));
	}

	/** Chooses the item as a click does (a radio item is selected first, as SWT does before notifying). */
	static void choose(MenuItem item) {
		if ((item.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0) {
			item.setSelection((item.getStyle() & SWT.CHECK) != 0 ? !item.getSelection() : true);
		}
		item.notifyListeners(SWT.Selection, new Event());
		WorkbenchFixture.drain();
	}
}
