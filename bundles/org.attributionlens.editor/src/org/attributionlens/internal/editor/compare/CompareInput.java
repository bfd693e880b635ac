package org.attributionlens.internal.editor.compare;

import java.util.Objects;

import org.attributionlens.internal.editor.Messages;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** Two attribution files to compare, A and B (the difference shown is A - B). */
public record CompareInput(IFile a, IFile b) implements IEditorInput {
	public CompareInput {
		Objects.requireNonNull(a, "a"); //$NON-NLS-1$
		Objects.requireNonNull(b, "b"); //$NON-NLS-1$
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean exists() {
		return a.exists() && b.exists();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return NLS.bind(Messages.Compare_name, a.getName(), b.getName());
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(Messages.Compare_name, a.getFullPath(), b.getFullPath());
	}
}
