package org.attributionlens.editor.tests;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.properties.PropertySheet;

/** What the Properties view shows, read from its tree as a user reads it: name -> value. */
final class PropertiesViewContent {
	private PropertiesViewContent() {
	}

	static PropertySheet show(IWorkbenchPage page) throws PartInitException {
		// VIEW_VISIBLE keeps the editor active, so the view keeps following its selection
		return (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
	}

	static Map<String, String> read(PropertySheet sheet) {
		if (!(sheet.getCurrentPage().getControl() instanceof Tree tree)) {
			return Map.of();
		}
		Map<String, String> shown = new LinkedHashMap<>();
		for (TreeItem item : tree.getItems()) {
			collect(item, shown);
		}
		return shown;
	}

	/**
	 * Runs the event loop until the view shows {@code name = value} in a row a person sees.
	 *
	 * @param context what else to say when it never does
	 */
	static void waitUntilVisible(PropertySheet sheet, String name, String value, Supplier<String> context) {
		WorkbenchFixture.waitFor("Properties shows " + name + " = " + value, () -> value.equals(visible(sheet).get(name)),
				() -> "visible " + visible(sheet) + "; all " + read(sheet) + "; " + context.get());
	}

	/**
	 * Only the rows a person sees: those inside the tree's visible area, as scrolled. A property
	 * the view holds but shows below or above the fold is not there.
	 */
	static Map<String, String> visible(PropertySheet sheet) {
		if (!(sheet.getCurrentPage().getControl() instanceof Tree tree)) {
			// another part's page (the Project Explorer's is tabbed): nothing of ours is shown
			return Map.of();
		}
		Rectangle area = tree.getClientArea();
		Map<String, String> shown = new LinkedHashMap<>();
		for (TreeItem item : tree.getItems()) {
			collectVisible(item, area, shown);
		}
		return shown;
	}

	private static void collectVisible(TreeItem item, Rectangle area, Map<String, String> shown) {
		if (item.getItemCount() > 0) {
			if (item.getExpanded()) {
				for (TreeItem child : item.getItems()) {
					collectVisible(child, area, shown);
				}
			}
		} else if (item.getBounds().intersects(area) && item.getBounds().y >= area.y) {
			shown.put(item.getText(0), item.getText(1));
		}
	}

	private static void collect(TreeItem item, Map<String, String> shown) {
		if (item.getItemCount() > 0) {
			item.setExpanded(true);
			for (TreeItem child : item.getItems()) {
				collect(child, shown);
			}
		} else {
			shown.put(item.getText(0), item.getText(1));
		}
	}
}
