package org.attributionlens.internal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.attributionlens.internal.bench.SideProcess.Outcome;
import org.attributionlens.internal.bench.SideProcess.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The C++ reference says what is missing where it cannot run, and where g++ and libsimdjson-dev are
 * installed it compiles once and reads the files the benchmark writes (skipped elsewhere).
 */
class SimdjsonSideTest {

	@TempDir
	Path dir;

	@Test
	void withoutACompilerItNamesThePackage() throws Exception {
		SimdjsonSide side = SimdjsonSide.prepare(source(), dir, List.of("no-such-c++-compiler"), dir.toString());
		assertFalse(side.available());
		assertEquals("g++ (Debian package) not found on the PATH: C++ reference (simdjson) skipped", side.unavailable());
	}

	@Test
	void withoutTheSourceItSaysWhereItLooked() throws Exception {
		Path missing = dir.resolve("simdjson_side.cpp");
		SimdjsonSide side = SimdjsonSide.prepare(missing, dir, SimdjsonSide.COMPILERS, System.getenv("PATH"));
		assertFalse(side.available());
		assertTrue(side.unavailable().contains("not found at " + missing), side.unavailable());
	}

	@Test
	void readsTheBenchmarkFileOnceCompiled() throws Exception {
		SimdjsonSide side = installed();
		BenchFiles files = new BenchFiles(dir, new Size(13, 5));
		files.generate();
		Outcome outcome = side.read(files.nativeFile, 1, 0, 3, 120);
		assertEquals(Status.OK, outcome.status(), outcome.message());
		assertEquals("65", outcome.values().get("values"));
		assertEquals("3", outcome.values().get("runs"));
		assertTrue(outcome.medianMillis() > 0, outcome.values().toString());

		// compiled once: a program newer than its source is reused
		Path binary = dir.resolve("simdjson_side");
		FileTime compiled = Files.getLastModifiedTime(binary);
		assertTrue(SimdjsonSide.prepare(source(), dir, SimdjsonSide.COMPILERS, System.getenv("PATH")).available());
		assertEquals(compiled, Files.getLastModifiedTime(binary));
	}

	@Test
	void aRowOfTheWrongLengthFailsWithTheProgramsMessage() throws Exception {
		SimdjsonSide side = installed();
		Path file = dir.resolve("ragged.attr.json");
		Files.writeString(file, "{\"input_tokens\": [\"a\", \"b\"], \"output_tokens\": [\"x\", \"y\"],"
				+ " \"token_attr\": [[0.5, 0.25], [0.125]]}", StandardCharsets.UTF_8);
		Outcome outcome = side.read(file, 0, 0, 1, 120);
		assertEquals(Status.FAILED, outcome.status());
		assertTrue(outcome.message().contains("a row shorter than the input tokens"), outcome.message());
	}

	private SimdjsonSide installed() throws Exception {
		SimdjsonSide side = SimdjsonSide.prepare(source(), dir, SimdjsonSide.COMPILERS, System.getenv("PATH"));
		assumeTrue(side.available(), side.unavailable());
		return side;
	}

	private static Path source() {
		Path source = BenchOptions.parse(new String[0], null).simdjsonSource();
		assertTrue(source != null && Files.isRegularFile(source), "the repository's " + BenchOptions.SIMDJSON_SOURCE);
		return source;
	}
}
