package org.attributionlens.model.io.inseq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.attributionlens.internal.model.io.StructureDetector;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.ReadOptions;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads the fixtures written by {@code fixtures/inseq/make_inseq_fixtures.py} and checks every
 * value against the formula the script used (see its docstring), so that both sides compute the
 * expected numbers independently.
 */
class InseqJsonReaderTest {

	static final List<String> SOURCE = List.of("\u2581Hello", "\u2581world", "!", "</s>");
	static final List<String> TARGET = List.of("<pad>", "\u2581Hallo", "\u2581Welt", "!", "</s>");
	static final List<String> PROMPT_AND_GENERATED = List.of("The", "\u0120cat", "\u0120sat", "\u0120on", "\u0120the",
			"\u0120mat");
	static final String SAFETENSORS = "Inseq FeatureAttributionOutput (safetensors tensors)";
	static final String LEGACY = "Inseq FeatureAttributionOutput (legacy __ndarray__ tensors)";

	static AttributionMatrix read(String name) {
		return read(name, ReadOptions.DEFAULTS);
	}

	static AttributionMatrix read(String name, ReadOptions options) {
		try (InputStream in = Files.newInputStream(Fixtures.fixture("inseq/" + name))) {
			return new InseqJsonReader(options).read(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (AttributionFormatException e) {
			throw new AssertionError(name + ":" + e.getMessage(), e);
		}
	}

	/** (row * G + step) / 100 - 0.5 as float32, NaN for target row r at step j when r >= start + j. */
	static float formula(int row, int step, int steps, int targetRow, int start) {
		if (targetRow >= 0 && targetRow >= start + step) {
			return Float.NaN;
		}
		return (float) ((row * steps + step) / 100.0 - 0.5);
	}

	/** Expected encoder-decoder matrix: 4 source rows, then 5 target rows, 4 steps from position 1. */
	static float[] encoderDecoderValues() {
		int steps = 4;
		float[] expected = new float[9 * steps];
		for (int row = 0; row < 9; row++) {
			for (int step = 0; step < steps; step++) {
				expected[row * steps + step] = formula(row, step, steps, row < 4 ? -1 : row - 4, 1);
			}
		}
		return expected;
	}

	static float[] decoderOnlyValues() {
		float[] expected = new float[6 * 3];
		for (int row = 0; row < 6; row++) {
			for (int step = 0; step < 3; step++) {
				expected[row * 3 + step] = formula(row, step, 3, row, 3);
			}
		}
		return expected;
	}

	static float[] probability(int steps) {
		float[] expected = new float[steps];
		for (int step = 0; step < steps; step++) {
			expected[step] = (float) (0.9 - 0.1 * step);
		}
		return expected;
	}

	@Test
	void currentEncoderDecoderHasSourceRowsThenTargetRows() {
		AttributionMatrix matrix = read("current-f32.json");
		assertEquals(SAFETENSORS, matrix.format());
		assertEquals(concat(SOURCE, TARGET), matrix.rowTokens());
		assertEquals(TARGET.subList(1, 5), matrix.columnTokens());
		assertArrayEquals(encoderDecoderValues(), matrix.toRowMajorArray());
		assertEquals("", matrix.reduction());
		assertEquals(1, matrix.sequenceCount());
		assertEquals(0, matrix.sequenceIndex());
		assertEquals(List.of("probability"), List.copyOf(matrix.stepScores().keySet()));
		assertArrayEquals(probability(4), matrix.stepScores().get("probability"));
		assertArrayEquals(probability(4), matrix.outputProbabilities().orElseThrow());
	}

	@Test
	void metaNamesModelMethodSequenceAndTexts() {
		Map<String, Object> meta = read("current-f32.json").meta();
		assertEquals(List.of("model_name", "attribution_method", "sequence", "input_text", "generated_text",
				"attr_pos_start", "attr_pos_end", "source_rows", "tensor_dtype", "model_class", "tokenizer_name",
				"attributed_fn", "exec_time", "include_eos_baseline"), List.copyOf(meta.keySet()));
		assertEquals("Helsinki-NLP/opus-mt-en-de", meta.get("model_name"));
		assertEquals("saliency", meta.get("attribution_method"));
		assertEquals("1 of 1", meta.get("sequence"));
		assertEquals("Hello world!", meta.get("input_text"));
		assertEquals("Hallo Welt!", meta.get("generated_text"));
		assertEquals(1, meta.get("attr_pos_start"));
		assertEquals(5, meta.get("attr_pos_end"));
		assertEquals(4, meta.get("source_rows"));
		assertEquals("F32", meta.get("tensor_dtype"));
		assertEquals(0.25, meta.get("exec_time"));
		assertEquals(Boolean.FALSE, meta.get("include_eos_baseline"));
	}

	@Test
	void statisticsIgnoreStepScoresAndMissingCells() {
		AttributionMatrix matrix = read("current-f32.json");
		// 36 cells, 10 of them target tokens not generated yet
		assertEquals(36, matrix.statistics().cellCount());
		assertEquals(10, matrix.statistics().missingCount());
		assertEquals(26, matrix.statistics().valueCount());
		// the largest |value| is an attribution (-0.5), not the probability 0.9 of a step score
		assertEquals(0.5, matrix.statistics().maxAbs(), 1e-7);
	}

	@Test
	void gzipCompressedFileReadsTheSameOnceDecompressed() throws Exception {
		AttributionMatrix plain = read("current-f32.json");
		try (InputStream in = new GZIPInputStream(Files.newInputStream(Fixtures.fixture("inseq/current-f32.json.gz")))) {
			AttributionMatrix unpacked = new InseqJsonReader().read(in);
			assertArrayEquals(plain.toRowMajorArray(), unpacked.toRowMajorArray());
			assertEquals(plain.rowTokens(), unpacked.rowTokens());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "legacy-b64.json", "legacy-b64gz.json" })
	void legacyBinaryEncodingsGiveTheSameMatrix(String name) {
		AttributionMatrix matrix = read(name);
		assertEquals(LEGACY, matrix.format());
		assertEquals(concat(SOURCE, TARGET), matrix.rowTokens());
		assertEquals(TARGET.subList(1, 5), matrix.columnTokens());
		assertArrayEquals(encoderDecoderValues(), matrix.toRowMajorArray());
		assertArrayEquals(probability(4), matrix.stepScores().get("probability"));
		assertEquals("float32", matrix.meta().get("tensor_dtype"));
	}

	@Test
	void legacyNestedListsWithNaN() {
		AttributionMatrix matrix = read("legacy-lists.json");
		assertEquals(LEGACY, matrix.format());
		assertEquals(PROMPT_AND_GENERATED, matrix.rowTokens());
		assertEquals(PROMPT_AND_GENERATED.subList(3, 6), matrix.columnTokens());
		assertArrayEquals(decoderOnlyValues(), matrix.toRowMajorArray(), 1e-7f);
		// the NaN triangle: a token cannot explain a step before it exists
		assertTrue(matrix.isMissing(3, 0));
		assertTrue(matrix.isMissing(4, 1));
		assertTrue(matrix.isMissing(5, 2));
		assertFalse(matrix.isMissing(2, 0));
	}

	@Test
	void decoderOnlyFloat16WithTensorNotNamedAttribution() {
		AttributionMatrix matrix = read("current-f16.json");
		assertEquals(PROMPT_AND_GENERATED, matrix.rowTokens());
		assertEquals(PROMPT_AND_GENERATED.subList(3, 6), matrix.columnTokens());
		assertArrayEquals(exactDecoderOnly(), matrix.toRowMajorArray());
		assertEquals("F16", matrix.meta().get("tensor_dtype"));
		assertFalse(matrix.meta().containsKey("source_rows"));
		assertTrue(matrix.stepScores().isEmpty());
		assertTrue(matrix.outputProbabilities().isEmpty());
	}

	@Test
	void bfloat16() {
		AttributionMatrix matrix = read("current-bf16.json");
		assertArrayEquals(exactDecoderOnly(), matrix.toRowMajorArray());
		assertEquals("BF16", matrix.meta().get("tensor_dtype"));
	}

	/** (row * 3 + step - 16) / 16, exact in 16-bit floats, with the NaN triangle from position 3. */
	private static float[] exactDecoderOnly() {
		float[] expected = new float[18];
		for (int row = 0; row < 6; row++) {
			for (int step = 0; step < 3; step++) {
				expected[row * 3 + step] = row >= 3 + step ? Float.NaN : (row * 3 + step - 16) / 16f;
			}
		}
		return expected;
	}

	@Test
	void float8E4M3() {
		AttributionMatrix matrix = read("current-f8-e4m3.json");
		assertEquals(List.of("a", "b", "c"), matrix.rowTokens());
		assertEquals(List.of("x", "y", "z", "w"), matrix.columnTokens());
		float[] expected = new float[12];
		for (int i = 0; i < 12; i++) {
			expected[i] = (i - 8) / 8f;
		}
		expected[8] = Float.NaN; // byte 0x7F
		assertArrayEquals(expected, matrix.toRowMajorArray());
	}

	@Test
	void float8E5M2() {
		AttributionMatrix matrix = read("current-f8-e5m2.json");
		float[] expected = new float[6];
		for (int i = 0; i < 6; i++) {
			expected[i] = (i - 3) / 4f;
		}
		assertArrayEquals(expected, matrix.toRowMajorArray());
	}

	@Test
	void gradientTensorIsL2NormedThenColumnsL1Normalised() {
		AttributionMatrix matrix = read("gradient-3d.json");
		assertEquals("L2 norm over the embedding dimension (3), then each column L1-normalised", matrix.reduction());
		assertEquals(concat(SOURCE, TARGET), matrix.rowTokens());
		int steps = 4;
		int embedding = 3;
		double[] norms = new double[9 * steps];
		double[] columnSums = new double[steps];
		for (int row = 0; row < 9; row++) {
			for (int step = 0; step < steps; step++) {
				boolean missing = row >= 4 && row - 4 >= 1 + step;
				double sum = 0;
				for (int e = 0; e < embedding; e++) {
					float value = (float) (((row * steps + step) * embedding + e) / 100.0 - 0.5);
					sum += (double) value * value;
				}
				norms[row * steps + step] = missing ? Double.NaN : Math.sqrt(sum);
				if (!missing) {
					columnSums[step] += Math.sqrt(sum);
				}
			}
		}
		float[] actual = matrix.toRowMajorArray();
		for (int i = 0; i < actual.length; i++) {
			assertEquals(norms[i] / columnSums[i % steps], actual[i], 1e-6, "cell " + i);
		}
		// each column sums to 1 over source and target rows together
		for (int step = 0; step < steps; step++) {
			double total = 0;
			for (int row = 0; row < 9; row++) {
				total += matrix.isMissing(row, step) ? 0 : matrix.value(row, step);
			}
			assertEquals(1.0, total, 1e-6);
		}
		// a hand-computed cell: |(-0.5, -0.49, -0.48)| / (sum of the column's norms)
		assertEquals(0.39097, matrix.value(0, 0), 1e-5);
	}

	@Test
	void legacyFortranOrderFloat64GradientTensor() {
		AttributionMatrix matrix = read("legacy-fortran-3d.json");
		assertEquals(LEGACY, matrix.format());
		assertEquals("float64", matrix.meta().get("tensor_dtype"));
		assertEquals("L2 norm over the embedding dimension (3), then each column L1-normalised", matrix.reduction());
		double[] columnSums = new double[3];
		double[] norms = new double[18];
		for (int row = 0; row < 6; row++) {
			for (int step = 0; step < 3; step++) {
				double sum = 0;
				for (int e = 0; e < 3; e++) {
					double value = (float) (((row * 3 + step) * 3 + e) / 100.0 - 0.5);
					sum += value * value;
				}
				boolean missing = row >= 3 + step;
				norms[row * 3 + step] = missing ? Double.NaN : Math.sqrt(sum);
				columnSums[step] += missing ? 0 : Math.sqrt(sum);
			}
		}
		float[] actual = matrix.toRowMajorArray();
		for (int i = 0; i < actual.length; i++) {
			assertEquals(norms[i] / columnSums[i % 3], actual[i], 1e-6, "cell " + i);
		}
	}

	@Test
	void attentionTensorIsAveragedOverLayersAndHeads() {
		AttributionMatrix matrix = read("attention-4d.json");
		assertEquals("mean over the trailing dimensions [2, 3] (6 values per cell)", matrix.reduction());
		assertEquals("attention", matrix.meta().get("attribution_method"));
		float[] actual = matrix.toRowMajorArray();
		for (int row = 0; row < 6; row++) {
			for (int step = 0; step < 3; step++) {
				double sum = 0;
				for (int inner = 0; inner < 6; inner++) {
					sum += (float) (((row * 3 + step) * 6 + inner) / 100.0 - 0.5);
				}
				double expected = row >= 3 + step ? Double.NaN : sum / 6;
				assertEquals(expected, actual[row * 3 + step], 1e-6, "row " + row + " step " + step);
			}
		}
	}

	@Test
	void firstSequenceByDefault() {
		AttributionMatrix matrix = read("two-sequences.json");
		assertEquals(2, matrix.sequenceCount());
		assertEquals(0, matrix.sequenceIndex());
		assertEquals(List.of("A", "\u0120b", "\u0120c", "\u0120d", "\u0120e"), matrix.rowTokens());
		assertEquals(List.of("\u0120c", "\u0120d", "\u0120e"), matrix.columnTokens());
		assertEquals("1 of 2", matrix.meta().get("sequence"));
		assertEquals("A b", matrix.meta().get("input_text"));
		assertEquals("F64", matrix.meta().get("tensor_dtype"));
		float[] expected = new float[15];
		for (int row = 0; row < 5; row++) {
			for (int step = 0; step < 3; step++) {
				expected[row * 3 + step] = formula(row, step, 3, row, 2);
			}
		}
		assertArrayEquals(expected, matrix.toRowMajorArray());
	}

	@Test
	void secondSequenceUsesItsOwnPositionsOverInfo() {
		AttributionMatrix matrix = read("two-sequences.json", ReadOptions.DEFAULTS.withSequence(1));
		assertEquals(1, matrix.sequenceIndex());
		assertEquals(2, matrix.sequenceCount());
		// info says attr_pos 2..5 (the first sequence's); this sequence says 3..6
		assertEquals(List.of("\u0120u", "\u0120v", "\u0120w"), matrix.columnTokens());
		assertEquals(6, matrix.rows());
		assertEquals("2 of 2", matrix.meta().get("sequence"));
		assertEquals("X y z", matrix.meta().get("input_text"));
		assertEquals("X y z u v w", matrix.meta().get("generated_text"));
		assertEquals(3, matrix.meta().get("attr_pos_start"));
		assertEquals(6, matrix.meta().get("attr_pos_end"));
		assertEquals(formula(5, 2, 3, 5, 3), matrix.value(5, 2), 0f); // NaN: last token, last step
		assertEquals(formula(2, 0, 3, 2, 3), matrix.value(2, 0));
	}

	@Test
	void primitivesWithoutWrappersSourceOnlyAndTwoStepScores() {
		AttributionMatrix matrix = read("primitives.json");
		assertEquals(SOURCE, matrix.rowTokens());
		assertEquals(TARGET.subList(1, 5), matrix.columnTokens());
		float[] expected = new float[16];
		for (int i = 0; i < 16; i++) {
			expected[i] = formula(i / 4, i % 4, 4, -1, 1);
		}
		// the blob holds another tensor first: "attribution" starts at byte 8 of the payload
		assertArrayEquals(expected, matrix.toRowMajorArray());
		assertEquals(List.of("probability", "entropy"), List.copyOf(matrix.stepScores().keySet()));
		assertArrayEquals(new float[] { 1.5f, 1.25f, 1f, 0.5f }, matrix.stepScores().get("entropy"));
		assertFalse(matrix.meta().containsKey("source_rows"), "only source rows: nothing to separate");
	}

	@Test
	void stepScoresAreFreshCopies() {
		AttributionMatrix matrix = read("current-f32.json");
		matrix.stepScores().get("probability")[0] = 42;
		assertEquals(0.9f, matrix.stepScores().get("probability")[0]);
		assertThrows(UnsupportedOperationException.class, () -> matrix.stepScores().clear());
	}

	@Test
	void recognisedByStructureWhereverTheKeyIs() throws IOException {
		for (String name : List.of("current-f32.json", "primitives.json", "legacy-lists.json", "two-sequences.json")) {
			assertEquals(StructureDetector.Kind.INSEQ, detect(Files.readAllBytes(Fixtures.fixture("inseq/" + name))), name);
		}
		assertEquals(StructureDetector.Kind.NATIVE, detect(Files.readAllBytes(Fixtures.fixture("minimal.attr.json"))));
		String prompt = "p".repeat(200_000);
		// what use_primitives=True writes: info, with the prompt, first
		assertEquals(StructureDetector.Kind.INSEQ,
				detect(("{\"info\": {\"input_texts\": [\"" + prompt + "\"]}, \"sequence_attributions\": []}").getBytes()));
		// a string that mentions the key is not the key
		assertEquals(StructureDetector.Kind.NATIVE,
				detect("{\"meta\": {\"n\": \"\\\"sequence_attributions\\\"\"}, \"token_attr\": []}".getBytes()));
		assertEquals(StructureDetector.Kind.OTHER_JSON, detect("{\"a\": {\"sequence_attributions\": []}}".getBytes()),
				"nested, not at the top");
		assertEquals(StructureDetector.Kind.UNDECIDED,
				detect(("{\"info\": \"" + prompt + "\"}").getBytes(), 1000), "the bound comes first");
		assertEquals(StructureDetector.Kind.NOT_JSON, detect("a,b\n1,2\n".getBytes()));
	}

	private static StructureDetector.Kind detect(byte[] bytes) throws IOException {
		return detect(bytes, 1 << 30);
	}

	private static StructureDetector.Kind detect(byte[] bytes, long bound) throws IOException {
		return StructureDetector.detect(new java.io.ByteArrayInputStream(bytes), bound, 64);
	}

	@Test
	void readsFromAnyStreamAndLeavesItOpen() throws Exception {
		byte[] bytes = Files.readAllBytes(Fixtures.fixture("inseq/primitives.json"));
		boolean[] closed = { false };
		InputStream in = new ByteArrayInputStream(bytes) {
			@Override
			public void close() {
				closed[0] = true;
			}
		};
		new InseqJsonReader().read(in);
		assertFalse(closed[0]);
	}

	@Test
	void defaultConstructorUsesDefaultOptions() {
		assertEquals(ReadOptions.DEFAULTS, new InseqJsonReader().options());
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(1024);
		}
	}

	static List<String> concat(List<String> first, List<String> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}
}
