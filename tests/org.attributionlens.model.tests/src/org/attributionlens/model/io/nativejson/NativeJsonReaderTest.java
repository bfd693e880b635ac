package org.attributionlens.model.io.nativejson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The accepting side of the native format: everything a valid file may look like. */
class NativeJsonReaderTest {

	private static final List<String> INPUTS = List.of("▁The", "▁cat", "▁sat", "▁on", "▁the", "▁cat", "\n", " ", "");
	private static final List<String> OUTPUTS = List.of("▁It", "▁was", "▁happy", ".");

	/** The python fixtures all hold the same content; see fixtures/make_fixtures.py. */
	@ParameterizedTest
	@ValueSource(strings = { "pydump-ascii.attr.json", "pydump-indent.attr.json", "pydump-utf16.attr.json",
			"pydump-utf8-bom.attr.json" })
	void readsWhatPythonJsonDumpWrites(String name) {
		AttributionMatrix matrix = Fixtures.readFixture(name);
		assertEquals(INPUTS, matrix.rowTokens(), "\\u2581 escapes decoded, duplicates and odd tokens kept");
		assertEquals(OUTPUTS, matrix.columnTokens());
		assertEquals(9, matrix.rows());
		assertEquals(4, matrix.columns());
		// token_attr[o][i] lands at row i, column o; python wrote float32 values widened to double
		assertEquals(0.1f, matrix.value(0, 0));
		assertEquals(-0.25f, matrix.value(1, 0));
		assertEquals(0.3333333f, matrix.value(0, 1));
		assertEquals(123.456f, matrix.value(6, 2));
		assertEquals(-7e-5f, matrix.value(7, 2));
		assertEquals(1e-7f, matrix.value(3, 0));
		assertEquals(Float.floatToIntBits(-0.0f), Float.floatToIntBits(matrix.value(8, 0)), "-0.0 keeps its sign");
		assertTrue(matrix.isMissing(4, 0), "null is a missing cell");
		assertTrue(matrix.isMissing(1, 1), "NaN is a missing cell");
		assertTrue(matrix.isMissing(8, 3));
		assertEquals(3, matrix.statistics().missingCount());
	}

	@Test
	void keepsOptionalArraysAndMeta() {
		AttributionMatrix matrix = Fixtures.readFixture("pydump-ascii.attr.json");
		float[] seq = matrix.sequenceAttribution().orElseThrow();
		assertEquals(9, seq.length);
		assertEquals(0.1f, seq[1]);
		assertTrue(Float.isNaN(seq[2]));
		float[] probs = matrix.outputProbabilities().orElseThrow();
		assertArrayEquals(new float[] { 0.9f, 0.75f, 0.5f, Float.NaN }, probs);

		Map<String, Object> expected = new LinkedHashMap<>();
		expected.put("title", "The cat ▁ sat");
		expected.put("model", "tiny");
		expected.put("steps", 50L);
		expected.put("temperature", 0.7);
		expected.put("greedy", true);
		expected.put("note", null);
		expected.put("prompt", "The cat sat on the cat\n");
		assertEquals(expected, matrix.meta());
		assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(matrix.meta().keySet()), "file order kept");
	}

	@Test
	void sortedKeysPutMetaBeforeTheTokensAndTokenAttrLast() {
		AttributionMatrix sorted = Fixtures.readFixture("pydump-indent.attr.json");
		AttributionMatrix tokenAttrFirst = Fixtures.readFixture("pydump-ascii.attr.json");
		assertArrayEquals(tokenAttrFirst.toRowMajorArray(), sorted.toRowMajorArray());
		assertEquals(List.of("greedy", "model", "note", "prompt", "steps", "temperature", "title"),
				new ArrayList<>(sorted.meta().keySet()), "sort_keys=True order as written");
	}

	@Test
	void requiredKeysAloneAreEnough() throws Exception {
		AttributionMatrix matrix = Fixtures.readFixture("minimal.attr.json");
		assertEquals(List.of("a", "b"), matrix.rowTokens());
		assertEquals(List.of("c"), matrix.columnTokens());
		assertEquals(1.0f, matrix.value(0, 0));
		assertEquals(-2.0f, matrix.value(1, 0));
		assertTrue(matrix.meta().isEmpty());
		assertTrue(matrix.sequenceAttribution().isEmpty());
		assertTrue(matrix.outputProbabilities().isEmpty());
		assertEquals("token-attribution v1", matrix.format());
	}

	@Test
	void tokenAttrMayPrecedeTheTokenArrays() throws Exception {
		AttributionMatrix matrix = Fixtures.parse("""
				{"token_attr": [[1, 2, 3], [4, 5, 6]], "output_tokens": ["x", "y"], "input_tokens": ["a", "b", "c"]}
				""");
		assertEquals(3, matrix.rows());
		assertEquals(2, matrix.columns());
		assertEquals(2f, matrix.value(1, 0));
		assertEquals(6f, matrix.value(2, 1));
	}

	@Test
	void unknownKeysAreSkippedWithEverythingInside() throws Exception {
		AttributionMatrix matrix = Fixtures.parse("""
				{"attributions": {"token_attr": "not this one", "input_tokens": [1]},
				 "input_tokens": ["a"], "future": [[{"x": [null]}], true, 1e400],
				 "output_tokens": ["b"], "token_attr": [[0.5]], "z": null}
				""");
		assertEquals(List.of("a"), matrix.rowTokens());
		assertEquals(0.5f, matrix.value(0, 0));
	}

	@Test
	void integersAndExponentsAreNumbers() throws Exception {
		AttributionMatrix matrix = Fixtures.parse("""
				{"input_tokens": ["a", "b", "c", "d"], "output_tokens": ["o"],
				 "token_attr": [[1, -2, 1.5E-3, -4e+2]]}
				""");
		assertArrayEquals(new float[] { 1f, -2f, 0.0015f, -400f }, matrix.toRowMajorArray());
	}

	@Test
	void formatAndVersionAreAcceptedWhenRight() throws Exception {
		AttributionMatrix matrix = Fixtures.parse("""
				{"format": "token-attribution", "version": 1.0,
				 "input_tokens": ["a"], "output_tokens": ["b"], "token_attr": [[0]]}
				""");
		assertEquals("token-attribution v1", matrix.format());
	}

	@Test
	void windowsLineEndingsAndTrailingWhitespaceAreFine() throws Exception {
		String json = "{\r\n  \"input_tokens\": [\"a\"],\r\n  \"output_tokens\": [\"b\"],\r\n  \"token_attr\": [[NaN]]\r\n}\r\n\r\n  \t";
		AttributionMatrix matrix = Fixtures.parse(json);
		assertTrue(matrix.isMissing(0, 0));
		assertTrue(matrix.statistics().max().isEmpty());
	}

	@Test
	void emptyStringTokensAreTokens() throws Exception {
		AttributionMatrix matrix = Fixtures.parse("""
				{"input_tokens": ["", ""], "output_tokens": [""], "token_attr": [[1, 2]]}
				""");
		assertEquals(List.of("", ""), matrix.rowTokens());
	}

	@Test
	void realisticSampleLoadsWithItsThreeMissingCells() {
		AttributionMatrix matrix = Fixtures.readSample("realistic-prompt.attr.json");
		assertEquals(112, matrix.rows());
		assertEquals(40, matrix.columns());
		assertEquals(3, matrix.statistics().missingCount());
		// generate_realistic.py blanks token_attr[5][17] and [22][64] with NaN and [39][3] with null
		assertTrue(matrix.isMissing(17, 5));
		assertTrue(matrix.isMissing(64, 22));
		assertTrue(matrix.isMissing(3, 39));
		assertTrue(matrix.rowTokens().contains("\n"));
		assertEquals(112, matrix.sequenceAttribution().orElseThrow().length);
		assertEquals(40, matrix.outputProbabilities().orElseThrow().length);
		assertEquals(20240611L, matrix.meta().get("seed"));
	}

	@Test
	void leavesTheCallersStreamOpen() throws Exception {
		boolean[] closed = { false };
		byte[] bytes = "{\"input_tokens\":[\"a\"],\"output_tokens\":[\"b\"],\"token_attr\":[[1]]}"
				.getBytes(StandardCharsets.UTF_8);
		InputStream in = new FilterInputStream(new ByteArrayInputStream(bytes)) {
			@Override
			public void close() throws IOException {
				closed[0] = true;
				super.close();
			}
		};
		new NativeJsonReader().read(in);
		assertFalse(closed[0]);
	}

	@Test
	void largeMatrixStreamsQuickly() throws Exception {
		int inputs = 1000;
		int outputs = 500;
		StringBuilder json = new StringBuilder(inputs * outputs * 12);
		json.append("{\"token_attr\":[");
		for (int o = 0; o < outputs; o++) {
			json.append(o == 0 ? "[" : ",[");
			for (int i = 0; i < inputs; i++) {
				json.append(i == 0 ? "" : ",").append((o * 31 + i * 17) % 1000 / 1000.0 - 0.5);
			}
			json.append(']');
		}
		json.append("],\"input_tokens\":").append(tokens("i", inputs)).append(",\"output_tokens\":")
				.append(tokens("o", outputs)).append('}');
		long start = System.nanoTime();
		AttributionMatrix matrix = Fixtures.parse(json.toString());
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertEquals(inputs, matrix.rows());
		assertEquals((float) ((499 * 31 + 999 * 17) % 1000 / 1000.0 - 0.5), matrix.value(999, 499));
		assertTrue(millis < 5000, "500k cells took " + millis + " ms");
	}

	private static String tokens(String prefix, int count) {
		String[] names = new String[count];
		Arrays.setAll(names, i -> "\"" + prefix + i + "\"");
		return "[" + String.join(",", names) + "]";
	}
}
