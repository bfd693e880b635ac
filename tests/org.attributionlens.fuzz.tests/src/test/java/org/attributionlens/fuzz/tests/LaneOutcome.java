package org.attributionlens.fuzz.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReader;

/**
 * For the fuzz targets of the readers' fast lanes: a reader with its lane and the same reader
 * without it must make the same of any bytes.
 */
public final class LaneOutcome {

	private LaneOutcome() {
	}

	/** Fails when the two readers make different matrices, or different errors, of the bytes. */
	public static void assertSame(AttributionReader withLane, AttributionReader without, byte[] data) throws IOException {
		String lane = of(withLane, data);
		String reference = of(without, data);
		if (!lane.equals(reference)) {
			throw new AssertionError("with the lane: " + lane + "\nwithout: " + reference);
		}
	}

	/** The tokens and the raw bits of every value, or the error message. */
	private static String of(AttributionReader reader, byte[] data) throws IOException {
		try {
			AttributionMatrix matrix = reader.read(new ByteArrayInputStream(data));
			float[] values = matrix.toRowMajorArray();
			int[] bits = new int[values.length];
			for (int i = 0; i < values.length; i++) {
				bits[i] = Float.floatToRawIntBits(values[i]);
			}
			return matrix.rowTokens() + " " + matrix.columnTokens() + " " + Arrays.toString(bits);
		} catch (AttributionFormatException e) {
			return e.getMessage();
		}
	}
}
