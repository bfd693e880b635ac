package org.attributionlens.internal.editor.handlers;

import java.util.Map;

import org.attributionlens.internal.editor.CommandIds;
import org.attributionlens.internal.editor.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

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
public final class ZoomHandler extends AbstractHandler implements IElementUpdater, IExecutableExtension {
	public static final String ZOOM_IN = CommandIds.ZOOM_IN;
	public static final String ZOOM_OUT = CommandIds.ZOOM_OUT;
	public static final String ZOOM_FIT = CommandIds.ZOOM_FIT;
	public static final String ZOOM_RESET = CommandIds.ZOOM_RESET;

	/** The command this instance handles (plugin.xml passes it after the class name). */
	private String commandId;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		if (data instanceof String id) {
			commandId = id;
		}
	}

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

	/** The 100% item of the tool bar reads the active heatmap's zoom, e.g. "63%". */
	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		IWorkbenchWindow window = element.getServiceLocator().getService(IWorkbenchWindow.class);
		IEditorPart part = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		if (ZOOM_RESET.equals(commandId) && part instanceof HeatmapEditor editor) {
			// an editor on its error page has no zoom: the item names the command's own level
			element.setText(editor.getGrid() == null ? NLS.bind(Messages.Zoom_percent, "100") //$NON-NLS-1$
					: label(editor.getGrid()));
		}
	}

	/** What the zoom item says: the zoom in percent, or that the whole matrix is one picture. */
	public static String label(HeatmapGrid grid) {
		if (grid.isOverviewShown()) {
			return Messages.Zoom_overview;
		}
		return NLS.bind(Messages.Zoom_percent, Long.toString(Math.round(grid.getZoom() * 100)));
	}

	/** Asks the zoom items to read the zoom again (after it changed, or another heatmap came to front). */
}
