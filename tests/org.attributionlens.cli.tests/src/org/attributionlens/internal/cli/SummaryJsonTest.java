package org.attributionlens.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code summary --json} on the division figure (seed 001). Float values are compared as the
 * text written, which must be the float's shortest form ("0.382"), never a widened double.
 */
class SummaryJsonTest {

	@SuppressWarnings("unchecked")
	private static Map<String, Object> summary(String file) throws IOException {
		CliRun run = CliRun.of("summary", "--json", file);
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("", run.err());
		return (Map<String, Object>) JsonTree.parse(run.out());
	}

	@Test
	void describesShapeAndTokens() throws IOException {
		String file = CliRun.sample("division.attr.json");
		Map<String, Object> json = summary(file);
		assertEquals(List.of("file", "format", "rows", "columns", "rowTokens", "columnTokens", "missing", "max", "min",
				"nearZeroRows", "topPerColumn", "meta", "inputTokens", "outputTokens", "display", "sequence", "maxCell",
				"minCell", "nearZeroInputs", "nearZeroOutputs", "topInputsPerOutput", "seqAttr", "outputProbs"),
				List.copyOf(json.keySet()), "the keys scripts knew come first, unchanged");
		assertEquals(file, json.get("file"));
		assertEquals("token-attribution v1", json.get("format"));
		assertEquals(5L, json.get("rows"));
		assertEquals(13L, json.get("columns"));
		List<String> inputs = List.of("9 + 3 = 12", "7 x 5 = 35", "4900 / 100 = 49", "9 - 3 = 6", "6 - 6 = 0");
		List<String> outputs = List.of("▁$", "1", "6", ",", "0", "0", "0", "▁/", "▁", "0", ".", "8", "▁=");
		assertEquals(inputs, json.get("rowTokens"));
		assertEquals(outputs, json.get("columnTokens"));
		assertEquals(inputs, json.get("inputTokens"));
		assertEquals(outputs, json.get("outputTokens"));
		assertEquals(Map.of("rows", "outputs"), json.get("display"), "as the published figure");
		assertEquals(0L, json.get("missing"));
	}

	@Test
	void extremesNameTheirCellsInBothTerms() throws IOException {
		Map<String, Object> json = summary(CliRun.sample("division.attr.json"));
		assertEquals(Map.of("value", "1.9074", "row", 2L, "rowToken", "4900 / 100 = 49", "column", 7L, "columnToken",
				"▁/"), json.get("max"));
		assertEquals(Map.of("value", "1.9074", "input", 2L, "inputToken", "4900 / 100 = 49", "output", 7L,
				"outputToken", "▁/"), json.get("maxCell"));
		assertEquals(Map.of("value", "-0.0987", "row", 2L, "rowToken", "4900 / 100 = 49", "column", 1L, "columnToken",
				"1"), json.get("min"));
		assertEquals(List.of(), json.get("nearZeroRows"));
		assertEquals(List.of(), json.get("nearZeroInputs"));
		assertEquals(List.of(2L, 4L, 5L, 6L, 9L, 10L, 11L, 12L), json.get("nearZeroOutputs"));
	}

	@Test
	void topThreeInputTokensPerOutputToken() throws IOException {
		Map<String, Object> json = summary(CliRun.sample("division.attr.json"));
		List<?> top = (List<?>) json.get("topPerColumn");
		assertEquals(13, top.size());
		assertEquals(List.of(entry(3, "9 - 3 = 6", "0.1044"), entry(0, "9 + 3 = 12", "-0.0756"),
				entry(4, "6 - 6 = 0", "-0.0691")), top.get(0));
		assertEquals(List.of(entry(2, "4900 / 100 = 49", "1.9074"), entry(4, "6 - 6 = 0", "0.6902"),
				entry(3, "9 - 3 = 6", "0.6336")), top.get(7));
		assertEquals(List.of(Map.of("input", 2L, "inputToken", "4900 / 100 = 49", "value", "1.9074"),
				Map.of("input", 4L, "inputToken", "6 - 6 = 0", "value", "0.6902"),
				Map.of("input", 3L, "inputToken", "9 - 3 = 6", "value", "0.6336")),
				((List<?>) json.get("topInputsPerOutput")).get(7));
	}

	private static Map<String, Object> entry(long row, String token, String value) {
		return Map.of("row", row, "rowToken", token, "value", value);
	}

	@Test
	void metaIsCopied() throws IOException {
		Map<?, ?> meta = (Map<?, ?>) summary(CliRun.sample("division.attr.json")).get("meta");
		assertEquals("$16,000 / 0.8 =", meta.get("generated"));
		assertEquals(List.of("title", "method", "source", "generated", "prompt", "orientation"),
				List.copyOf(meta.keySet()));
	}

	@Test
	void allMissingMatrixHasNullExtremes(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("blank.attr.json");
		Files.writeString(file, """
				{"input_tokens": ["a", "b"], "output_tokens": ["x"], "token_attr": [[NaN, null]],
				 "meta": {"steps": 5, "ok": true, "none": null, "t": 0.5}}""");
		Map<String, Object> json = summary(file.toString());
		assertNull(json.get("max"));
		assertTrue(json.containsKey("min"));
		assertNull(json.get("min"));
		assertEquals(2L, json.get("missing"));
		assertEquals(List.of(List.of()), json.get("topPerColumn"));
		assertEquals(List.of(0L, 1L), json.get("nearZeroRows"));
		Map<?, ?> meta = (Map<?, ?>) json.get("meta");
		assertEquals(5L, meta.get("steps"));
		assertEquals(true, meta.get("ok"));
		assertTrue(meta.containsKey("none"));
		assertEquals("0.5", meta.get("t"));
	}

	@Test
	void optionMayPrecedeOrFollowTheFile() throws IOException {
		String file = CliRun.sample("arithmetic.attr.json");
		CliRun after = CliRun.of("summary", file, "--json");
		assertEquals(0, after.exitCode());
		assertEquals(CliRun.of("summary", "--json", file).out(), after.out());
		assertEquals(Map.of("value", "1.3714", "row", 0L, "rowToken", "8 x 48 = 384", "column", 3L, "columnToken",
				"▁x"), ((Map<?, ?>) JsonTree.parse(after.out())).get("max"));
	}
}
