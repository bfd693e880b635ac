package org.attributionlens.internal.model.content;

import static org.eclipse.core.runtime.content.IContentDescriber.INDETERMINATE;
import static org.eclipse.core.runtime.content.IContentDescriber.INVALID;
import static org.eclipse.core.runtime.content.IContentDescriber.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttributionContentDescriberTest {

	private final AttributionContentDescriber describer = new AttributionContentDescriber();

	private int describe(String text) throws IOException {
		return describer.describe(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"token_attr\": []}", "{\"input_tokens\": [\"a\"]}", "  {\"output_tokens\": 1}",
			"{\"meta\": {\"a\": [1, {\"b\": 2}]}, \"input_tokens\": []}",
			// broken later on: the head already told
			"{\"input_tokens\": [\"a\"], oops" })
	void claimsObjectsWithAnAttributionKeyAtTopLevel(String json) throws IOException {
		assertEquals(VALID, describe(json));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "[]", "[{\"token_attr\": []}]", "{}", "{\"name\": \"package.json\", \"version\": \"1.0.0\"}",
			// the keys must be at top level, not nested
			"{\"data\": {\"token_attr\": [], \"input_tokens\": []}}", "not json at all", "{\"a\": 1,,}" })
	void leavesOtherJsonAlone(String json) throws IOException {
		assertEquals(INVALID, describe(json));
	}

	/** A binary format's magic is its content: numpy's and safetensors' files are claimed, gzip-compressed too. */
	@ParameterizedTest
	@ValueSource(strings = { "token_attr-f4.npy", "run-f4-savez.npz", "run-f2-compressed.npz", "run-fortran-big-endian.npz",
			"run-f32.safetensors", "run-bf16.safetensors" })
	void claimsNumpyAndSafetensorsFilesByTheirMagic(String name) throws IOException {
		byte[] bytes = Files.readAllBytes(Fixtures.fixture("arrays/" + name));
		assertEquals(VALID, describer.describe(new ByteArrayInputStream(bytes), null));
		java.io.ByteArrayOutputStream gzip = new java.io.ByteArrayOutputStream();
		try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gzip)) {
			out.write(bytes);
		}
		assertEquals(VALID, describer.describe(new ByteArrayInputStream(gzip.toByteArray()), null));
	}

	/**
	 * A safetensors file of model weights (no token_attr) and a zip of other things are not
	 * claimed by their content (binary bytes may still look like a table's first line, which
	 * leaves the decision to the name, as for any text).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "st-no-token-attr.safetensors", "npz-no-token-attr.npz" })
	void doesNotClaimOtherBinaryFiles(String name) throws IOException {
		byte[] bytes = Files.readAllBytes(Fixtures.fixture("arrays/malformed/" + name));
		assertNotEquals(VALID, describer.describe(new ByteArrayInputStream(bytes), null));
	}

	@Test
	void findsTheKeyAfterLongValues() throws IOException {
		String longPrompt = "x".repeat(3_000_000);
		assertEquals(VALID, describe("{\"meta\": {\"prompt\": \"" + longPrompt + "\"}, \"token_attr\": []}"));
		assertEquals(VALID, describe("{\"other\": [" + "1, ".repeat(100_000) + "1], \"token_attr\": []}"));
		// Inseq with use_primitives=True writes info, with the prompt, first
		assertEquals(VALID, describe("{\"info\": {\"input_texts\": [\"" + longPrompt + "\"]}, \"sequence_attributions\": []}"));
		// Inseq's attribute-context output writes the whole context first
		assertEquals(VALID, describe("{\"input_context\": \"" + longPrompt + "\", \"input_context_tokens\": [], \"cci_scores\": []}"));
	}

	@Test
	void cannotTellWhenTheKeyIsBeyondTheLimit() throws IOException {
		String prompt = "x".repeat(AttributionContentDescriber.LIMIT);
		assertEquals(INDETERMINATE, describe("{\"meta\": {\"prompt\": \"" + prompt + "\"}, \"token_attr\": []}"));
	}

	@Test
	void longFileWithTheKeyEarlyIsValid() throws IOException {
		assertEquals(VALID, describe("{\"input_tokens\": [" + "\"t\", ".repeat(10_000) + "\"t\"]}"));
	}

	@Test
	void multiByteCharactersBeforeTheKeyAreNoProblem() throws IOException {
		String json = "{\"meta\": {\"p\": \"" + "a".repeat(8191 - 15) + "▁".repeat(3000) + "\"}, \"token_attr\": []}";
		assertEquals(VALID, describe(json));
	}

	@ParameterizedTest
	@ValueSource(strings = { "division.attr.json", "arithmetic.attr.json", "realistic-prompt.attr.json" })
	void claimsTheSamples(String name) throws IOException {
		try (InputStream in = Files.newInputStream(Fixtures.sample(name))) {
			assertEquals(VALID, describer.describe(in, null));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "pydump-ascii.attr.json", "pydump-utf16.attr.json", "pydump-utf8-bom.attr.json" })
	void claimsPythonOutputInAnyEncoding(String name) throws IOException {
		try (InputStream in = Files.newInputStream(Fixtures.fixture(name))) {
			assertEquals(VALID, describer.describe(in, null));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"{\"__instance_type__\": [\"inseq.data.attribution\", \"FeatureAttributionOutput\"], \"attributes\": {}}",
			"{\"sequence_attributions\": [], \"info\": {}}" })
	void claimsInseqOutputsWithAndWithoutWrappers(String json) throws IOException {
		assertEquals(VALID, describe(json));
	}

	@Test
	void leavesOtherInstanceTypesAlone() throws IOException {
		assertEquals(INVALID, describe("{\"__instance_type__\": [\"mylib\", \"Config\"], \"attributes\": {}}"));
	}

	@Test
	void looksInsideGzip() throws IOException {
		assertEquals(VALID, describeGzipped("{\"token_attr\": [[1.0]]}"));
		assertEquals(INVALID, describeGzipped("{\"name\": \"not ours\"}"));
		// the gzip magic alone, then garbage: not readable, not ours
		assertEquals(INVALID, describer.describe(new ByteArrayInputStream(new byte[] { 0x1f, (byte) 0x8b, 1, 2, 3 }), null));
	}

	private int describeGzipped(String text) throws IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(bytes)) {
			gzip.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return describer.describe(new ByteArrayInputStream(bytes.toByteArray()), null);
	}
}
