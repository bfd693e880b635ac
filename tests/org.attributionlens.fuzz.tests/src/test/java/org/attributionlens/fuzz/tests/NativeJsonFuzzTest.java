package org.attributionlens.fuzz.tests;

import org.attributionlens.model.io.nativejson.NativeJsonReader;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The native JSON reader on any bytes. */
class NativeJsonFuzzTest {

	@FuzzTest(maxDuration = "10s")
	void fuzz(byte[] data) {
		ReaderProperty.check(new NativeJsonReader(ReaderProperty.OPTIONS), data);
	}
}
