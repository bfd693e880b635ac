package org.attributionlens.model.io.csv;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * The lines above a table's header that start with {@code #}: what numpy's
 * {@code savetxt(header=...)} writes there, and Attribution Lens's own Export > CSV, to say how the
 * table was made. Only above the header: further down, pandas writes a token such as {@code #include}
 * without quotes, and that row is data. Empty lines among them are taken too, as the table's readers
 * skip those anyway.
 * <p>
 * Reads whole chunks and puts back what follows the comments: the decoder beneath gives no single
 * char of a character outside the BMP (an emoji), only both halves together.
 */
final class LeadingComments {
	private static final int CHUNK = 1024;

	private final PushbackReader text;
	private int lines;
	private int column = 1;

	/** @param text the table's text from its start */
	LeadingComments(Reader text) {
		this.text = new PushbackReader(text, CHUNK);
	}

	/**
	 * Takes the comment and empty lines; {@link #lines()} and {@link #column()} say where it got to,
	 * also when reading fails.
	 *
	 * @return the text from the first line that is neither, positioned at its start
	 */
	Reader skip() throws IOException {
		char[] chunk = new char[CHUNK];
		boolean inComment = false;
		boolean afterCarriageReturn = false;
		while (true) {
			int count = text.read(chunk, 0, CHUNK);
			if (count < 0) {
				return text;
			}
			for (int i = 0; i < count; i++) {
				char c = chunk[i];
				if (afterCarriageReturn) {
					afterCarriageReturn = false;
					if (c == '\n') {
						continue;
					}
				}
				if (c == '\n' || c == '\r') {
					inComment = false;
					afterCarriageReturn = c == '\r';
					lines++;
					column = 1;
				} else if (inComment || c == '#') {
					inComment = true;
					column++;
				} else {
					text.unread(chunk, i, count - i);
					return text;
				}
			}
		}
	}

	/** The lines taken: the line the table starts on is one more. */
	int lines() {
		return lines;
	}

	/** The column reached on the line after {@link #lines()}, counted from 1. */
	int column() {
		return column;
	}
}
