package org.attributionlens.fuzz.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReaders;
import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The dispatcher on any bytes: gzip detection and decompression with its limit, then every
 * reader. The file name, which also chooses the reader, follows the input's length, so that the
 * fuzzer varies both.
 */
class AttributionReadersFuzzTest {

	private static final String[] NAMES = { "", "run.json", "table.csv", "table.tsv", "run.json.gz" };
	/** A gzip input of a few kilobytes can reach this limit (deflate packs about 1000:1). */
	private static final ReadOptions OPTIONS = new ReadOptions(0,
			new ReadLimits(ReaderProperty.OPTIONS.limits().maxCells(), 1 << 20, 4096, 32));

	@FuzzTest(maxDuration = "10s")
	void fuzz(byte[] data) {
		try {
			ReaderProperty.checkMatrix(AttributionReaders.read(new ByteArrayInputStream(data),
					NAMES[data.length % NAMES.length], OPTIONS));
		} catch (AttributionFormatException e) {
			ReaderProperty.checkMessage(e);
		} catch (IOException e) {
			throw new AssertionError("an I/O exception escaped for in-memory bytes: " + e, e);
		}
	}
}
