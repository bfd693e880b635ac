package org.attributionlens.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keys of {@code summary --json} that speak of input and output tokens, checked against a
 * computation of their own from the numbers written into each file: random matrices with missing
 * cells, ties in value and in magnitude, near-zero tokens, seq_attr and output_probs.
 */
class SummaryByMeaningTest {

	/** Few distinct values, so that ties (also of a value and its negation) are common. */
	private static final float[] VALUES = { -2f, -1f, -0.5f, -0.25f, 0f, 0.25f, 0.5f, 1f, 2f, 0.0125f, -0.015f };

	@TempDir
	Path directory;

	@Test
	void everyKeyAgreesWithAComputationFromTheRawNumbers() throws IOException {
		Random random = new Random(1305);
		for (int round = 0; round < 250; round++) {
			int inputs = 1 + random.nextInt(9);
			int outputs = 1 + random.nextInt(9);
			float[][] tokenAttr = new float[outputs][inputs];
			float tiny = random.nextBoolean() ? 0.001f : 1f;
			for (int o = 0; o < outputs; o++) {
				for (int i = 0; i < inputs; i++) {
					float value = random.nextInt(5) == 0 ? Float.NaN : VALUES[random.nextInt(VALUES.length)];
					// some tokens carry almost nothing, so that near-zero lists are not always empty
					tokenAttr[o][i] = i % 4 == 3 || o % 5 == 4 ? value * tiny : value;
				}
			}
			float[] seqAttr = random.nextBoolean() ? null : randomValues(random, inputs);
			float[] probs = random.nextBoolean() ? null : randomValues(random, outputs);
			List<String> inputTokens = tokens(random, "in", inputs);
			List<String> outputTokens = tokens(random, "out", outputs);
			Path file = directory.resolve("r" + round + ".attr.json");
			Files.writeString(file, nativeFile(inputTokens, outputTokens, tokenAttr, seqAttr, probs));

			Map<String, Object> json = SummarySchemaTest.summary(file.toString());
			String context = Files.readString(file);
			assertEquals(inputTokens, json.get("inputTokens"), context);
			assertEquals(outputTokens, json.get("outputTokens"), context);
			assertEquals(Map.of("rows", "outputs"), json.get("display"), "a native file opens as Captum draws it");
			assertEquals(Map.of("index", 0L, "count", 1L), json.get("sequence"));
			assertEquals(extreme(tokenAttr, inputTokens, outputTokens, 1), json.get("maxCell"), context);
			assertEquals(extreme(tokenAttr, inputTokens, outputTokens, -1), json.get("minCell"), context);
			assertEquals(nearZero(tokenAttr, true), json.get("nearZeroInputs"), context);
			assertEquals(nearZero(tokenAttr, false), json.get("nearZeroOutputs"), context);
			assertEquals(topInputs(tokenAttr, inputTokens), json.get("topInputsPerOutput"), context);
			assertEquals(seqAttr == null ? null : seqAttrSummary(seqAttr, inputTokens), json.get("seqAttr"), context);
			assertEquals(probs == null ? null : list(probs), json.get("outputProbs"), context);
			// the old keys say the same in rows and columns
			assertEquals(json.get("nearZeroRows"), json.get("nearZeroInputs"));
			assertEquals(renamed(json.get("topPerColumn")), json.get("topInputsPerOutput"));
		}
	}

	@Test
	void aLimeFileIsOneOutputOfSeqAttr() throws IOException {
		Map<String, Object> json = SummarySchemaTest.summary(CliRun.repositoryFile(
				"tests/org.attributionlens.model.tests/fixtures/captum/lime.attr.json").toString());
		assertEquals(List.of("playing | golf | , | hiking | , | and | cooking | ."), json.get("outputTokens"));
		assertEquals(Map.of("rows", "outputs"), json.get("display"));
		Map<?, ?> seqAttr = (Map<?, ?>) json.get("seqAttr");
		List<Object> column = new ArrayList<>();
		for (Object inputs : (List<?>) json.get("topInputsPerOutput")) {
			column.addAll((List<?>) inputs);
		}
		assertEquals(List.of(entry(1, "Palm Coast", 2.1186904907226562f), entry(3, "lawyer", 0.9503917098045349f),
				entry(0, "Dave", 0.8032139539718628f)), column, "the column ranks the inputs by seq_attr");
		assertEquals(entry(1, "Palm Coast", 2.1186904907226562f), seqAttr.get("max"));
		assertEquals(entry(4, "His", -0.18885478377342224f), seqAttr.get("min"));
		assertNull(json.get("outputProbs"));
	}

	private static List<String> tokens(Random random, String prefix, int count) {
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			// duplicates on purpose: tokens are told apart by index only
			tokens.add(prefix + random.nextInt(Math.max(1, count - 1)));
		}
		return tokens;
	}

	private static float[] randomValues(Random random, int count) {
		float[] values = new float[count];
		for (int i = 0; i < count; i++) {
			values[i] = random.nextInt(6) == 0 ? Float.NaN : VALUES[random.nextInt(VALUES.length)];
		}
		return values;
	}

	private static String nativeFile(List<String> inputs, List<String> outputs, float[][] tokenAttr, float[] seqAttr,
			float[] probs) {
		StringBuilder text = new StringBuilder("{\"input_tokens\": ").append(strings(inputs))
				.append(", \"output_tokens\": ").append(strings(outputs)).append(", \"token_attr\": [");
		for (int o = 0; o < tokenAttr.length; o++) {
			text.append(o == 0 ? "" : ", ").append(numbers(tokenAttr[o]));
		}
		text.append(']');
		if (seqAttr != null) {
			text.append(", \"seq_attr\": ").append(numbers(seqAttr));
		}
		if (probs != null) {
			text.append(", \"output_probs\": ").append(numbers(probs));
		}
		return text.append('}').toString();
	}

	private static String strings(List<String> tokens) {
		return "[\"" + String.join("\", \"", tokens) + "\"]";
	}

	/** Python's json.dump writes NaN for a missing value. */
	private static String numbers(float[] values) {
		List<String> texts = new ArrayList<>();
		for (float value : values) {
			texts.add(Float.isNaN(value) ? "NaN" : Float.toString(value));
		}
		return "[" + String.join(", ", texts) + "]";
	}

	/**
	 * The cell of the largest (sign 1) or smallest (sign -1) value; on ties the first by input,
	 * then output; null when every cell is missing.
	 */
	private static Map<String, Object> extreme(float[][] tokenAttr, List<String> inputs, List<String> outputs,
			int sign) {
		int bestInput = -1;
		int bestOutput = -1;
		for (int i = 0; i < inputs.size(); i++) {
			for (int o = 0; o < outputs.size(); o++) {
				float value = tokenAttr[o][i];
				if (!Float.isNaN(value) && (bestInput < 0 || sign * value > sign * tokenAttr[bestOutput][bestInput])) {
					bestInput = i;
					bestOutput = o;
				}
			}
		}
		if (bestInput < 0) {
			return null;
		}
		Map<String, Object> cell = new LinkedHashMap<>();
		cell.put("value", decimal(tokenAttr[bestOutput][bestInput]));
		cell.put("input", (long) bestInput);
		cell.put("inputToken", inputs.get(bestInput));
		cell.put("output", (long) bestOutput);
		cell.put("outputToken", outputs.get(bestOutput));
		return cell;
	}

	/** Input (or output) indices whose largest |value| is 0 or below 1% of the largest of all. */
	private static List<Long> nearZero(float[][] tokenAttr, boolean inputs) {
		int outputs = tokenAttr.length;
		int count = inputs ? tokenAttr[0].length : outputs;
		double[] largest = new double[count];
		double overall = 0;
		for (int o = 0; o < outputs; o++) {
			for (int i = 0; i < tokenAttr[0].length; i++) {
				float value = tokenAttr[o][i];
				if (!Float.isNaN(value)) {
					int index = inputs ? i : o;
					largest[index] = Math.max(largest[index], Math.abs(value));
					overall = Math.max(overall, Math.abs(value));
				}
			}
		}
		List<Long> near = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			if (largest[index] == 0 || largest[index] < 0.01 * overall) {
				near.add((long) index);
			}
		}
		return near;
	}

	/** For each output: its non-missing inputs by |value| descending, then by index; the first 3. */
	private static List<List<Map<String, Object>>> topInputs(float[][] tokenAttr, List<String> inputs) {
		List<List<Map<String, Object>>> top = new ArrayList<>();
		for (float[] row : tokenAttr) {
			List<Integer> order = new ArrayList<>();
			for (int i = 0; i < row.length; i++) {
				if (!Float.isNaN(row[i])) {
					order.add(i);
				}
			}
			order.sort(Comparator.<Integer>comparingDouble(i -> -Math.abs(row[i])).thenComparing(i -> i));
			List<Map<String, Object>> entries = new ArrayList<>();
			for (int i : order.subList(0, Math.min(3, order.size()))) {
				entries.add(entry(i, inputs.get(i), row[i]));
			}
			top.add(entries);
		}
		return top;
	}

	private static Map<String, Object> seqAttrSummary(float[] seqAttr, List<String> inputs) {
		Integer max = null;
		Integer min = null;
		for (int i = 0; i < seqAttr.length; i++) {
			if (Float.isNaN(seqAttr[i])) {
				continue;
			}
			max = max == null || seqAttr[i] > seqAttr[max] ? Integer.valueOf(i) : max;
			min = min == null || seqAttr[i] < seqAttr[min] ? Integer.valueOf(i) : min;
		}
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("values", list(seqAttr));
		summary.put("max", max == null ? null : entry(max, inputs.get(max), seqAttr[max]));
		summary.put("min", min == null ? null : entry(min, inputs.get(min), seqAttr[min]));
		return summary;
	}

	private static List<Object> list(float[] values) {
		List<Object> list = new ArrayList<>();
		for (float value : values) {
			list.add(Float.isNaN(value) ? null : decimal(value));
		}
		return list;
	}

	private static Map<String, Object> entry(int input, String token, float value) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("input", (long) input);
		entry.put("inputToken", token);
		entry.put("value", decimal(value));
		return entry;
	}

	/** A float as the summary writes it (its shortest decimal), parsed as JSON numbers are here. */
	private static Object decimal(float value) {
		String text = Float.toString(value);
		return text.contains(".") || text.contains("E") ? new BigDecimal(text) : Long.valueOf(text);
	}

	/** topPerColumn with row, rowToken renamed input, inputToken. */
	private static Object renamed(Object topPerColumn) {
		List<Object> renamed = new ArrayList<>();
		for (Object column : (List<?>) topPerColumn) {
			List<Object> entries = new ArrayList<>();
			for (Object entry : (List<?>) column) {
				Map<?, ?> old = (Map<?, ?>) entry;
				Map<String, Object> renamedEntry = new LinkedHashMap<>();
				renamedEntry.put("input", old.get("row"));
				renamedEntry.put("inputToken", old.get("rowToken"));
				renamedEntry.put("value", old.get("value"));
				entries.add(renamedEntry);
			}
			renamed.add(entries);
		}
		return renamed;
	}
}
