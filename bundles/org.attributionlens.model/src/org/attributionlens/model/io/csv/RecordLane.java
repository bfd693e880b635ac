package org.attributionlens.model.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.attributionlens.internal.model.io.DecimalFloats;
import org.attributionlens.model.io.AttributionFormatException;

/**
 * The fast lane of the CSV reader: reads the records of a well-formed table straight from a char
 * buffer, each character once, and converts plain numbers without creating strings. Going through
 * Commons CSV and the {@link FieldTracker} looks at every character twice and makes a string of
 * every cell, which took most of the reading time.
 * <p>
 * The lane takes a record only when the general path would take it too, with the same cells: the
 * header when all its fields are within the limits, a data row when it has exactly one value per
 * column and every value is a number ({@link CsvNumbers}). At anything else (a bad value, a row of
 * the wrong length, a field too long, text after a closing quote, an unclosed quote, a record
 * beyond the buffer's bound, undecodable bytes, a limit of the table) it stops at the start of
 * that record and hands the rest of the text over ({@link #rest()}): the general path then reads
 * from there and reports every error with the same code, message and position as it would have
 * without the lane. A record is begun again from its start when it runs past the buffer, so that
 * a hand-over is always at a record start, which is at column 1 of a line.
 */
final class RecordLane {

	/** Where the lane puts what it read: the reader's table. */
	interface Sink {
		/** The value columns of the header, or -1 before it was read. */
		int columns();

		/** The header's cells, starting at {@code at}. */
		void header(List<String> cells, long at) throws AttributionFormatException;

		/** The values to add the next row to, with room for it; null if that row breaks a limit. */
		Values nextRow();

		/** Ends the row whose values were added. */
		void endRow(String token);
	}

	/** What reading a record came to: taken, taken at the end of the text, the buffer ran out, or the lane stops. */
	private static final int TAKEN = 0;
	private static final int DONE = 1;
	private static final int MORE = -1;
	private static final int STOP = -2;
	/** {@link #endRecord}'s answer for a record that ends with the text. */
	private static final int END = -3;

	/** Small tables need no more; the buffer doubles with every refill up to {@link #FULL_BUFFER}. */
	private static final int INITIAL_BUFFER = 1 << 12;
	/** Large enough that refills cost little. */
	private static final int FULL_BUFFER = 1 << 16;
	/** A record longer than this is left to the general path rather than held in one buffer. */
	private static final int MAX_BUFFER = 1 << 23;
	/**
	 * A record begun again after a refill is at most this part of the buffer, so that begun again
	 * records cost little reading time.
	 */
	private static final int RECORDS_PER_BUFFER = 8;
	/** Longer numbers are converted from their text, which checks their length. */
	private static final int MAX_PLAIN_NUMBER = 64;

	private final Reader text;
	private final char delimiter;
	private final int maxTokenLength;
	private final long maxHeaderFields;

	private char[] buffer = new char[INITIAL_BUFFER];
	/** The start of the record being read: everything before it was taken. */
	private int start;
	private int limit;
	private boolean ended;
	/** Why the text could not be read beyond {@link #limit}; it is the general path's to report. */
	private IOException failure;

	/** The line of {@link #start}. */
	private int line;
	private int records;
	private int headerFields = -1;
	/** Where the text ends, once the lane read all of it. */
	private long end;

	/** Line breaks inside the quoted fields of the record being read, and where its last line starts. */
	private int recordLines;
	private int lineStart;
	/** The text of the field {@link #field} read last. */
	private String cell;
	/** The number {@link #plainNumber} read last. */
	private float number;

	/**
	 * @param firstLine      the line {@code text} starts on: 1, or after the comments above the header
	 * @param maxTokenLength longest token (a header cell or a row's first cell) the general path takes
	 * @param maxColumns     most columns the header may have
	 */
	RecordLane(Reader text, int firstLine, char delimiter, int maxTokenLength, long maxColumns) {
		this.text = text;
		this.line = firstLine;
		this.delimiter = delimiter;
		this.maxTokenLength = maxTokenLength;
		this.maxHeaderFields = maxColumns + 1;
	}

	/**
	 * Reads records into {@code sink} as long as it can.
	 *
	 * @return true when it read the whole text ({@link #end()} is where it ends); false when it
	 *         stopped at the start of a record ({@link #rest()} is the text from there)
	 */
	boolean read(Sink sink) throws AttributionFormatException {
		while (true) {
			int outcome = skipEmptyLines();
			if (outcome == TAKEN) {
				if (start == limit && ended) {
					end = FieldTracker.pack(line, 1);
					return true;
				}
				outcome = start == limit ? MORE : sink.columns() < 0 ? header(sink) : row(sink);
			}
			if (outcome == DONE) {
				return true;
			}
			if (outcome == STOP || outcome == MORE && !fill()) {
				return false;
			}
		}
	}

	/** Where the text ends, after {@link #read} read all of it. */
	long end() {
		return end;
	}

	/** The line the record the lane stopped at starts on (at column 1). */
	int line() {
		return line;
	}

	/** The records read, the header included. */
	int records() {
		return records;
	}

	/** The fields of the header, or -1 when the lane did not read it. */
	int headerFields() {
		return headerFields;
	}

	/** The text from the record the lane stopped at: what is left in the buffer, then the rest. */
	Reader rest() {
		return new Reader() {
			@Override
			public int read(char[] into, int offset, int length) throws IOException {
				if (start < limit) {
					int n = Math.min(length, limit - start);
					System.arraycopy(buffer, start, into, offset, n);
					start += n;
					return n;
				}
				if (failure != null) {
					throw failure;
				}
				return ended ? -1 : text.read(into, offset, length);
			}

			@Override
			public void close() {
				// the caller owns the text
			}
		};
	}

	/**
	 * Takes the line breaks before the next record (the general path skips empty lines too).
	 *
	 * @return {@link #TAKEN}, or {@link #MORE} when a CR ends the buffer
	 */
	private int skipEmptyLines() {
		while (start < limit && isLineBreak(buffer[start])) {
			int next = lineBreak(start);
			if (next < 0) {
				return next;
			}
			line++;
			start = next;
		}
		return TAKEN;
	}

	private int header(Sink sink) throws AttributionFormatException {
		beginRecord();
		List<String> cells = new ArrayList<>();
		int p = start;
		while (true) {
			if (cells.size() >= maxHeaderFields) {
				return STOP;
			}
			p = field(p, maxTokenLength);
			if (p < 0) {
				return p;
			}
			cells.add(cell);
			if (p == limit || buffer[p] != delimiter) {
				break;
			}
			p++;
		}
		int next = endRecord(p);
		if (next == MORE) {
			return next;
		}
		sink.header(cells, FieldTracker.pack(line, 1));
		headerFields = cells.size();
		return taken(next);
	}

	private int row(Sink sink) {
		Values values = sink.nextRow();
		if (values == null) {
			return STOP;
		}
		int mark = values.size();
		int next = rowValues(values, sink.columns());
		if (next == MORE || next == STOP) {
			values.truncate(mark);
			return next;
		}
		sink.endRow(cell);
		return taken(next);
	}

	/**
	 * Reads a row: its values into {@code values}, its token into {@link #cell}.
	 *
	 * @return as {@link #endRecord}, or {@link #STOP}
	 */
	private int rowValues(Values values, int columns) {
		beginRecord();
		int p = field(start, maxTokenLength);
		if (p < 0) {
			return p;
		}
		String token = cell;
		for (int column = 0; column < columns; column++) {
			if (p == limit || buffer[p] != delimiter) {
				return STOP;
			}
			int from = p + 1;
			p = plainNumber(from);
			if (p >= 0 && p < limit && isFieldEnd(buffer[p])) {
				values.add(number);
				continue;
			}
			p = field(from, CsvNumbers.MAX_LENGTH);
			if (p < 0) {
				return p;
			}
			try {
				values.add(CsvNumbers.parse(cell));
			} catch (CsvNumbers.BadValue e) {
				return STOP;
			}
		}
		if (p < limit && buffer[p] == delimiter) {
			return STOP;
		}
		cell = token;
		return endRecord(p);
	}

	private void beginRecord() {
		recordLines = 0;
		lineStart = start;
	}

	/**
	 * After the last field of a record: takes its line break.
	 *
	 * @return where the next record starts, {@link #MORE}, or {@link #END} at the end of the text
	 *         (then {@link #end} is set)
	 */
	private int endRecord(int p) {
		if (p == limit) {
			end = FieldTracker.pack(line + recordLines, p - lineStart + 1);
			return END;
		}
		return lineBreak(p);
	}

	/** Moves past a record that was read up to {@code next} (as {@link #endRecord} answered). */
	private int taken(int next) {
		records++;
		line += recordLines;
		if (next == END) {
			start = limit;
			return DONE;
		}
		line++;
		start = next;
		return TAKEN;
	}

	/**
	 * A field: quoted or not, up to the delimiter, line break or end of the text after it.
	 *
	 * @param maxLength the longest text the general path takes in this field
	 * @return where the field ends, with its text in {@link #cell}, or {@link #MORE} or {@link #STOP}
	 */
	private int field(int from, int maxLength) {
		if (from < limit && buffer[from] == '"') {
			return quotedField(from, maxLength);
		}
		int p = from;
		while (p < limit && !isFieldEnd(buffer[p])) {
			p++;
		}
		if (p - from > maxLength) {
			return STOP;
		}
		if (p == limit && !ended) {
			return MORE;
		}
		cell = new String(buffer, from, p - from);
		return p;
	}

	private int quotedField(int from, int maxLength) {
		StringBuilder text = null;
		int p = from + 1;
		int chunk = p;
		while (true) {
			if (p == limit) {
				// an unclosed quote at the end of the text is the general path's error
				return ended ? STOP : MORE;
			}
			char c = buffer[p];
			if (c == '"') {
				if (p + 1 == limit && !ended) {
					return MORE;
				}
				if (p + 1 < limit && buffer[p + 1] == '"') {
					// a doubled quote is one quote of the text
					text = text == null ? new StringBuilder() : text;
					text.append(buffer, chunk, p + 1 - chunk);
					p += 2;
					chunk = p;
					continue;
				}
				break;
			}
			if (c == '\r' || c == '\n' && buffer[p - 1] != '\r') {
				recordLines++;
			}
			if (isLineBreak(c)) {
				lineStart = p + 1;
			}
			p++;
		}
		String content = new String(buffer, chunk, p - chunk);
		cell = text == null ? content : text.append(content).toString();
		p++;
		if (p < limit && !isFieldEnd(buffer[p])) {
			// whitespace or text after the closing quote
			return STOP;
		}
		return cell.length() > maxLength ? STOP : p;
	}

	/**
	 * A number as pandas writes it, {@code [+-]? digits [. digits] [e [+-] digits]} or with the
	 * digits after the point only, converted without a string when its digits fit a long.
	 *
	 * @return where it ends, with its value in {@link #number}; -1 when it is not such a number or
	 *         needs its text to be converted
	 */
	private int plainNumber(int from) {
		char[] b = buffer;
		int end = Math.min(limit, from + MAX_PLAIN_NUMBER);
		int p = from;
		if (p == end) {
			return -1;
		}
		boolean negative = b[p] == '-';
		p += negative || b[p] == '+' ? 1 : 0;
		long significand = 0;
		int digitsFrom = p;
		char c;
		while (p < end && (c = b[p]) >= '0' && c <= '9') {
			significand = significand * 10 + (c - '0');
			p++;
		}
		int digits = p - digitsFrom;
		int exponent = 0;
		if (p < end && b[p] == '.') {
			int fractionFrom = ++p;
			while (p < end && (c = b[p]) >= '0' && c <= '9') {
				significand = significand * 10 + (c - '0');
				p++;
			}
			digits += p - fractionFrom;
			exponent = fractionFrom - p;
		}
		if (digits == 0) {
			return -1;
		}
		if (p < end && (b[p] | 0x20) == 'e') {
			p++;
			boolean negativeExponent = p < end && b[p] == '-';
			p += p < end && (b[p] == '-' || b[p] == '+') ? 1 : 0;
			int exponentFrom = p;
			int written = 0;
			while (p < end && (c = b[p]) >= '0' && c <= '9') {
				written = written * 10 + (c - '0');
				p++;
			}
			if (p == exponentFrom || p - exponentFrom > 4) {
				return -1;
			}
			exponent += negativeExponent ? -written : written;
		}
		if (digits > DecimalFloats.MAX_DIGITS
				&& DecimalFloats.significantDigits(buffer, from, p) > DecimalFloats.MAX_DIGITS) {
			return -1;
		}
		float value = DecimalFloats.toFloat(significand, exponent, negative);
		if (Float.isNaN(value)) {
			// undecided, or out of the float range: the text decides
			return -1;
		}
		number = value;
		return p;
	}

	/**
	 * A line break: CR, LF or CRLF.
	 *
	 * @return where it ends, or {@link #MORE} when a CR ends the buffer and an LF may follow
	 */
	private int lineBreak(int p) {
		if (buffer[p] == '\r') {
			if (p + 1 == limit && !ended) {
				return MORE;
			}
			return p + 1 < limit && buffer[p + 1] == '\n' ? p + 2 : p + 1;
		}
		return p + 1;
	}

	private boolean isFieldEnd(char c) {
		return c == delimiter || c == '\n' || c == '\r';
	}

	private static boolean isLineBreak(char c) {
		return c == '\n' || c == '\r';
	}

	/**
	 * Keeps the record being read and reads more text behind it, in a larger buffer when the
	 * record takes much of it.
	 *
	 * @return false when no more text can be had: it failed, or the record is too long for the lane
	 */
	private boolean fill() {
		if (failure != null) {
			return false;
		}
		int kept = limit - start;
		if ((long) kept * RECORDS_PER_BUFFER > buffer.length || buffer.length < FULL_BUFFER) {
			if (buffer.length >= MAX_BUFFER) {
				return false;
			}
			char[] larger = new char[buffer.length * 2];
			System.arraycopy(buffer, start, larger, 0, kept);
			buffer = larger;
		} else {
			System.arraycopy(buffer, start, buffer, 0, kept);
		}
		start = 0;
		limit = kept;
		try {
			while (limit < buffer.length) {
				int n = text.read(buffer, limit, buffer.length - limit);
				if (n < 0) {
					ended = true;
					return true;
				}
				limit += n;
			}
		} catch (IOException e) {
			failure = e;
			return limit > kept;
		}
		return true;
	}
}
