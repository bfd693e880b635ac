package org.attributionlens.fuzz.tests;

import org.attributionlens.model.io.inseq.InseqJsonReader;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The Inseq JSON reader on any bytes (base64 safetensors, legacy ndarrays, nested lists). */
class InseqFuzzTest {

	@FuzzTest(maxDuration = "10s")
	void fuzz(byte[] data) {
		ReaderProperty.check(new InseqJsonReader(ReaderProperty.OPTIONS), data);
	}
}
