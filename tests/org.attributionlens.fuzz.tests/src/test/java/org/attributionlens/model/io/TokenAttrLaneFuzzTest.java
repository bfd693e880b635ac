package org.attributionlens.model.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import org.attributionlens.model.AttributionMatrix;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The native reader's fast lane for {@code token_attr} rows against Jackson's general parser on
 * any bytes: the same matrix, bit for bit, or the same error at the same place. (In the model's
 * package, on the class path, to reach the reader without the lane.)
 */
class TokenAttrLaneFuzzTest {

	private static final ReadOptions OPTIONS = new ReadOptions(0, new ReadLimits(100_000, 16L << 20, 4096, 32));

	@FuzzTest(maxDuration = "10s")
	void fuzz(byte[] data) throws IOException {
		String withLane = outcome(new NativeJsonReader(OPTIONS), data);
		String without = outcome(NativeJsonReader.withoutFastLane(OPTIONS), data);
		if (!withLane.equals(without)) {
			throw new AssertionError("with the lane: " + withLane + "\nwithout: " + without);
		}
	}

	private static String outcome(NativeJsonReader reader, byte[] data) throws IOException {
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
