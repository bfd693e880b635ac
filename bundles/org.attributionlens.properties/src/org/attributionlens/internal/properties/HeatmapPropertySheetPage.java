package org.attributionlens.internal.properties;

import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetSorter;

/**
 * The Properties view's page for heatmaps: what was selected comes first, and the page shows it
 * from the top. The standard page keeps the tree scrolled to the row that was at the top before;
 * when a cell's facts are put above the file's, a short Properties view then still shows only the
 * file's, and the click looks as if it did nothing.
 */
public final class HeatmapPropertySheetPage extends PropertySheetPage {
	/** Categories in reading order: the selection, what it stands for, then its file. */
	private static final List<String> CATEGORY_ORDER = List.of(Messages.Category_cell, Messages.Category_inputToken,
			Messages.Category_outputToken, Messages.Category_stepScores, Messages.Category_view, Messages.Category_file,
			Messages.Category_meta);

	public HeatmapPropertySheetPage() {
		setSorter(new PropertySheetSorter() {
			@Override
			public int compareCategories(String categoryA, String categoryB) {
				return Integer.compare(rank(categoryA), rank(categoryB));
			}

			@Override
			public int compare(IPropertySheetEntry entryA,
					IPropertySheetEntry entryB) {
				// within a category, in the order the property source declares them
				return 0;
			}
		});
	}

	private static int rank(String category) {
		int rank = CATEGORY_ORDER.indexOf(category);
		return rank < 0 ? CATEGORY_ORDER.size() : rank;
	}

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		super.selectionChanged(part, selection);
		if (getControl() instanceof Tree tree && !tree.isDisposed() && tree.getItemCount() > 0) {
			tree.setTopItem(tree.getItem(0));
		}
	}
}
