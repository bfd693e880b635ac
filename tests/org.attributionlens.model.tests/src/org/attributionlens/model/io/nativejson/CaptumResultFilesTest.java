package org.attributionlens.model.io.nativejson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.Orientation;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReaders;
import org.attributionlens.model.io.ReadOptions;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as the README's snippet writes Captum's {@code LLMAttributionResult}
 * (fixtures/captum/make_captum_fixtures.py): {@code seq_attr} and {@code output_probs} are kept
 * beside the matrix, and a result without {@code token_attr} (Lime, KernelShap) opens as one output
 * column of {@code seq_attr}.
 */
class CaptumResultFilesTest {

	private static final List<String> INPUTS = List.of("Dave", "Palm Coast", "FL", "lawyer", "His");
	private static final List<String> OUTPUTS = List.of("playing", "golf", ",", "hiking", ",", "and", "cooking", ".");
	/** output_probs of the fixtures, as Python wrote them. */
	private static final double[] PROBS = { 0.8283178210258484, 0.8197722434997559, 0.7799210548400879,
			0.28530171513557434, 0.11947951465845108, 0.9018192291259766, 0.6024125218391418, 0.0523676797747612 };

	@Test
	void limeResultIsOneColumnOfSeqAttrNamedByTheOutputTokens() {
		AttributionMatrix matrix = Fixtures.readFixture("captum/lime.attr.json");
		assertEquals(INPUTS, matrix.rowTokens());
		assertEquals(List.of("playing | golf | , | hiking | , | and | cooking | ."), matrix.columnTokens());
		float[] seqAttr = { 0.8032139539718628f, 2.1186904907226562f, -0.05515686422586441f, 0.9503917098045349f,
				-0.18885478377342224f };
		assertArrayEquals(seqAttr, matrix.toRowMajorArray(), "one value per input: its seq_attr");
		assertArrayEquals(seqAttr, matrix.sequenceAttribution().orElseThrow());
		assertTrue(matrix.outputProbabilities().isEmpty(), "Captum's LLMAttribution sets no output_probs");
		assertEquals(Orientation.OUTPUTS_AS_ROWS, matrix.writtenOrientation(), "a one-row figure, as Captum's");
		assertTrue(matrix.reduction().contains("Lime and KernelShap"), matrix.reduction());
		assertEquals("Lime", matrix.meta().get("method"));
	}

	@Test
	void kernelShapResultWithOutputProbsHasTheWholeOutputsProbability() {
		AttributionMatrix matrix = Fixtures.readFixture("captum/kernelshap-probs.attr.json");
		assertEquals(1, matrix.columns());
		double product = 1;
		for (double probability : PROBS) {
			product *= (float) probability;
		}
		assertArrayEquals(new float[] { (float) product }, matrix.outputProbabilities().orElseThrow());
		assertTrue(matrix.reduction().contains("product of output_probs"), matrix.reduction());
	}

	@Test
	void featureAblationResultKeepsSeqAttrAndOutputProbs() {
		AttributionMatrix matrix = Fixtures.readFixture("captum/feature-ablation.attr.json");
		assertEquals(INPUTS, matrix.rowTokens());
		assertEquals(OUTPUTS, matrix.columnTokens());
		assertEquals(0f, matrix.value(4, 2), "token_attr[2][4]");
		assertEquals(-0.9033951759338379f, matrix.value(4, 1), "token_attr[1][4]");
		float[] probs = matrix.outputProbabilities().orElseThrow();
		for (int output = 0; output < PROBS.length; output++) {
			assertEquals((float) PROBS[output], probs[output]);
		}
		float[] seqAttr = matrix.sequenceAttribution().orElseThrow();
		for (int input = 0; input < INPUTS.size(); input++) {
			float sum = 0;
			for (int output = 0; output < OUTPUTS.size(); output++) {
				sum += matrix.value(input, output);
			}
			assertEquals(sum, seqAttr[input], 1e-5f, "seq_attr is the column sum, as Captum's");
		}
		assertEquals("", matrix.reduction(), "the file's own numbers");
	}

	@Test
	void absentTokenAttrAndNoOutputTokensGiveAnUnnamedColumn() throws AttributionFormatException {
		AttributionMatrix matrix = Fixtures.parse("""
				{"input_tokens": ["a", "b"], "seq_attr": [0.5, NaN]}""");
		assertEquals(List.of("(whole output)"), matrix.columnTokens());
		assertEquals(0.5f, matrix.value(0, 0));
		assertTrue(matrix.isMissing(1, 0), "a missing seq_attr value is a missing cell");
		assertEquals(Orientation.OUTPUTS_AS_ROWS, matrix.writtenOrientation());
	}

	@Test
	void wrongWholeOutputFilesSayWhatIsMissing() {
		AttributionFormatException probsAlone = assertThrows(AttributionFormatException.class, () -> Fixtures.parse("""
				{"input_tokens": ["a"], "seq_attr": [1],
				 "output_probs": [0.5, 0.25]}"""));
		assertEquals("2:18: output_probs has 2 values, but the file has no output_tokens for them to belong to",
				probsAlone.getMessage());
		AttributionFormatException probsLength = assertThrows(AttributionFormatException.class,
				() -> Fixtures.parse("""
						{"input_tokens": ["a"], "output_tokens": ["x", "y"], "token_attr": null, "seq_attr": [1],
						 "output_probs": [0.5]}"""));
		assertEquals("2:18: output_probs has 1 values, expected 2 (one per output token)", probsLength.getMessage());
		AttributionFormatException seqLength = assertThrows(AttributionFormatException.class, () -> Fixtures.parse("""
				{"input_tokens": ["a", "b"], "token_attr": null, "seq_attr": [1]}"""));
		assertEquals("1:62: seq_attr has 1 values, expected 2 (one per input token)", seqLength.getMessage());
		AttributionFormatException overflow = assertThrows(AttributionFormatException.class, () -> Fixtures.parse("""
				{"input_tokens": ["a"], "output_tokens": ["x", "y"], "seq_attr": [1], "output_probs": [1e38, 1e38]}"""));
		assertTrue(overflow.getMessage().startsWith("1:87: output_probs multiply to more than a 32-bit float holds"),
				overflow.getMessage());
		AttributionFormatException nullAlone = assertThrows(AttributionFormatException.class, () -> Fixtures.parse("""
				{"input_tokens": ["a"], "output_tokens": ["x"],
				 "token_attr": null}"""));
		assertEquals("2:16: token_attr is null and there is no seq_attr; a file without token-level attributions "
				+ "(Captum's Lime or KernelShap) needs seq_attr, one number per input token", nullAlone.getMessage());
	}

	/**
	 * The extras survive every way a native file is read: Jackson's general parser, the fast lane,
	 * the end of token_attr read on a second core, gzip; before and after token_attr.
	 */
	@Test
	void seqAttrAndOutputProbsAreKeptOnEveryReadPath(@TempDir Path directory) throws IOException,
			AttributionFormatException {
		int inputs = 40;
		int outputs = 30;
		StringBuilder rows = new StringBuilder();
		for (int output = 0; output < outputs; output++) {
			rows.append(output == 0 ? "[" : ", [");
			for (int input = 0; input < inputs; input++) {
				rows.append(input == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", (output - input) / 7.0));
			}
			rows.append(']');
		}
		float[] seqAttr = new float[inputs];
		float[] probs = new float[outputs];
		String tokens = "\"input_tokens\": " + numbered("i", inputs, seqAttr, -5f, 0.25f) + ", \"output_tokens\": "
				+ numbered("o", outputs, probs, 0f, 0.03125f);
		String seq = "\"seq_attr\": " + values(seqAttr);
		String prob = "\"output_probs\": " + values(probs);
		for (String text : List.of("{" + seq + ", " + prob + ", " + tokens + ", \"token_attr\": [" + rows + "]}",
				"{" + tokens + ", \"token_attr\": [" + rows + "], " + seq + ", " + prob + "}")) {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			Path file = directory.resolve("run.attr.json");
			Files.write(file, bytes);
			ByteArrayOutputStream gzip = new ByteArrayOutputStream();
			try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
				out.write(bytes);
			}
			long taken = TailReader.TAKEN.get();
			NativeJsonReader inTwoHalves = NativeJsonReader.inTwoHalvesFrom(ReadOptions.DEFAULTS, 0);
			AttributionMatrix readInTwoHalves;
			try (FileChannel channel = FileChannel.open(file)) {
				readInTwoHalves = inTwoHalves.read(new ByteArrayInputStream(bytes), channel);
			}
			List<AttributionMatrix> read = List.of(
					readInTwoHalves,
					new NativeJsonReader().read(new ByteArrayInputStream(bytes)),
					NativeJsonReader.withoutFastLane(ReadOptions.DEFAULTS).read(new ByteArrayInputStream(bytes)),
					AttributionReaders.read(file),
					AttributionReaders.read(new ByteArrayInputStream(gzip.toByteArray()), "run.attr.json.gz"));
			assertEquals(taken + 1, TailReader.TAKEN.get(), "one of them read the end of token_attr apart");
			for (AttributionMatrix matrix : read) {
				assertArrayEquals(seqAttr, matrix.sequenceAttribution().orElseThrow());
				assertArrayEquals(probs, matrix.outputProbabilities().orElseThrow());
				assertEquals(-39 / 7f, matrix.value(39, 0), 1e-4f);
			}
		}
	}

	/** {@code ["p0", "p1", ...]}; fills {@code values} with {@code first}, {@code first + step}, ... */
	private static String numbered(String prefix, int count, float[] values, float first, float step) {
		StringBuilder text = new StringBuilder("[");
		for (int i = 0; i < count; i++) {
			values[i] = first + i * step;
			text.append(i == 0 ? "" : ", ").append('"').append(prefix).append(i).append('"');
		}
		return text.append(']').toString();
	}

	private static String values(float[] values) {
		StringBuilder text = new StringBuilder("[");
		for (int i = 0; i < values.length; i++) {
			text.append(i == 0 ? "" : ", ").append(values[i]);
		}
		return text.append(']').toString();
	}
}
