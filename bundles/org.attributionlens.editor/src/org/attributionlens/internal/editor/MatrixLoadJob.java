package org.attributionlens.internal.editor;

import java.io.IOException;
import java.util.function.Consumer;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.ReadOptions;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Reads an attribution file off the UI thread (a large file takes a second or
 * more), then hands the outcome to the editor.
 */
public final class MatrixLoadJob extends Job {
	/** All load jobs belong to this family, so that tools can wait for them. */
	public static final Object FAMILY = MatrixLoadJob.class;

	/** What a load ended with: a matrix, or the message to show instead. */
	public record Outcome(AttributionMatrix matrix, AttributionFormatException formatProblem, String otherProblem) {
	}

	private final AttributionInput input;
	private final ReadOptions options;
	private final Consumer<Outcome> done;

	public MatrixLoadJob(AttributionInput input, ReadOptions options, Consumer<Outcome> done) {
		super(NLS.bind(Messages.Editor_loadJob, input.name()));
		this.input = input;
		this.options = options;
		this.done = done;
		setUser(false);
		setPriority(Job.INTERACTIVE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Outcome outcome;
		try {
			AttributionMatrix matrix = input.read(options);
			// the colour range needs the statistics: compute them here, not on the UI thread
			matrix.statistics();
			outcome = new Outcome(matrix, null, null);
		} catch (AttributionFormatException e) {
			outcome = new Outcome(null, e, null);
		} catch (IOException | CoreException e) {
			outcome = new Outcome(null, null, NLS.bind(Messages.Editor_readFailed, input.location(), e.getMessage()));
		}
		if (!monitor.isCanceled()) {
			done.accept(outcome);
		}
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
