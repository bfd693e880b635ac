package org.attributionlens.fuzz.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReader;
import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;

/**
 * The property every reader must have: for any bytes it returns a matrix or throws
 * {@link AttributionFormatException}. Anything else thrown (a RuntimeException, an
 * OutOfMemoryError, a StackOverflowError) escapes to Jazzer, which records it as a finding, as it
 * does for an input that takes too long.
 */
final class ReaderProperty {

	/**
	 * Limits small enough that an input of a few kilobytes can hit every one of them (and that
	 * allocations stay cheap), large enough that the seed files read.
	 */
	static final ReadOptions OPTIONS = new ReadOptions(0, new ReadLimits(1_000_000, 16L << 20, 4096, 32));

	private ReaderProperty() {
	}

	static void check(AttributionReader reader, byte[] data) {
		try {
			AttributionMatrix matrix = reader.read(new ByteArrayInputStream(data));
			checkMatrix(matrix);
		} catch (AttributionFormatException e) {
			checkMessage(e);
		} catch (IOException e) {
			// the bytes are in memory: no I/O can fail, so this is a reader's own exception leaking
			throw new AssertionError("an I/O exception escaped for in-memory bytes: " + e, e);
		}
	}

	/** The matrix is usable as the editor and the command line use it. */
	static void checkMatrix(AttributionMatrix matrix) {
		if (matrix.rows() < 1 || matrix.columns() < 1) {
			throw new AssertionError("empty matrix " + matrix);
		}
		if ((long) matrix.rows() * matrix.columns() > OPTIONS.limits().maxCells()) {
			throw new AssertionError("the cell limit was not enforced: " + matrix);
		}
		matrix.statistics();
	}

	/**
	 * A user-facing sentence with a location. (Whether it leaks parser internals is checked by the
	 * model tests' malformed corpora: here the message may quote the fuzzer's bytes, which can
	 * spell anything.)
	 */
	static void checkMessage(AttributionFormatException e) {
		String reason = e.reason();
		if (reason == null || reason.isBlank()) {
			throw new AssertionError("a format error without a reason", e);
		}
		if (e.line() < 1) {
			throw new AssertionError("a format error without a location: " + reason, e);
		}
	}
}
