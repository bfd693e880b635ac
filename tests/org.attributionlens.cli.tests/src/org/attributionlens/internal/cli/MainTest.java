package org.attributionlens.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exit codes and the exact shape of what goes to stdout and stderr. */
class MainTest {

	@Test
	void validateAcceptsAGoodFile() {
		String file = CliRun.sample("division.attr.json");
		CliRun run = CliRun.of("validate", file);
		assertEquals(0, run.exitCode());
		assertEquals(file + ": OK, 5 input tokens x 13 output tokens, 0 missing cells" + System.lineSeparator(), run.out());
		assertEquals("", run.err());
	}

	@Test
	void validateReportsFileLineColumnAndReason(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("bad.attr.json");
		Files.writeString(file, """
				{"input_tokens": ["a", "b"],
				 "output_tokens": ["x"],
				 "token_attr": [[0.5, Infinity]]}
				""");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(1, run.exitCode());
		assertEquals("", run.out());
		assertEquals(file + ":3:23: token_attr[0][1] is Infinity; only finite numbers, NaN or null are allowed"
				+ System.lineSeparator(), run.err());
	}

	@Test
	void summaryOfABadFileFailsTheSameWay(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("truncated.attr.json");
		Files.writeString(file, "{\"input_tokens\": [\"a\"], \"token_attr\": [[1");
		CliRun run = CliRun.of("summary", "--json", file.toString());
		assertEquals(1, run.exitCode());
		assertEquals("", run.out(), "no partial JSON on stdout");
		assertEquals(file + ":1:42: the file ends in the middle of token_attr (truncated?)", run.err().strip());
	}

	@Test
	void missingFileIsAnErrorWithoutStackTrace(@TempDir Path dir) {
		String file = dir.resolve("absent.attr.json").toString();
		CliRun run = CliRun.of("validate", file);
		assertEquals(1, run.exitCode());
		assertEquals(file + ": no such file", run.err().strip());
		assertFalse(run.err().contains("Exception"));
	}

	@Test
	void directoryIsNotAFile(@TempDir Path dir) {
		CliRun run = CliRun.of("summary", dir.toString());
		assertEquals(1, run.exitCode());
		assertEquals(dir + ": is a directory, not a file", run.err().strip());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "frobnicate", "summary", "validate", "summary --verbose x.json",
			"validate --json x.json", "validate a.json b.json" })
	void usageErrorsExitWithTwoAndShowUsage(String commandLine) {
		String[] args = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");
		CliRun run = CliRun.of(args);
		assertEquals(2, run.exitCode());
		assertEquals("", run.out());
		assertTrue(run.err().contains("usage: attribution-lens <command> [options]"), run.err());
	}

	@Test
	void usageErrorsSayWhatIsWrongFirst() {
		assertTrue(CliRun.of("frobnicate").err().startsWith("unknown command \"frobnicate\""));
		assertTrue(CliRun.of("summary").err().startsWith("summary needs a FILE"));
		assertTrue(CliRun.of("summary", "--csv", "f").err().startsWith("unknown option \"--csv\" for summary"));
		assertTrue(CliRun.of("validate", "a", "b").err().startsWith("unexpected argument \"b\"; validate takes one FILE"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "--help", "-h", "help", "summary --help" })
	void helpGoesToStdoutWithExitZero(String commandLine) {
		CliRun run = CliRun.of(commandLine.split(" "));
		assertEquals(0, run.exitCode());
		assertTrue(run.out().startsWith("usage: attribution-lens"));
		assertTrue(run.out().contains("validate FILE"));
		assertEquals("", run.err());
	}

	@Test
	void textSummaryShowsTheFiguresObservations() {
		CliRun run = CliRun.of("summary", CliRun.sample("arithmetic.attr.json"));
		assertEquals(0, run.exitCode(), run.err());
		String out = run.out();
		assertTrue(out.contains("shape      5 input tokens x 9 output tokens, 45 cells, 0 missing"), out);
		assertTrue(out.contains("display    output tokens as rows, input tokens across (as Captum draws it)"), out);
		assertTrue(out.contains("maximum    1.3714 at input 0 \"8 x 48 = 384\", output 3 \"▁x\""), out);
		assertTrue(out.contains("minimum    -0.3675 at input 4 \"$35 ($85 - $50)\", output 3 \"▁x\""), out);
		assertTrue(out.contains("near zero  no input token peaks below 1% of the largest |value| (1.3714)"), out);
		assertTrue(out.contains("near zero  4 of 9 output tokens peak below that too: 5 \"▁\", 6 \"8\", 7 \"▁\","
				+ " 8 \"▁=\""), out);
		assertTrue(out.contains("  3 \"▁x\": \"8 x 48 = 384\" 1.3714 (input 0), \"3 x 4 = 12\" 0.6865 (input 1),"
				+ " \"50(10x5)\" 0.6837 (input 3)"), out);
		assertTrue(out.contains("  generated:  16 x  8  =" + System.lineSeparator()),
				"meta shown raw, not as a token label: " + out);
	}

	/** seq_attr and output_probs in Captum's terms, on a file written as Captum's result would be. */
	@Test
	void textSummaryShowsSeqAttrAndOutputProbabilities() {
		CliRun run = CliRun.of("summary", CliRun.repositoryFile(
				"tests/org.attributionlens.model.tests/fixtures/captum/feature-ablation.attr.json").toString());
		assertEquals(0, run.exitCode(), run.err());
		String out = run.out();
		assertTrue(out.contains("  seq_attr   input tokens by |attribution to the whole output|: \"FL\" 1.9421 (input 2),"
				+ " \"His\" -1.4188 (input 4), \"Palm Coast\" 1.1446 (input 1), \"Dave\" 0.3154 (input 0),"
				+ " \"lawyer\" -0.2006 (input 3)" + System.lineSeparator()), out);
		assertTrue(out.contains("  2 \",\" (p 0.7799): \"Dave\" 0.8396 (input 0), \"FL\" 0.6686 (input 2),"
				+ " \"lawyer\" 0.2087 (input 3)" + System.lineSeparator()), out);
		CliRun lime = CliRun.of("summary", CliRun.repositoryFile(
				"tests/org.attributionlens.model.tests/fixtures/captum/lime.attr.json").toString());
		assertTrue(lime.out().contains("  values     no token_attr in the file (as Captum writes for Lime and KernelShap)"),
				lime.out());
		assertTrue(lime.out().contains("  0 \"playing | golf | , | hiking"), lime.out());
		assertTrue(lime.out().contains("…\": \"Palm Coast\" 2.1187 (input 1), \"lawyer\" 0.9504 (input 3)"), lime.out());
	}

	@Test
	void textSummaryOfTheRealisticSampleNamesMissingCells() {
		CliRun run = CliRun.of("summary", CliRun.sample("realistic-prompt.attr.json"));
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("112 input tokens x 40 output tokens, 4480 cells, 3 missing"), run.out());
		assertTrue(run.out().contains("\"\\n\""), "the newline token is visible");
	}
}
