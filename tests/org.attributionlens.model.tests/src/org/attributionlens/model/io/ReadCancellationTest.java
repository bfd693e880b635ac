package org.attributionlens.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import org.attributionlens.model.AttributionMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read stops at its next buffer once its caller cancels it, whatever the format, also under
 * gzip, where the compressed bytes are all read long before the text is parsed.
 */
class ReadCancellationTest {

	private static final String SMALL = "{\"input_tokens\": [\"a\", \"b\"], \"output_tokens\": [\"x\"], \"token_attr\": [[0.5, -0.5]]";

	/** Asks say no {@code times} times, then yes; counts the questions. */
	private static final class CancelAfter {
		final AtomicInteger asked = new AtomicInteger();
		final int times;

		CancelAfter(int times) {
			this.times = times;
		}

		boolean cancelled() {
			return asked.incrementAndGet() > times;
		}
	}

	/** A small native file followed by {@code mebibytes} MiB of spaces, in that many gzip members. */
	private static byte[] gzipWithSpaces(int mebibytes) throws IOException {
		ByteArrayOutputStream member = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(member)) {
			gzip.write(" ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII));
		}
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(file)) {
			gzip.write(SMALL.getBytes(StandardCharsets.UTF_8));
		}
		for (int i = 0; i < mebibytes; i++) {
			file.write(member.toByteArray());
		}
		try (GZIPOutputStream gzip = new GZIPOutputStream(file)) {
			gzip.write('}');
		}
		return file.toByteArray();
	}

	@Test
	void aCancelledReadStopsWithinABufferOfGzipText(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("spaces.attr.json.gz");
		Files.write(file, gzipWithSpaces(64));
		CancelAfter check = new CancelAfter(20);

		assertThrows(ReadCancelledException.class,
				() -> AttributionReaders.read(file, ReadOptions.DEFAULTS.withCancellation(check::cancelled)));
		assertEquals(21, check.asked.get(), "the read stops at the first question answered yes");
	}

	@Test
	void aCancelledTableStopsWhileItsRecordsAreCounted(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("rows.csv");
		StringBuilder table = new StringBuilder("token,x\n");
		for (int i = 0; i < 200_000; i++) {
			table.append('t').append(i).append(",0.5\n");
		}
		Files.writeString(file, table);
		CancelAfter check = new CancelAfter(3);

		assertThrows(ReadCancelledException.class,
				() -> AttributionReaders.read(file, ReadOptions.DEFAULTS.withCancellation(check::cancelled)));
	}

	@Test
	void aReadThatIsNeverCancelledReadsToTheEnd(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("spaces.attr.json.gz");
		Files.write(file, gzipWithSpaces(4));
		CancelAfter check = new CancelAfter(Integer.MAX_VALUE);

		AttributionMatrix read = AttributionReaders.read(file, ReadOptions.DEFAULTS.withCancellation(check::cancelled));
		AttributionMatrix plain = AttributionReaders.read(file);
		assertEquals(plain.rows(), read.rows());
		assertEquals(plain.columns(), read.columns());
		assertTrue(check.asked.get() >= 4 * 16, "asked once per buffer of 64 KiB at least: " + check.asked.get());
	}
}
