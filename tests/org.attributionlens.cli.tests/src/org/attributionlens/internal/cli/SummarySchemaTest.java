package org.attributionlens.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code summary --json} of every file the tests have that reads is valid under the published
 * schema, {@code docs/summary.schema.json}, and keeps the lengths the schema cannot express.
 */
class SummarySchemaTest {

	@SuppressWarnings("unchecked")
	static SchemaSubset schema() throws IOException {
		Path file = CliRun.repositoryFile("docs/summary.schema.json");
		return new SchemaSubset((Map<String, Object>) JsonTree.parseNumbers(Files.readString(file)));
	}

	static Stream<Path> readableFiles() throws IOException {
		Path samples = Path.of(CliRun.sample("division.attr.json")).getParent();
		try (Stream<Path> listed = Files.list(samples)) {
			List<Path> all = new ArrayList<>(EveryFixtureTest.readable());
			listed.filter(file -> file.toString().endsWith(".attr.json")).sorted().forEach(all::add);
			return all.stream();
		}
	}

	/** The summary of a file, parsed with numbers as numbers. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> summary(String... args) throws IOException {
		String[] command = Stream.concat(Stream.of("summary", "--json"), Stream.of(args)).toArray(String[]::new);
		CliRun run = CliRun.of(command);
		assertEquals(0, run.exitCode(), run.err());
		return (Map<String, Object>) JsonTree.parseNumbers(run.out());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("readableFiles")
	void summaryIsValidUnderTheSchema(Path file) throws IOException {
		Map<String, Object> json = summary(file.toString());
		assertEquals(List.of(), schema().validate(json));
		int rows = ((Number) json.get("rows")).intValue();
		int columns = ((Number) json.get("columns")).intValue();
		for (String perInput : List.of("rowTokens", "inputTokens")) {
			assertEquals(rows, ((List<?>) json.get(perInput)).size(), perInput);
		}
		for (String perOutput : List.of("columnTokens", "outputTokens", "topPerColumn", "topInputsPerOutput")) {
			assertEquals(columns, ((List<?>) json.get(perOutput)).size(), perOutput);
		}
		if (json.get("seqAttr") instanceof Map<?, ?> seqAttr) {
			assertEquals(rows, ((List<?>) seqAttr.get("values")).size(), "seqAttr.values");
		}
		if (json.get("outputProbs") instanceof List<?> probabilities) {
			assertEquals(columns, probabilities.size(), "outputProbs");
		}
	}

	/** The validator is strict enough to matter: each of these breaks the contract in one way. */
	@Test
	void schemaRejectsDocumentsThatBreakTheContract() throws IOException {
		Map<String, Object> valid = summary(CliRun.repositoryFile(
				"tests/org.attributionlens.model.tests/fixtures/captum/feature-ablation.attr.json").toString());
		SchemaSubset schema = schema();
		assertEquals(List.of(), schema.validate(valid));
		Map<String, Consumer<Map<String, Object>>> breaks = new LinkedHashMap<>();
		breaks.put("a key missing", json -> json.remove("outputProbs"));
		breaks.put("a key too many", json -> json.put("extra", 1L));
		breaks.put("display neither outputs nor inputs", json -> json.put("display", Map.of("rows", "columns")));
		breaks.put("a negative index", json -> json.put("nearZeroInputs", List.of(-1L)));
		breaks.put("an index twice", json -> json.put("nearZeroOutputs", List.of(1L, 1L)));
		breaks.put("four top inputs", json -> json.put("topInputsPerOutput", List.of(List.of(input(), input(),
				input(), input()))));
		breaks.put("a value as text", json -> json.put("maxCell", Map.of("value", "1", "input", 0L, "inputToken",
				"a", "output", 0L, "outputToken", "b")));
		breaks.put("a cell in row terms", json -> json.put("minCell", Map.of("value", 1L, "row", 0L, "rowToken",
				"a", "column", 0L, "columnToken", "b")));
		breaks.put("seqAttr without min", json -> json.put("seqAttr", Map.of("values", List.of(), "max", input())));
		breaks.put("no tokens", json -> json.put("inputTokens", List.of()));
		breaks.put("a fractional count", json -> json.put("sequence", Map.of("index", 0L, "count",
				new BigDecimal("1.5"))));
		for (Map.Entry<String, Consumer<Map<String, Object>>> broken : breaks.entrySet()) {
			Map<String, Object> json = new LinkedHashMap<>(valid);
			broken.getValue().accept(json);
			assertTrue(!schema.validate(json).isEmpty(), broken.getKey());
		}
	}

	private static Map<String, Object> input() {
		return Map.of("input", 0L, "inputToken", "a", "value", 1L);
	}

	@Test
	void validatorRefusesKeywordsItDoesNotCheck() throws IOException {
		Map<String, Object> withPattern = Map.of("type", "object", "properties",
				Map.of("file", Map.of("type", "string", "pattern", "^/")));
		assertThrows(IllegalArgumentException.class, () -> new SchemaSubset(withPattern));
		Map<String, Object> deepInDefs = Map.of("$defs", Map.of("x", Map.of("items", Map.of("format", "uri"))));
		assertThrows(IllegalArgumentException.class, () -> new SchemaSubset(deepInDefs));
	}
}
