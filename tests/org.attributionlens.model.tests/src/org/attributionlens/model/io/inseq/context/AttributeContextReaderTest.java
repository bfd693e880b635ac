package org.attributionlens.model.io.inseq.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.attributionlens.internal.model.io.StructureDetector;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.Orientation;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReaders;
import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The attribute-context files under {@code fixtures/attribute-context} (written by make_fixtures.py
 * as Inseq's {@code json.dump(output.to_dict())} writes them) read as the matrix of their
 * NAME.expected.attr.json, whose output_probs hold the expected cti_scores step score; malformed
 * ones give one located sentence each.
 */
class AttributeContextReaderTest {

	private static final String DIR = "attribute-context/";

	@ParameterizedTest
	@ValueSource(strings = { "pecore-output-context", "mirage-long-context" })
	void readsEveryTokenAndCellAsWritten(String name) throws IOException, AttributionFormatException {
		AttributionMatrix actual = Fixtures.readFixture(DIR + name + ".json");
		assertSameAsExpected(name, actual);
		// gzip-compressed, as any format
		byte[] bytes = Files.readAllBytes(Fixtures.fixture(DIR + name + ".json"));
		ByteArrayOutputStream gzip = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
			out.write(bytes);
		}
		assertSameAsExpected(name, read(new ByteArrayInputStream(gzip.toByteArray()), name + ".json.gz"));
	}

	private static void assertSameAsExpected(String name, AttributionMatrix actual) {
		AttributionMatrix expected = Fixtures.readFixture(DIR + name + ".expected.attr.json");
		assertEquals(ContextMatrix.FORMAT_LABEL, actual.format());
		assertEquals(expected.rowTokens(), actual.rowTokens(), name + ": context tokens");
		assertEquals(expected.columnTokens(), actual.columnTokens(), name + ": context-sensitive tokens");
		for (int row = 0; row < expected.rows(); row++) {
			for (int column = 0; column < expected.columns(); column++) {
				assertEquals(Float.floatToIntBits(expected.value(row, column)),
						Float.floatToIntBits(actual.value(row, column)), name + ": cell " + row + ", " + column);
			}
		}
		assertArrayEquals(expected.outputProbabilities().orElseThrow(), actual.stepScores().get(ContextMatrix.CTI_SCORE),
				name + ": cti_scores of the columns");
		assertTrue(actual.outputProbabilities().isEmpty());
		assertEquals(Orientation.INPUTS_AS_ROWS, actual.writtenOrientation(), "opens in Inseq's orientation");
	}

	@Test
	void bothContextsMakeTheRowsAndTheRestIsMeta() {
		AttributionMatrix matrix = Fixtures.readFixture(DIR + "pecore-output-context.json");
		assertEquals(12 + 5, matrix.rows());
		assertEquals(3, matrix.columns());
		assertTrue(Float.isNaN(matrix.value(3, 0)), "Python's NaN is a missing cell");
		assertEquals("12 input context tokens, then 5 output context tokens", matrix.meta().get("rows"));
		assertEquals("3 context-sensitive tokens of the 9 output_current_tokens", matrix.meta().get("columns"));
		assertEquals("kl_divergence", matrix.meta().get("info.context_sensitivity_metric"));
		assertEquals(1.0, matrix.meta().get("info.context_sensitivity_std_threshold"));
		assertEquals(Boolean.FALSE, matrix.meta().get("info.show_viz"));
		assertTrue(matrix.meta().containsKey("info.context_sensitivity_topk"));
		assertTrue(((String) matrix.meta().get("cti_idx 2 contextless_output")).endsWith(" it"));
		assertTrue(matrix.meta().containsKey("output_current"));
		assertTrue(!matrix.meta().containsKey("info.generation_kwargs"), "nested arguments are skipped");
	}

	@Test
	void theKeysDecideAfterALongInfo() throws IOException {
		try (InputStream in = Files.newInputStream(Fixtures.fixture(DIR + "mirage-long-context.json"))) {
			assertEquals(StructureDetector.Kind.INSEQ_CONTEXT, StructureDetector.detect(in, 1 << 24, 64));
		}
	}

	static Stream<Arguments> malformed() {
		return Stream.of(
				Arguments.of("score-length-mismatch.json",
						"54:37: cci_scores[1].input_context_scores has 3 values, expected 4 (one per input_context_tokens)"),
				Arguments.of("cti-idx-out-of-range.json", "33:24: cci_scores[0].cti_idx 6 is beyond the 6 output_current_tokens"),
				Arguments.of("missing-cti-idx.json",
						"47:9: cci_scores[1] has no cti_idx; each entry names its output token by its position"),
				Arguments.of("missing-cci-scores.json", "1:1: there is no cci_scores list; expected an Inseq"
						+ " attribute-context output (a JSON object with cci_scores)"),
				Arguments.of("missing-input-context-tokens.json",
						"33:37: cci_scores[0].input_context_scores has 4 values, but the file has no input_context_tokens"),
				Arguments.of("empty-cci-scores.json", "31:19: cci_scores is empty: no output token was found"
						+ " context-sensitive, so there is no attribution to show"),
				Arguments.of("infinite-score.json",
						"42:17: cci_scores[0].input_context_scores[2] is infinite; attributions must be finite numbers or NaN"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformed")
	void malformedFilesGiveOneLocatedSentence(String file, String located) {
		assertEquals(located, failure(Fixtures.fixture(DIR + "malformed/" + file)).getMessage());
	}

	@Test
	void everyMalformedFixtureIsListed() throws IOException {
		Set<String> listed = new HashSet<>();
		malformed().forEach(arguments -> listed.add((String) arguments.get()[0]));
		try (Stream<Path> files = Files.list(Fixtures.fixture(DIR + "malformed"))) {
			files.map(file -> file.getFileName().toString()).forEach(name -> assertTrue(listed.contains(name), name));
		}
	}

	@Test
	void theLimitsApply() {
		ReadLimits d = ReadLimits.DEFAULTS;
		Path file = Fixtures.fixture(DIR + "pecore-output-context.json");
		AttributionFormatException cells = failure(file, new ReadLimits(40, d.maxDecompressedBytes(), d.maxTokenLength(), 64));
		assertTrue(cells.reason().startsWith("the cci_scores hold more than 40 scores, which exceeds the limit of 40 cells"),
				cells.getMessage());
		AttributionFormatException token = failure(file, new ReadLimits(d.maxCells(), d.maxDecompressedBytes(), 5, 64));
		assertTrue(token.reason().startsWith("input_context_tokens[0] is 12 characters long, which exceeds the limit of 5"
				+ " characters per token"), token.getMessage());
		AttributionFormatException text = failure(file, d.withMaxStringLength(10));
		assertTrue(text.reason().startsWith("input_context is "), text.getMessage());
	}

	/** Foreign JSON objects: the layouts tried and the nearest, never a key of ours as if it were missing. */
	static Stream<Arguments> foreign() {
		String tried = "; tried numpy arrays (np.save, np.savez, np.savez_compressed), safetensors"
				+ " (safetensors.torch.save_file), Inseq JSON (FeatureAttributionOutput.save), Inseq attribute-context"
				+ " JSON (inseq attribute-context --save_path), native JSON (token-attribution v1), CSV/TSV table (pandas)";
		String none = "1:1: not a token-attribution file: a JSON object without input_tokens, output_tokens or token_attr;";
		return Stream.of(
				Arguments.of("package.json", none + " it has no key of any layout read here" + tried),
				Arguments.of("notebook.ipynb", none + " it has no key of any layout read here" + tried),
				Arguments.of("inseq-without-sequences.json", none + " the nearest layout is an Inseq"
						+ " FeatureAttributionOutput (has step_scores, info), but it has no sequence_attributions" + tried),
				Arguments.of("context-texts-only.json", none + " the nearest layout is an Inseq attribute-context file"
						+ " (has input_context, output_current, output_current_tokens), but it has no cci_scores" + tried));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("foreign")
	void foreignJsonSaysWhatWasTriedAndTheNearest(String file, String message) {
		assertEquals(message, failure(Fixtures.fixture("malformed-foreign/" + file)).getMessage());
	}

	@Test
	void anEmptyObjectIsForeignTooButAnObjectWithOurKeysKeepsItsMessage() {
		AttributionFormatException empty = assertThrows(AttributionFormatException.class,
				() -> read(new ByteArrayInputStream("\n  {}".getBytes()), "empty.json"));
		assertTrue(empty.getMessage().startsWith("2:3: not a token-attribution file: "), empty.getMessage());
		AttributionFormatException ours = assertThrows(AttributionFormatException.class,
				() -> read(new ByteArrayInputStream("{\"seq_attr\": [1], \"version\": \"x\"}".getBytes()), "run.json"));
		assertEquals("1:30: version must be a number, found a string", ours.getMessage());
	}

	private static AttributionMatrix read(InputStream in, String name) throws IOException, AttributionFormatException {
		return AttributionReaders.read(in, name);
	}

	private static AttributionFormatException failure(Path file) {
		return failure(file, ReadLimits.DEFAULTS);
	}

	private static AttributionFormatException failure(Path file, ReadLimits limits) {
		return assertThrows(AttributionFormatException.class,
				() -> AttributionReaders.read(file, new ReadOptions(0, limits)));
	}
}
