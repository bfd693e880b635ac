package org.attributionlens.internal.editor.compare;

import java.util.Objects;

import org.attributionlens.internal.editor.AttributionInput;
import org.attributionlens.internal.editor.Messages;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * Two attribution files to compare, A and B (the difference shown is A - B): in the workspace, or
 * outside it as the launcher opens them.
 */
public record CompareInput(AttributionInput a, AttributionInput b) implements IEditorInput {
	public CompareInput {
		Objects.requireNonNull(a, "a"); //$NON-NLS-1$
		Objects.requireNonNull(b, "b"); //$NON-NLS-1$
	}

	/** Two workspace files. */
	public CompareInput(IFile a, IFile b) {
		this(AttributionInput.of(a), AttributionInput.of(b));
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
		return NLS.bind(Messages.Compare_name, a.name(), b.name());
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(Messages.Compare_name, a.location(), b.location());
	}
}
