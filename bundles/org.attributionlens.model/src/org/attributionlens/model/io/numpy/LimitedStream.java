package org.attributionlens.model.io.numpy;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The decompressed members of a zip, counted together: their sum may not pass the limit for
 * compressed files, so that a zip bomb stops there.
 */
final class LimitedStream extends FilterInputStream {

	/** Thrown through the zip reader when the limit is passed; the reader turns it into a format error. */
	static final class Exceeded extends IOException {
		private static final long serialVersionUID = 1L;
	}

	private final long limit;
	private long count;

	LimitedStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			add(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		if (read > 0) {
			add(read);
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		// skipped through read, so that skipped bytes count too
		byte[] sink = new byte[(int) Math.min(8192, Math.max(1, n))];
		long skipped = 0;
		int read;
		while (skipped < n && (read = read(sink, 0, (int) Math.min(sink.length, n - skipped))) > 0) {
			skipped += read;
		}
		return skipped;
	}

	private void add(int bytes) throws Exceeded {
		count += bytes;
		if (count > limit) {
			throw new Exceeded();
		}
	}

	/** Closing a member does not close the zip. */
	@Override
	public void close() {
	}
}
