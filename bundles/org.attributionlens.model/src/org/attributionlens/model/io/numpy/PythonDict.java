package org.attributionlens.model.io.numpy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The Python dict literal of a {@code .npy} header, read without evaluating anything: string keys;
 * values that are strings, True/False, integers or tuples of integers. Anything else (a list
 * describing a structured dtype, None) is kept as {@link Other}, for the caller to refuse by name.
 */
final class PythonDict {

	/** A value of a kind the header does not need. */
	record Other() {
	}

	static final class Malformed extends Exception {
		private static final long serialVersionUID = 1L;

		Malformed(String message) {
			super(message);
		}
	}

	/** Tuples longer than this are no shapes of ours; numpy itself allows 64 dimensions. */
	private static final int MAX_DIMS = 64;

	private final String text;
	private int at;
	private final Map<String, Object> values = new HashMap<>();

	private PythonDict(String text) {
		this.text = text;
	}

	static PythonDict parse(String text) throws Malformed {
		PythonDict dict = new PythonDict(text);
		dict.dict();
		return dict;
	}

	Object get(String key) {
		return values.get(key);
	}

	private void dict() throws Malformed {
		expect('{');
		while (peek() != '}') {
			String key = string();
			expect(':');
			values.put(key, value());
			if (peek() == ',') {
				at++;
			} else if (peek() != '}') {
				throw problem("expected ',' or '}'");
			}
		}
		at++;
	}

	private Object value() throws Malformed {
		char c = peek();
		if (c == '\'' || c == '"') {
			return string();
		}
		if (c == '(') {
			return tuple();
		}
		if (Character.isDigit(c)) {
			return integer();
		}
		if (text.startsWith("True", at)) {
			at += 4;
			return Boolean.TRUE;
		}
		if (text.startsWith("False", at)) {
			at += 5;
			return Boolean.FALSE;
		}
		skipOther();
		return new Other();
	}

	private String string() throws Malformed {
		char quote = peek();
		if (quote != '\'' && quote != '"') {
			throw problem("expected a quoted key");
		}
		int end = text.indexOf(quote, at + 1);
		if (end < 0) {
			throw problem("a string is not closed");
		}
		String value = text.substring(at + 1, end);
		at = end + 1;
		return value;
	}

	private long[] tuple() throws Malformed {
		at++;
		long[] dims = new long[4];
		int count = 0;
		while (peek() != ')') {
			if (count == MAX_DIMS) {
				throw problem("the shape has more than " + MAX_DIMS + " dimensions");
			}
			if (count == dims.length) {
				dims = Arrays.copyOf(dims, count * 2);
			}
			dims[count++] = integer();
			if (peek() == ',') {
				at++;
			} else if (peek() != ')') {
				throw problem("expected ',' or ')' in the shape");
			}
		}
		at++;
		return Arrays.copyOf(dims, count);
	}

	private long integer() throws Malformed {
		peek();
		int start = at;
		while (at < text.length() && Character.isDigit(text.charAt(at)) && text.charAt(at) < 128) {
			at++;
		}
		if (start == at || at - start > 18) {
			throw problem(start == at ? "expected a non-negative integer" : "an integer is too large");
		}
		long value = Long.parseLong(text, start, at, 10);
		// Python 2 wrote long integers with an L
		if (at < text.length() && text.charAt(at) == 'L') {
			at++;
		}
		return value;
	}

	/** Skips a value of another kind up to the ',' or '}' that ends it, minding brackets and quotes. */
	private void skipOther() throws Malformed {
		int depth = 0;
		while (at < text.length()) {
			char c = text.charAt(at);
			if (c == '\'' || c == '"') {
				string();
				continue;
			}
			if (c == '(' || c == '[' || c == '{') {
				depth++;
			} else if (c == ')' || c == ']' || c == '}') {
				if (depth == 0) {
					return;
				}
				depth--;
			} else if (c == ',' && depth == 0) {
				return;
			}
			at++;
		}
		throw problem("the dict is not closed");
	}

	private void expect(char c) throws Malformed {
		if (peek() != c) {
			throw problem("expected '" + c + "'");
		}
		at++;
	}

	/** The next character that is not whitespace; NUL at the end. */
	private char peek() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
		return at < text.length() ? text.charAt(at) : '\0';
	}

	private Malformed problem(String what) {
		return new Malformed(what + " at character " + at + " of the header");
	}
}
