package org.attributionlens.model.io.nativejson;

import java.io.IOException;

import org.attributionlens.fuzz.tests.LaneOutcome;
import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;

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
		LaneOutcome.assertSame(new NativeJsonReader(OPTIONS), NativeJsonReader.withoutFastLane(OPTIONS), data);
	}
}
