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

	/**
	 * A byte of a binary file (numpy, safetensors), which has no lines: line 1, and the byte's
	 * 1-based position as the column, so that every format error keeps a location; the reasons
	 * name the byte in words where it helps.
	 */
	public static SourcePosition atByte(long offset) {
		return new SourcePosition(1, (int) Math.min(Integer.MAX_VALUE, offset + 1));
	}

	public AttributionFormatException error(String reason) {
		return new AttributionFormatException(line, column, reason);
	}
}
