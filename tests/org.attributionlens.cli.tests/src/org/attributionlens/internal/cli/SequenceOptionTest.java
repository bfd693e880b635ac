package org.attributionlens.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command takes {@code --sequence N}: it picks a sequence of a file holding several, and
 * an index the file does not have, or no number at all, is a usage error (exit 2) that says how
 * many sequences there are; nothing is written then.
 */
class SequenceOptionTest {

	private static final String TWO_SEQUENCES = "tests/org.attributionlens.model.tests/fixtures/inseq/two-sequences.json";

	@TempDir
	Path dir;

	/** The command line of a command on FILE with the options, writing into {@link #dir}. */
	private List<String> command(String command, String file, String... options) {
		List<String> args = new ArrayList<>(List.of(command, file));
		switch (command) {
		case "render" -> args.addAll(List.of("-o", dir.resolve("out.svg").toString()));
		case "convert" -> args.addAll(List.of("-o", dir.resolve("out.attr.json").toString()));
		default -> {
			// summary and validate write nothing
		}
		}
		args.addAll(List.of(options));
		return args;
	}

	private CliRun run(List<String> args) {
		return CliRun.of(args.toArray(String[]::new));
	}

	@ParameterizedTest
	@ValueSource(strings = { "summary", "validate", "render", "convert" })
	void picksASequenceOfAFileWithSeveral(String command) {
		String file = CliRun.repositoryFile(TWO_SEQUENCES).toString();
		CliRun second = run(command(command, file, "--sequence", "1"));
		assertEquals(0, second.exitCode(), second.err());
		CliRun first = run(command(command, file, "--sequence=0"));
		assertEquals(0, first.exitCode(), first.err());
		if (command.equals("summary") || command.equals("validate")) {
			assertTrue(!first.out().equals(second.out()), "the two sequences differ: " + second.out());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "summary", "validate", "render", "convert" })
	void aSequenceTheFileLacksIsAUsageErrorSayingHowManyThereAre(String command) throws IOException {
		String several = CliRun.repositoryFile(TWO_SEQUENCES).toString();
		CliRun beyond = run(command(command, several, "--sequence", "2"));
		assertEquals(2, beyond.exitCode(), beyond.err());
		assertTrue(beyond.err().startsWith("option --sequence 2 is out of range: " + several
				+ " holds 2 sequences, numbered 0 to 1" + System.lineSeparator()), beyond.err());
		String single = CliRun.sample("arithmetic.attr.json");
		CliRun one = run(command(command, single, "--sequence", "1"));
		assertEquals(2, one.exitCode(), one.err());
		assertTrue(one.err().startsWith("option --sequence 1 is out of range: " + single
				+ " holds 1 sequence, numbered 0" + System.lineSeparator()), one.err());
		for (String notAnIndex : List.of("-1", "x", "1.5", "")) {
			CliRun bad = run(command(command, single, "--sequence", notAnIndex));
			assertEquals(2, bad.exitCode(), notAnIndex);
			assertTrue(bad.err().startsWith("option \"--sequence\" needs a whole number from 0"), bad.err());
		}
		try (var written = Files.list(dir)) {
			assertEquals(0, written.count(), "nothing written");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "1" })
	void summaryJsonSaysWhichSequenceOfHowMany(String index) throws IOException {
		Map<String, Object> json = SummarySchemaTest.summary(CliRun.repositoryFile(TWO_SEQUENCES).toString(),
				"--sequence", index);
		assertEquals(Map.of("index", Long.valueOf(index), "count", 2L), json.get("sequence"));
	}
}
