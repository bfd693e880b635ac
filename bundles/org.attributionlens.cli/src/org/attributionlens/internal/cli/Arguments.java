package org.attributionlens.internal.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The arguments of one command: options with a value ({@code -o OUT}, {@code --decimals 2} or
 * {@code --decimals=2}), flags ({@code --transpose}) and exactly one FILE. Anything else is a
 * usage error that names the offending argument.
 */
final class Arguments {

	/**
	 * A whole number as users type it: ASCII digits only (Java's parsers also take other scripts'
	 * digits, which no one means to type), an optional sign, no more digits than a long holds.
	 */
	private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,18}"); //$NON-NLS-1$
	/** A decimal number: no hexadecimal, no NaN or Infinity, no type suffix such as 1d or 1f. */
	private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]{1,30}(\\.[0-9]{0,30})?|\\.[0-9]{1,30})([eE][+-]?[0-9]{1,4})?"); //$NON-NLS-1$

	private final String command;
	private final Map<String, String> values = new HashMap<>();
	private final List<String> flags = new ArrayList<>();
	private final String file;

	private Arguments(String command, List<String> args, Set<String> valueOptions, Set<String> flagOptions)
			throws UsageException {
		this.command = command;
		List<String> files = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			// "-" alone could be a file name; anything longer starting with "-" is an option
			if (!arg.startsWith("-") || arg.length() == 1) {
				files.add(arg);
				continue;
			}
			int equals = arg.indexOf('=');
			String name = equals > 0 && arg.startsWith("--") ? arg.substring(0, equals) : arg;
			if (valueOptions.contains(name)) {
				String value;
				if (equals > 0 && name.length() < arg.length()) {
					value = arg.substring(equals + 1);
				} else if (i + 1 < args.size()) {
					value = args.get(++i);
				} else {
					throw new UsageException(Messages.format(Messages.ERROR_MISSING_VALUE, name));
				}
				if (values.put(canonical(name), value) != null) {
					throw new UsageException(Messages.format(Messages.ERROR_REPEATED_OPTION, name));
				}
			} else if (flagOptions.contains(arg)) {
				flags.add(arg);
			} else {
				throw new UsageException(Messages.format(Messages.ERROR_UNKNOWN_OPTION, arg, command));
			}
		}
		if (files.isEmpty()) {
			throw new UsageException(Messages.format(Messages.ERROR_MISSING_FILE, command));
		}
		if (files.size() > 1) {
			throw new UsageException(Messages.format(Messages.ERROR_EXTRA_ARGUMENT, files.get(1), command));
		}
		file = files.get(0);
	}

	/**
	 * @param valueOptions options that take a value; "-o" and "--output" are the same option
	 * @param flagOptions  options without a value
	 */
	static Arguments parse(String command, List<String> args, Set<String> valueOptions, Set<String> flagOptions)
			throws UsageException {
		return new Arguments(command, args, valueOptions, flagOptions);
	}

	private static String canonical(String name) {
		return name.equals("--output") ? "-o" : name;
	}

	String command() {
		return command;
	}

	String file() {
		return file;
	}

	boolean flag(String name) {
		return flags.contains(name);
	}

	/** The value of an option, or null when it was not given. */
	String value(String name) {
		return values.get(canonical(name));
	}

	/** The value of an option that must be given. */
	String required(String name) throws UsageException {
		String value = value(name);
		if (value == null) {
			throw new UsageException(Messages.format(Messages.ERROR_MISSING_OPTION, command, name));
		}
		return value;
	}

	/** A whole number in [min, max]; {@code fallback} when the option is absent. */
	int integer(String name, int min, int max, int fallback) throws UsageException {
		String text = value(name);
		if (text == null) {
			return fallback;
		}
		String digits = text.strip();
		if (WHOLE.matcher(digits).matches()) {
			long number = Long.parseLong(digits);
			if (number >= min && number <= max) {
				return (int) number;
			}
		}
		throw new UsageException(Messages.format(Messages.ERROR_BAD_INTEGER, name, text, min, max));
	}

	/**
	 * A finite decimal number in [min, max]; {@code fallback} when the option is absent. The bounds
	 * are what the option implies (a scale that leaves at least one pixel), so that no value that
	 * passes here can fail later as if the file were at fault.
	 */
	double decimal(String name, double min, double max, double fallback) throws UsageException {
		String text = value(name);
		if (text == null) {
			return fallback;
		}
		String digits = text.strip();
		if (DECIMAL.matcher(digits).matches()) {
			double number = Double.parseDouble(digits);
			if (Double.isFinite(number) && number >= min && number <= max) {
				return number;
			}
		}
		throw new UsageException(Messages.format(Messages.ERROR_BAD_NUMBER, name, text, min, max));
	}

	/** A value that names something: not empty and not only white space. */
	String name(String option) throws UsageException {
		String text = required(option);
		if (text.isBlank()) {
			throw new UsageException(Messages.format(Messages.ERROR_EMPTY_VALUE, option));
		}
		return text;
	}
}
