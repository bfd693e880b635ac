package org.attributionlens.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line reads numpy and safetensors files through the registry, like any other format. */
class BinaryFormatsTest {

	private static String fixture(String name) {
		return CliRun.repositoryFile("tests/org.attributionlens.model.tests/fixtures/arrays/" + name).toString();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "run-f4-savez.npz", "run-f2-compressed.npz", "run-f32.safetensors", "token_attr-f8.npy" })
	void summarises(String name) {
		CliRun run = CliRun.of("summary", "--json", fixture(name));
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("\"rows\"") || run.out().contains("rows"), run.out());
		CliRun text = CliRun.of("summary", fixture(name));
		assertEquals(0, text.exitCode(), text.err());
		assertTrue(text.out().contains(name.endsWith(".safetensors") ? "safetensors" : "numpy"), text.out());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "run-f4-savez.npz", "run-f64.safetensors" })
	void summaryNamesTheTokens(String name) {
		CliRun run = CliRun.of("summary", fixture(name));
		assertTrue(run.out().contains("caf\u00e9"), run.out());
	}
}
