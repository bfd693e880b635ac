package org.attributionlens.model.io;

/**
 * What the caller asks of a reader beyond the bytes.
 *
 * @param sequence which sequence to read from a file that holds several (Inseq
 *                 batches), 0-based; files with one matrix only accept 0
 * @param limits   the bounds the reader enforces
 */
public record ReadOptions(int sequence, ReadLimits limits) {
	public static final ReadOptions DEFAULTS = new ReadOptions(0, ReadLimits.DEFAULTS);

	public ReadOptions {
		if (sequence < 0) {
			throw new IllegalArgumentException("sequence must be 0 or more, got " + sequence); //$NON-NLS-1$
		}
		if (limits == null) {
			throw new IllegalArgumentException("limits are required"); //$NON-NLS-1$
		}
	}

	public ReadOptions withSequence(int index) {
		return new ReadOptions(index, limits);
	}
}
