package org.attributionlens.model;

import java.util.Objects;

/**
 * A loaded attribution matrix together with where it came from.
 *
 * @param location a path for display only (workspace path or file-system path); never parsed
 * @param matrix   the loaded matrix
 */
public record AttributionFile(String location, AttributionMatrix matrix) {

	public AttributionFile {
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(matrix, "matrix");
	}
}
