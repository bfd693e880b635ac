package org.attributionlens.model.io;

import java.util.function.BooleanSupplier;

/**
 * What the caller asks of a reader beyond the bytes.
 *
 * @param sequence  which sequence to read from a file that holds several (Inseq
 *                  batches), 0-based; files with one matrix only accept 0
 * @param limits    the bounds the reader enforces
 * @param parallel  whether a reader may take a second core for a large file (the native reader
 *                  reads the two halves of its values at once); false keeps all the work on the
 *                  caller's thread
 * @param cancelled asked as the bytes come in (once per buffer, not per value): when it says
 *                  true, the read stops with a {@link ReadCancelledException}. The editor passes
 *                  its job's "cancel requested", so that a read of a large file can be cancelled
 *                  from the Progress view and is cancelled when the editor closes; plain Java, so
 *                  that this bundle needs no Eclipse
 */
public record ReadOptions(int sequence, ReadLimits limits, boolean parallel, BooleanSupplier cancelled) {
	/** Never cancelled: the command line and tools that read to the end. */
	public static final BooleanSupplier NEVER_CANCELLED = () -> false;

	public static final ReadOptions DEFAULTS = new ReadOptions(0, ReadLimits.DEFAULTS);

	/** Options that let the reader take a second core. */
	public ReadOptions(int sequence, ReadLimits limits) {
		this(sequence, limits, true);
	}

	/** Options of a read that is never cancelled. */
	public ReadOptions(int sequence, ReadLimits limits, boolean parallel) {
		this(sequence, limits, parallel, NEVER_CANCELLED);
	}

	public ReadOptions {
		if (sequence < 0) {
			throw new IllegalArgumentException("sequence must be 0 or more, got " + sequence); //$NON-NLS-1$
		}
		if (limits == null) {
			throw new IllegalArgumentException("limits are required"); //$NON-NLS-1$
		}
		if (cancelled == null) {
			throw new IllegalArgumentException("the cancellation check is required; NEVER_CANCELLED for none"); //$NON-NLS-1$
		}
	}

	public ReadOptions withSequence(int index) {
		return new ReadOptions(index, limits, parallel, cancelled);
	}

	/** The same options, with or without a second core. */
	public ReadOptions withParallel(boolean allowed) {
		return new ReadOptions(sequence, limits, allowed, cancelled);
	}

	/** The same options, for a read that stops once {@code check} says true. */
	public ReadOptions withCancellation(BooleanSupplier check) {
		return new ReadOptions(sequence, limits, parallel, check);
	}
}
