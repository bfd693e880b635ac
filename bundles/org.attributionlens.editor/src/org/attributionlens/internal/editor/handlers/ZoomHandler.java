package org.attributionlens.internal.editor.handlers;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.grid.HeatmapGrid;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Zoom In (Ctrl+=), Zoom Out (Ctrl+-) and Fit (Ctrl+0) of the active heatmap;
 * one class, the command id says which.
 */
public final class ZoomHandler extends AbstractHandler {
	public static final String ZOOM_IN = "org.attributionlens.editor.zoomIn"; //$NON-NLS-1$
	public static final String ZOOM_OUT = "org.attributionlens.editor.zoomOut"; //$NON-NLS-1$
	public static final String ZOOM_FIT = "org.attributionlens.editor.zoomFit"; //$NON-NLS-1$
	public static final String ZOOM_RESET = "org.attributionlens.editor.zoomReset"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof HeatmapEditor editor) || editor.getGrid() == null) {
			return null;
		}
		HeatmapGrid grid = editor.getGrid();
		switch (event.getCommand().getId()) {
		case ZOOM_IN -> grid.zoomIn();
		case ZOOM_OUT -> grid.zoomOut();
		case ZOOM_FIT -> grid.zoomToFit();
		case ZOOM_RESET -> grid.setZoom(1.0);
		default -> throw new IllegalArgumentException(event.getCommand().getId());
		}
		return null;
	}
}
