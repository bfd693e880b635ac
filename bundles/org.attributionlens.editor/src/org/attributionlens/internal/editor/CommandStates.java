package org.attributionlens.internal.editor;

import java.util.List;

import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.services.IServiceLocator;

/**
 * The one place that tells the workbench a heatmap's state changed, so that what shows it follows:
 * the check marks of the view toggles, the zoom readout, and the enablement of Merge and Unmerge.
 * The editor calls it when its view, zoom or selection changes, the handlers after they changed
 * the view; neither knows the other's classes for it.
 */
public final class CommandStates {

	/** The commands whose items show the heatmap's state (check marks, radio choices, the zoom). */
	private static final List<String> SHOWING_STATE = List.of(CommandIds.TRANSPOSE, CommandIds.MERGE_SUBWORDS,
			CommandIds.HIGHLIGHT_TOP_K, CommandIds.NORMALIZATION, CommandIds.COLOR_SCALE, CommandIds.RANGE,
			CommandIds.DECIMALS);

	private CommandStates() {
	}

	/** The view changed (turned, merged, recoloured ...): every item that shows it is refreshed. */
	public static void viewChanged() {
		SHOWING_STATE.forEach(CommandStates::refresh);
		zoomChanged();
	}

	/** One command's items are refreshed, after its handler changed what they show. */
	public static void refresh(String commandId) {
		commands().refreshElements(commandId, null);
	}

	/** The zoom changed: the readout between − and + shows it. */
	public static void zoomChanged() {
		refresh(CommandIds.ZOOM_RESET);
	}

	/**
	 * Evaluates the enablement of Merge and Unmerge again. It depends on which cells are selected
	 * in the grid, which the workbench does not watch: a new block around the same anchor cell is
	 * the same workbench selection, so without this the menus and the tool bar would keep their
	 * old state. The tool bar's items take their enablement from the application model, which is
	 * updated on the enablement request posted here, not when a command's handler changes.
	 */
	public static void selectionChanged(IServiceLocator site) {
		ICommandService commands = site.getService(ICommandService.class);
		IHandlerService handlers = site.getService(IHandlerService.class);
		if (commands == null || handlers == null) {
			return;
		}
		IEvaluationContext state = handlers.getCurrentState();
		commands.getCommand(CommandIds.MERGE).setEnabled(state);
		commands.getCommand(CommandIds.UNMERGE).setEnabled(state);
		IEventBroker events = site.getService(IEventBroker.class);
		if (events != null) {
			// all items: asking for two by a selector would tie this bundle to the model's classes
			events.post(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
		}
	}

	private static ICommandService commands() {
		return PlatformUI.getWorkbench().getService(ICommandService.class);
	}
}
