package org.attributionlens.internal.editor.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.AttributionInput;
import org.attributionlens.internal.editor.Messages;
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
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Compare With... in the heatmap editor: the open file is A, B is chosen in a dialog of the
 * workspace's attribution files (or given as the command's parameter), and the comparison opens.
 * A file opened from outside the workspace, as the launcher opens them, chooses B in the file
 * system: the workspace may hold nothing to compare it with.
 */
public final class CompareWithHandler extends AbstractHandler {
	public static final String COMMAND = "org.attributionlens.editor.compareWith"; //$NON-NLS-1$
	/**
	 * B, without which a dialog asks: the full workspace path of a workspace file, e.g.
	 * /project/b.attr.json, or else the absolute path of a file in the file system.
	 */
	public static final String OTHER = COMMAND + ".other"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActiveEditor(event) instanceof HeatmapEditor editor)) {
			return null;
		}
		AttributionInput a = AttributionInput.of(editor.getEditorInput());
		if (a == null) {
			return null;
		}
		AttributionInput b = other(event, a);
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

	private static AttributionInput other(ExecutionEvent event, AttributionInput a) throws ExecutionException {
		String path = event.getParameter(OTHER);
		if (path != null) {
			IPath workspacePath = IPath.fromPortableString(path);
			IFile inWorkspace = workspacePath.segmentCount() < 2 ? null
					: ResourcesPlugin.getWorkspace().getRoot().getFile(workspacePath);
			return inWorkspace != null && (inWorkspace.exists() || !Files.isRegularFile(Path.of(path)))
					? AttributionInput.of(inWorkspace)
					: AttributionInput.of(Path.of(path));
		}
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		if (a.workspaceFile() == null) {
			FileDialog dialog = new FileDialog(shell, SWT.OPEN);
			dialog.setText(NLS.bind(Messages.CompareWith_message, a.name()));
			dialog.setFilterPath(Path.of(a.location()).getParent().toString());
			// what the readers take; a picture or a text chosen by mistake would only be refused
			dialog.setFilterExtensions(new String[] { "*.json;*.gz;*.csv;*.tsv;*.tab", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
			dialog.setFilterNames(new String[] { Messages.CompareWith_attributionFiles, Messages.CompareWith_allFiles });
			String chosen = dialog.open();
			return chosen == null ? null : AttributionInput.of(Path.of(chosen));
		}
		OtherFileDialog dialog = new OtherFileDialog(shell, a.workspaceFile());
		return dialog.open() == Window.OK && dialog.getFirstResult() instanceof IFile chosen ? AttributionInput.of(chosen)
				: null;
	}
}
