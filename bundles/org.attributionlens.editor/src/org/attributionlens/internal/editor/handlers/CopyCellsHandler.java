package org.attributionlens.internal.editor.handlers;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.grid.HeatmapGrid;
import org.attributionlens.internal.editor.preferences.ViewPreferences;
import org.attributionlens.model.io.DelimitedWriter;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Edit > Copy (Ctrl+C) in the heatmap: the selected block as tab-separated text
 * with its token headers, values as printed in the cells, ready to paste into a
 * spreadsheet.
 */
public final class CopyCellsHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof HeatmapEditor editor) || editor.getGrid() == null) {
			return null;
		}
		HeatmapGrid grid = editor.getGrid();
		HeatmapGrid.Block block = grid.selectedBlock();
		if (block == null) {
			return null;
		}
		String text = DelimitedWriter.block(editor.getMatrix(), block.rows(), block.columns(),
				grid.getStyle().decimals(), ViewPreferences.formulaSafeCsv());
		Clipboard clipboard = new Clipboard(grid.getControl().getDisplay());
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		return null;
	}
}
