package org.attributionlens.model;

/**
 * Display labels for tokens. Tokens are often whitespace, control characters or empty, and a
 * label that renders as nothing would make rows look identical or vanish, so every character is
 * turned into something visible. Tokenizer markers such as {@code ▁}, {@code Ġ} and {@code Ċ} are
 * already visible and stay as they are. A backslash is kept as is, so a token consisting of a
 * backslash and an {@code n} looks like a newline token; that ambiguity is accepted because
 * doubling every backslash would disfigure code tokens, which are far more common.
 */
public final class TokenLabels {

	/** Shown for the empty token. */
	public static final String EMPTY = "\u27E8empty\u27E9";
	/** Shown instead of a plain space (U+2423 OPEN BOX). */
	public static final char SPACE = '\u2423';
	/** Appended by {@link #abbreviate(String, int)}. */
	public static final char ELLIPSIS = '\u2026';
	/** Carrier for a combining mark at the start of a token, which would otherwise attach to the preceding text. */
	private static final char DOTTED_CIRCLE = '\u25CC';

	private TokenLabels() {
	}

	/**
	 * Returns a label in which every character of {@code token} is visible: {@code \n}, {@code \t}
	 * and {@code \r} become backslash escapes; other control characters, DEL, format characters
	 * (zero-width joiners, BOM, ...), line/paragraph separators, non-ASCII spaces and lone
	 * surrogates become {@code \}{@code uXXXX}; the empty token becomes {@link #EMPTY}.
	 * <p>
	 * A plain space becomes {@code ␣} where it could otherwise go unnoticed: at the start or end of
	 * the token and next to another space. A single space between two other characters stays a space,
	 * so that multi-word tokens such as "9 + 3 = 12" read naturally.
	 */
	public static String visible(String token) {
		if (token.isEmpty()) {
			return EMPTY;
		}
		StringBuilder label = new StringBuilder(token.length() + 8);
		if (startsWithCombiningMark(token)) {
			label.append(DOTTED_CIRCLE);
		}
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < token.length() && Character.isLowSurrogate(token.charAt(i + 1))) {
				label.append(c).append(token.charAt(++i));
			} else if (c == ' ') {
				label.append(isPlainInnerSpace(token, i) ? ' ' : SPACE);
			} else {
				appendVisible(label, c);
			}
		}
		return label.toString();
	}

	private static boolean isPlainInnerSpace(String token, int index) {
		return index > 0 && index < token.length() - 1 && token.charAt(index - 1) != ' '
				&& token.charAt(index + 1) != ' ';
	}

	private static boolean startsWithCombiningMark(String token) {
		int type = Character.getType(token.codePointAt(0));
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

	/** The escapes are {@link InertText}'s, so that a token and any other text from a file look alike. */
	private static void appendVisible(StringBuilder label, char c) {
		if (InertText.needsEscape(c)) {
			InertText.appendEscape(label, c);
		} else {
			label.append(c);
		}
	}

	/**
	 * Shortens a label to at most {@code maxChars} code points, ending in {@code …} when cut.
	 * Counts code points, not chars, so that emoji and other supplementary characters are never
	 * split into broken halves.
	 *
	 * @throws IllegalArgumentException when {@code maxChars < 1}
	 */
	public static String abbreviate(String visible, int maxChars) {
		if (maxChars < 1) {
			throw new IllegalArgumentException("maxChars must be at least 1, got " + maxChars);
		}
		int length = visible.codePointCount(0, visible.length());
		if (length <= maxChars) {
			return visible;
		}
		int end = visible.offsetByCodePoints(0, maxChars - 1);
		return visible.substring(0, end) + ELLIPSIS;
	}
}
