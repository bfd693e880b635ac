package org.attributionlens.model.io;

import java.io.IOException;

/**
 * The read stopped because its caller asked it to ({@link ReadOptions#cancelled()}), not because
 * anything is wrong with the file. An {@link IOException}, so that it passes through the readers
 * and the parsers under them the way a failing disk would, without a reader mistaking it for a
 * format problem of its own.
 */
public final class ReadCancelledException extends IOException {
	private static final long serialVersionUID = 1L;

	public ReadCancelledException() {
		super("the read was cancelled"); //$NON-NLS-1$
	}
}
