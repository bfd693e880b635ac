package org.attributionlens.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The read limits on the command line reach the readers. */
class LimitOptionsTest {
	private static String[] run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new String[] { String.valueOf(code), out.toString(StandardCharsets.UTF_8),
				err.toString(StandardCharsets.UTF_8) };
	}

	@Test
	void aCellLimitBelowTheFileSizeRefusesTheFile() {
		String division = CliRun.sample("division.attr.json");
		String[] result = run("validate", "--max-cells", "64", division);
		assertEquals("1", result[0], result[2]);
		assertTrue(result[2].contains("64"), result[2]);

		assertEquals("0", run("validate", "--max-cells=65", division)[0]);
		assertEquals("0", run("summary", "--json", "--max-nesting-depth", "8", division)[0]);
	}

	@Test
	void sizesAcceptBinarySuffixesAndRefuseNonsense() {
		String division = CliRun.sample("division.attr.json");
		assertEquals("0", run("validate", "--max-decompressed-size", "1K", division)[0]);
		String[] bad = run("validate", "--max-decompressed-size", "lots", division);
		assertEquals("2", bad[0]);
		assertTrue(bad[2].contains("--max-decompressed-size"), bad[2]);
		assertEquals("2", run("validate", "--max-nesting-depth", "1", division)[0]);
	}
}
