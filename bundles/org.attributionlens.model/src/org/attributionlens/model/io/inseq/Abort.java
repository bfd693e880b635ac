package org.attributionlens.model.io.inseq;

import java.io.IOException;

import org.attributionlens.model.io.AttributionFormatException;

/**
 * Carries a format error out of an {@link java.io.OutputStream} that the JSON parser writes
 * decoded base64 into: the stream may only throw IOException, the reader unwraps it.
 */
final class Abort extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient AttributionFormatException failure;

	Abort(AttributionFormatException failure) {
		super(failure.getMessage());
		this.failure = failure;
	}

	AttributionFormatException failure() {
		return failure;
	}
}
