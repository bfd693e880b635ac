package org.attributionlens.model.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.Defaults;
import org.attributionlens.model.io.csv.CsvAttributionReader;
import org.attributionlens.model.io.csv.CsvAttributionReader.Delimiter;

/**
 * Writes a matrix as a table, the layout pandas' {@code df.to_csv(path)} (or {@code sep="\t"})
 * writes for a DataFrame indexed by input tokens with one column per output token, which
 * {@link CsvAttributionReader} (and pandas' {@code read_csv(path, index_col=0)}) reads back to the
 * same tokens and values:
 *
 * <pre>
 * ,▁It,▁was,.
 * ▁The,0.1,-0.25,
 * "▁cat, the",0.5,,0.75
 * </pre>
 *
 * <ul>
 * <li>a header row: an empty corner cell, then the output tokens; then one row per input token:
 * the token, then one value per output token;</li>
 * <li>quoting by Commons CSV's minimal rule (RFC 4180): a field is put in double quotes, with inner
 * quotes doubled, when it holds the delimiter, a quote or a line break, and also when it starts
 * with a character up to {@code #} in ASCII (space, {@code !}, {@code "}, {@code #}, control
 * characters) or ends with a space or control character, which pandas would leave unquoted but
 * reads the same; the corner and missing values are written as nothing, never as {@code ""};</li>
 * <li>a missing value is an empty cell (pandas' default {@code na_rep});</li>
 * <li>values at full precision: the shortest decimal that reads back to the same float, formatted
 * as Python's {@code repr}: {@code 0.382}, {@code -0.0}, {@code 1e-05}, {@code 1.5e+20}, plain
 * notation from 0.0001 up to 1e16; independent of the locale;</li>
 * <li>lines end with {@code \n}, as pandas writes them on Linux and macOS; UTF-8 without byte-order
 * mark unless {@link #withByteOrderMark(boolean)} asks for one (what spreadsheet programs need to
 * recognise UTF-8: pandas' {@code encoding="utf-8-sig"}). An unpaired surrogate in a token cannot
 * be encoded and is written as {@code ?}.</li>
 * <li>formula-safe by default: a token that a spreadsheet would evaluate, one that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (OWASP's list for CSV
 * injection), is written with an apostrophe in front, which spreadsheets show as text and do not
 * evaluate ({@code =HYPERLINK(...)} stays text); a token that is a plain number ({@code -2.5})
 * is a number, never a formula, and is written as it is, like every value.
 * {@link #withFormulaSafety(boolean)} turns this off for users who want the raw tokens.</li>
 * <li>with {@link #withComment(String)}, a first line {@code # ...} above the header says how the
 * table was made, as numpy's {@code savetxt(header=...)} writes one. {@link CsvAttributionReader}
 * and numpy's {@code loadtxt} skip it; pandas needs {@code read_csv(path, index_col=0, skiprows=1)}
 * (or {@code comment="#"}, which also cuts tokens at a {@code #}).</li>
 * </ul>
 * {@link #block} makes the text for the clipboard: a rectangle of the matrix as tab-separated text
 * with values as the grid prints them, for pasting into a spreadsheet.
 * <p>
 * Streams row by row without copying the values. Immutable and thread-safe.
 */
public final class DelimitedWriter {

	/** Ends every line the writer produces. */
	public static final String LINE_SEPARATOR = "\n"; //$NON-NLS-1$
	/** Largest number of decimals {@link #block} prints. */
	public static final int MAX_DECIMALS = Defaults.MAX_TEXT_DECIMALS;

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	/** A plain decimal number: a spreadsheet reads it as a number, never as a formula. */
	private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?"); //$NON-NLS-1$

	private final Delimiter delimiter;
	private final boolean byteOrderMark;
	private final boolean formulaSafe;
	/** The text of the comment line above the header, on one line; null for none. */
	private final String comment;
	private final CSVFormat format;

	/** A writer for comma- or tab-separated tables, without byte-order mark. */
	public DelimitedWriter(Delimiter delimiter) {
		this(delimiter, false, true, null);
	}

	private DelimitedWriter(Delimiter delimiter, boolean byteOrderMark, boolean formulaSafe, String comment) {
		this.delimiter = Objects.requireNonNull(delimiter, "delimiter"); //$NON-NLS-1$
		this.byteOrderMark = byteOrderMark;
		this.formulaSafe = formulaSafe;
		this.comment = comment;
		this.format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter.character()).setRecordSeparator(LINE_SEPARATOR)
				.get();
	}

	/** Comma-separated, as {@code df.to_csv(path)}. */
	public static DelimitedWriter csv() {
		return new DelimitedWriter(Delimiter.COMMA);
	}

	/** Tab-separated, as {@code df.to_csv(path, sep="\t")}. */
	public static DelimitedWriter tsv() {
		return new DelimitedWriter(Delimiter.TAB);
	}

	/**
	 * The same writer, with or without a UTF-8 byte-order mark at the start of what
	 * {@link #write(AttributionMatrix, OutputStream)} writes.
	 */
	public DelimitedWriter withByteOrderMark(boolean mark) {
		return mark == byteOrderMark ? this : new DelimitedWriter(delimiter, mark, formulaSafe, comment);
	}

	/** The same writer, with or without an apostrophe before tokens a spreadsheet would evaluate. */
	public DelimitedWriter withFormulaSafety(boolean safe) {
		return safe == formulaSafe ? this : new DelimitedWriter(delimiter, byteOrderMark, safe, comment);
	}

	/**
	 * The same writer, with the line {@code # text} above the header in what
	 * {@link #write(AttributionMatrix, OutputStream)} writes; line breaks in {@code text} become
	 * spaces, so that it stays one line. Null or blank for none.
	 */
	public DelimitedWriter withComment(String text) {
		String line = text == null || text.isBlank() ? null : text.strip().replaceAll("[\\r\\n]+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		return new DelimitedWriter(delimiter, byteOrderMark, formulaSafe, line);
	}

	/** The comment line's text, without its {@code # }; null when there is none. */
	public String comment() {
		return comment;
	}

	public boolean formulaSafe() {
		return formulaSafe;
	}

	/**
	 * {@code token} with an apostrophe in front when a spreadsheet would take it for a formula: it
	 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return and is not
	 * a plain number.
	 */
	public static String formulaSafe(String token) {
		if (token.isEmpty()) {
			return token;
		}
		char first = token.charAt(0);
		boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		return risky && !NUMBER.matcher(token).matches() ? "'" + token : token; //$NON-NLS-1$
	}

	private String cell(String token) {
		return formulaSafe ? formulaSafe(token) : token;
	}

	public Delimiter delimiter() {
		return delimiter;
	}

	public boolean byteOrderMark() {
		return byteOrderMark;
	}

	/**
	 * Writes the whole table as UTF-8 (with the byte-order mark when asked for) and flushes; does
	 * not close {@code out}.
	 */
	public void write(AttributionMatrix matrix, OutputStream out) throws IOException {
		Objects.requireNonNull(out, "out"); //$NON-NLS-1$
		Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		if (byteOrderMark) {
			text.write(BYTE_ORDER_MARK);
		}
		if (comment != null) {
			text.write("# " + comment + LINE_SEPARATOR); //$NON-NLS-1$
		}
		append(matrix, text);
		text.flush();
	}

	/**
	 * Appends the whole table, never a byte-order mark, and flushes {@code out} when it is
	 * {@link java.io.Flushable}; does not close it.
	 */
	public void append(AttributionMatrix matrix, Appendable out) throws IOException {
		Objects.requireNonNull(matrix, "matrix"); //$NON-NLS-1$
		Objects.requireNonNull(out, "out"); //$NON-NLS-1$
		@SuppressWarnings("resource") // closing the printer would close the caller's stream
		CSVPrinter printer = new CSVPrinter(out, format);
		// null prints as nothing: an empty first field would be quoted as ""
		printer.print(null);
		for (String token : matrix.columnTokens()) {
			printer.print(cell(token));
		}
		printer.println();
		char separator = delimiter.character();
		for (int row = 0; row < matrix.rows(); row++) {
			printer.print(cell(matrix.rowToken(row)));
			// values never need quotes (digits, '.', '-', '+', 'e'): appended directly, which is twice as
			// fast for big matrices; the printer only keeps track of the start of a record, which println resets
			for (int column = 0; column < matrix.columns(); column++) {
				out.append(separator);
				float value = matrix.value(row, column);
				if (!Float.isNaN(value)) {
					out.append(repr(value));
				}
			}
			printer.println();
		}
		printer.flush();
	}

	/**
	 * A rectangle of the matrix as tab-separated text for the clipboard, pasteable into a
	 * spreadsheet; see {@link #block(AttributionMatrix, int[], int[], int)}.
	 *
	 * @param firstRow    first input token, 0-based
	 * @param lastRow     last input token, inclusive
	 * @param firstColumn first output token, 0-based
	 * @param lastColumn  last output token, inclusive
	 * @param decimals    digits after the decimal point, 0 to {@link #MAX_DECIMALS}, as the grid shows
	 * @throws IndexOutOfBoundsException when a bound is outside the matrix or a range is empty
	 */
	public static String block(AttributionMatrix matrix, int firstRow, int lastRow, int firstColumn, int lastColumn,
			int decimals) {
		return block(matrix, range(firstRow, lastRow, matrix.rows()), range(firstColumn, lastColumn, matrix.columns()),
				decimals);
	}

	/**
	 * Chosen rows and columns of the matrix as tab-separated text for the clipboard, in the order
	 * given: a header line (an empty corner cell, then the output tokens), then per input token a
	 * line with the token and its values. Every line ends with {@link #LINE_SEPARATOR}, so a caller
	 * may replace each {@code \n} by the platform's line separator.
	 * <ul>
	 * <li>values as the grid prints them: {@code decimals} digits, rounded half up, locale
	 * independent, {@code -0.0000} kept; a missing value is an empty cell;</li>
	 * <li>a tab, line feed or carriage return inside a token is written as the two visible
	 * characters {@code \t}, {@code \n} or {@code \r} (as the grid shows them), so that a token
	 * never splits a cell or a line; this is not reversible for a token that holds a backslash
	 * followed by t, n or r;</li>
	 * <li>a token that starts with a double quote is put in double quotes with inner quotes doubled,
	 * because spreadsheet programs read such a field as quoted; other tokens are written as they
	 * are.</li>
	 * </ul>
	 *
	 * @param rows     input tokens, 0-based, at least one
	 * @param columns  output tokens, 0-based, at least one
	 * @param decimals digits after the decimal point, 0 to {@link #MAX_DECIMALS}
	 * @throws IndexOutOfBoundsException when an index is outside the matrix
	 * @throws IllegalArgumentException  when no row or no column is given or decimals is out of range
	 */
	public static String block(AttributionMatrix matrix, int[] rows, int[] columns, int decimals) {
		return block(matrix, rows, columns, decimals, true);
	}

	/**
	 * As {@link #block(AttributionMatrix, int[], int[], int)}, with {@code formulaSafe} false for the
	 * raw tokens (no apostrophe before a token a spreadsheet would evaluate).
	 */
	public static String block(AttributionMatrix matrix, int[] rows, int[] columns, int decimals,
			boolean formulaSafe) {
		Objects.requireNonNull(matrix, "matrix"); //$NON-NLS-1$
		if (rows.length == 0 || columns.length == 0) {
			throw new IllegalArgumentException("a block needs at least one row and one column"); //$NON-NLS-1$
		}
		if (decimals < 0 || decimals > MAX_DECIMALS) {
			throw new IllegalArgumentException("decimals must be between 0 and " + MAX_DECIMALS + ", got " + decimals); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (int row : rows) {
			Objects.checkIndex(row, matrix.rows());
		}
		for (int column : columns) {
			Objects.checkIndex(column, matrix.columns());
		}
		String pattern = "%." + decimals + "f"; //$NON-NLS-1$ //$NON-NLS-2$
		StringBuilder text = new StringBuilder((rows.length + 1) * (columns.length + 1) * (decimals + 4));
		for (int column : columns) {
			text.append('\t').append(blockCell(matrix.columnToken(column), formulaSafe));
		}
		text.append(LINE_SEPARATOR);
		for (int row : rows) {
			text.append(blockCell(matrix.rowToken(row), formulaSafe));
			for (int column : columns) {
				text.append('\t');
				float value = matrix.value(row, column);
				if (!Float.isNaN(value)) {
					text.append(String.format(Locale.ROOT, pattern, value));
				}
			}
			text.append(LINE_SEPARATOR);
		}
		return text.toString();
	}

	/** A token as a cell of {@link #block}: tabs and line breaks as visible escapes, a leading quote quoted. */
	static String blockCell(String token) {
		return blockCell(token, false);
	}

	/** As {@link #blockCell(String)}, with an apostrophe first when {@code formulaSafe} and a spreadsheet would evaluate the token. */
	static String blockCell(String token, boolean formulaSafe) {
		StringBuilder cell = new StringBuilder(token.length() + 5);
		if (formulaSafe && !formulaSafe(token).equals(token)) {
			cell.append('\'');
		}
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			switch (c) {
			case '\t' -> cell.append("\\t"); //$NON-NLS-1$
			case '\n' -> cell.append("\\n"); //$NON-NLS-1$
			case '\r' -> cell.append("\\r"); //$NON-NLS-1$
			default -> cell.append(c);
			}
		}
		if (cell.length() > 0 && cell.charAt(0) == '"') {
			return '"' + cell.toString().replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return cell.toString();
	}

	private static int[] range(int first, int last, int size) {
		Objects.checkIndex(first, size);
		Objects.checkIndex(last, size);
		if (last < first) {
			throw new IndexOutOfBoundsException("empty range " + first + " to " + last); //$NON-NLS-1$ //$NON-NLS-2$
		}
		int[] indices = new int[last - first + 1];
		for (int i = 0; i < indices.length; i++) {
			indices[i] = first + i;
		}
		return indices;
	}

	/**
	 * The shortest decimal that reads back to {@code value}, formatted as Python's {@code repr} of a
	 * float (and numpy's of a float32): plain notation with at least one digit after the point when
	 * the decimal exponent is from -4 to 15 ({@code 0.0001}, {@code 12.0}, {@code -0.0}), else
	 * scientific with a signed exponent of at least two digits ({@code 1e-05}, {@code 1.5e+16}).
	 *
	 * @param value finite
	 */
	public static String repr(float value) {
		if (!Float.isFinite(value)) {
			throw new IllegalArgumentException("not a finite value: " + value); //$NON-NLS-1$
		}
		return python(Float.toString(value), value < 0);
	}

	/**
	 * As {@link #repr(float)}, for a double: what Python's {@code json.dump} writes for a Python
	 * float (a tensor's {@code tolist()}).
	 *
	 * @param value finite
	 */
	public static String repr(double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("not a finite value: " + value); //$NON-NLS-1$
		}
		return python(Double.toString(value), value < 0);
	}

	/**
	 * Java's shortest decimal (Java 19 and later: the shortest that rounds to the value) in Python's
	 * notation. Java writes plain notation from 0.001 to below 10^7, as Python does; else d.dddE-n,
	 * which becomes Python's plain or scientific notation.
	 */
	private static String python(String shortest, boolean negative) {
		int e = shortest.indexOf('E');
		if (e < 0) {
			return shortest;
		}
		int exponent = Integer.parseInt(shortest, e + 1, shortest.length(), 10);
		StringBuilder digits = new StringBuilder(e);
		for (int i = negative ? 1 : 0; i < e; i++) {
			if (shortest.charAt(i) != '.') {
				digits.append(shortest.charAt(i));
			}
		}
		while (digits.length() > 1 && digits.charAt(digits.length() - 1) == '0') {
			digits.setLength(digits.length() - 1);
		}
		StringBuilder text = new StringBuilder(digits.length() + 24);
		if (negative) {
			text.append('-');
		}
		if (exponent >= -4 && exponent < 0) {
			return text.append("0.").append("0".repeat(-exponent - 1)).append(digits).toString(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (exponent >= 0 && exponent < 16) {
			if (digits.length() <= exponent + 1) {
				return text.append(digits).append("0".repeat(exponent + 1 - digits.length())).append(".0").toString(); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return text.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length())
					.toString();
		}
		text.append(digits.charAt(0));
		if (digits.length() > 1) {
			text.append('.').append(digits, 1, digits.length());
		}
		text.append('e').append(exponent < 0 ? '-' : '+');
		int magnitude = Math.abs(exponent);
		if (magnitude < 10) {
			text.append('0');
		}
		return text.append(magnitude).toString();
	}
}
