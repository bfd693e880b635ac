package org.attributionlens.model.io.csv;

import java.io.IOException;

import org.attributionlens.fuzz.tests.LaneOutcome;
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
		LaneOutcome.assertSame(new CsvAttributionReader(OPTIONS, delimiter),
				CsvAttributionReader.withoutFastLane(OPTIONS, delimiter), data);
	}
}
