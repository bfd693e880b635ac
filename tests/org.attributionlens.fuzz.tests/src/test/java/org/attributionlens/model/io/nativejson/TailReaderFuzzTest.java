package org.attributionlens.model.io.nativejson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attributionlens.fuzz.tests.LaneOutcome;
import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The native reader reading the end of {@code token_attr} on a second thread ({@link TailReader})
 * against Jackson's general parser on any bytes, written to a file since only files are read in
 * two halves: the same matrix, bit for bit, or the same error at the same place.
 */
class TailReaderFuzzTest {

	private static final ReadOptions OPTIONS = new ReadOptions(0, new ReadLimits(100_000, 16L << 20, 4096, 32));
	private static final Path FILE = temporaryFile();

	@FuzzTest(maxDuration = "10s")
	void fuzz(byte[] data) throws IOException {
		Files.write(FILE, data);
		NativeJsonReader inTwoHalves = NativeJsonReader.inTwoHalvesFrom(OPTIONS, 0);
		LaneOutcome.assertSame((InputStream in) -> {
			try (FileChannel channel = FileChannel.open(FILE)) {
				return inTwoHalves.read(in, channel);
			}
		}, NativeJsonReader.withoutFastLane(OPTIONS), data);
	}

	private static Path temporaryFile() {
		try {
			Path file = Files.createTempFile("tail-reader-fuzz", ".attr.json");
			file.toFile().deleteOnExit();
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
