package org.attributionlens.internal.editor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;


import org.attributionlens.model.io.AttributionFormatException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ide.IDE;

/**
 * Keeps the Problems view in step with what the editor could read. Markers are
 * written in a job because the editor may be (re)loading from inside a resource
 * change notification, when the workspace is locked.
 */
public final class ProblemMarkers {
	public static final String TYPE = "org.attributionlens.editor.problem"; //$NON-NLS-1$
	/** The platform's plain text editor (org.eclipse.ui.editors), in every Eclipse IDE. */
	static final String TEXT_EDITOR_ID = "org.eclipse.ui.DefaultTextEditor"; //$NON-NLS-1$

	private ProblemMarkers() {
	}

	/**
	 * Lets a double click in the Problems view open the file in a text editor with the caret on the
	 * error, rather than in the heatmap editor, which would show the same message again.
	 */
	private static void atCharacter(Map<String, Object> attributes, IFile file, AttributionFormatException problem)
			throws CoreException {
		if (SpecialFiles.isSpecial(file)) {
			// replaced by a FIFO since it was read: opening it would hold this job, and the file's rule, for ever
			return;
		}
		try (InputStream content = file.getContents(true)) {
			int offset = TextPosition.offset(content, Charset.forName(file.getCharset()), problem.line(),
					Math.max(1, problem.column()));
			if (offset >= 0) {
				attributes.put(IMarker.CHAR_START, offset);
				attributes.put(IMarker.CHAR_END, offset + 1);
				attributes.put(IDE.EDITOR_ID_ATTR, TEXT_EDITOR_ID);
			}
		} catch (IOException | IllegalArgumentException e) {
			// no offset: the marker still names the line, and opens the heatmap's error page
		}
	}

	/** Replaces our markers on the file by one for the given problem, or removes them when it is null. */
	public static WorkspaceJob update(IFile file, AttributionFormatException problem) {
		WorkspaceJob job = new WorkspaceJob(NLS.bind(Messages.Marker_job, file.getFullPath())) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (!file.exists()) {
					return Status.OK_STATUS;
				}
				file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
				if (problem != null) {
					Map<String, Object> attributes = new HashMap<>();
					attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
					attributes.put(IMarker.MESSAGE, problem.reason());
					if (problem.line() > 0) {
						attributes.put(IMarker.LINE_NUMBER, problem.line());
						attributes.put(IMarker.LOCATION, NLS.bind(Messages.Marker_location, problem.line(), problem.column()));
						atCharacter(attributes, file, problem);
					}
					// made whole at once: a marker is never seen, or deleted, half written
					file.createMarker(TYPE, attributes);
				}
				return Status.OK_STATUS;
			}
		};
		// the file itself, not the rule factory's marker rule (which is none): two editors on one file
		// update its markers one after the other, never one deleting the marker the other is writing
		job.setRule(file);
		job.setSystem(true);
		job.schedule();
		return job;
	}
}
