package org.attributionlens.model.view;

import java.util.Arrays;
import java.util.List;

/** Splits a token list into words by a {@link RowAggregation} scheme. */
final class WordGroups {

	static final String SENTENCEPIECE_SPACE = "\u2581";
	static final String GPT2_SPACE = "\u0120";
	private static final char GPT2_NEWLINE = '\u010A';
	private static final char GPT2_TAB = '\u0109';
	private static final char GPT2_RETURN = '\u010D';
	private static final String WORDPIECE_CONTINUATION = "##";

	private WordGroups() {
	}

	/**
	 * Where the words start: ascending token indices, the first 0, followed by one extra entry,
	 * {@code tokens.size()}, so that word {@code w} is {@code [starts[w], starts[w + 1])}.
	 *
	 * @param scheme resolved, not {@link RowAggregation#AUTO}
	 */
	static int[] starts(List<String> tokens, RowAggregation scheme) {
		int n = tokens.size();
		int[] starts = new int[n + 1];
		int count = 0;
		boolean previousStandsAlone = false;
		for (int i = 0; i < n; i++) {
			String token = tokens.get(i);
			boolean standsAlone = isSpecial(token) || holdsLineBreak(token);
			if (i == 0 || standsAlone || previousStandsAlone || isBlank(token) || startsWord(token, scheme)) {
				starts[count++] = i;
			}
			previousStandsAlone = standsAlone;
		}
		starts[count++] = n;
		return count == n + 1 ? starts : Arrays.copyOf(starts, count);
	}

	private static boolean startsWord(String token, RowAggregation scheme) {
		return switch (scheme) {
		case NONE, AUTO -> true;
		case SENTENCEPIECE -> token.startsWith(SENTENCEPIECE_SPACE);
		case GPT2 -> !token.isEmpty() && isGpt2Whitespace(token.charAt(0));
		case WORDPIECE -> !isWordPieceContinuation(token);
		};
	}

	/** The label of a merged word: its tokens joined, WordPiece's {@code ##} dropped from continuations. */
	static String label(List<String> tokens, int from, int to, RowAggregation scheme) {
		if (to - from == 1) {
			return tokens.get(from);
		}
		StringBuilder label = new StringBuilder();
		for (int i = from; i < to; i++) {
			String token = tokens.get(i);
			if (i > from && scheme == RowAggregation.WORDPIECE && isWordPieceContinuation(token)) {
				label.append(token, WORDPIECE_CONTINUATION.length(), token.length());
			} else {
				label.append(token);
			}
		}
		return label.toString();
	}

	/** A token holding a line break, real or GPT-2's Ċ: no word reaches across a line. */
	static boolean holdsLineBreak(String token) {
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (c == '\n' || c == '\r' || c == GPT2_NEWLINE || c == '\u2028' || c == '\u2029') {
				return true;
			}
		}
		return false;
	}

	/**
	 * A token of whitespace and space markers only (a lone {@code ▁} or {@code Ġ}, a tab): it may
	 * begin a word, as the space before it, but never continues one.
	 */
	static boolean isBlank(String token) {
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (!Character.isWhitespace(c) && c != SENTENCEPIECE_SPACE.charAt(0) && !isGpt2Whitespace(c)) {
				return false;
			}
		}
		return true;
	}

	static boolean isWordPieceContinuation(String token) {
		return token.length() > WORDPIECE_CONTINUATION.length() && token.startsWith(WORDPIECE_CONTINUATION);
	}

	/** A token of GPT-2 byte-level whitespace only that holds at least one newline, e.g. Ċ, ĊĊ, ĊĠĠ. */
	static boolean isGpt2Newline(String token) {
		boolean newline = false;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (!isGpt2Whitespace(c)) {
				return false;
			}
			newline |= c == GPT2_NEWLINE;
		}
		return newline;
	}

	private static boolean isGpt2Whitespace(char c) {
		return c == GPT2_SPACE.charAt(0) || c == GPT2_NEWLINE || c == GPT2_TAB || c == GPT2_RETURN;
	}

	/**
	 * Special tokens of the common tokenizers: {@code <...>} without spaces or nested angle
	 * brackets ({@code <s>}, {@code </s>}, {@code <unk>}, {@code <|endoftext|>}, {@code <0x0A>}), and
	 * {@code [...]} of capital letters, digits and underscores ({@code [CLS]}, {@code [SEP]},
	 * {@code [MASK]}).
	 */
	static boolean isSpecial(String token) {
		int n = token.length();
		if (n < 3) {
			return false;
		}
		char first = token.charAt(0);
		char last = token.charAt(n - 1);
		if (first == '<' && last == '>') {
			for (int i = 1; i < n - 1; i++) {
				char c = token.charAt(i);
				if (c == '<' || c == '>' || Character.isWhitespace(c)) {
					return false;
				}
			}
			return true;
		}
		if (first == '[' && last == ']') {
			for (int i = 1; i < n - 1; i++) {
				char c = token.charAt(i);
				if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
					return false;
				}
			}
			return true;
		}
		return false;
	}
}
