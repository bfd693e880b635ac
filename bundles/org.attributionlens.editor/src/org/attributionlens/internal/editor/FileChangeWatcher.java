package org.attributionlens.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;

/**
 * Tells the editor when its workspace file changed (saved by another editor, or
 * changed on disk and refreshed) or went away.
 */
public final class FileChangeWatcher implements IResourceChangeListener {
	private final IFile file;
	private final Runnable changed;
	private final Runnable removed;

	public FileChangeWatcher(IFile file, Runnable changed, Runnable removed) {
		this.file = file;
		this.changed = changed;
		this.removed = removed;
		file.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
		if (delta == null) {
			return;
		}
		if (delta.getKind() == IResourceDelta.REMOVED) {
			removed.run();
		} else if ((delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0
				|| delta.getKind() == IResourceDelta.ADDED) {
			changed.run();
		}
	}

	public void dispose() {
		file.getWorkspace().removeResourceChangeListener(this);
	}
}
