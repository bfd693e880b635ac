package org.attributionlens.model.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

import org.attributionlens.model.io.ByteOrderMark;

/**
 * The characters of a table file: UTF-8 by default (what pandas writes), UTF-8 with a byte-order
 * mark (what Excel and {@code encoding="utf-8-sig"} write) and UTF-16 with a byte-order mark.
 * <p>
 * Undecodable bytes are reported rather than replaced, so that a mis-encoded token never looks
 * plausible; and they are reported exactly where they are: every character before them is
 * delivered first, and the next read fails with {@link NotText}, so that whoever counts lines and
 * columns of the delivered text knows the position of the bad bytes.
 */
final class CsvText extends Reader {

	/** Bytes that are not text in the file's encoding. */
	static final class NotText extends CharacterCodingException {
		private static final long serialVersionUID = 1L;
		final int firstByte;
		/** "UTF-8" or "UTF-16". */
		final String encoding;

		NotText(int firstByte, Charset charset) {
			this.firstByte = firstByte;
			this.encoding = charset.name().startsWith("UTF-16") ? "UTF-16" : "UTF-8";
		}
	}

	private final InputStream in;
	private final CharsetDecoder decoder;
	private final ByteBuffer bytes = ByteBuffer.allocate(8192);
	private boolean endOfInput;
	private boolean flushed;
	private NotText failure;

	private CsvText(InputStream in, Charset charset, byte[] head, int headLength) {
		this.in = in;
		this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		bytes.put(head, 0, headLength);
		bytes.flip();
	}

	static CsvText open(InputStream in) throws IOException {
		byte[] head = new byte[3];
		int read = in.readNBytes(head, 0, 3);
		ByteOrderMark mark = ByteOrderMark.detect(head, read);
		Charset charset = mark.charset();
		int skip = mark.length();
		byte[] rest = new byte[3];
		System.arraycopy(head, skip, rest, 0, read - skip);
		return new CsvText(in, charset, rest, read - skip);
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (failure != null) {
			throw failure;
		}
		if (flushed) {
			return -1;
		}
		if (length == 0) {
			return 0;
		}
		CharBuffer out = CharBuffer.wrap(buffer, offset, length);
		while (true) {
			CoderResult result = decoder.decode(bytes, out, endOfInput);
			if (result.isError()) {
				failure = new NotText(bytes.get(bytes.position()) & 0xFF, decoder.charset());
				if (out.position() > offset) {
					return out.position() - offset;
				}
				throw failure;
			}
			if (out.position() > offset) {
				return out.position() - offset;
			}
			if (endOfInput) {
				decoder.flush(out);
				flushed = true;
				return out.position() > offset ? out.position() - offset : -1;
			}
			bytes.compact();
			int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
			if (n < 0) {
				endOfInput = true;
			} else {
				bytes.position(bytes.position() + n);
			}
			bytes.flip();
		}
	}

	/** Leaves the stream open: the caller owns it. */
	@Override
	public void close() {
		// nothing to release
	}
}
