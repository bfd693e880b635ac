package org.attributionlens.model.io.csv;

import com.fasterxml.jackson.core.io.NumberInput;

/**
 * Cell values as pandas writes them: Python float reprs ({@code 0.1}, {@code -1.5e-05},
 * {@code 3}), an empty cell or {@code nan} for a missing value. Stricter than
 * {@link Float#parseFloat(String)}, which would also take hexadecimal, type suffixes and
 * {@code Infinity}.
 */
final class CsvNumbers {

	/** Why a cell is not a value. */
	enum Problem {
		NOT_A_NUMBER, INFINITE, TOO_LARGE, TOO_LONG
	}

	/** Thrown for a cell that is not a finite 32-bit float; cheap, without a stack trace. */
	static final class BadValue extends Exception {
		private static final long serialVersionUID = 1L;
		final Problem problem;

		BadValue(Problem problem) {
			super(problem.name(), null, false, false);
			this.problem = problem;
		}
	}

	/** Longest text taken as a number, as the JSON parser's own bound. */
	static final int MAX_LENGTH = 1000;

	private CsvNumbers() {
	}

	/**
	 * @return the value; NaN for a missing one (an empty cell, or {@code nan} in any case)
	 * @throws BadValue for anything else that is not a finite 32-bit float
	 */
	static float parse(String cell) throws BadValue {
		int start = 0;
		int end = cell.length();
		while (start < end && cell.charAt(start) == ' ') {
			start++;
		}
		while (end > start && cell.charAt(end - 1) == ' ') {
			end--;
		}
		if (start == end) {
			return Float.NaN;
		}
		if (end - start > MAX_LENGTH) {
			throw new BadValue(Problem.TOO_LONG);
		}
		String text = start == 0 && end == cell.length() ? cell : cell.substring(start, end);
		if (!isDecimal(text)) {
			if (text.equalsIgnoreCase("nan")) {
				return Float.NaN;
			}
			throw new BadValue(special(text));
		}
		float value;
		try {
			value = NumberInput.parseFloat(text, true);
		} catch (NumberFormatException e) {
			throw new BadValue(Problem.NOT_A_NUMBER);
		}
		if (Float.isInfinite(value) || Float.isNaN(value)) {
			throw new BadValue(Problem.TOO_LARGE);
		}
		return value;
	}

	private static Problem special(String text) {
		String word = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
		if (word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity")) {
			return Problem.INFINITE;
		}
		return Problem.NOT_A_NUMBER;
	}

	/** {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?}, ASCII digits only. */
	static boolean isDecimal(String text) {
		int i = 0;
		int n = text.length();
		if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
			i++;
		}
		int digits = 0;
		while (i < n && isDigit(text.charAt(i))) {
			i++;
			digits++;
		}
		if (i < n && text.charAt(i) == '.') {
			i++;
			while (i < n && isDigit(text.charAt(i))) {
				i++;
				digits++;
			}
		}
		if (digits == 0) {
			return false;
		}
		if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
			i++;
			if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
				i++;
			}
			int exponent = 0;
			while (i < n && isDigit(text.charAt(i))) {
				i++;
				exponent++;
			}
			if (exponent == 0) {
				return false;
			}
		}
		return i == n;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}
}
