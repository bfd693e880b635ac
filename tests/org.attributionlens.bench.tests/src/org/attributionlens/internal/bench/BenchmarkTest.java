package org.attributionlens.internal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attributionlens.internal.bench.Report.Row;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark in its quick mode on the smallest size, Java side only: exercises the code that
 * {@code ./attributionlens bench} runs and checks the table's rows. No timing is asserted.
 */
class BenchmarkTest {

	@TempDir
	Path dir;

	@Test
	void quickRunOnTheReferenceSizeHasEveryRow() throws Exception {
		BenchOptions options = BenchOptions.parse(
				new String[] { "--quick", "--sizes", "13x5", "--no-python", "--no-simdjson", "--out", dir.toString() }, null);
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		Report report = Benchmark.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));

		// direct I/O is measured where the file system offers it
		List<String> operations = report.rows().stream().map(Row::operation)
				.filter(operation -> !operation.startsWith(Benchmark.DISK)).toList();
		assertEquals(List.of(
				"raw read (page cache), native file", "read native", "read native, one core",
				"raw read (page cache), CSV file", "read CSV",
				"raw read (page cache), Inseq file", "read Inseq",
				"summary (read + statistics + text)", "render SVG", "render PNG"), operations);
		for (Row row : report.rows()) {
			assertEquals("13x5", row.size());
			assertNotNull(row.oursMillis(), row.operation());
			assertTrue(row.oursMillis() > 0, row.operation());
			if (row.operation().startsWith("read ")) {
				assertTrue(row.python().startsWith("skipped: --no-python"), row.python());
				assertNotNull(row.rawRatio());
				if (!row.operation().equals(Benchmark.READ_NATIVE_ONE_CORE)) {
					assertTrue(row.heap().contains("B/cell") || row.heap().contains("not measurable"), row.heap());
				}
			}
		}
		assertTrue(report.find("13x5", "render PNG").note().contains("values in every cell"));

		String out = printed.toString(StandardCharsets.UTF_8);
		assertTrue(out.contains("Python/ours"), out);
		String markdown = Files.readString(dir.resolve("bench.md"));
		assertTrue(markdown.contains("| size | operation | ours ms |"), markdown);
		assertTrue(markdown.contains("| 13x5 | read Inseq |"), markdown);
		assertTrue(Files.size(dir.resolve("ours-13x5.png")) > 0);
	}

	@Test
	void theThreeFilesHoldTheSameMatrix() throws Exception {
		BenchFiles files = new BenchFiles(dir, new Size(7, 3));
		assertFalse(files.upToDate());
		files.generate();
		assertTrue(files.upToDate());
		AttributionMatrix expected = AttributionReaders.read(files.nativeFile);
		for (Path file : List.of(files.csvFile, files.inseqFile)) {
			AttributionMatrix matrix = AttributionReaders.read(file);
			assertEquals(expected.rowTokens(), matrix.rowTokens(), file.toString());
			assertEquals(expected.columnTokens(), matrix.columnTokens(), file.toString());
			for (int row = 0; row < 7; row++) {
				for (int column = 0; column < 3; column++) {
					assertEquals(expected.value(row, column), matrix.value(row, column), file + " " + row + "," + column);
				}
			}
		}
		assertTrue(AttributionReaders.read(files.inseqFile).format().startsWith("Inseq"));
	}

	@Test
	void sizesAreRowsByColumns() {
		assertEquals(new Size(512, 128), Size.parse("512x128"));
		assertEquals(4096L * 4096, Size.parse(" 4096X4096 ").cells());
		assertEquals(BenchOptions.DEFAULT_SIZES, BenchOptions.parse(new String[0], dir).sizes());
	}
}
