package org.attributionlens.internal.model.io;

import com.fasterxml.jackson.core.JsonToken;

/** Names JSON tokens the way a user would describe what the file contains. */
public final class JsonKinds {

	private JsonKinds() {
	}

	public static String describe(JsonToken token) {
		if (token == null) {
			return "the end of the file";
		}
		return switch (token) {
		case START_OBJECT -> "an object";
		case START_ARRAY -> "an array";
		case VALUE_STRING -> "a string";
		case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
		case VALUE_TRUE -> "true";
		case VALUE_FALSE -> "false";
		case VALUE_NULL -> "null";
		case END_ARRAY -> "the end of an array";
		case END_OBJECT -> "the end of an object";
		default -> "something else";
		};
	}
}
