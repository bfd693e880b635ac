package org.attributionlens.internal.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads JSON into maps, lists, strings, numbers, booleans and nulls, so that tests can assert on
 * the tool's output by field name. Integers become Long; floats stay the text written (so that a
 * test sees "0.382", not a widened double), or become {@link BigDecimal} for code that must tell a
 * number from a string ({@link #parseNumbers(String)}).
 */
final class JsonTree {

	private JsonTree() {
	}

	/** Parses exactly one JSON value, floats as their text; trailing content fails. */
	static Object parse(String json) throws IOException {
		return parse(json, false);
	}

	/** Parses exactly one JSON value, floats as {@link BigDecimal}; trailing content fails. */
	static Object parseNumbers(String json) throws IOException {
		return parse(json, true);
	}

	private static Object parse(String json, boolean floatsAsNumbers) throws IOException {
		try (JsonParser parser = new JsonFactory().createParser(json)) {
			Object value = read(parser, parser.nextToken(), floatsAsNumbers);
			if (parser.nextToken() != null) {
				throw new IOException("more than one JSON value");
			}
			return value;
		}
	}

	private static Object read(JsonParser parser, JsonToken token, boolean floatsAsNumbers) throws IOException {
		return switch (token) {
		case START_OBJECT -> {
			Map<String, Object> object = new LinkedHashMap<>();
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				object.put(name, read(parser, parser.nextToken(), floatsAsNumbers));
			}
			yield object;
		}
		case START_ARRAY -> {
			List<Object> array = new ArrayList<>();
			JsonToken next;
			while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
				array.add(read(parser, next, floatsAsNumbers));
			}
			yield array;
		}
		case VALUE_STRING -> parser.getText();
		case VALUE_NUMBER_INT -> parser.getLongValue();
		case VALUE_NUMBER_FLOAT -> floatsAsNumbers ? parser.getDecimalValue() : parser.getText();
		case VALUE_TRUE -> true;
		case VALUE_FALSE -> false;
		case VALUE_NULL -> null;
		default -> throw new IOException("unexpected " + token);
		};
	}
}
