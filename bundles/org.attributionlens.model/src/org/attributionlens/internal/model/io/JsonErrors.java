package org.attributionlens.internal.model.io;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attributionlens.model.InertText;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.LimitMessages;
import org.attributionlens.model.io.ReadLimits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * Rewrites the parser's syntax errors as sentences for users. The parser's own messages name its
 * configuration options and internal types, which mean nothing to someone who wrote a file from
 * Python, so only the facts (the offending character or word, the location) are carried over.
 */
public final class JsonErrors {

	private static final Pattern UNEXPECTED_CHAR = Pattern.compile("^Unexpected character \\('(.+?)' \\(code (\\d+)\\)\\)");
	private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");
	private static final Pattern CONTROL_CHAR = Pattern.compile("^Illegal (?:unquoted )?character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
	private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)'");
	private static final Set<String> PYTHON_WORDS = Set.of("None", "True", "False", "nan", "inf", "-inf");

	private JsonErrors() {
	}

	/**
	 * @param section the top-level key being read, or null between keys; names the place in
	 *                messages about truncated files
	 */
	public static AttributionFormatException translate(JsonProcessingException e, String section) {
		return translate(e, section, ReadLimits.DEFAULTS);
	}

	/**
	 * @param section the top-level key being read, or null between keys; names the place in
	 *                messages about truncated files
	 * @param limits  the limits the parser was configured with, named in messages about them
	 */
	public static AttributionFormatException translate(JsonProcessingException e, String section, ReadLimits limits) {
		SourcePosition at = SourcePosition.of(e.getLocation());
		if (e instanceof JsonEOFException) {
			return at.error(truncated(section));
		}
		if (e instanceof StreamConstraintsException) {
			return at.error(constraint(e.getOriginalMessage() == null ? "" : e.getOriginalMessage(), limits));
		}
		String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
		Matcher m = UNRECOGNIZED_TOKEN.matcher(message);
		if (m.find()) {
			String word = m.group(1);
			return start(e).error("not JSON: unrecognized word '" + InertText.shorten(word, InertText.MAX_QUOTE) + "'" + pythonHint(word));
		}
		m = UNEXPECTED_CHAR.matcher(message);
		if (m.find()) {
			String character = m.group(1);
			return at.error("not JSON: unexpected character " + quoteChar(character, Integer.parseInt(m.group(2)))
					+ expectation(message, character));
		}
		m = CONTROL_CHAR.matcher(message);
		if (m.find()) {
			String where = message.startsWith("Illegal unquoted") ? "inside a string" : "between values";
			return at.error("not JSON: control character " + codeName(Integer.parseInt(m.group(1))) + " " + where
					+ "; strings must write it as an escape such as \\n");
		}
		m = CLOSE_MARKER.matcher(message);
		if (m.find()) {
			return at.error("not JSON: unexpected '" + m.group(1) + "'; the brackets do not match");
		}
		if (message.startsWith("Unrecognized character escape")) {
			return at.error("not JSON: invalid escape sequence in a string (allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
		}
		if (message.startsWith("Invalid numeric value") || message.contains("in numeric value")) {
			return at.error("not JSON: malformed number");
		}
		return at.error("not JSON: the text cannot be parsed here");
	}

	/**
	 * Where the offending text starts. The parser reports the end of an unrecognized word, but the
	 * user needs its start; for everything else it already reports the offending character.
	 */
	public static SourcePosition start(JsonProcessingException e) {
		SourcePosition at = SourcePosition.of(e.getLocation());
		Matcher m = UNRECOGNIZED_TOKEN.matcher(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
		if (m.find() && at.column() > m.group(1).length()) {
			return new SourcePosition(at.line(), at.column() - m.group(1).length());
		}
		return at;
	}

	/** The parser's own limits, as a sentence; its message names the exceeded bound first. */
	private static String constraint(String message, ReadLimits limits) {
		if (message.startsWith("Document nesting depth")) {
			return "arrays and objects are nested " + LimitMessages.nesting(limits);
		}
		if (message.startsWith("String value length")) {
			return "a string in the file is longer than " + LimitMessages.count(
					Math.max(limits.maxStringLength(), limits.maxTokenLength()))
					+ " characters, which " + LimitMessages.stringLength(limits);
		}
		if (message.startsWith("Number value length")) {
			return "a number in the file has more than " + LimitMessages.count(StreamReadConstraints.DEFAULT_MAX_NUM_LEN)
					+ " digits";
		}
		if (message.startsWith("Name length")) {
			return "a key in the file is longer than " + LimitMessages.count(StreamReadConstraints.DEFAULT_MAX_NAME_LEN)
					+ " characters";
		}
		return "the file contains a string, number or nesting far larger than an attribution file can have";
	}

	public static String truncated(String section) {
		return section == null ? "the file ends before the JSON object is closed (truncated?)"
				: "the file ends in the middle of " + section + " (truncated?)";
	}

	private static String pythonHint(String word) {
		if (!PYTHON_WORDS.contains(word)) {
			return "";
		}
		return switch (word) {
		case "None" -> " (Python's None is written null in JSON)";
		case "True", "False" -> " (JSON writes booleans in lower case: true, false)";
		default -> " (JSON files from Python write NaN, Infinity and -Infinity)";
		};
	}

	private static String quoteChar(String character, int code) {
		return code < 0x20 || code == 0x7F ? codeName(code) : "'" + character + "'";
	}

	private static String codeName(int code) {
		return String.format("U+%04X", code);
	}

	private static String expectation(String message, String character) {
		if (message.contains("double-quote to start field name")) {
			return "; keys must be strings in double quotes";
		}
		if (message.contains("comma to separate")) {
			return "; a comma is missing";
		}
		if (message.contains("colon to separate")) {
			return "; a colon must follow the key";
		}
		if (message.contains("expected a valid value")) {
			return "]".equals(character) || "}".equals(character) ? "; JSON allows no comma before a closing bracket"
					: "; expected a value";
		}
		return "";
	}
}
