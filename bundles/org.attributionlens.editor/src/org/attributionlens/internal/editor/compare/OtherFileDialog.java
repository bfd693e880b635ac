package org.attributionlens.internal.editor.compare;

import org.attributionlens.internal.editor.Messages;
import org.attributionlens.internal.editor.SpecialFiles;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementTreeSelectionDialog;
import org.eclipse.ui.model.BaseWorkbenchContentProvider;
import org.eclipse.ui.model.WorkbenchLabelProvider;

/**
 * Compare With... from the heatmap editor: the workspace as a tree of the attribution files (our
 * content type) other than the one open, to choose B from. Folders without such files are left out.
 */
public final class OtherFileDialog extends ElementTreeSelectionDialog {
	/** The content type the model bundle declares: *.attr.json, and .json / .gz files whose content is an attribution. */
	public static final String CONTENT_TYPE = "org.attributionlens.model.attributionJson"; //$NON-NLS-1$
	private static final String PLUGIN_ID = "org.attributionlens.editor"; //$NON-NLS-1$

	/** The dialog, not yet open; its single result is the chosen {@link IFile}. */
	public OtherFileDialog(Shell shell, IFile current) {
		super(shell, new WorkbenchLabelProvider(), new BaseWorkbenchContentProvider());
		setTitle(Messages.CompareWith_title);
		setMessage(NLS.bind(Messages.CompareWith_message, current.getName()));
		setInput(ResourcesPlugin.getWorkspace().getRoot());
		addFilter(new AttributionFiles(current));
		setAllowMultiple(false);
		setInitialSelection(current.getParent());
		setValidator(selection -> selection.length == 1 && selection[0] instanceof IFile
				? Status.OK_STATUS
				: new Status(IStatus.ERROR, PLUGIN_ID, Messages.CompareWith_chooseFile));
	}

	/** The tree of offered files, once open: for tests and tools inside the suite. */
	public TreeViewer getViewer() {
		return getTreeViewer();
	}

	/** Whether the file's content type is ours (decided by the model's describer, not by the name alone). */
	public static boolean isAttributionFile(IFile file) {
		if (SpecialFiles.isSpecial(file)) {
			// its content description would open it, and a FIFO would hold the dialog's UI thread for ever
			return false;
		}
		try {
			IContentDescription description = file.getContentDescription();
			IContentType ours = Platform.getContentTypeManager().getContentType(CONTENT_TYPE);
			return description != null && ours != null && description.getContentType().isKindOf(ours);
		} catch (CoreException e) {
			// unreadable or out of sync: not offered
			return false;
		}
	}

	/** Keeps attribution files other than the current one, and the folders that hold some. */
	private static final class AttributionFiles extends ViewerFilter {
		private final IFile current;

		AttributionFiles(IFile current) {
			this.current = current;
		}

		@Override
		public boolean select(Viewer viewer, Object parent, Object element) {
			if (element instanceof IFile file) {
				return !file.equals(current) && isAttributionFile(file);
			}
			return element instanceof IContainer container && holdsAttributionFile(container);
		}

		private boolean holdsAttributionFile(IContainer container) {
			if (!container.isAccessible()) {
				return false;
			}
			boolean[] found = new boolean[1];
			try {
				container.accept(proxy -> {
					if (found[0]) {
						return false;
					}
					if (proxy.getType() == IResource.FILE) {
						IFile file = (IFile) proxy.requestResource();
						found[0] = !file.equals(current) && isAttributionFile(file);
					}
					return !found[0];
				}, IResource.NONE);
			} catch (CoreException e) {
				return false;
			}
			return found[0];
		}
	}
}
