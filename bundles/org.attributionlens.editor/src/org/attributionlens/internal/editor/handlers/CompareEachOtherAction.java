package org.attributionlens.internal.editor.handlers;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IObjectActionDelegate;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Each Other (Attributions) in the standard Compare With menu of resources. That menu is declared
 * by org.eclipse.compare through the popupMenus extension point, where command menu contributions
 * cannot reach it; so this entry is an object contribution too, and runs the command.
 */
public final class CompareEachOtherAction implements IObjectActionDelegate {
	public static final String COMMAND = "org.attributionlens.editor.compareEachOther"; //$NON-NLS-1$

	private IWorkbenchPart part;

	@Override
	public void setActivePart(IAction action, IWorkbenchPart targetPart) {
		part = targetPart;
	}

	@Override
	public void run(IAction action) {
		if (part == null) {
			return;
		}
		try {
			// the handler reads the selection of the part the menu belongs to
			part.getSite().getService(IHandlerService.class).executeCommand(COMMAND, null);
		} catch (CommandException e) {
			ILog.of(getClass()).error(e.getMessage(), e);
		}
	}

	@Override
	public void selectionChanged(IAction action, ISelection selection) {
		// enablement comes from enablesFor="2" in plugin.xml
	}
}
