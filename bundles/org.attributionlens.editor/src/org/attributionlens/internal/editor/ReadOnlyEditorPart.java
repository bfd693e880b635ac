package org.attributionlens.internal.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.part.EditorPart;

/**
 * An editor that only shows: attribution files are never written by the suite,
 * so there is nothing to save, ever.
 */
public abstract class ReadOnlyEditorPart extends EditorPart {
	@Override
	public final void doSave(IProgressMonitor monitor) {
		// read-only
	}

	@Override
	public final void doSaveAs() {
		// read-only
	}

	@Override
	public final boolean isDirty() {
		return false;
	}

	@Override
	public final boolean isSaveAsAllowed() {
		return false;
	}
}
