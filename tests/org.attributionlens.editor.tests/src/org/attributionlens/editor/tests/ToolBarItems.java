package org.attributionlens.editor.tests;

import java.util.Arrays;
import java.util.List;

import org.attributionlens.editor.HeatmapEditor;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The heatmap editor's tool bar as it is shown: its items, and the command each one runs. The
 * items show icons, not words, so tests find them by their command.
 */
final class ToolBarItems {
	private static final String PULLDOWN = ".pulldown";

	private ToolBarItems() {
	}

	/** The items that run commands, left to right, without the separators. */
	static List<ToolItem> all(HeatmapEditor editor) {
		return Arrays.stream(editor.getToolBar().getControl().getItems())
				.filter(item -> (item.getStyle() & SWT.SEPARATOR) == 0).toList();
	}

	/** The command an item runs; a drop-down item is contributed as its command's id + ".pulldown". */
	static String command(ToolItem item) {
		String id = item.getData() instanceof IContributionItem contribution ? contribution.getId() : null;
		return id != null && id.endsWith(PULLDOWN) ? id.substring(0, id.length() - PULLDOWN.length()) : id;
	}

	/** The commands of {@link #all(HeatmapEditor)}, in their order. */
	static List<String> commands(HeatmapEditor editor) {
		return all(editor).stream().map(ToolBarItems::command).toList();
	}

	/** The item that runs the command. */
	static ToolItem of(HeatmapEditor editor, String commandId) {
		return all(editor).stream().filter(item -> commandId.equals(command(item))).findFirst()
				.orElseThrow(() -> new AssertionError("no tool item runs " + commandId + ": " + commands(editor)));
	}
}
