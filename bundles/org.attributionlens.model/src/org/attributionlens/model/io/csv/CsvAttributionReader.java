package org.attributionlens.model.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.attributionlens.internal.model.io.ArrayLength;
import org.attributionlens.internal.model.io.StrictText;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.TokenLabels;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReader;
import org.attributionlens.model.io.LimitMessages;
import org.attributionlens.model.io.MemoryBudget;
import org.attributionlens.model.io.ReadOptions;
import org.attributionlens.model.io.SequenceOutOfRangeException;

/**
 * Reads an attribution table as pandas writes it with {@code df.to_csv(path)} (or
 * {@code sep="\t"}) for a DataFrame indexed by input tokens with one column per output token:
 *
 * <pre>
 * ,▁It,▁was,.
 * ▁The,0.1,-0.25,
 * "▁cat, the",0.5,nan,0.75
 * </pre>
 *
 * <ul>
 * <li>the first row is the header: a corner cell (the index name, usually empty), then the output
 * tokens, one per column;</li>
 * <li>every further row is an input token, then one value per output token;</li>
 * <li>quoting follows RFC 4180, so tokens may contain delimiters, quotes and line breaks; empty
 * lines are skipped, and so are lines above the header that start with {@code #} (numpy's
 * {@code savetxt(header=...)} and our own export say there how the table was made);</li>
 * <li>an empty cell, {@code nan} or {@code NaN} is a missing value; infinities and anything that
 * is not a decimal number are errors that name the cell.</li>
 * </ul>
 * Rows and columns in messages are counted from 1 among the data rows and the value columns (row
 * 1 is the first input token, column 1 the first output token); every message also carries the
 * line and column in the text. Values go straight into one growing {@code float[]}.
 * <p>
 * UTF-8, with or without a byte-order mark, and UTF-16 with a byte-order mark are read.
 */
public final class CsvAttributionReader implements AttributionReader {

	/** {@link AttributionMatrix#format()} of a comma-separated table. */
	public static final String CSV_FORMAT = "CSV (pandas)";
	/** {@link AttributionMatrix#format()} of a tab-separated table. */
	public static final String TSV_FORMAT = "TSV";

	/** The field separator of a table. */
	public enum Delimiter {
		COMMA(',', CSV_FORMAT, "comma", "CSV (comma-separated)"),
		TAB('\t', TSV_FORMAT, "tab", "TSV (tab-separated)");

		final char character;
		final String format;
		final String name;
		final String description;

		Delimiter(char character, String format, String name, String description) {
			this.character = character;
			this.format = format;
			this.name = name;
			this.description = description;
		}

		public char character() {
			return character;
		}

		Delimiter other() {
			return this == COMMA ? TAB : COMMA;
		}
	}

	private static final int SHOWN_CHARS = 40;

	private final ReadOptions options;
	private final Delimiter delimiter;
	/** Whether the {@link RecordLane} reads what it can before the general path. */
	private final boolean fastLane;
	/** The table's records and bytes when counted beforehand, else null. */
	private RecordCount.Tally counted;

	/** A reader with the {@linkplain ReadOptions#DEFAULTS default options}. */
	public CsvAttributionReader(Delimiter delimiter) {
		this(ReadOptions.DEFAULTS, delimiter);
	}

	/**
	 * @param options   the limits to enforce; a table holds one matrix, so only sequence 0 exists
	 * @param delimiter the field separator
	 */
	public CsvAttributionReader(ReadOptions options, Delimiter delimiter) {
		this(options, delimiter, true);
	}

	private CsvAttributionReader(ReadOptions options, Delimiter delimiter, boolean fastLane) {
		this.options = options;
		this.delimiter = delimiter;
		this.fastLane = fastLane;
	}

	/** A reader that leaves every record to the general path: the reference the fast lane is tested against. */
	static CsvAttributionReader withoutFastLane(ReadOptions options, Delimiter delimiter) {
		return new CsvAttributionReader(options, delimiter, false);
	}

	/**
	 * Counts the records of the table to be read, in a pass over its bytes, so that the values can
	 * go into an array of their final size: reading then needs little more than 4 bytes per cell
	 * instead of about 8. A wrong count costs only that saving.
	 *
	 * @param sameBytes the same UTF-8 bytes as the stream that {@link #read(InputStream)} gets
	 *                  (read to the end, not closed)
	 * @return this reader
	 */
	public CsvAttributionReader countingRecordsOf(InputStream sameBytes) throws IOException {
		counted = RecordCount.of(sameBytes);
		return this;
	}

	/**
	 * Guesses the separator of a table from its first line that is not a {@code #} comment: tab when
	 * it has more tabs than commas outside quotes, else comma.
	 *
	 * @param head the first bytes of the file
	 */
	public static Delimiter sniff(byte[] head, int length) {
		int tabs = 0;
		int commas = 0;
		boolean quoted = false;
		boolean lineStart = true;
		for (int i = 0; i < Math.min(length, head.length); i++) {
			int b = head[i];
			if (lineStart && b == '#' && tabs + commas == 0) {
				// a comment's commas say nothing about the table's separator
				while (i + 1 < Math.min(length, head.length) && head[i + 1] != '\n') {
					i++;
				}
				continue;
			}
			lineStart = !quoted && (b == '\n' || b == '\r');
			if (b == '"') {
				quoted = !quoted;
			} else if (!quoted && (b == '\n' || b == '\r') && tabs + commas > 0) {
				break;
			} else if (!quoted && b == '\t') {
				tabs++;
			} else if (!quoted && b == ',') {
				commas++;
			}
		}
		return tabs > commas ? Delimiter.TAB : Delimiter.COMMA;
	}

	@Override
	public AttributionMatrix read(InputStream in) throws IOException, AttributionFormatException {
		if (options.sequence() != 0) {
			throw new SequenceOutOfRangeException(0, 0, "sequence " + options.sequence() + " was requested, but a "
					+ delimiter.format + " table holds a single sequence (0)", options.sequence(), 1);
		}
		long maxColumns = options.limits().maxTokens();
		LeadingComments comments = new LeadingComments(StrictText.open(in));
		Reader text;
		try {
			text = comments.skip();
		} catch (StrictText.NotText e) {
			throw error(FieldTracker.pack(1 + comments.lines(), comments.column()), e.reason());
		}
		int firstLine = 1 + comments.lines();
		Table table = new Table();
		FieldTracker tracker;
		if (fastLane) {
			RecordLane lane = new RecordLane(text, firstLine, delimiter.character, options.limits().maxTokenLength(),
					maxColumns);
			if (lane.read(table)) {
				return table.build(lane.end());
			}
			tracker = tracker(lane.rest(), maxColumns).resumingAt(lane.line(), lane.records(), lane.headerFields());
		} else {
			tracker = tracker(text, maxColumns).resumingAt(firstLine, 0, -1);
		}
		readGeneral(tracker, table);
		return table.build(tracker.end());
	}

	private FieldTracker tracker(Reader text, long maxColumns) {
		return new FieldTracker(text, delimiter.character, options.limits().maxTokenLength(), CsvNumbers.MAX_LENGTH,
				maxColumns);
	}

	/** Reads the records from where the tracker's text starts with Commons CSV, the tracker watching. */
	private void readGeneral(FieldTracker tracker, Table table) throws IOException, AttributionFormatException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter.character).get();
		try {
			@SuppressWarnings("resource") // closing would close the caller's stream
			CSVParser parser = format.parse(tracker);
			Iterator<CSVRecord> records = parser.iterator();
			while (records.hasNext()) {
				CSVRecord record = records.next();
				table.add(record.toList(), at(tracker.nextRecord(), record));
			}
		} catch (UncheckedIOException e) {
			throw translate(e.getCause(), tracker);
		} catch (IOException e) {
			throw translate(e, tracker);
		}
	}

	/** Where a record's fields start; its start from the parser's line when the tracker lost count (it should not). */
	private static long[] at(long[] at, CSVRecord record) {
		return at != null && at.length > 0 ? at : new long[] { FieldTracker.pack((int) Math.min(Integer.MAX_VALUE,
				Math.max(1, record.getRecordNumber())), 1) };
	}

	/** An I/O error on the way through the parser: one of the tracker's, or of the bytes, or the parser's own. */
	private AttributionFormatException translate(IOException e, FieldTracker tracker) throws IOException {
		if (e instanceof FieldTracker.Stopped) {
			return stopped(tracker);
		}
		if (e instanceof StrictText.NotText notText) {
			return error(tracker.end(), notText.reason());
		}
		if (e instanceof CharacterCodingException) {
			return error(tracker.end(), "the file is not UTF-8 text: it contains bytes that are not valid UTF-8 near here");
		}
		if (!(e instanceof CSVException)) {
			// not about the text: the stream failed (the dispatcher explains a broken gzip file)
			throw e;
		}
		if (tracker.anomaly() == FieldTracker.Anomaly.UNCLOSED_QUOTE) {
			return error(tracker.anomalyAt(), "the quoted field that starts here is never closed:"
					+ " a closing \" is missing, or the file is truncated");
		}
		if (tracker.anomaly() == FieldTracker.Anomaly.TEXT_AFTER_QUOTE) {
			return error(tracker.anomalyAt(), "unexpected " + describe(tracker.anomalyChar())
					+ " after the closing quote of a field; a quoted field must be followed by a " + delimiter.name
					+ " or the end of the line (inside quotes, write a quote as \"\")");
		}
		return error(tracker.end(), "the text is not valid " + delimiter.description + " near here");
	}

	private AttributionFormatException stopped(FieldTracker tracker) {
		int row = tracker.stopRow();
		int field = tracker.stopField();
		if (tracker.stop() == FieldTracker.Stop.TOO_MANY_FIELDS) {
			if (row == 0) {
				return error(tracker.stopAt(), "the header row has more than " + LimitMessages.count(field - 1L)
						+ " output tokens, " + LimitMessages.cellsAllow(options.limits()));
			}
			return error(tracker.stopAt(), "row " + row + " (token " + show(tracker.stopFirstField()) + ") has more than "
					+ LimitMessages.count(field - 1L) + " values, expected "
					+ LimitMessages.count(tracker.headerColumns()) + " (one per output token in the header)");
		}
		String limit = "more than " + LimitMessages.count(options.limits().maxTokenLength()) + " characters, which "
				+ LimitMessages.tokenLength(options.limits());
		if (row == 0) {
			return error(tracker.stopAt(),
					(field == 0 ? "the corner cell of the header" : "output token " + field + " in the header") + " has "
							+ limit);
		}
		if (field == 0) {
			return error(tracker.stopAt(), "the token of row " + row + " has " + limit);
		}
		return error(tracker.stopAt(), "value in row " + row + ", column " + field + " is not a number (it has more than "
				+ LimitMessages.count(CsvNumbers.MAX_LENGTH) + " characters)");
	}

	/** "1 value", "3 values". */
	private static String values(long count) {
		return LimitMessages.count(count) + (count == 1 ? " value" : " values");
	}

	private static AttributionFormatException error(long position, String reason) {
		return new AttributionFormatException(FieldTracker.line(position), FieldTracker.column(position), reason);
	}

	/** A cell's text for a message: visible characters, shortened, in double quotes. */
	static String show(String text) {
		return "\"" + TokenLabels.abbreviate(TokenLabels.visible(text), SHOWN_CHARS) + "\"";
	}

	private static String describe(char c) {
		return c < 0x20 || c == 0x7F ? String.format("character U+%04X", (int) c) : "text '" + c + "'";
	}

	/** The matrix being built, record by record. */
	private final class Table implements RecordLane.Sink {
		private List<String> columnTokens;
		private final List<String> rowTokens = new ArrayList<>();
		/** The tokens kept, together: millions of short ones can add up to more than the heap. */
		private final MemoryBudget.Strings kept = new MemoryBudget.Strings("keeping the tokens");
		/** Set when a token taken by the lane did not fit; the general path then reports it. */
		private boolean overBudget;
		private Values values;
		private int columns;
		private long headerAt;

		void add(List<String> record, long[] at) throws AttributionFormatException {
			if (columnTokens == null) {
				header(record, at[0]);
			} else {
				row(record, at);
			}
		}

		@Override
		public int columns() {
			return columnTokens == null ? -1 : columns;
		}

		@Override
		public void header(List<String> record, long at) throws AttributionFormatException {
			headerAt = at;
			if (record.size() > 0 && record.get(0).strip().startsWith("{")) {
				throw looksLikeJson();
			}
			if (record.size() < 2) {
				String cell = record.size() == 0 ? "" : record.get(0);
				if (cell.strip().startsWith("[")) {
					throw looksLikeJson();
				}
				throw error(headerAt, "the header row has only one cell; expected a corner cell, then one output token"
						+ " per column" + otherDelimiterHint(cell));
			}
			columns = record.size() - 1;
			columnTokens = new ArrayList<>(columns);
			for (int column = 1; column <= columns; column++) {
				columnTokens.add(record.get(column));
				if (!kept.tryAdd(record.get(column).length())) {
					throw error(headerAt, kept.refusal());
				}
			}
			values = new Values(Math.min(options.limits().maxCells(), ArrayLength.MAX),
					counted == null ? 0 : counted.values(columns));
		}

		private void row(List<String> record, long[] at) throws AttributionFormatException {
			int row = rowTokens.size() + 1;
			long rowAt = at[0];
			String token = record.get(0);
			if (record.size() != columns + 1) {
				long where = record.size() > columns + 1 ? field(at, columns + 1, rowAt) : rowAt;
				String hint = record.size() > columns + 1 && delimiter == Delimiter.COMMA
						? "; a token that contains a comma must be in double quotes"
						: otherDelimiterHint(String.join("", record));
				throw error(where, "row " + row + " (token " + show(token) + ") has " + values(record.size() - 1) + ", expected "
						+ columns + " (one per output token in the header)" + hint);
			}
			AttributionFormatException beyondLimits = beyondLimits(row, rowAt);
			if (beyondLimits != null) {
				throw beyondLimits;
			}
			if (overBudget || !kept.tryAdd(token.length())) {
				throw error(rowAt, kept.refusal());
			}
			if (!values.reserve(columns)) {
				throw error(rowAt, MemoryBudget.tooLarge(values.bytesWith(columns), "the values up to row " + row));
			}
			for (int column = 1; column <= columns; column++) {
				String cell = record.get(column);
				try {
					values.add(CsvNumbers.parse(cell));
				} catch (CsvNumbers.BadValue e) {
					throw error(field(at, column, rowAt), badValue(cell, row, column, e.problem));
				}
			}
			rowTokens.add(token);
		}

		/** The error for a table that row {@code row} makes too large, or null if it fits. */
		private AttributionFormatException beyondLimits(int row, long rowAt) {
			if (row > options.limits().maxTokens()) {
				return error(rowAt, "the table has more than " + LimitMessages.count(options.limits().maxTokens())
						+ " rows, " + LimitMessages.cellsAllow(options.limits()));
			}
			long cells = (long) row * columns;
			if (cells > options.limits().maxCells()) {
				return error(rowAt, "row " + row + " makes the table " + LimitMessages.count(row) + " rows x "
						+ LimitMessages.count(columns) + " columns = " + LimitMessages.count(cells) + " cells, which "
						+ LimitMessages.cells(options.limits()));
			}
			return null;
		}

		@Override
		public Values nextRow() {
			if (overBudget || beyondLimits(rowTokens.size() + 1, 0) != null) {
				return null;
			}
			// when the values do not fit, the general path reads the row again and reports it
			return values.reserve(columns) ? values : null;
		}

		@Override
		public void endRow(String token) {
			rowTokens.add(token);
			overBudget |= !kept.tryAdd(token.length());
		}

		private String badValue(String cell, int row, int column, CsvNumbers.Problem problem) {
			String where = " in row " + row + ", column " + column;
			return switch (problem) {
			case INFINITE -> "value " + show(cell) + where
					+ " is infinite; only finite numbers are allowed (an empty cell or nan marks a missing value)";
			case TOO_LARGE -> "value " + show(cell) + where + " is too large for a 32-bit float;"
					+ " only finite numbers are allowed";
			case TOO_LONG -> "value" + where + " is not a number (it has more than "
					+ LimitMessages.count(CsvNumbers.MAX_LENGTH) + " characters)";
			case NOT_A_NUMBER -> "value " + show(cell) + where + " is not a number"
					+ (cell.strip().matches("[+-]?[0-9]+,[0-9]+") ? " (write decimals with a point: 0.5, not 0,5)" : "");
			};
		}

		private AttributionFormatException looksLikeJson() {
			return error(headerAt, "the file looks like JSON, not like a " + delimiter.description
					+ " table; JSON attribution files need a name ending in .json");
		}

		/** When the other separator shows up in a row that has too few cells, the file likely uses it. */
		private String otherDelimiterHint(String text) {
			if (text.indexOf(delimiter.other().character) < 0) {
				return "";
			}
			return "; the file is read as " + delimiter.description + ", but this row has "
					+ (delimiter == Delimiter.COMMA ? "tabs" : "commas") + " in it";
		}

		/** @param end where the text ends */
		AttributionMatrix build(long end) throws AttributionFormatException {
			if (columnTokens == null) {
				throw error(FieldTracker.pack(1, 1), "the file is empty; expected a header row (a corner cell, then the"
						+ " output tokens) and one row per input token");
			}
			if (rowTokens.isEmpty()) {
				throw error(end, "the file has a header row but no data rows; expected one row per input token"
						+ " after the header");
			}
			return AttributionMatrix.of(rowTokens, columnTokens, values.toArray(), delimiter.format, Map.of());
		}

		/** Where field {@code index} starts; {@code fallback} when the tracker lost count (it should not). */
		private static long field(long[] at, int index, long fallback) {
			return index < at.length ? at[index] : fallback;
		}
	}
}
