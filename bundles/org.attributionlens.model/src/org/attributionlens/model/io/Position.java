package org.attributionlens.model.io;

import com.fasterxml.jackson.core.JsonLocation;

/** A 1-based line and column in the text, remembered so that errors found later can point back. */
record Position(int line, int column) {

	static final Position START = new Position(1, 1);

	static Position of(JsonLocation location) {
		if (location == null) {
			return new Position(0, 0);
		}
		return new Position(location.getLineNr(), location.getColumnNr());
	}

	AttributionFormatException error(String reason) {
		return new AttributionFormatException(line, column, reason);
	}
}
