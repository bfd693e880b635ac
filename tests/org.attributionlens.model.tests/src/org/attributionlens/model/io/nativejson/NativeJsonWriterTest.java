package org.attributionlens.model.io.nativejson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** Writing the native format: what is written reads back to an equal matrix, in Captum's layout. */
class NativeJsonWriterTest {

	@ParameterizedTest
	@ValueSource(strings = { "division.attr.json", "arithmetic.attr.json", "realistic-prompt.attr.json" })
	void samplesRoundTrip(String name) throws Exception {
		AttributionMatrix original = Fixtures.readSample(name);
		assertSameContent(original, roundTrip(original));
	}

	@Test
	void missingValuesNegativeZeroExtrasAndMetaRoundTrip() throws Exception {
		AttributionMatrix original = Fixtures.readFixture("pydump-ascii.attr.json");
		assertTrue(original.statistics().missingCount() > 0);
		assertTrue(original.sequenceAttribution().isPresent() && original.outputProbabilities().isPresent());
		AttributionMatrix copy = roundTrip(original);
		assertSameContent(original, copy);
		assertEquals(original.meta(), copy.meta());
		assertEquals(new ArrayList<>(original.meta().keySet()), new ArrayList<>(copy.meta().keySet()));
	}

	@Test
	void oddTokensRoundTrip() throws Exception {
		List<String> inputs = List.of("▁a", "\n", "\t\"quoted\"\\", "", " ", "😀", "\uD800 lone high", "lone low \uDC00",
				"\u0000\u001f\u2028");
		List<String> outputs = List.of("<b>&amp;</b>", "x");
		float[] values = new float[inputs.size() * outputs.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = i * 0.1f - 0.5f;
		}
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("title", "😀 \uD83D");
		meta.put("steps", 3L);
		meta.put("big", new BigInteger("123456789012345678901234567890"));
		meta.put("ratio", 0.1);
		meta.put("nan", Double.NaN);
		meta.put("ok", false);
		meta.put("none", null);
		AttributionMatrix original = AttributionMatrix.of(inputs, outputs, values, "test", meta);
		AttributionMatrix copy = roundTrip(original);
		assertSameContent(original, copy);
		assertEquals(original.meta().keySet(), copy.meta().keySet());
		assertEquals("😀 \uD83D", copy.meta().get("title"));
		assertEquals(3L, copy.meta().get("steps"));
		assertEquals(new BigInteger("123456789012345678901234567890"), copy.meta().get("big"));
		assertEquals(0.1, copy.meta().get("ratio"));
		assertTrue(Double.isNaN((Double) copy.meta().get("nan")));
		assertEquals(false, copy.meta().get("ok"));
		assertTrue(copy.meta().containsKey("none") && copy.meta().get("none") == null);
	}

	@Test
	void writesCaptumsLayoutWithShortestFloatsAndNullForMissing() throws Exception {
		float[] values = { 0.382f, Float.NaN, -0.0f, 1e-7f, 1.9074f, 3f }; // 3 rows x 2 columns, row-major
		AttributionMatrix matrix = AttributionMatrix.of(List.of("a", "b", "c"), List.of("X", "Y"), values, "test",
				null, new float[] { 0.5f, Float.NaN, 0.25f }, null);
		String text = write(matrix);
		assertTrue(text.startsWith("{\n  \"format\": \"token-attribution\",\n  \"version\": 1,\n"), text);
		// token_attr[o][i]: one line per output token, with the input tokens' values
		assertTrue(text.contains("\"token_attr\": [\n    [0.382, -0.0, 1.9074],\n    [null, 1.0E-7, 3.0]\n  ]"), text);
		assertTrue(text.contains("\"seq_attr\": [0.5, null, 0.25]"), text);
		assertTrue(!text.contains("output_probs") && !text.contains("meta"), "absent extras are not written");
		assertTrue(text.endsWith("}\n"));
		assertStrictJson(text);
	}

	@Test
	void decimalsAreShortestAndPlainLikePython() {
		assertEquals("0.0001", NativeJsonWriter.decimal(0.0001f));
		assertEquals("-0.00012345", NativeJsonWriter.decimal(-0.00012345f));
		assertEquals("0.001", NativeJsonWriter.decimal(0.001f));
		assertEquals("0.382", NativeJsonWriter.decimal(0.382f));
		assertEquals("-0.0", NativeJsonWriter.decimal(-0.0f));
		assertEquals("1.0E-5", NativeJsonWriter.decimal(0.00001f));
		assertEquals("1.0E7", NativeJsonWriter.decimal(1e7f));
		Random random = new Random(7);
		for (int i = 0; i < 200_000; i++) {
			float value = Float.intBitsToFloat(random.nextInt());
			if (Float.isFinite(value)) {
				assertEquals(value, Float.parseFloat(NativeJsonWriter.decimal(value)), () -> Float.toString(value));
			}
			float small = (float) (random.nextGaussian() * 1e-3);
			assertEquals(small, Float.parseFloat(NativeJsonWriter.decimal(small)), () -> Float.toString(small));
		}
	}

	@Test
	void largeMatrixStreamsOneLinePerOutputToken() throws Exception {
		int rows = 300;
		int columns = 200;
		float[] values = new float[rows * columns];
		for (int i = 0; i < values.length; i++) {
			values[i] = (float) Math.sin(i);
		}
		List<String> rowTokens = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			rowTokens.add("r" + i);
		}
		List<String> columnTokens = new ArrayList<>();
		for (int i = 0; i < columns; i++) {
			columnTokens.add("c" + i);
		}
		AttributionMatrix matrix = AttributionMatrix.of(rowTokens, columnTokens, values, "test", Map.of("k", "v"));
		String text = write(matrix);
		assertEquals(columns + 11, text.split("\n").length, "a fixed number of lines besides the rows");
		assertSameContent(matrix, read(text));
	}

	private static AttributionMatrix roundTrip(AttributionMatrix matrix) throws Exception {
		return read(write(matrix));
	}

	private static String write(AttributionMatrix matrix) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new NativeJsonWriter().write(matrix, out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private static AttributionMatrix read(String text) throws Exception {
		return new NativeJsonReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** Same tokens, and values equal bit for bit (NaN as NaN, -0.0 as -0.0). */
	private static void assertSameContent(AttributionMatrix expected, AttributionMatrix actual) {
		assertEquals(expected.rowTokens(), actual.rowTokens());
		assertEquals(expected.columnTokens(), actual.columnTokens());
		assertEquals("token-attribution v1", actual.format());
		assertArrayEquals(bits(expected.toRowMajorArray()), bits(actual.toRowMajorArray()));
		assertEquals(expected.sequenceAttribution().map(NativeJsonWriterTest::bits).map(List::of),
				actual.sequenceAttribution().map(NativeJsonWriterTest::bits).map(List::of));
		assertEquals(expected.outputProbabilities().map(NativeJsonWriterTest::bits).map(List::of),
				actual.outputProbabilities().map(NativeJsonWriterTest::bits).map(List::of));
		assertEquals(expected.meta().size(), actual.meta().size());
	}

	private static Integer[] bits(float[] values) {
		Integer[] bits = new Integer[values.length];
		for (int i = 0; i < values.length; i++) {
			bits[i] = Float.floatToIntBits(values[i]);
		}
		return bits;
	}

	/** Parses without the non-standard NaN/Infinity literals: the output is plain JSON. */
	private static void assertStrictJson(String text) throws IOException {
		try (JsonParser parser = new JsonFactory().createParser(text)) {
			while (parser.nextToken() != null) {
				assertTrue(parser.currentToken() != JsonToken.NOT_AVAILABLE);
			}
		}
	}
}
