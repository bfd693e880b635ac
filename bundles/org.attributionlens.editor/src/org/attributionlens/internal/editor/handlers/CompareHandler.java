package org.attributionlens.internal.editor.handlers;

import java.util.List;

import org.attributionlens.internal.editor.compare.AttributionCompareEditor;
import org.attributionlens.internal.editor.compare.CompareInput;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Compare With > Each Other (Attributions), on two selected attribution files: opens A - B. */
public final class CompareHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (!(selection instanceof IStructuredSelection structured) || structured.size() != 2) {
			return null;
		}
		List<?> elements = structured.toList();
		IFile a = Adapters.adapt(elements.get(0), IFile.class);
		IFile b = Adapters.adapt(elements.get(1), IFile.class);
		if (a == null || b == null) {
			return null;
		}
		try {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
					.openEditor(new CompareInput(a, b), AttributionCompareEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
