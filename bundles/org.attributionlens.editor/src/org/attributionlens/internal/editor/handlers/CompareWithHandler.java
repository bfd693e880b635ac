package org.attributionlens.internal.editor.handlers;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.compare.AttributionCompareEditor;
import org.attributionlens.internal.editor.compare.CompareInput;
import org.attributionlens.internal.editor.compare.OtherFileDialog;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Compare With... in the heatmap editor: the open file is A, B is chosen in a dialog of the
 * workspace's attribution files (or given as the command's parameter, a workspace path), and the
 * comparison opens.
 */
public final class CompareWithHandler extends AbstractHandler {
	public static final String COMMAND = "org.attributionlens.editor.compareWith"; //$NON-NLS-1$
	/** Full workspace path of B, e.g. /project/b.attr.json; without it a dialog asks. */
	public static final String OTHER = COMMAND + ".other"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActiveEditor(event) instanceof HeatmapEditor editor)
				|| !(editor.getEditorInput() instanceof IFileEditorInput input)) {
			return null;
		}
		IFile a = input.getFile();
		IFile b = other(event, a);
		if (b == null) {
			return null;
		}
		try {
			editor.getSite().getPage().openEditor(new CompareInput(a, b), AttributionCompareEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}

	private static IFile other(ExecutionEvent event, IFile a) throws ExecutionException {
		String path = event.getParameter(OTHER);
		if (path != null) {
			return ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(path));
		}
		OtherFileDialog dialog = new OtherFileDialog(HandlerUtil.getActiveShellChecked(event), a);
		return dialog.open() == Window.OK && dialog.getFirstResult() instanceof IFile chosen ? chosen : null;
	}
}
