package org.attributionlens.internal.render;

import java.io.IOException;
import java.io.Writer;

/**
 * Buffered text output for SVG with the few formatting operations it needs, without creating
 * strings for numbers (a large figure has millions of them): integers as such, other numbers with
 * at most two decimals, XML text escaped.
 */
final class SvgOut {

	private final Writer writer;
	private final char[] buffer = new char[1 << 16];
	private int length;

	SvgOut(Writer writer) {
		this.writer = writer;
	}

	SvgOut raw(String text) throws IOException {
		for (int i = 0; i < text.length(); i++) {
			put(text.charAt(i));
		}
		return this;
	}

	SvgOut raw(char c) throws IOException {
		put(c);
		return this;
	}

	/** A number with at most two decimals, without trailing zeros: 12, 12.5, 0.25, -3.14. */
	SvgOut number(double value) throws IOException {
		long hundredths = Math.round(value * 100);
		if (hundredths < 0) {
			put('-');
			hundredths = -hundredths;
		}
		integer(hundredths / 100);
		int fraction = (int) (hundredths % 100);
		if (fraction != 0) {
			put('.');
			put((char) ('0' + fraction / 10));
			if (fraction % 10 != 0) {
				put((char) ('0' + fraction % 10));
			}
		}
		return this;
	}

	SvgOut integer(long value) throws IOException {
		if (value < 0) {
			put('-');
			value = -value;
		}
		if (value >= 10) {
			integer(value / 10);
		}
		put((char) ('0' + value % 10));
		return this;
	}

	/** {@code #rrggbb}. */
	SvgOut color(int rgb) throws IOException {
		put('#');
		for (int shift = 20; shift >= 0; shift -= 4) {
			put(Character.forDigit(rgb >> shift & 0xF, 16));
		}
		return this;
	}

	/** An attribute {@code  name="value"} with a number value. */
	SvgOut attribute(String name, double value) throws IOException {
		return raw(' ').raw(name).raw("=\"").number(value).raw('"'); //$NON-NLS-1$
	}

	/**
	 * Text for element content or a quoted attribute value: markup characters become entities, and
	 * characters that XML 1.0 forbids (most control characters, U+FFFE, U+FFFF, unpaired surrogates)
	 * become U+FFFD, so that the document always parses.
	 */
	SvgOut text(String text) throws IOException {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> raw("&amp;"); //$NON-NLS-1$
			case '<' -> raw("&lt;"); //$NON-NLS-1$
			case '>' -> raw("&gt;"); //$NON-NLS-1$
			case '"' -> raw("&quot;"); //$NON-NLS-1$
			case '\'' -> raw("&#39;"); //$NON-NLS-1$
			default -> {
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					put(c);
					put(text.charAt(++i));
				} else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
						|| c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
					put('\uFFFD');
				} else {
					put(c);
				}
			}
			}
		}
		return this;
	}

	void flush() throws IOException {
		writer.write(buffer, 0, length);
		length = 0;
		writer.flush();
	}

	private void put(char c) throws IOException {
		if (length == buffer.length) {
			writer.write(buffer, 0, length);
			length = 0;
		}
		buffer[length++] = c;
	}
}
