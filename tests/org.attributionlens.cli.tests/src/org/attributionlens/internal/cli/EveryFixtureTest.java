package org.attributionlens.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line reads every fixture of the model tests that is meant to be
 * read, and for every malformed one says where the problem is
 * ({@code FILE:LINE:COL: message}), with no stack trace.
 */
class EveryFixtureTest {
	private static final String EXTENSIONS = ".*\\.(json|gz|csv|tsv|tab|txt|data|npy|npz|safetensors)$";

	private static Path fixtures() {
		Path division = Path.of(CliRun.sample("division.attr.json"));
		return division.getParent().getParent().resolve("tests/org.attributionlens.model.tests/fixtures");
	}

	private static List<Path> files(boolean malformed) throws IOException {
		try (Stream<Path> all = Files.walk(fixtures())) {
			return all.filter(Files::isRegularFile)
					.filter(file -> file.toString().contains("malformed") == malformed)
					.filter(file -> file.getFileName().toString().matches(EXTENSIONS)).sorted().toList();
		}
	}

	static List<Path> readable() throws IOException {
		return files(false);
	}

	static List<Path> malformed() throws IOException {
		return files(true);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("readable")
	void readsEveryGoodFixture(Path file) {
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(0, run.exitCode(), run.err());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformed")
	void locatesTheProblemOfEveryMalformedFixture(Path file) {
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(1, run.exitCode(), run.out());
		String message = run.err().strip();
		assertTrue(message.startsWith(file + ":"), message);
		assertTrue(message.substring(file.toString().length()).matches(":\\d+:\\d+: \\S.*"), message);
		assertTrue(!message.contains("Exception") && !message.contains("\tat "), message);
	}
}
