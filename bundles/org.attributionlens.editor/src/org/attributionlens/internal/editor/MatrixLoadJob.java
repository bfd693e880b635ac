package org.attributionlens.internal.editor;

import java.io.IOException;
import java.util.function.Consumer;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.ReadCancelledException;
import org.attributionlens.model.io.ReadOptions;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Reads an attribution file off the UI thread (a large file takes a second or
 * more), then hands the outcome to the editor. Shown in the Progress view, where
 * its Cancel stops the read at its next buffer (the read asks the job's monitor);
 * the editor cancels it too when it closes or reads again.
 */
public final class MatrixLoadJob extends Job {
	/** All load jobs belong to this family, so that tools can wait for them. */
	public static final Object FAMILY = MatrixLoadJob.class;

	/** What a load ended with: a matrix, the message to show instead, or that it was cancelled. */
	public record Outcome(AttributionMatrix matrix, AttributionFormatException formatProblem, String otherProblem,
			boolean cancelled) {
		static final Outcome CANCELLED = new Outcome(null, null, null, true);

		static Outcome problem(String message) {
			return new Outcome(null, null, message, false);
		}
	}

	private final AttributionInput input;
	private final ReadOptions options;
	private final Consumer<Outcome> done;

	public MatrixLoadJob(AttributionInput input, ReadOptions options, Consumer<Outcome> done) {
		super(NLS.bind(Messages.Editor_loadJob, input.name()));
		this.input = input;
		this.options = options;
		this.done = done;
		// not a user job (no progress dialog over the workbench), not a system job: the Progress view lists it
		setUser(false);
		setSystem(false);
		setPriority(Job.INTERACTIVE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		Outcome outcome;
		try {
			outcome = read(monitor);
		} finally {
			monitor.done();
		}
		// cancelled after the last buffer is cancelled all the same: the user asked not to wait for it
		if (monitor.isCanceled()) {
			done.accept(Outcome.CANCELLED);
			return Status.CANCEL_STATUS;
		}
		done.accept(outcome);
		return Status.OK_STATUS;
	}

	private Outcome read(IProgressMonitor monitor) {
		try {
			AttributionMatrix matrix = input.read(options.withCancellation(monitor::isCanceled));
			if (monitor.isCanceled()) {
				return Outcome.CANCELLED;
			}
			// the colour range needs the statistics: compute them here, not on the UI thread
			matrix.statistics();
			return new Outcome(matrix, null, null, false);
		} catch (ReadCancelledException e) {
			return Outcome.CANCELLED;
		} catch (AttributionFormatException e) {
			return new Outcome(null, e, null, false);
		} catch (IOException | CoreException e) {
			return Outcome.problem(ReadFailures.message(input.location(), e));
		} catch (OutOfMemoryError e) {
			// the readers check the memory before they take it, so this should not happen; if it does,
			// the matrix being built is garbage now, and the workbench lives on
			return Outcome.problem(NLS.bind(Messages.Editor_outOfMemory, input.location()));
		} catch (RuntimeException | StackOverflowError e) {
			// a bug of ours, not the file's: logged with its stack, the editor shows one sentence
			ILog.of(getClass()).error(NLS.bind(Messages.Editor_internalError, input.location(), e), e);
			return Outcome.problem(NLS.bind(Messages.Editor_internalError, input.location(), e));
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
