package org.attributionlens.internal.model.io;

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

import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.ByteOrderMark;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * The characters of a text file, for every reader: UTF-8 by default (what Python and pandas
 * write), UTF-8 with a byte-order mark (Excel, {@code encoding="utf-8-sig"}) and UTF-16 with a
 * byte-order mark (Windows shells redirecting output).
 * <p>
 * Undecodable bytes are reported rather than replaced, so that a mis-encoded token never looks
 * plausible, and exactly where they are: unlike {@link java.io.InputStreamReader}, which decodes
 * ahead and fails for a whole block, this hands out every character before the bad bytes first,
 * and only the next read fails, with {@link NotText}, and every read after it. A parser's
 * position when it fails is therefore the position of the bad bytes, whichever parser it is and
 * however much it reads ahead, as long as it knows its position ({@link #column(JsonLocation)}).
 */
public final class StrictText extends Reader {

	/** Bytes that are not text in the file's encoding. */
	public static final class NotText extends CharacterCodingException {
		private static final long serialVersionUID = 1L;
		private final int firstByte;
		private final String encoding;

		NotText(int firstByte, Charset charset) {
			this.firstByte = firstByte;
			this.encoding = charset.name().startsWith("UTF-16") ? "UTF-16" : "UTF-8";
		}

		/** The sentence for the user, to be placed at the position of the bad bytes. */
		public String reason() {
			return "the file is not " + encoding + " text: " + String.format("byte 0x%02X", firstByte)
					+ " here is not valid " + encoding + (encoding.equals("UTF-8") ? " (save the file as UTF-8)" : "");
		}

		@Override
		public String getMessage() {
			return reason();
		}
	}

	private final InputStream in;
	private final CharsetDecoder decoder;
	/**
	 * Grows from {@link #FIRST_READ} to {@link #LARGEST_READ} as the text goes on: small texts
	 * allocate little, and large ones cost few system calls (each a few microseconds here).
	 */
	private ByteBuffer bytes = ByteBuffer.allocate(FIRST_READ);
	private static final int FIRST_READ = 8 * 1024;
	private static final int LARGEST_READ = 64 * 1024;
	/** Whether the stream filled the buffer last time: then there is likely more to come. */
	private boolean lastReadFilled;
	private boolean endOfInput;
	private boolean flushed;
	private NotText failure;
	/** Characters handed out so far. */
	private long delivered;

	private StrictText(InputStream in, Charset charset, byte[] head, int headLength) {
		this.in = in;
		this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		bytes.put(head, 0, headLength);
		bytes.flip();
	}

	/** The text of {@code in}, in the charset its byte-order mark announces; the mark is skipped. */
	public static StrictText open(InputStream in) throws IOException {
		byte[] head = new byte[ByteOrderMark.MAX_LENGTH];
		int read = in.readNBytes(head, 0, head.length);
		ByteOrderMark mark = ByteOrderMark.detect(head, read);
		int skip = mark.length();
		byte[] rest = new byte[head.length];
		System.arraycopy(head, skip, rest, 0, read - skip);
		return new StrictText(in, mark.charset(), rest, read - skip);
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
					return delivered(buffer, offset, out.position());
				}
				throw failure;
			}
			if (out.position() > offset) {
				return delivered(buffer, offset, out.position());
			}
			if (endOfInput) {
				decoder.flush(out);
				flushed = true;
				return out.position() > offset ? delivered(buffer, offset, out.position()) : -1;
			}
			bytes.compact();
			if (lastReadFilled && bytes.capacity() < LARGEST_READ) {
				bytes = ByteBuffer.allocate(bytes.capacity() * 2).put(bytes.flip());
			}
			int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
			if (n < 0) {
				endOfInput = true;
			} else {
				lastReadFilled = n == bytes.remaining();
				bytes.position(bytes.position() + n);
			}
			bytes.flip();
		}
	}

	/** Whether the text is UTF-8, where a character below 0x80 is one byte. */
	public boolean isUtf8() {
		return decoder.charset().name().equals("UTF-8"); //$NON-NLS-1$
	}

	/**
	 * Skips text that another reader of the same file has already read and found to be
	 * {@code count} ASCII characters, without decoding it; only for {@linkplain #isUtf8() UTF-8}.
	 */
	public void skipAscii(long count) throws IOException {
		int buffered = bytes.remaining();
		if (count <= buffered) {
			bytes.position(bytes.position() + (int) count);
		} else {
			bytes.position(bytes.limit());
			in.skipNBytes(count - buffered);
		}
		delivered += count;
	}

	private int delivered(char[] buffer, int from, int to) {
		delivered += to - from;
		return to - from;
	}

	/**
	 * The column of the first character not handed out yet, where bad bytes are, from the location
	 * a Jackson parser of this text reports after its read failed. That location's own column is
	 * not it: the parser may have moved its counts to the next block before reading it, or stopped
	 * inside a token. But the start of its current line is always the location's character offset
	 * minus its column; and no line break lies between its position and the bad bytes (inside a
	 * token there are none, and whitespace is counted as it is skipped), so its line is right.
	 */
	public int column(JsonLocation parserLocation) {
		long lineStart = parserLocation.getCharOffset() - parserLocation.getColumnNr() + 1;
		return (int) (delivered - lineStart + 1);
	}

	/**
	 * The error for a JSON parser of this text whose read failed: the sentence at the bad bytes'
	 * line and {@linkplain #column(JsonLocation) column}.
	 */
	public AttributionFormatException notText(JsonLocation parserLocation, CharacterCodingException e) {
		String reason = e instanceof NotText notText ? notText.reason()
				: "the file is not UTF-8 text: it contains bytes that are not valid UTF-8";
		return new AttributionFormatException(parserLocation.getLineNr(), column(parserLocation), reason);
	}

	/** Leaves the stream open: the caller owns it. */
	@Override
	public void close() {
		// nothing to release
	}
}
