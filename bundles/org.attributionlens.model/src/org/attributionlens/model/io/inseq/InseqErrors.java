package org.attributionlens.model.io.inseq;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.InertText;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.LimitMessages;
import org.attributionlens.model.io.ReadLimits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * Sentences for users in place of the JSON parser's own messages, which name its configuration
 * and internal types. Only facts (the offending character, the limit, the location) are kept.
 */
final class InseqErrors {

	static final String EXPECTED = "expected an Inseq FeatureAttributionOutput (a JSON object with sequence_attributions)";

	private static final Pattern UNEXPECTED_CHAR = Pattern.compile("^Unexpected character \\('(.+?)' \\(code (\\d+)\\)\\)");
	private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");
	private static final Pattern ILLEGAL_BASE64 = Pattern.compile("Illegal character '(.+?)' \\(code 0x([0-9a-fA-F]+)\\)");

	private InseqErrors() {
	}

	/**
	 * @param section the part of the document being read, e.g.
	 *                "sequence_attributions[0].source_attributions"; null at the top level
	 */
	static AttributionFormatException translate(JsonProcessingException e, String section, ReadLimits limits,
			SourcePosition fallback) {
		SourcePosition at = e.getLocation() == null ? fallback : SourcePosition.of(e.getLocation());
		if (e instanceof JsonEOFException) {
			return at.error(section == null ? "the file ends before the JSON document is complete (truncated?)"
					: "the file ends in the middle of " + section + " (truncated?)");
		}
		String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
		if (e instanceof StreamConstraintsException) {
			if (message.contains("nesting depth")) {
				return at.error("arrays and objects are nested more than " + limits.maxNestingDepth()
						+ " levels deep (the limit); an Inseq file needs far fewer");
			}
			if (message.startsWith("String value length")) {
				return at.error("a string is far longer than the limit of " + LimitMessages.count(stringLimit(limits))
						+ " characters, or than the memory free for reading allows" + in(section) + "; a string that is not tensor data "
						+ LimitMessages.stringLength(limits).replace("exceeds", "may not exceed"));
			}
			return at.error("a number or key is far longer than an attribution file can have" + in(section));
		}
		if (e instanceof InputCoercionException) {
			return at.error("a number is out of range" + in(section));
		}
		Matcher m = UNRECOGNIZED_TOKEN.matcher(message);
		if (m.find()) {
			String word = m.group(1);
			SourcePosition start = at.column() > word.length() ? new SourcePosition(at.line(), at.column() - word.length()) : at;
			return start.error("not JSON: unrecognized word '" + InertText.shorten(word, InertText.MAX_QUOTE) + "'");
		}
		m = UNEXPECTED_CHAR.matcher(message);
		if (m.find()) {
			int code = Integer.parseInt(m.group(2));
			return at.error("not JSON: unexpected character " + Base64Text.describe((char) code)
					+ (code == '\'' ? "; JSON writes strings and keys in double quotes" : ""));
		}
		if (message.startsWith("Illegal unquoted character")) {
			return at.error("not JSON: a control character inside a string; strings must write it as an escape such as \\n");
		}
		if (message.startsWith("Unexpected close marker")) {
			return at.error("not JSON: the brackets do not match");
		}
		return at.error("not JSON: the text cannot be parsed here");
	}

	/**
	 * The sentence for a base64 problem reported by the parser's streaming decoder.
	 *
	 * @param index the 0-based character of the string where decoding stopped, -1 when unknown
	 */
	static String base64Problem(String parserMessage, long index) {
		String message = parserMessage == null ? "" : parserMessage;
		String where = index < 0 ? "" : " at character " + index + " (decoded byte " + index / 4 * 3 + ")";
		Matcher m = ILLEGAL_BASE64.matcher(message);
		if (m.find()) {
			int code = Integer.parseInt(m.group(2), 16);
			if (code == '"') {
				return "the base64 text ends in the middle of a 4-character group"
						+ (index < 0 ? "" : " after " + index + " characters") + " (truncated?)";
			}
			return "the base64 text has " + Base64Text.describe((char) code) + where + ", which is not a base64 character";
		}
		if (message.contains("padding")) {
			return "the base64 text has misplaced '=' padding" + where;
		}
		if (message.contains("white space")) {
			return "the base64 text has white space inside a 4-character group" + where;
		}
		return "the base64 text is malformed" + where;
	}

	/**
	 * The longest string a file may hold: a base64 tensor of maxCells float32 values (or of the
	 * largest decompressed payload, if smaller), or a token. Checked by the reader where it reads a
	 * legacy tensor string, exactly and at the string's start.
	 */
	static int stringLimit(ReadLimits limits) {
		long tensorChars = Math.min(limits.maxCells() * 16 / 3, limits.maxDecompressedBytes() / 3 * 4) + 1024;
		return (int) Math.min(Integer.MAX_VALUE - 1024, Math.max(limits.maxTokenLength(), tensorChars));
	}

	/**
	 * The parser's own bound on strings, a backstop well above {@link #stringLimit}: the parser only
	 * checks it when its buffers grow, which depends on buffers recycled from earlier files, so it
	 * cannot give exact, repeatable messages; it only keeps a hostile string from filling memory.
	 */
	static int parserStringLimit(ReadLimits limits) {
		return (int) Math.min(Integer.MAX_VALUE - 1024, 2L * stringLimit(limits) + 65_536);
	}

	/**
	 * The same, also bounded by the memory free for reading: while the parser collects a string it
	 * holds it in its buffer and then copies it (about 6 bytes per char at the peak), so a string
	 * the heap cannot hold is refused by the parser before it fills the heap. Never below
	 * {@link ReadLimits#maxStringLength()}, which the reader itself checks with a plainer message.
	 */
	static int parserStringLimit(ReadLimits limits, long freeBytes) {
		long byMemory = Math.max(limits.maxStringLength() + 1L, freeBytes / 6);
		return (int) Math.min(parserStringLimit(limits), byMemory);
	}

	static String describe(JsonToken token) {
		if (token == null) {
			return "the end of the file";
		}
		return switch (token) {
		case START_OBJECT -> "an object";
		case START_ARRAY -> "a list";
		case VALUE_STRING -> "a string";
		case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
		case VALUE_TRUE -> "true";
		case VALUE_FALSE -> "false";
		case VALUE_NULL -> "null";
		default -> "something else";
		};
	}

	private static String in(String section) {
		return section == null ? "" : " (in " + section + ")";
	}
}
