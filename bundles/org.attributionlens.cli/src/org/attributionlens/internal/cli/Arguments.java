package org.attributionlens.internal.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one command: options with a value ({@code -o OUT}, {@code --decimals 2} or
 * {@code --decimals=2}), flags ({@code --transpose}) and exactly one FILE. Anything else is a
 * usage error that names the offending argument.
 */
final class Arguments {

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
		try {
			int number = Integer.parseInt(text.strip());
			if (number >= min && number <= max) {
				return number;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(Messages.format(Messages.ERROR_BAD_INTEGER, name, text, min, max));
	}

	/** A number in (0, max]; {@code fallback} when the option is absent. */
	double positive(String name, double max, double fallback) throws UsageException {
		String text = value(name);
		if (text == null) {
			return fallback;
		}
		try {
			double number = Double.parseDouble(text.strip());
			if (number > 0 && number <= max) {
				return number;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(Messages.format(Messages.ERROR_BAD_NUMBER, name, text, max));
	}
}
