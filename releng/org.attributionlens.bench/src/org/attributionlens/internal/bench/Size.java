package org.attributionlens.internal.bench;

import java.util.Locale;

/** A benchmark size: rows (input tokens) x columns (output tokens), written {@code 512x128}. */
record Size(int rows, int columns) {

	Size {
		if (rows < 1 || columns < 1) {
			throw new IllegalArgumentException("a size needs at least one row and one column: " + rows + "x" + columns);
		}
	}

	static Size parse(String text) {
		String[] parts = text.strip().toLowerCase(Locale.ROOT).split("x", -1);
		if (parts.length != 2) {
			throw new IllegalArgumentException("size \"" + text + "\": expected ROWSxCOLUMNS, e.g. 512x128");
		}
		try {
			return new Size(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("size \"" + text + "\": expected ROWSxCOLUMNS, e.g. 512x128");
		}
	}

	long cells() {
		return (long) rows * columns;
	}

	String label() {
		return rows + "x" + columns;
	}
}
