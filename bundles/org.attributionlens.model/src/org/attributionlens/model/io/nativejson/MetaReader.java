package org.attributionlens.model.io.nativejson;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.attributionlens.internal.model.io.JsonKinds;
import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.InertText;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.LimitMessages;
import org.attributionlens.model.io.MemoryBudget;
import org.attributionlens.model.io.ReadLimits;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads the flat {@code meta} object. Nested values are rejected rather than flattened or
 * stringified, so that what the Properties view shows is exactly what the file says.
 */
final class MetaReader {

	private MetaReader() {
	}

	/** Meta describes a run in a few values; more entries than this are refused rather than kept. */
	static final int MAX_ENTRIES = 10_000;

	/** Reads the object the parser is positioned on; keeps file order. */
	static Map<String, Object> read(JsonParser parser) throws IOException, AttributionFormatException {
		return read(parser, ReadLimits.DEFAULTS, new MemoryBudget.Strings("keeping the meta values"));
	}

	/**
	 * @param limits each string value is at most {@link ReadLimits#maxStringLength()} long
	 * @param kept   counts the kept strings, with the file's other strings
	 */
	static Map<String, Object> read(JsonParser parser, ReadLimits limits, MemoryBudget.Strings kept)
			throws IOException, AttributionFormatException {
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw here(parser).error("meta must be an object, found " + JsonKinds.describe(parser.currentToken()));
		}
		Map<String, Object> meta = new LinkedHashMap<>();
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String key = parser.currentName();
			if (meta.containsKey(key)) {
				throw here(parser).error("duplicate key " + InertText.quote(key) + " in meta");
			}
			if (meta.size() >= MAX_ENTRIES) {
				throw here(parser).error("meta has more than " + LimitMessages.count(MAX_ENTRIES)
						+ " entries; it is meant for a few values that describe the run");
			}
			JsonToken token = parser.nextToken();
			if (token == JsonToken.VALUE_STRING) {
				int length = parser.getTextLength();
				if (length > limits.maxStringLength()) {
					throw here(parser).error("meta." + InertText.shorten(key, InertText.MAX_QUOTE) + " is "
							+ LimitMessages.count(length) + " characters long, which " + LimitMessages.stringLength(limits));
				}
				kept.add(length + key.length(), here(parser));
			}
			meta.put(key, value(parser, key, token));
		}
		return meta;
	}

	private static Object value(JsonParser parser, String key, JsonToken token)
			throws IOException, AttributionFormatException {
		return switch (token) {
		case VALUE_STRING -> parser.getText();
		case VALUE_NUMBER_INT -> integer(parser);
		case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
		case VALUE_TRUE -> Boolean.TRUE;
		case VALUE_FALSE -> Boolean.FALSE;
		case VALUE_NULL -> null;
		default -> throw here(parser).error("meta." + InertText.shorten(key, InertText.MAX_QUOTE) + " is " + JsonKinds.describe(token)
				+ "; meta values must be strings, numbers, booleans or null");
		};
	}

	/** Integers become Long where they fit, so that callers see one integer type in practice. */
	private static Number integer(JsonParser parser) throws IOException {
		return switch (parser.getNumberType()) {
		case INT, LONG -> parser.getLongValue();
		default -> parser.getBigIntegerValue();
		};
	}

	private static SourcePosition here(JsonParser parser) {
		return SourcePosition.of(parser.currentTokenLocation());
	}
}
