package org.attributionlens.model.io.inseq;

import org.attributionlens.model.io.AttributionFormatException;

import com.fasterxml.jackson.core.JsonLocation;

/** A 1-based line and column in the JSON text, kept so that problems found later can point back. */
record Loc(int line, int column) {

	static final Loc START = new Loc(1, 1);

	static Loc of(JsonLocation location) {
		if (location == null) {
			return new Loc(0, 0);
		}
		return new Loc(location.getLineNr(), location.getColumnNr());
	}

	AttributionFormatException error(String reason) {
		return new AttributionFormatException(line, column, reason);
	}
}
