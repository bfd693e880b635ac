package org.attributionlens.model.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Watches the characters on their way to the CSV parser and follows the same record and field
 * boundaries (RFC 4180 quoting, CR, LF and CRLF line breaks, empty lines skipped, whitespace
 * allowed after a closing quote), for two things the parser does not offer:
 * <ul>
 * <li><b>locations</b>: where each field of each record starts (line and column, in UTF-16 chars
 * as editors count), where an unclosed quote opened, where text follows a closing quote; the
 * parser only knows line numbers;</li>
 * <li><b>bounds</b>: the parser would build a field or a record of any size in memory, so the
 * tracker stops the parse at a field longer than a token may be, or at a record with absurdly
 * many fields. It delivers the characters before the offending one and fails on the next read,
 * so that every record before it is parsed and checked first.</li>
 * </ul>
 * Positions are packed in a long: line in the high half, column in the low half.
 */
final class FieldTracker extends Reader {

	/** Why the tracker stopped the parse. */
	enum Stop {
		/** A field is longer than the token length limit. */
		FIELD_TOO_LONG,
		/** A record has far more fields than the header (or the header more than the cell limit). */
		TOO_MANY_FIELDS
	}

	/** Lexical problems the parser fails on; the tracker knows where they are. */
	enum Anomaly {
		/** A quoted field never closes: the file ends inside it. */
		UNCLOSED_QUOTE,
		/** Something other than a delimiter, line break or whitespace follows a closing quote. */
		TEXT_AFTER_QUOTE
	}

	/** Thrown through the parser when the tracker stops it; the tracker holds the details. */
	static final class Stopped extends IOException {
		private static final long serialVersionUID = 1L;

		Stopped() {
			super("stopped by the field tracker");
		}
	}

	private static final int RECORD_START = 0;
	private static final int FIELD_START = 1;
	private static final int UNQUOTED = 2;
	private static final int QUOTED = 3;
	private static final int QUOTE_SEEN = 4;
	private static final int AFTER_QUOTED = 5;
	private static final int DONE = 6;

	private final Reader in;
	private final char delimiter;
	private final int maxTokenLength;
	private final int maxValueLength;
	private final long maxHeaderFields;

	private int state = RECORD_START;
	/** Position of the next character. */
	private int line = 1;
	private int column = 1;
	private boolean afterCR;

	private long[] fields = new long[16];
	private int fieldCount;
	private int fieldLength;
	private final StringBuilder firstField = new StringBuilder();
	private long quoteAt;
	/** Records begun so far; the header is record 1. */
	private int records;
	/** Fields of the header, once it ended; -1 before. */
	private int headerFields = -1;
	private final ArrayDeque<long[]> located = new ArrayDeque<>();

	private Anomaly anomaly;
	private long anomalyAt;
	private char anomalyChar;
	private long end = -1;

	private Stop stop;
	private long stopAt;
	private int stopRecord;
	private int stopField;
	private String stopFirstField;
	private boolean stopArmed;

	/**
	 * @param maxTokenLength longest token (a header cell or a row's first cell), in chars, before the
	 *                       parse is stopped
	 * @param maxValueLength longest value cell, in chars, before the parse is stopped
	 * @param maxColumns     most columns the header may have
	 */
	FieldTracker(Reader in, char delimiter, int maxTokenLength, int maxValueLength, long maxColumns) {
		this.in = in;
		this.delimiter = delimiter;
		this.maxTokenLength = maxTokenLength;
		this.maxValueLength = maxValueLength;
		this.maxHeaderFields = maxColumns + 1;
	}

	/**
	 * Continues the counts of a text whose first records were read by the {@link RecordLane}: the
	 * characters this tracker gets start at the beginning of a record.
	 *
	 * @param line         the line the next character is on
	 * @param records      the records read before, the header included
	 * @param headerFields the fields of the header, or -1 when it was not read
	 * @return this tracker
	 */
	FieldTracker resumingAt(int line, int records, int headerFields) {
		this.line = line;
		this.records = records;
		this.headerFields = headerFields;
		return this;
	}

	static long pack(int line, int column) {
		return (long) line << 32 | column & 0xFFFFFFFFL;
	}

	static int line(long position) {
		return (int) (position >>> 32);
	}

	static int column(long position) {
		return (int) position;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (stopArmed) {
			throw new Stopped();
		}
		if (length == 0) {
			return 0;
		}
		int n = in.read(buffer, offset, length);
		if (n < 0) {
			if (end < 0) {
				endOfText();
			}
			return -1;
		}
		for (int i = 0; i < n; i++) {
			if (!accept(buffer[offset + i])) {
				stopArmed = true;
				if (i == 0) {
					throw new Stopped();
				}
				return i;
			}
		}
		return n;
	}

	/** The field starts of the next record the parser returned, in order; null if the two disagree. */
	long[] nextRecord() {
		return located.poll();
	}

	/** Where the text ends, once the parser has seen the end; else the position reached. */
	long end() {
		return end >= 0 ? end : pack(line, column);
	}

	Anomaly anomaly() {
		return anomaly;
	}

	long anomalyAt() {
		return anomalyAt;
	}

	char anomalyChar() {
		return anomalyChar;
	}

	Stop stop() {
		return stop;
	}

	/** Where the field that caused the stop starts. */
	long stopAt() {
		return stopAt;
	}

	/** 0 for the header, then 1 for the first data row. */
	int stopRow() {
		return stopRecord - 1;
	}

	/** 0-based field index within its record. */
	int stopField() {
		return stopField;
	}

	/** Value columns of the header (its fields but the corner cell); -1 before it ended. */
	int headerColumns() {
		return headerFields - 1;
	}

	/** The first field of the record that caused the stop, as far as it was read. */
	String stopFirstField() {
		return stopFirstField;
	}

	/** @return false when the parse must stop before this character */
	private boolean accept(char c) {
		long here = pack(line, column);
		if (afterCR) {
			afterCR = false;
			if (c == '\n') {
				// the second half of a CRLF: the line break was counted at the CR
				return state != QUOTED || content(c);
			}
		}
		boolean eol = c == '\n' || c == '\r';
		if (!step(c, eol, here)) {
			return false;
		}
		if (eol) {
			line++;
			column = 1;
			afterCR = c == '\r';
		} else {
			column++;
		}
		return true;
	}

	private boolean step(char c, boolean eol, long here) {
		switch (state) {
		case RECORD_START:
			if (eol) {
				return true; // an empty line: the parser skips it
			}
			records++;
			fieldCount = 0;
			firstField.setLength(0);
			return beginField(here) && fieldStart(c, eol, here);
		case FIELD_START:
			return fieldStart(c, eol, here);
		case UNQUOTED:
			if (c == delimiter) {
				return nextField();
			}
			if (eol) {
				endRecord();
				return true;
			}
			return content(c);
		case QUOTED:
			if (c == '"') {
				state = QUOTE_SEEN;
				return true;
			}
			return content(c);
		case QUOTE_SEEN:
			if (c == '"') {
				state = QUOTED;
				return content(c);
			}
			return afterQuote(c, eol, here);
		case AFTER_QUOTED:
			return afterQuote(c, eol, here);
		default:
			return true;
		}
	}

	private boolean fieldStart(char c, boolean eol, long here) {
		if (c == delimiter) {
			return nextField();
		}
		if (eol) {
			endRecord();
			return true;
		}
		if (c == '"') {
			quoteAt = here;
			state = QUOTED;
			return true;
		}
		state = UNQUOTED;
		return content(c);
	}

	private boolean afterQuote(char c, boolean eol, long here) {
		if (c == delimiter) {
			return nextField();
		}
		if (eol) {
			endRecord();
			return true;
		}
		if (Character.isWhitespace(c)) {
			state = AFTER_QUOTED;
			return true;
		}
		anomaly = Anomaly.TEXT_AFTER_QUOTE;
		anomalyAt = here;
		anomalyChar = c;
		state = DONE;
		return true;
	}

	/** After a delimiter: the next field starts at the next character. */
	private boolean nextField() {
		state = FIELD_START;
		return beginField(pack(line, column + 1));
	}

	private boolean beginField(long at) {
		long bound = headerFields < 0 ? maxHeaderFields : 2L * headerFields + 1024;
		if (fieldCount >= bound) {
			return stop(Stop.TOO_MANY_FIELDS, at, fieldCount);
		}
		if (fieldCount == fields.length) {
			fields = Arrays.copyOf(fields, (int) Math.min(Integer.MAX_VALUE - 8, fields.length * 2L));
		}
		fields[fieldCount++] = at;
		fieldLength = 0;
		return true;
	}

	private boolean content(char c) {
		if (fieldCount == 1) {
			firstField.append(c);
		}
		if (++fieldLength > (records == 1 || fieldCount == 1 ? maxTokenLength : maxValueLength)) {
			return stop(Stop.FIELD_TOO_LONG, fields[fieldCount - 1], fieldCount - 1);
		}
		return true;
	}

	private boolean stop(Stop reason, long at, int field) {
		stop = reason;
		stopAt = at;
		stopRecord = records;
		stopField = field;
		stopFirstField = firstField.toString();
		state = DONE;
		return false;
	}

	private void endRecord() {
		located.add(Arrays.copyOf(fields, fieldCount));
		if (headerFields < 0) {
			headerFields = fieldCount;
		}
		state = RECORD_START;
	}

	private void endOfText() {
		end = pack(line, column);
		switch (state) {
		case FIELD_START, UNQUOTED, QUOTE_SEEN, AFTER_QUOTED -> endRecord();
		case QUOTED -> {
			anomaly = Anomaly.UNCLOSED_QUOTE;
			anomalyAt = quoteAt;
		}
		default -> {
			// nothing open
		}
		}
		state = DONE;
	}

	/** Leaves the underlying text open: the caller owns the stream. */
	@Override
	public void close() {
		// nothing to release
	}
}
