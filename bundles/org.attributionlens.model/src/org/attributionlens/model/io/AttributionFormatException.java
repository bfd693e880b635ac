package org.attributionlens.model.io;

import org.attributionlens.model.InertText;

/**
 * A file that cannot be read as an attribution matrix. The message is meant for users: it names the
 * offending key or cell and says what was expected, and never mentions parser internals.
 * <p>
 * The reason is always one printable line of bounded length: the sites that quote the file do so
 * with {@link InertText#quote(String)}, and whatever else of the file slipped into a reason is
 * escaped here too, so that no message can carry a terminal escape sequence or run to megabytes.
 */
public class AttributionFormatException extends Exception {

	private static final long serialVersionUID = 1L;
	/** The longest reason, in chars: a sentence with a few quotes fits many times over. */
	static final int MAX_REASON = 1000;

	private final int line;
	private final int column;
	private final String reason;

	/**
	 * @param line   1-based line, 0 when unknown
	 * @param column 1-based column (in UTF-16 chars, as editors count), 0 when unknown
	 * @param reason a sentence without the location
	 */
	public AttributionFormatException(int line, int column, String reason) {
		super(InertText.shorten(reason, MAX_REASON));
		this.line = Math.max(0, line);
		this.column = Math.max(0, column);
		this.reason = super.getMessage();
	}

	/** 1-based line of the problem; 0 when unknown. */
	public int line() {
		return line;
	}

	/** 1-based column of the problem; 0 when unknown. */
	public int column() {
		return column;
	}

	/** The problem as a sentence, without location. */
	public String reason() {
		return reason;
	}

	/** {@code "LINE:COL: reason"}, or just the reason when the location is unknown. */
	@Override
	public String getMessage() {
		return line == 0 ? reason : line + ":" + column + ": " + reason;
	}
}
