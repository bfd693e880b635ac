package org.attributionlens.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The command line reads Inseq's attribute-context JSON through the registry, like any other format. */
class AttributeContextTest {

	private static final String FIXTURES = "tests/org.attributionlens.model.tests/fixtures/";

	@Test
	void summarises() {
		String file = CliRun.repositoryFile(FIXTURES + "attribute-context/pecore-output-context.json").toString();
		CliRun run = CliRun.of("summary", file);
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("Inseq attribute-context"), run.out());
		CliRun json = CliRun.of("summary", "--json", file);
		assertEquals(0, json.exitCode(), json.err());
		assertTrue(json.out().contains("\"rows\""), json.out());
	}

	@Test
	void aForeignJsonFileIsToldWhatWasTried() {
		String file = CliRun.repositoryFile(FIXTURES + "malformed-foreign/package.json").toString();
		CliRun run = CliRun.of("validate", file);
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains(":1:1: not a token-attribution file: a JSON object without input_tokens,"
				+ " output_tokens or token_attr; it has no key of any layout read here; tried "), run.err());
	}
}
