package org.attributionlens.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import org.attributionlens.internal.editor.TextPosition;
import org.junit.jupiter.api.Test;

/** Line and column of a reader's message to the offset a text editor puts its caret at. */
class TextPositionTest {
	private static int offset(String text, int line, int column) throws Exception {
		return TextPosition.offset(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8, line,
				column);
	}

	@Test
	void linesEndWithLfCrLfOrCr() throws Exception {
		assertEquals(0, offset("abc", 1, 1));
		assertEquals(5, offset("ab\ncdef", 2, 3));
		assertEquals(6, offset("ab\r\ncdef", 2, 3), "CR LF is one break of two characters");
		assertEquals(5, offset("ab\rcdef", 2, 3));
		assertEquals(-1, offset("ab\ncd", 4, 1), "past the end");
	}

	@Test
	void aByteOrderMarkIsNotCounted() throws Exception {
		assertEquals(4, offset("\uFEFFab\ncd", 2, 2));
	}

	@Test
	void gzipIsNotText() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write("{}".getBytes(StandardCharsets.UTF_8));
		}
		assertEquals(-1, TextPosition.offset(new ByteArrayInputStream(bytes.toByteArray()), StandardCharsets.UTF_8, 1, 1));
	}
}
