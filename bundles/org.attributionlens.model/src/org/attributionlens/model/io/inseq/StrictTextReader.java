package org.attributionlens.model.io.inseq;

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
import java.nio.charset.MalformedInputException;
import java.nio.charset.UnmappableCharacterException;

/**
 * Decodes bytes to characters and reports undecodable bytes where they are: the characters
 * before them are handed out first and the error comes with the next read, so the JSON parser's
 * location points at the bad bytes rather than at the start of the block that held them (as with
 * {@link java.io.InputStreamReader}, which decodes ahead). It also counts lines and columns
 * itself, because the parser's own location is not reliable while its read fails.
 */
final class StrictTextReader extends Reader {

	private final InputStream in;
	private final CharsetDecoder decoder;
	private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
	private boolean endOfInput;
	private boolean flushed;
	private CharacterCodingException pending;
	private int line = 1;
	private int column = 1;

	StrictTextReader(InputStream in, Charset charset) {
		this.in = in;
		this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (pending != null) {
			throw pending;
		}
		if (length == 0) {
			return 0;
		}
		CharBuffer out = CharBuffer.wrap(buffer, offset, length);
		while (true) {
			CoderResult result = decoder.decode(bytes, out, endOfInput);
			if (result.isError()) {
				CharacterCodingException error = result.isMalformed() ? new MalformedInputException(result.length())
						: new UnmappableCharacterException(result.length());
				if (out.position() > offset) {
					pending = error;
					return delivered(buffer, offset, out.position());
				}
				throw error;
			}
			if (result.isOverflow() || out.position() > offset) {
				return delivered(buffer, offset, out.position());
			}
			if (endOfInput) {
				if (!flushed) {
					flushed = true;
					decoder.flush(out);
				}
				return out.position() > offset ? delivered(buffer, offset, out.position()) : -1;
			}
			bytes.compact();
			int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
			if (read < 0) {
				endOfInput = true;
			} else {
				bytes.position(bytes.position() + read);
			}
			bytes.flip();
		}
	}

	private int delivered(char[] buffer, int from, int to) {
		for (int i = from; i < to; i++) {
			if (buffer[i] == '\n') {
				line++;
				column = 1;
			} else {
				column++;
			}
		}
		return to - from;
	}

	/** The line and column of the first character not handed out yet: where a decoding error is. */
	Loc position() {
		return new Loc(line, column);
	}

	@Override
	public void close() {
		// the caller owns the stream
	}
}
