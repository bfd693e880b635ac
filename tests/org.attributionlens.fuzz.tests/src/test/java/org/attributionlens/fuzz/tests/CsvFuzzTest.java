package org.attributionlens.fuzz.tests;

import org.attributionlens.model.io.csv.CsvAttributionReader;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The CSV/TSV reader on any bytes; the delimiter is sniffed as the dispatcher does, so seeds keep theirs. */
class CsvFuzzTest {

	@FuzzTest(maxDuration = "10s")
	void fuzz(byte[] data) {
		ReaderProperty.check(new CsvAttributionReader(ReaderProperty.OPTIONS, CsvAttributionReader.sniff(data, data.length)),
				data);
	}
}
