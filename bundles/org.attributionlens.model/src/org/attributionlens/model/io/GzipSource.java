package org.attributionlens.model.io;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The decompressed content of a gzip file, with the protections a reader needs:
 * <ul>
 * <li>it stops as soon as more than {@link ReadLimits#maxDecompressedBytes()} come out, so a gzip
 * bomb costs no more than the limit (it never inflates further);</li>
 * <li>a truncated or damaged file becomes an {@link AttributionFormatException} located at the end
 * of the text decompressed so far (line and column counted here, since the failure happens below
 * any parser), instead of the inflater's own words.</li>
 * </ul>
 * A failure is remembered and thrown as a private {@link IOException} through whatever reader is
 * reading, so that the dispatcher can report it whatever that reader did with the exception.
 */
final class GzipSource extends InputStream {

	/** Carries a failure through readers, which pass I/O errors on. */
	static final class Failure extends IOException {
		private static final long serialVersionUID = 1L;

		Failure(String message) {
			super(message);
		}
	}

	private static final String TRUNCATED = "the gzip-compressed file ends before its compressed data does"
			+ " (truncated, or still being written)";

	private final InputStream compressed;
	private final ReadLimits limits;
	private GZIPInputStream inflater;
	private AttributionFormatException failure;
	private long delivered;
	private int line = 1;
	private int column = 1;

	private GzipSource(InputStream compressed, ReadLimits limits) {
		this.compressed = compressed;
		this.limits = limits;
	}

	/**
	 * @param compressed starts with the gzip magic bytes; not closed
	 * @throws AttributionFormatException when the gzip header is broken or truncated
	 */
	static GzipSource open(InputStream compressed, ReadLimits limits) throws IOException, AttributionFormatException {
		GzipSource source = new GzipSource(compressed, limits);
		try {
			source.inflater = new GZIPInputStream(new NonClosing(compressed), 8192);
		} catch (EOFException e) {
			throw new AttributionFormatException(1, 1, "the file is gzip-compressed but ends within its gzip header"
					+ " (truncated, or still being written)");
		} catch (ZipException e) {
			throw new AttributionFormatException(1, 1,
					"the file starts like a gzip file (bytes 1f 8b) but its gzip header is not valid");
		}
		return source;
	}

	/** The failure met while decompressing, if any; it explains whatever the reader threw. */
	AttributionFormatException failure() {
		return failure;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return n < 0 ? -1 : one[0] & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (failure != null) {
			throw new Failure(failure.getMessage());
		}
		if (length == 0) {
			return 0;
		}
		// never inflate more than one byte beyond the limit
		long allowed = limits.maxDecompressedBytes() - delivered + 1;
		int n;
		try {
			n = inflater.read(buffer, offset, (int) Math.min(length, allowed));
		} catch (EOFException e) {
			throw fail(TRUNCATED);
		} catch (StackOverflowError e) {
			// GZIPInputStream reads the next member by calling itself once per member that ends
			// without data; only a hostile file has thousands of empty members in a row
			throw fail("the gzip-compressed file holds too many empty gzip members in a row");
		} catch (ZipException e) {
			String message = e.getMessage() == null ? "" : e.getMessage();
			throw fail(message.contains("trailer")
					? "the gzip-compressed file is damaged: its checksum or size does not match the content"
					: "the gzip-compressed file is damaged: its compressed data is not valid");
		}
		if (n <= 0) {
			return n;
		}
		delivered += n;
		if (delivered > limits.maxDecompressedBytes()) {
			throw fail(LimitMessages.decompressed(limits));
		}
		track(buffer, offset, n);
		return n;
	}

	/** Follows lines and columns (in UTF-16 chars of UTF-8 text) of the bytes handed out. */
	private void track(byte[] buffer, int offset, int n) {
		for (int i = offset; i < offset + n; i++) {
			int b = buffer[i] & 0xFF;
			if (b == '\n') {
				line++;
				column = 1;
			} else if ((b & 0xC0) != 0x80) {
				// a continuation byte adds nothing; a 4-byte sequence is two chars
				column += b >= 0xF0 ? 2 : 1;
			}
		}
	}

	private Failure fail(String reason) {
		failure = new AttributionFormatException(line, column, reason);
		return new Failure(failure.getMessage());
	}

	@Override
	public void close() throws IOException {
		inflater.close();
	}

	/** The caller owns the compressed stream. */
	private static final class NonClosing extends FilterInputStream {
		NonClosing(InputStream in) {
			super(in);
		}

		@Override
		public void close() {
			// the caller closes the underlying stream
		}
	}
}
