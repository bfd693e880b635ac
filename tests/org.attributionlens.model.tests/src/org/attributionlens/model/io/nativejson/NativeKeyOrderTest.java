package org.attributionlens.model.io.nativejson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The native reader stores token_attr in one of two ways depending on whether the token arrays
 * came first (see TokenAttrRows); the key order must never change what is read or which error a
 * broken file gives.
 */
class NativeKeyOrderTest {

	/** Captum's order; the token arrays first, token_attr straight into the final matrix. */
	private static final String TOKENS_FIRST = "{\"input_tokens\": %1$s, \"output_tokens\": %2$s, \"token_attr\": %3$s}";
	/** Only the output count known: the row length is taken from the first row. */
	private static final String OUTPUTS_FIRST = "{\"output_tokens\": %2$s, \"token_attr\": %3$s, \"input_tokens\": %1$s}";
	/** Only the input count known. */
	private static final String INPUTS_FIRST = "{\"input_tokens\": %1$s, \"token_attr\": %3$s, \"output_tokens\": %2$s}";
	/** token_attr first: rows kept as read, transposed at the end. */
	private static final String ATTR_FIRST = "{\"token_attr\": %3$s, \"output_tokens\": %2$s, \"input_tokens\": %1$s}";
	private static final String[] ORDERS = { TOKENS_FIRST, OUTPUTS_FIRST, INPUTS_FIRST, ATTR_FIRST };

	@ParameterizedTest(name = "{0} inputs x {1} outputs")
	@CsvSource({ "1, 1", "1, 40", "40, 1", "5, 3", "37, 21", "16, 16", "17, 33", "3, 200" })
	void everyOrderReadsTheSameMatrix(int inputs, int outputs) throws Exception {
		Random random = new Random(inputs * 1000L + outputs);
		float[][] attr = new float[outputs][inputs];
		for (float[] row : attr) {
			for (int i = 0; i < inputs; i++) {
				row[i] = random.nextInt(7) == 0 ? Float.NaN : random.nextFloat() * 2 - 1;
			}
		}
		float[] expected = new float[inputs * outputs];
		for (int o = 0; o < outputs; o++) {
			for (int i = 0; i < inputs; i++) {
				expected[i * outputs + o] = attr[o][i];
			}
		}
		String rows = IntStream.range(0, outputs).mapToObj(o -> IntStream.range(0, inputs)
				.mapToObj(i -> Float.isNaN(attr[o][i]) ? "NaN" : Float.toString(attr[o][i]))
				.collect(Collectors.joining(", ", "[", "]"))).collect(Collectors.joining(", ", "[", "]"));
		for (String order : ORDERS) {
			AttributionMatrix matrix = read(String.format(order, tokens("i", inputs), tokens("o", outputs), rows));
			assertEquals(inputs, matrix.rows(), order);
			assertEquals(outputs, matrix.columns(), order);
			assertArrayEquals(expected, matrix.toRowMajorArray(), order);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// rows: [token_attr rows] for 3 inputs and 2 outputs
			"[[1, 2, 3], [4, 5]]", // second row short
			"[[1, 2], [4, 5, 6]]", // first row short
			"[[1, 2, 3, 4], [4, 5, 6]]", // first row long
			"[[1, 2, 3], [4, 5, 6, 7]]", // second row long
			"[[1, 2, 3]]", // a row missing
			"[[1, 2, 3], [4, 5, 6], [7, 8, 9]]", // a row too many
			"[[1, 2], [3, 4], [5, 6]]", // transposed
			"[]", // no rows
			"[[], []]", // empty rows
			"[[], [1, 2, 3]]", // first row empty
			"[[1, 2, 3], [4, 5, 6], []]", // an extra empty row
			"[[1, 2, 3], [4, 5, \"x\"]]", // a value that is not a number
			"[[1, 2, 3], [4, 5, Infinity]]" })
	void everyOrderGivesTheSameError(String rows) {
		List<String> reasons = new ArrayList<>();
		for (String order : ORDERS) {
			String json = String.format(order, "[\"a\", \"b\", \"c\"]", "[\"x\", \"y\"]", rows);
			reasons.add(assertThrows(AttributionFormatException.class, () -> read(json), json).reason());
		}
		for (int i = 1; i < reasons.size(); i++) {
			assertEquals(reasons.get(0), reasons.get(i), "order " + i);
		}
	}

	@Test
	void aBrokenRowLaterOnIsReportedWhereItStarts() {
		// more rows than fit one block of pending rows, then a short one
		String rows = IntStream.range(0, 40).mapToObj(o -> o == 35 ? "\n[1, 2]" : "\n[1, 2, 3]")
				.collect(Collectors.joining(", ", "[", "]"));
		String json = String.format(TOKENS_FIRST, "[\"a\", \"b\", \"c\"]", tokens("o", 40), rows);
		AttributionFormatException e = assertThrows(AttributionFormatException.class, () -> read(json));
		assertEquals("37:1: token_attr[35] has 2 values, expected 3 (one per input token)", e.getMessage());
	}

	private static String tokens(String prefix, int count) {
		return IntStream.range(0, count).mapToObj(i -> "\"" + prefix + i + "\"").collect(Collectors.joining(", ", "[", "]"));
	}

	private static AttributionMatrix read(String json) throws Exception {
		return new NativeJsonReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}
}
