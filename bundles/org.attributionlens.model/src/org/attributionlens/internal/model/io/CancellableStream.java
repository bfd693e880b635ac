package org.attributionlens.internal.model.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.attributionlens.model.io.ReadCancelledException;
import org.attributionlens.model.io.ReadOptions;

/**
 * Asks the read's cancellation check each time a reader pulls more bytes. The readers take their
 * bytes through buffers of kilobytes, so this is one question per buffer, and every format is
 * covered at once: whatever a reader does with the bytes, it stops at its next buffer once the
 * read is cancelled. Placed under the decompression too, since a small gzip file can hold
 * gigabytes that take seconds to parse after the last compressed byte was read.
 */
public final class CancellableStream extends FilterInputStream {
	private final ReadOptions options;

	private CancellableStream(InputStream in, ReadOptions options) {
		super(in);
		this.options = options;
	}

	/** {@code in} itself when the read is never cancelled. */
	public static InputStream of(InputStream in, ReadOptions options) {
		return options.cancelled() == ReadOptions.NEVER_CANCELLED ? in : new CancellableStream(in, options);
	}

	private void check() throws ReadCancelledException {
		if (options.cancelled().getAsBoolean()) {
			throw new ReadCancelledException();
		}
	}

	@Override
	public int read() throws IOException {
		check();
		return super.read();
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		check();
		return super.read(buffer, offset, length);
	}

	@Override
	public long skip(long n) throws IOException {
		check();
		return super.skip(n);
	}

	@Override
	public void close() {
		// the caller's stream: its owner closes it
	}
}
