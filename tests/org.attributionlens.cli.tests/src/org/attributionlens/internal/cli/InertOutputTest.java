package org.attributionlens.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attributionlens.model.InertText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a file holds, the tool prints no control character, bidi override or endless line. */
class InertOutputTest {

	/** ESC ] 0 ; title BEL, ESC c, CR, C1 CSI, RIGHT-TO-LEFT OVERRIDE, as JSON escapes. */
	private static final String HOSTILE = "\\u001b]0;pwned\\u0007\\u001bc\\r\\u009b2J\\u202e";

	@TempDir
	Path dir;

	@Test
	void summaryEscapesMetaKeysValuesAndTokens() throws IOException {
		Path file = write("meta.attr.json", "{\"input_tokens\": [\"a" + HOSTILE + "\"], \"output_tokens\": [\"b\"],"
				+ " \"token_attr\": [[1.0]], \"meta\": {\"k" + HOSTILE + "\": \"v" + HOSTILE + "\"}}");
		CliRun text = CliRun.of("summary", file.toString());
		assertEquals(0, text.exitCode(), text.err());
		assertInert(text.out());
		assertTrue(text.out().contains("k\\u001B]0;pwned\\u0007\\u001Bc\\r\\u009B2J\\u202E: v\\u001B]0;pwned"), text.out());
		CliRun json = CliRun.of("summary", file.toString(), "--json");
		assertEquals(0, json.exitCode(), json.err());
		assertInert(json.out());
		assertTrue(json.out().contains("\"k\\u001B]0;pwned\\u0007\\u001Bc\\r\\u009B2J\\u202E\""), json.out());
	}

	@Test
	void errorsQuoteTheFileEscapedAndShort() throws IOException {
		// a file of ours (a JSON object without our keys is told so, without quoting it)
		Path file = write("format.attr.json", "{\"input_tokens\": [\"a\"], \"format\": \"" + HOSTILE + "x".repeat(100_000) + "\"}");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(1, run.exitCode());
		assertInert(run.err());
		assertEquals(1, run.err().lines().count(), run.err());
		assertTrue(run.err().contains("format \"\\u001B]0;pwned\\u0007\\u001Bc\\r\\u009B2J\\u202Exxx"), run.err());
		assertTrue(run.err().length() < file.toString().length() + 250, run.err());
	}

	@Test
	void anUnrecognisedWordIsQuotedEscaped() throws IOException {
		Path file = dir.resolve("word.attr.json");
		Files.write(file, ("{\"input_tokens\": nul\u001bc" + "l".repeat(10_000) + "}").getBytes(StandardCharsets.ISO_8859_1));
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(1, run.exitCode());
		assertInert(run.err());
		assertEquals(1, run.err().lines().count(), run.err());
	}

	@Test
	void aFileNameWithControlsIsEscapedToo() throws IOException {
		Path file = write("name\u001b[2J.attr.json", "{}");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(1, run.exitCode());
		assertInert(run.err());
		assertTrue(run.err().contains("name\\u001B[2J.attr.json"), run.err());
	}

	private Path write(String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	static void assertInert(String printed) {
		for (int i = 0; i < printed.length(); i++) {
			char c = printed.charAt(i);
			if (c != '\n' && !Character.isSurrogate(c)) {
				assertFalse(InertText.needsEscape(c), () -> "raw U+" + Integer.toHexString(c) + " in: " + printed);
			}
		}
	}
}
