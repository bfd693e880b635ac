package org.attributionlens.internal.editor.handlers;

import org.attributionlens.editor.HeatmapEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Edit > Find/Replace (Ctrl+F) in a heatmap: jump to the editor's find-token field. */
public final class FindTokenHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof HeatmapEditor editor) {
			editor.focusFindField();
		}
		return null;
	}
}
