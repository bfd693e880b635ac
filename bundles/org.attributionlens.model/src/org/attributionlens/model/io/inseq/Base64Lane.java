package org.attributionlens.model.io.inseq;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.util.Arrays;
import java.util.Base64;

import org.attributionlens.internal.model.io.WindowedCharParser;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer;

/**
 * Jackson's character parser with a fast lane for base64 strings, the bulk of an Inseq file:
 * Jackson decodes base64 one character at a time, each through the variant's lookup and a test
 * for padding, escapes and white space. Here whole groups of four alphabet characters are decoded
 * straight from the parser's buffer, most of them by the JDK's decoder. At the first group that
 * holds anything else (the closing quote, padding, an escape, white space, a bad character) the
 * lane stops before that group and Jackson's decoder reads the rest of the string: every error is
 * reported by the same code, at the same position, as without the lane.
 */
final class Base64Lane extends WindowedCharParser {

	private static final int GROUP = 4;
	/** Characters per call of the JDK's decoder: well within Jackson's buffer of 4,000. */
	private static final int CHUNK = 1024;
	private static final Base64.Decoder DECODER = Base64.getDecoder();
	/** The value of each ASCII character in the standard alphabet (RFC 4648), -1 for others. */
	private static final int[] STANDARD = new int[128];
	static {
		Arrays.fill(STANDARD, -1);
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"; //$NON-NLS-1$
		for (int i = 0; i < alphabet.length(); i++) {
			STANDARD[alphabet.charAt(i)] = i;
		}
	}

	/** The variant whose alphabet {@link #values} holds, and the value of each ASCII character (-1: other). */
	private Base64Variant tableVariant;
	private final int[] values = new int[128];
	/** Whether {@link #values} is the standard alphabet, which the JDK's decoder reads. */
	private boolean standardAlphabet;
	private final byte[] chunkText = new byte[CHUNK];
	private final byte[] chunkBytes = new byte[CHUNK / GROUP * 3];

	Base64Lane(IOContext context, int features, Reader reader, ObjectCodec codec, CharsToNameCanonicalizer symbols) {
		super(context, features, reader, codec, symbols);
	}

	@Override
	public int readBinaryValue(Base64Variant variant, OutputStream out) throws IOException {
		if (!_tokenIncomplete || _currToken != JsonToken.VALUE_STRING) {
			return super.readBinaryValue(variant, out);
		}
		byte[] buffer = _ioContext.allocBase64Buffer();
		try {
			int decoded = readGroups(variant, out, buffer);
			// the rest of the string, from the first group the lane did not take; this ends the token
			return decoded + _readBinary(variant, out, buffer);
		} finally {
			_ioContext.releaseBase64Buffer(buffer);
		}
	}

	/**
	 * Decodes whole groups of alphabet characters from where the parser stands: chunks of
	 * {@link #CHUNK} characters through the JDK's decoder, which is about twice as fast as a table
	 * per character, where the variant has the standard alphabet; a chunk it refuses (it holds the
	 * string's end, padding, an escape or a bad character) and the last characters of the input go
	 * group by group.
	 *
	 * @return how many bytes were written to {@code out}
	 */
	private int readGroups(Base64Variant variant, OutputStream out, byte[] buffer) throws IOException {
		int[] table = table(variant);
		int written = 0;
		while (true) {
			if (_inputEnd - _inputPtr < CHUNK) {
				fill(CHUNK);
			}
			int available = _inputEnd - _inputPtr;
			if (available < GROUP) {
				return written;
			}
			int decoded = standardAlphabet && available >= CHUNK ? decodeChunk() : -1;
			if (decoded >= 0) {
				out.write(chunkBytes, 0, decoded);
				written += decoded;
				_inputPtr += CHUNK;
				continue;
			}
			int before = _inputPtr;
			int taken = readGroupsOfBuffer(table, out, buffer);
			written += taken;
			if (_inputPtr - before < Math.min(available, CHUNK) / GROUP * GROUP) {
				// stopped at a group it does not take
				return written;
			}
		}
	}

	/**
	 * The next {@link #CHUNK} characters through the JDK's decoder.
	 *
	 * @return the number of bytes in {@link #chunkBytes}, or -1 when the chunk is not all alphabet
	 *         characters
	 */
	private int decodeChunk() {
		char[] text = _inputBuffer;
		int from = _inputPtr;
		int seen = 0;
		int below = 0;
		for (int i = 0; i < CHUNK; i++) {
			char c = text[from + i];
			seen |= c;
			// negative once a character lies below '+', the first of the alphabet: the closing quote
			// of every string, which would otherwise cost an exception each
			below |= c - '+';
			chunkText[i] = (byte) c;
		}
		if (seen >= 128 || below < 0) {
			return -1;
		}
		try {
			return DECODER.decode(chunkText, chunkBytes);
		} catch (IllegalArgumentException e) {
			return -1;
		}
	}

	/**
	 * Decodes groups from the buffer as it stands, one at a time, up to {@link #CHUNK} characters
	 * or the first group that is not four alphabet characters.
	 *
	 * @return how many bytes were written to {@code out}
	 */
	private int readGroupsOfBuffer(int[] table, OutputStream out, byte[] buffer) throws IOException {
		char[] text = _inputBuffer;
		int p = _inputPtr;
		int last = Math.min(_inputEnd, p + CHUNK) - GROUP;
		int filled = 0;
		int written = 0;
		int room = buffer.length - 3;
		while (p <= last) {
			char c0 = text[p];
			char c1 = text[p + 1];
			char c2 = text[p + 2];
			char c3 = text[p + 3];
			if ((c0 | c1 | c2 | c3) >= 128) {
				break;
			}
			int bits = table[c0] << 18 | table[c1] << 12 | table[c2] << 6 | table[c3];
			if (bits < 0) {
				// a -1 anywhere makes the whole negative
				break;
			}
			buffer[filled] = (byte) (bits >> 16);
			buffer[filled + 1] = (byte) (bits >> 8);
			buffer[filled + 2] = (byte) bits;
			filled += 3;
			p += GROUP;
			if (filled > room) {
				out.write(buffer, 0, filled);
				written += filled;
				filled = 0;
			}
		}
		_inputPtr = p;
		if (filled > 0) {
			out.write(buffer, 0, filled);
			written += filled;
		}
		return written;
	}

	private int[] table(Base64Variant variant) {
		if (variant != tableVariant) {
			for (char c = 0; c < values.length; c++) {
				int value = variant.decodeBase64Char(c);
				values[c] = value >= 0 ? value : -1;
			}
			tableVariant = variant;
			standardAlphabet = Arrays.equals(values, STANDARD);
		}
		return values;
	}
}
