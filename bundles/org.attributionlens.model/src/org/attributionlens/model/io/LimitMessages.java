package org.attributionlens.model.io;

import java.util.Locale;

/**
 * The wording shared by every reader when a file exceeds one of the {@link ReadLimits}: the
 * sentence names the limit's value and says where to raise it, so that a user with a genuinely
 * large file knows what to do.
 */
public final class LimitMessages {

	/** Where the IDE lets users change the limits. */
	public static final String PREFERENCES = "Preferences > Attribution Lens";
	/** Command-line option for {@link ReadLimits#maxCells()}. */
	public static final String CELLS_OPTION = "--max-cells";
	/** Command-line option for {@link ReadLimits#maxDecompressedBytes()}. */
	public static final String DECOMPRESSED_OPTION = "--max-decompressed-size";
	/** Command-line option for {@link ReadLimits#maxTokenLength()}. */
	public static final String TOKEN_LENGTH_OPTION = "--max-token-length";
	/** Command-line option for {@link ReadLimits#maxNestingDepth()}. */
	public static final String NESTING_OPTION = "--max-nesting-depth";
	/** Command-line option for {@link ReadLimits#maxStringLength()}. */
	public static final String STRING_LENGTH_OPTION = "--max-string-length";

	private LimitMessages() {
	}

	/** {@code "exceeds the limit of 100,000,000 cells (Preferences > Attribution Lens, or --max-cells)"} */
	public static String cells(ReadLimits limits) {
		return "exceeds the limit of " + count(limits.maxCells()) + " cells" + where(CELLS_OPTION);
	}

	/**
	 * {@code "more than the limit of 100,000,000 cells allows (...)"}, for counts beyond
	 * {@link ReadLimits#maxTokens()}.
	 */
	public static String cellsAllow(ReadLimits limits) {
		return "more than the limit of " + count(limits.maxCells()) + " cells allows" + where(CELLS_OPTION);
	}

	/** {@code "exceeds the limit of 65,536 characters per token (...)"} */
	public static String tokenLength(ReadLimits limits) {
		return "exceeds the limit of " + count(limits.maxTokenLength()) + " characters per token"
				+ where(TOKEN_LENGTH_OPTION);
	}

	/** {@code "exceeds the limit of 16,777,216 characters per string (...)"} */
	public static String stringLength(ReadLimits limits) {
		return "exceeds the limit of " + count(limits.maxStringLength()) + " characters per string"
				+ where(STRING_LENGTH_OPTION);
	}

	/** {@code "more deeply than the limit of 64 levels (...)"}, to follow "arrays and objects are nested". */
	public static String nesting(ReadLimits limits) {
		return "more deeply than the limit of " + count(limits.maxNestingDepth()) + " levels" + where(NESTING_OPTION);
	}

	/** {@code "the file decompresses to more than 2.0 GiB (the limit for compressed files; ...)"} */
	public static String decompressed(ReadLimits limits) {
		return "the file decompresses to more than " + bytes(limits.maxDecompressedBytes())
				+ " (the limit for compressed files; " + PREFERENCES + ", or " + DECOMPRESSED_OPTION + ")";
	}

	/** {@code 100000000} as {@code "100,000,000"}. */
	public static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	/** A byte count in the largest binary unit that keeps it at least 1: {@code "2.0 GiB"}, {@code "512 bytes"}. */
	public static String bytes(long value) {
		String[] units = { "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
		if (value < 1024) {
			return value + (value == 1 ? " byte" : " bytes");
		}
		double scaled = value;
		int unit = -1;
		while (scaled >= 1024 && unit < units.length - 1) {
			scaled /= 1024;
			unit++;
		}
		return String.format(Locale.ROOT, "%.1f %s", scaled, units[unit]);
	}

	private static String where(String option) {
		return " (" + PREFERENCES + ", or " + option + ")";
	}
}
