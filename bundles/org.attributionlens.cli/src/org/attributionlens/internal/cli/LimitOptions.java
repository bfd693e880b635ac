package org.attributionlens.internal.cli;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.attributionlens.model.io.LimitMessages;
import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;

/**
 * The read limits on the command line, the same five as in the IDE's preferences:
 * {@code --max-cells N}, {@code --max-decompressed-size SIZE} (bytes, or with a
 * K/M/G suffix in binary units), {@code --max-token-length N},
 * {@code --max-nesting-depth N}, {@code --max-string-length SIZE} (chars, with the same suffixes);
 * the names are the ones the readers' messages give.
 */
final class LimitOptions {
	static final String MAX_CELLS = LimitMessages.CELLS_OPTION;
	static final String MAX_DECOMPRESSED = LimitMessages.DECOMPRESSED_OPTION;
	static final String MAX_TOKEN_LENGTH = LimitMessages.TOKEN_LENGTH_OPTION;
	static final String MAX_DEPTH = LimitMessages.NESTING_OPTION;
	static final String MAX_STRING_LENGTH = LimitMessages.STRING_LENGTH_OPTION;
	static final Set<String> NAMES = Set.of(MAX_CELLS, MAX_DECOMPRESSED, MAX_TOKEN_LENGTH, MAX_DEPTH,
			MAX_STRING_LENGTH);

	private LimitOptions() {
	}

	/** A command's own value options together with the limit options. */
	static Set<String> and(Set<String> valueOptions) {
		Set<String> all = new HashSet<>(valueOptions);
		all.addAll(NAMES);
		return all;
	}

	/** The options to read with: the defaults, overridden by what was given. */
	static ReadOptions readOptions(Arguments arguments, int sequence) throws UsageException {
		ReadLimits defaults = ReadLimits.DEFAULTS;
		ReadLimits limits = new ReadLimits(
				size(arguments, MAX_CELLS, defaults.maxCells(), false),
				size(arguments, MAX_DECOMPRESSED, defaults.maxDecompressedBytes(), true),
				arguments.integer(MAX_TOKEN_LENGTH, 1, Integer.MAX_VALUE, defaults.maxTokenLength()),
				arguments.integer(MAX_DEPTH, 2, 1_000_000, defaults.maxNestingDepth()),
				(int) Math.min(Integer.MAX_VALUE - 16,
						size(arguments, MAX_STRING_LENGTH, defaults.maxStringLength(), true)));
		return new ReadOptions(sequence, limits);
	}

	private static long size(Arguments arguments, String name, long fallback, boolean binarySuffix)
			throws UsageException {
		String text = arguments.value(name);
		if (text == null) {
			return fallback;
		}
		String digits = text.strip().toUpperCase(Locale.ROOT).replace("_", "").replace(",", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		long unit = 1;
		if (binarySuffix && !digits.isEmpty()) {
			int shift = switch (digits.charAt(digits.length() - 1)) {
			case 'K' -> 10;
			case 'M' -> 20;
			case 'G' -> 30;
			default -> 0;
			};
			if (shift > 0) {
				unit = 1L << shift;
				digits = digits.substring(0, digits.length() - 1);
			}
		}
		// ASCII digits only: Long.parseLong would also take other scripts' digits
		if (digits.matches("[0-9]{1,18}")) { //$NON-NLS-1$
			long value = Long.parseLong(digits);
			if (value >= 1 && value <= Long.MAX_VALUE / unit) {
				return value * unit;
			}
		}
		throw new UsageException(Messages.format(Messages.ERROR_BAD_SIZE, name, text));
	}
}
