package org.attributionlens.model.io.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The CSV reader's fast lane against the general path (Commons CSV and the field tracker) on any
 * bytes: the same matrix, bit for bit, or the same error at the same place. (In the reader's
 * package, on the class path, to reach the reader without the lane.)
 */
class RecordLaneFuzzTest {

	private static final ReadOptions OPTIONS = new ReadOptions(0, new ReadLimits(100_000, 16L << 20, 64, 32));

	@FuzzTest(maxDuration = "10s")
	void fuzz(byte[] data) throws IOException {
		CsvAttributionReader.Delimiter delimiter = CsvAttributionReader.sniff(data, data.length);
		String withLane = outcome(new CsvAttributionReader(OPTIONS, delimiter), data);
		String without = outcome(CsvAttributionReader.withoutFastLane(OPTIONS, delimiter), data);
		if (!withLane.equals(without)) {
			throw new AssertionError("with the lane: " + withLane + "\nwithout: " + without);
		}
	}

	private static String outcome(CsvAttributionReader reader, byte[] data) throws IOException {
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
