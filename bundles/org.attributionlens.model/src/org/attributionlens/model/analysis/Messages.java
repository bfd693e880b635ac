package org.attributionlens.model.analysis;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.attributionlens.model.TokenLabels;

/**
 * The sentences of the analyses, in messages.properties, and the number and token formatting they
 * share. Numbers are formatted here, locale independent, before they reach a pattern, so that
 * {@link MessageFormat} never applies locale-specific number formatting.
 */
final class Messages {

	private static final ResourceBundle BUNDLE = ResourceBundle
			.getBundle("org.attributionlens.model.analysis.messages", Locale.ROOT); //$NON-NLS-1$

	/** Longest token label, in code points, inside a sentence. */
	static final int MAX_TOKEN_CHARS = 40;

	static final String CELL_POSITIVE_FIRST = get("cell.positive.first"); //$NON-NLS-1$
	static final String CELL_POSITIVE_RANKED = get("cell.positive.ranked"); //$NON-NLS-1$
	static final String CELL_NEGATIVE_FIRST = get("cell.negative.first"); //$NON-NLS-1$
	static final String CELL_NEGATIVE_RANKED = get("cell.negative.ranked"); //$NON-NLS-1$
	static final String ROW_DOMINANT = get("row.dominant"); //$NON-NLS-1$
	static final String ROW_NEAR_ZERO = get("row.nearZero"); //$NON-NLS-1$
	static final String ROW_NEAR_ZERO_EMPTY = get("row.nearZeroEmpty"); //$NON-NLS-1$
	static final String OUTPUT_DOMINANT = get("output.dominant"); //$NON-NLS-1$
	static final String SEQ_ATTR = get("seqAttr.entry"); //$NON-NLS-1$
	static final String OUTPUT_NEAR_ZERO = get("output.nearZero"); //$NON-NLS-1$
	static final String OUTPUT_NEAR_ZERO_EMPTY = get("output.nearZeroEmpty"); //$NON-NLS-1$
	static final String COLUMN_TOP = get("column.top"); //$NON-NLS-1$
	static final String COLUMN_TOP_ENTRY = get("column.topEntry"); //$NON-NLS-1$
	static final String COLUMN_TOP_SEPARATOR = get("column.topSeparator"); //$NON-NLS-1$
	static final String COLUMN_NONE = get("column.none"); //$NON-NLS-1$
	static final String COLUMN_TOTAL = get("column.total"); //$NON-NLS-1$
	static final String TOKEN_SHARE = get("token.share"); //$NON-NLS-1$
	static final String LABEL_INPUT = get("label.input"); //$NON-NLS-1$
	static final String LABEL_OUTPUT = get("label.output"); //$NON-NLS-1$

	static final String DIFF_SAME_TOKENS = get("diff.sameTokens"); //$NON-NLS-1$
	static final String DIFF_ROW_COUNTS = get("diff.rowCounts"); //$NON-NLS-1$
	static final String DIFF_COLUMN_COUNTS = get("diff.columnCounts"); //$NON-NLS-1$
	static final String DIFF_ONE_ROW_ONLY = get("diff.oneRowOnly"); //$NON-NLS-1$
	static final String DIFF_ROWS_ONLY = get("diff.rowsOnly"); //$NON-NLS-1$
	static final String DIFF_ONE_COLUMN_ONLY = get("diff.oneColumnOnly"); //$NON-NLS-1$
	static final String DIFF_COLUMNS_ONLY = get("diff.columnsOnly"); //$NON-NLS-1$
	static final String DIFF_ROW_TOKEN = get("diff.rowToken"); //$NON-NLS-1$
	static final String DIFF_COLUMN_TOKEN = get("diff.columnToken"); //$NON-NLS-1$
	static final String DIFF_MORE_ROW_TOKENS = "diff.moreRowTokens"; //$NON-NLS-1$
	static final String DIFF_MORE_COLUMN_TOKENS = "diff.moreColumnTokens"; //$NON-NLS-1$
	static final String DIFF_INPUT_TOKENS = "diff.inputTokens"; //$NON-NLS-1$
	static final String DIFF_OUTPUT_TOKENS = "diff.outputTokens"; //$NON-NLS-1$
	static final String DIFF_MISSING = get("diff.missing"); //$NON-NLS-1$
	static final String DIFF_CLAMPED = get("diff.clamped"); //$NON-NLS-1$
	static final String DIFF_SUMMARY = get("diff.summary"); //$NON-NLS-1$
	static final String DIFF_SUMMARY_NONE = get("diff.summaryNone"); //$NON-NLS-1$

	private Messages() {
	}

	private static String get(String key) {
		return BUNDLE.getString(key);
	}

	/**
	 * The pattern of {@code base + ".one"} when {@code count} is 1, else of {@code base + ".many"},
	 * filled with the count and the further arguments.
	 */
	static String plural(String base, int count, Object... more) {
		Object[] arguments = new Object[more.length + 1];
		arguments[0] = count;
		System.arraycopy(more, 0, arguments, 1, more.length);
		return format(get(base + (count == 1 ? ".one" : ".many")), arguments); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Fills a pattern; arguments are turned into strings first, so no locale formatting applies. */
	static String format(String pattern, Object... arguments) {
		Object[] texts = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			texts[i] = String.valueOf(arguments[i]);
		}
		return new MessageFormat(pattern, Locale.ROOT).format(texts);
	}

	/** A value as the grid prints it: fixed decimals, locale independent, "-0.0000" kept. */
	static String number(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A share in [0, 1] as a percentage with one decimal: "85.9%". */
	static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f%%", share * 100); //$NON-NLS-1$
	}

	/** A token as it appears in a sentence: every character visible, long tokens shortened. */
	static String token(String token) {
		return TokenLabels.abbreviate(TokenLabels.visible(token), MAX_TOKEN_CHARS);
	}

	/** A token in double quotes, for lists and comparisons where its boundaries matter. */
	static String quoted(String token) {
		return "\"" + token(token) + "\""; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** English ordinals for ranks: 2nd, 3rd, 4th, 11th, 21st. */
	static String ordinal(int n) {
		int lastTwo = n % 100;
		String suffix;
		if (lastTwo >= 11 && lastTwo <= 13) {
			suffix = "th"; //$NON-NLS-1$
		} else {
			suffix = switch (n % 10) {
			case 1 -> "st"; //$NON-NLS-1$
			case 2 -> "nd"; //$NON-NLS-1$
			case 3 -> "rd"; //$NON-NLS-1$
			default -> "th"; //$NON-NLS-1$
			};
		}
		return n + suffix;
	}
}
