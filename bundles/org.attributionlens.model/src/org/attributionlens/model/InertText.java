package org.attributionlens.model;

import java.util.Locale;

/**
 * Text from a file made safe to print: the one escaping function behind everything the command
 * line, the launcher and the messages of the readers show of a file's content (tokens, meta and
 * info, keys, tensor and dtype names, words quoted in errors).
 * <p>
 * A terminal obeys control characters wherever they come from: ESC starts sequences that clear the
 * screen, set the window title or plant links, CR rewrites the line, C1 controls (U+0080-U+009F,
 * U+009B being a one-character CSI) do the same on many terminals, and the bidirectional
 * overrides and isolates (U+202A-U+202E, U+2066-U+2069) reorder what follows so that the shown
 * text differs from the real one. Every such character, and every other character that shows as
 * nothing (format characters, line and paragraph separators, non-ASCII spaces, lone surrogates),
 * is written as a visible escape: {@code \n}, {@code \t}, {@code \r}, or {@code \}{@code uXXXX}.
 * A backslash itself is kept, so escaping twice changes nothing.
 */
public final class InertText {

	/** The longest quote of a file's text in a message, in chars, the ellipsis included. */
	public static final int MAX_QUOTE = 80;
	/** Ends a shortened quote. */
	public static final char ELLIPSIS = '\u2026';

	private InertText() {
	}

	/**
	 * Whether {@code c} must not reach a terminal or a one-line message as it is: control
	 * characters (C0, DEL, C1), format characters (the bidirectional marks, overrides and isolates
	 * among them, zero-width characters, the byte-order mark), line and paragraph separators,
	 * spaces other than U+0020, and surrogates (callers pass lone ones only).
	 */
	public static boolean needsEscape(char c) {
		if (c >= 0x20 && c < 0x7F) {
			return false;
		}
		return switch (Character.getType(c)) {
		case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
				Character.SPACE_SEPARATOR, Character.SURROGATE -> true;
		default -> false;
		};
	}

	/** Appends {@code c} as its visible escape; for a character that {@linkplain #needsEscape(char) needs one}. */
	public static void appendEscape(StringBuilder out, char c) {
		switch (c) {
		case '\n' -> out.append("\\n"); //$NON-NLS-1$
		case '\t' -> out.append("\\t"); //$NON-NLS-1$
		case '\r' -> out.append("\\r"); //$NON-NLS-1$
		default -> {
			out.append("\\u"); //$NON-NLS-1$
			String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
			out.append("0000", hex.length(), 4).append(hex); //$NON-NLS-1$
		}
		}
	}

	/** {@code text} with every character that {@linkplain #needsEscape(char) needs it} escaped; the same string when none does. */
	public static String escape(String text) {
		if (text == null) {
			return "null"; //$NON-NLS-1$
		}
		int first = firstToEscape(text);
		if (first < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			i = appendEscaped(out, text, i);
		}
		return out.toString();
	}

	/**
	 * {@code text} {@linkplain #escape(String) escaped} and cut to at most {@code maxChars} chars,
	 * ending in {@link #ELLIPSIS} when cut; an escape or a surrogate pair is never cut in two. Only
	 * the part that is kept is looked at, so a huge text costs no more than a short one.
	 */
	public static String shorten(String text, int maxChars) {
		if (maxChars < 1) {
			throw new IllegalArgumentException("maxChars must be at least 1, got " + maxChars); //$NON-NLS-1$
		}
		if (text == null) {
			return "null"; //$NON-NLS-1$
		}
		StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars) + 8);
		for (int i = 0; i < text.length(); i++) {
			int before = out.length();
			i = appendEscaped(out, text, i);
			// while more follows, one char must stay free for the ellipsis
			boolean more = i + 1 < text.length();
			if (out.length() > (more ? maxChars - 1 : maxChars)) {
				out.setLength(before);
				return out.append(ELLIPSIS).toString();
			}
		}
		return out.toString();
	}

	/**
	 * A file's text as quoted in a message: {@linkplain #escape(String) escaped}, at most
	 * {@link #MAX_QUOTE} chars, in double quotes: {@code "\u001B]0;title\u0007"}.
	 */
	public static String quote(String text) {
		return '"' + shorten(text, MAX_QUOTE) + '"';
	}

	/** The index of the first char that needs an escape, or -1. */
	private static int firstToEscape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			} else if (needsEscape(c)) {
				return i;
			}
		}
		return -1;
	}

	/** Appends the char at {@code i} (with its low surrogate when it starts a pair); returns the last index used. */
	private static int appendEscaped(StringBuilder out, String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
			out.append(c).append(text.charAt(i + 1));
			return i + 1;
		}
		if (needsEscape(c)) {
			appendEscape(out, c);
		} else {
			out.append(c);
		}
		return i;
	}
}
