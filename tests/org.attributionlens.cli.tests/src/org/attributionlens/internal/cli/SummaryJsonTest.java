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
		assertEquals(13L, json.get("rows"));
		assertEquals(5L, json.get("columns"));
		assertEquals(List.of("▁$", "1", "6", ",", "0", "0", "0", "▁/", "▁", "0", ".", "8", "▁="), json.get("rowTokens"));
		assertEquals(List.of("9 + 3 = 12", "7 x 5 = 35", "4900 / 100 = 49", "9 - 3 = 6", "6 - 6 = 0"),
				json.get("columnTokens"));
		assertEquals(0L, json.get("missing"));
	}

	@Test
	void extremesNameTheirCellsInEditorOrientation() throws IOException {
		Map<String, Object> json = summary(CliRun.sample("division.attr.json"));
		assertEquals(Map.of("value", "1.9074", "row", 7L, "rowToken", "▁/", "column", 2L, "columnToken",
				"4900 / 100 = 49"), json.get("max"));
		assertEquals(Map.of("value", "-0.0987", "row", 1L, "rowToken", "1", "column", 2L, "columnToken",
				"4900 / 100 = 49"), json.get("min"));
		assertEquals(List.of(2L, 4L, 5L, 6L, 9L, 10L, 11L, 12L), json.get("nearZeroRows"));
	}

	@Test
	void topThreeInputTokensPerOutputToken() throws IOException {
		Map<String, Object> json = summary(CliRun.sample("division.attr.json"));
		List<?> top = (List<?>) json.get("topPerColumn");
		assertEquals(5, top.size());
		assertEquals(List.of(entry(7, "▁/", "0.382"), entry(0, "▁$", "-0.0756"), entry(8, "▁", "0.0458")), top.get(0));
		assertEquals(List.of(entry(7, "▁/", "1.9074"), entry(1, "1", "-0.0987"), entry(3, ",", "-0.0351")), top.get(2));
		assertEquals(List.of(entry(7, "▁/", "0.6902"), entry(0, "▁$", "-0.0691"), entry(1, "1", "-0.0096")), top.get(4));
	}

	private static Map<String, Object> entry(long row, String token, String value) {
		return Map.of("row", row, "rowToken", token, "value", value);
	}

	@Test
	void metaIsCopied() throws IOException {
		Map<?, ?> meta = (Map<?, ?>) summary(CliRun.sample("division.attr.json")).get("meta");
		assertEquals("$16,000 / 0.8 =", meta.get("prompt"));
		assertEquals(List.of("title", "method", "prompt", "source"), List.copyOf(meta.keySet()));
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
		assertEquals(Map.of("value", "1.3714", "row", 3L, "rowToken", "▁x", "column", 0L, "columnToken",
				"8 x 48 = 384"), ((Map<?, ?>) JsonTree.parse(after.out())).get("max"));
	}
}
