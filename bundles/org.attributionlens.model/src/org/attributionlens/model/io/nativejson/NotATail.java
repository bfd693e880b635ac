package org.attributionlens.model.io.nativejson;

/**
 * Thrown inside a {@link TailReader} when the rows it reads cannot be kept as they come (a row
 * of another length, more rows than output tokens): the tail gives up, and the reader of the
 * start reads on and reports what it finds itself. Carries no stack trace: it is control flow.
 */
final class NotATail extends RuntimeException {
	private static final long serialVersionUID = 1L;

	NotATail() {
		super(null, null, false, false);
	}
}
