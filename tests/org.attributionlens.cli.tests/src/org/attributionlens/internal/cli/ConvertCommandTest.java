package org.attributionlens.internal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert}: any readable file to the native format, read back equal. */
class ConvertCommandTest {

	@TempDir
	Path dir;

	@Test
	void divisionRoundTripsThroughTheNativeFormat() throws Exception {
		String input = CliRun.sample("division.attr.json");
		Path output = dir.resolve("division-copy.attr.json");
		CliRun run = CliRun.of("convert", input, "-o", output.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(output + ": 5 input tokens x 13 output tokens, converted from token-attribution v1"
				+ System.lineSeparator(), run.out());
		AttributionMatrix original = AttributionReaders.read(Path.of(input));
		AttributionMatrix copy = AttributionReaders.read(output);
		assertEquals(original.rowTokens(), copy.rowTokens());
		assertEquals(original.columnTokens(), copy.columnTokens());
		assertArrayEquals(original.toRowMajorArray(), copy.toRowMajorArray());
		assertEquals(original.meta(), copy.meta());
		assertTrue(Files.readString(output).contains("\"token_attr\": [\n    [-0.0756, 0.0216, 0.0065, 0.1044, -0.0691]"),
				"Captum's orientation, shortest floats");
	}

	@Test
	void convertedFileValidatesAndSummarisesLikeTheOriginal() {
		String input = CliRun.sample("arithmetic.attr.json");
		String output = dir.resolve("arithmetic.attr.json").toString();
		assertEquals(0, CliRun.of("convert", input, "-o", output).exitCode());
		String original = CliRun.of("summary", "--json", input).out();
		String converted = CliRun.of("summary", "--json", output).out();
		assertEquals(original.replace(input, "FILE"), converted.replace(output, "FILE"));
	}

	@Test
	void refusesToOverwriteItsInput() throws Exception {
		Path input = dir.resolve("in.attr.json");
		Files.copy(Path.of(CliRun.sample("division.attr.json")), input);
		byte[] before = Files.readAllBytes(input);
		// the same file under another spelling
		CliRun run = CliRun.of("convert", input.toString(), "-o", dir.resolve(".").resolve("in.attr.json").toString());
		assertEquals(2, run.exitCode());
		assertArrayEquals(before, Files.readAllBytes(input));
	}

	@Test
	void sequenceBeyondASingleMatrixIsAUsageError() {
		String input = CliRun.sample("division.attr.json");
		CliRun run = CliRun.of("convert", input, "-o", dir.resolve("x.attr.json").toString(), "--sequence", "1");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("option --sequence 1 is out of range: " + input + " holds 1 sequence"), run.err());
		assertFalse(Files.exists(dir.resolve("x.attr.json")));
		assertEquals(0, CliRun.of("convert", input, "-o", dir.resolve("y.attr.json").toString(), "--sequence", "0")
				.exitCode());
	}
}
