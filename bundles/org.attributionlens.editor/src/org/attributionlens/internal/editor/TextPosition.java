package org.attributionlens.internal.editor;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;

/**
 * The character offset of a line and column in a text, as a text editor counts them: what a problem
 * marker needs (CHAR_START) so that opening it puts the caret on the error. Reads only up to the
 * position.
 */
public final class TextPosition {
	private static final int GZIP_MAGIC_1 = 0x1f;
	private static final int GZIP_MAGIC_2 = 0x8b;

	private TextPosition() {
	}

	/**
	 * @param line   1-based
	 * @param column 1-based, in characters
	 * @return the 0-based offset, or -1 when the text ends before, or when it is not text a text
	 *         editor can show (gzip)
	 */
	public static int offset(InputStream content, Charset charset, int line, int column) throws IOException {
		InputStream buffered = content.markSupported() ? content : new BufferedInputStream(content);
		buffered.mark(2);
		int first = buffered.read();
		int second = buffered.read();
		buffered.reset();
		if (first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2) {
			return -1;
		}
		BufferedReader reader = new BufferedReader(new InputStreamReader(buffered, charset));
		// a byte-order mark is not part of the document a text editor shows
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		int offset = 0;
		int currentLine = 1;
		int previous = -1;
		while (currentLine < line) {
			int c = reader.read();
			if (c < 0) {
				return -1;
			}
			offset++;
			// CR LF is one line break, as in a text editor and in the readers' line numbers
			if (c == '\n' && previous != '\r' || c == '\r') {
				currentLine++;
			}
			previous = c;
		}
		if (previous == '\r') {
			reader.mark(1);
			if (reader.read() == '\n') {
				offset++;
			} else {
				reader.reset();
			}
		}
		return offset + Math.max(0, column - 1);
	}
}
