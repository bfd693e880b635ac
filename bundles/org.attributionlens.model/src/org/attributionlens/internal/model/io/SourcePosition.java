package org.attributionlens.internal.model.io;

import org.attributionlens.model.io.AttributionFormatException;

import com.fasterxml.jackson.core.JsonLocation;

/** A 1-based line and column in a file's text, remembered so that errors found later can point back. */
public record SourcePosition(int line, int column) {

	public static final SourcePosition START = new SourcePosition(1, 1);

	/** Jackson's location; (0, 0) when it has none. */
	public static SourcePosition of(JsonLocation location) {
		if (location == null) {
			return new SourcePosition(0, 0);
		}
		return new SourcePosition(location.getLineNr(), location.getColumnNr());
	}

	public AttributionFormatException error(String reason) {
		return new AttributionFormatException(line, column, reason);
	}
}
