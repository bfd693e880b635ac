package org.attributionlens.model.io;

/**
 * What the caller asks of a reader beyond the bytes.
 *
 * @param sequence which sequence to read from a file that holds several (Inseq
 *                 batches), 0-based; files with one matrix only accept 0
 * @param limits   the bounds the reader enforces
 * @param parallel whether a reader may take a second core for a large file (the native reader
 *                 reads the two halves of its values at once); false keeps all the work on the
 *                 caller's thread
 */
public record ReadOptions(int sequence, ReadLimits limits, boolean parallel) {
	public static final ReadOptions DEFAULTS = new ReadOptions(0, ReadLimits.DEFAULTS);

	/** Options that let the reader take a second core. */
	public ReadOptions(int sequence, ReadLimits limits) {
		this(sequence, limits, true);
	}

	public ReadOptions {
		if (sequence < 0) {
			throw new IllegalArgumentException("sequence must be 0 or more, got " + sequence); //$NON-NLS-1$
		}
		if (limits == null) {
			throw new IllegalArgumentException("limits are required"); //$NON-NLS-1$
		}
	}

	public ReadOptions withSequence(int index) {
		return new ReadOptions(index, limits, parallel);
	}

	/** The same options, with or without a second core. */
	public ReadOptions withParallel(boolean allowed) {
		return new ReadOptions(sequence, limits, allowed);
	}
}
