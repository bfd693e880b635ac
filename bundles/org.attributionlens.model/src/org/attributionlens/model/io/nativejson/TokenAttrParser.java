package org.attributionlens.model.io.nativejson;

import java.io.IOException;
import java.io.Reader;

import org.attributionlens.internal.model.io.DecimalFloats;
import org.attributionlens.internal.model.io.StrictText;
import org.attributionlens.internal.model.io.WindowedCharParser;
import org.attributionlens.model.io.AttributionFormatException;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer;

/**
 * Jackson's character parser with a fast lane for the bulk of a native file: the numbers of a
 * {@code token_attr} row. Tokenising them one by one through the general parser costs most of the
 * reading time; here they are scanned straight from the parser's own buffer and converted without
 * creating strings.
 * <p>
 * The lane is entered after the general parser has returned a row's first value, so that the
 * parser expects a comma before the next one. It then takes {@code , number} pairs as long as they
 * are plain, finite JSON numbers that fit the row. At anything else ({@code ]}, {@code null},
 * {@code NaN}, a nested array, a malformed or overlong number, a carriage return, the end of the
 * input) it puts the pair back unread and returns: the general parser goes on from exactly there,
 * so every error is reported by the same code, with the same message and position, as without the
 * lane. Line and column counting is kept in step with the parser's own.
 */
final class TokenAttrParser extends WindowedCharParser {

	/**
	 * Characters kept ahead in the buffer: a pair (comma, whitespace and number) is only taken
	 * whole from the buffer, so that it can be put back; one that does not fit, such as a number
	 * on a deeply indented new line at the end of the buffer, goes through the general parser.
	 */
	private static final int WINDOW = 64;

	/** Longer numbers are left to the parser, which enforces its own limit on their length. */
	private static final int MAX_NUMBER_LENGTH = 64;

	/** The number of the pair {@link #readPair} read last. */
	private float pairValue;

	TokenAttrParser(IOContext context, int features, Reader reader, ObjectCodec codec,
			CharsToNameCanonicalizer symbols) {
		super(context, features, reader, codec, symbols);
	}

	/**
	 * Reads the rest of the current row as far as it is plain numbers.
	 *
	 * @return how many values were added to {@code rows}
	 */
	int readRowTail(TokenAttrRows rows) throws IOException, AttributionFormatException {
		int room = rows.room();
		int added = 0;
		int p = _inputPtr;
		pairs: while (added < room) {
			if (_inputEnd - p < WINDOW) {
				_inputPtr = p;
				if (!fill(WINDOW)) {
					break;
				}
				p = _inputPtr;
			}
			// a pair that starts a window before the buffer's end needs no refill: the inner loop
			// tests that once per pair and has no call on its common path
			char[] buffer = _inputBuffer;
			int end = _inputEnd;
			// at the end of the input, one pair at a time, each checked against the end
			int lastStart = end - p < WINDOW ? p : end - WINDOW;
			while (added < room && p <= lastStart) {
				int next = readCommonPair(buffer, p, end);
				if (next < 0) {
					// only these pairs may hold line breaks, which are put back with the pair
					int rowAtStart = _currInputRow;
					int rowStartAtStart = _currInputRowStart;
					next = readPair(buffer, p, end);
					if (next < 0) {
						_currInputRow = rowAtStart;
						_currInputRowStart = rowStartAtStart;
						break pairs;
					}
				}
				rows.add(pairValue);
				p = next;
				added++;
			}
		}
		_inputPtr = p;
		return added;
	}

	/**
	 * Reads the common pair, {@code ", "} and a fraction without exponent such as {@code -0.0123},
	 * as {@link #readPair} would, leaving the number in {@link #pairValue}: a method small enough,
	 * and without calls, for the compiler to inline it into the row loop, which saves a call per
	 * number.
	 *
	 * @return where the pair ends, or -1 for any other pair
	 */
	private int readCommonPair(char[] buffer, int from, int end) {
		if (from + 2 >= end || buffer[from] != ',' || buffer[from + 1] != ' ') {
			return -1;
		}
		int p = from + 2;
		boolean negative = buffer[p] == '-';
		// signs are random in attributions: a conditional jump on them would be mispredicted
		p += negative ? 1 : 0;
		int integerStart = p;
		long significand = 0;
		char c;
		if (p < end && buffer[p] == '0') {
			// most attributions lie between -1 and 1
			p++;
		} else {
			while (p < end && (c = buffer[p]) >= '0' && c <= '9') {
				significand = significand * 10 + (c - '0');
				p++;
			}
		}
		if (p >= end || buffer[p] != '.' || p == integerStart) {
			return -1;
		}
		int fractionStart = ++p;
		while (p < end && (c = buffer[p]) >= '0' && c <= '9') {
			significand = significand * 10 + (c - '0');
			p++;
		}
		if (p == fractionStart || p >= end || !isDelimiter(buffer[p])
				|| p - integerStart - 1 > DecimalFloats.MAX_DIGITS) {
			return -1;
		}
		float value = DecimalFloats.fraction(significand, p - fractionStart, negative);
		if (Float.isNaN(value)) {
			return -1;
		}
		pairValue = value;
		return p;
	}

	/**
	 * Reads whitespace, a comma, whitespace and a number followed by a delimiter, leaving the
	 * number in {@link #pairValue}.
	 *
	 * @return where the pair ends, or -1 when it is not one for the lane
	 */
	private int readPair(char[] buffer, int from, int end) {
		int p;
		if (from + 2 < end && buffer[from] == ',' && buffer[from + 1] == ' ' && buffer[from + 2] > ' ') {
			// ", " as json.dump separates values: no loops over whitespace
			p = from + 2;
		} else {
			p = skipSpaces(buffer, from, end);
			if (p >= end || buffer[p] != ',') {
				return -1;
			}
			p = skipSpaces(buffer, p + 1, end);
			if (p >= end) {
				return -1;
			}
		}
		int start = p;
		boolean negative = buffer[p] == '-';
		// signs are random in attributions: a conditional jump on them would be mispredicted
		p += negative ? 1 : 0;
		if (p >= end) {
			return -1;
		}
		long significand = 0;
		int integerStart = p;
		char c = buffer[p];
		if (c == '0') {
			p++;
		} else if (c >= '1' && c <= '9') {
			while (p < end && (c = buffer[p]) >= '0' && c <= '9') {
				significand = significand * 10 + (c - '0');
				p++;
			}
		} else {
			return -1;
		}
		// all digits written, leading zeros included
		int digits = p - integerStart;
		boolean integer = true;
		int exponent = 0;
		if (p < end && buffer[p] == '.') {
			integer = false;
			int fractionStart = ++p;
			// leading zeros add nothing to the significand, and testing for them costs more
			while (p < end && (c = buffer[p]) >= '0' && c <= '9') {
				significand = significand * 10 + (c - '0');
				p++;
			}
			digits += p - fractionStart;
			if (p == fractionStart) {
				return -1;
			}
			exponent = fractionStart - p;
		}
		if (p < end && (buffer[p] | 0x20) == 'e') {
			integer = false;
			p++;
			boolean negativeExponent = false;
			if (p < end && (buffer[p] == '-' || buffer[p] == '+')) {
				negativeExponent = buffer[p] == '-';
				p++;
			}
			int exponentStart = p;
			int written = 0;
			while (p < end && (c = buffer[p]) >= '0' && c <= '9') {
				written = written * 10 + (c - '0');
				p++;
			}
			if (p == exponentStart || p - exponentStart > 4) {
				return -1;
			}
			exponent += negativeExponent ? -written : written;
		}
		if (p >= end || !isDelimiter(buffer[p]) || p - start > MAX_NUMBER_LENGTH) {
			return -1;
		}
		float value = convert(buffer, start, p, significand, digits, exponent, negative, integer);
		if (Float.isInfinite(value)) {
			return -1;
		}
		pairValue = value;
		return p;
	}

	/** The value as Jackson's {@code getFloatValue()} gives it for the same token. */
	private static float convert(char[] buffer, int start, int end, long significand, int digits, int exponent,
			boolean negative, boolean integer) {
		if (digits > DecimalFloats.MAX_DIGITS
				&& DecimalFloats.significantDigits(buffer, start, end) > DecimalFloats.MAX_DIGITS) {
			return Float.parseFloat(new String(buffer, start, end - start));
		}
		if (integer) {
			// Jackson converts integer tokens from their long value, so "-0" is +0.0
			return negative ? -significand : significand;
		}
		float value = DecimalFloats.toFloat(significand, exponent, negative);
		return Float.isNaN(value) ? Float.parseFloat(new String(buffer, start, end - start)) : value;
	}

	/** JSON whitespace except carriage returns, whose line counting is left to the parser. */
	private int skipSpaces(char[] buffer, int from, int end) {
		int p = from;
		while (p < end) {
			char c = buffer[p];
			if (c == ' ' || c == '\t') {
				p++;
			} else if (c == '\n') {
				p++;
				_currInputRow++;
				_currInputRowStart = p;
			} else {
				break;
			}
		}
		return p;
	}

	private static boolean isDelimiter(char c) {
		return c == ',' || c == ']' || c == ' ' || c == '\n' || c == '\t' || c == '\r';
	}

	/** The offset, in characters from the start of the text, of the next character to read. */
	long charOffset() {
		return _currInputProcessed + _inputPtr;
	}

	/** The number of line breaks before the next character to read. */
	int lineBreaks() {
		// Jackson counts lines from 1
		return _currInputRow - 1;
	}

	/** The offset, in characters, where the line of the next character to read starts. */
	long lineStart() {
		return _currInputProcessed + _currInputRowStart;
	}

	/**
	 * Moves past text that another parser of the same file has read: {@code count} ASCII
	 * characters from here, without decoding them, keeping the counts of lines and columns.
	 *
	 * @param lineBreaks    how many line breaks the text holds
	 * @param lastLineStart where the last line that starts in it starts, in characters; unused
	 *                      without line breaks
	 */
	void skipRead(long count, int lineBreaks, long lastLineStart) throws IOException {
		long ahead = _inputEnd - _inputPtr;
		if (count <= ahead) {
			_inputPtr += (int) count;
		} else {
			((StrictText) _reader).skipAscii(count - ahead);
			long moved = _inputEnd + count - ahead;
			_currInputProcessed += moved;
			_currInputRowStart -= (int) moved;
			_inputPtr = 0;
			_inputEnd = 0;
		}
		if (lineBreaks > 0) {
			_currInputRow += lineBreaks;
			_currInputRowStart = (int) (lastLineStart - _currInputProcessed);
		}
	}
}
