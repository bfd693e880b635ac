package org.attributionlens.model.io.inseq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed Inseq file under {@code fixtures/inseq/malformed} (written by
 * make_inseq_fixtures.py) yields exactly one located sentence: the line and column of the JSON
 * value concerned and, for binary payloads, the tensor and the byte or character offset.
 */
class InseqMalformedFilesTest {

	private static final ReadLimits L = ReadLimits.DEFAULTS;

	static Stream<Arguments> malformed() {
		return Stream.of(
				// safetensors payloads
				bad("truncated-base64.json", "4:25: source_attributions: the base64 text ends in the middle of a"
						+ " 4-character group after 125 characters (truncated?)"),
				bad("invalid-base64-character.json", "4:25: source_attributions: the base64 text has '*' at character 12"
						+ " (decoded byte 9), which is not a base64 character"),
				bad("blob-too-short.json", "4:25: source_attributions: the safetensors data is only 5 bytes long;"
						+ " it starts with an 8-byte header length"),
				bad("header-length-too-large.json", "4:25: source_attributions: the safetensors header length at byte 0"
						+ " is 1000 bytes, but only 88 bytes follow it"),
				bad("header-not-json.json",
						"4:25: source_attributions: the safetensors header (bytes 8 to 24) is not valid JSON"),
				bad("payload-too-short.json", "4:25: source_attributions: safetensors header declares shape [12, 5]"
						+ " (240 bytes of F32) but the payload holds 200 bytes"),
				bad("offsets-span-mismatch.json", "4:25: source_attributions: safetensors header declares shape [2, 2]"
						+ " (16 bytes of F32) but data_offsets [0, 20] span 20 bytes"),
				bad("absurd-shape.json", "4:25: source_attributions: safetensors header declares shape"
						+ " [100000, 100000, 1000], 10000000000 cells after reduction, more than the limit of 100000000 cells"),
				bad("unknown-dtype.json", "4:25: source_attributions: safetensors header: unknown dtype \"F7\";"
						+ " expected F16, BF16, F32, F64, F8_E4M3 or F8_E5M2"),
				bad("integer-dtype.json", "4:25: source_attributions: safetensors header: dtype I64 is an integer or"
						+ " boolean type; attributions are floating point (F16, BF16, F32, F64, F8_E4M3 or F8_E5M2)"),
				bad("negative-offsets.json", "4:25: source_attributions: safetensors header has invalid data_offsets"
						+ " [-8, 8]; expected [begin, end] with 0 <= begin <= end"),
				bad("negative-dimension.json", "4:25: source_attributions: safetensors header declares shape [2, -2];"
						+ " dimensions cannot be negative"),
				bad("no-attribution-tensor.json", "4:25: source_attributions: the safetensors data holds 2 tensors"
						+ " (\"a\", \"b\") and none is named \"attribution\""),
				bad("one-dimensional.json", "4:25: source_attributions: safetensors header declares shape [2];"
						+ " an attribution tensor has at least two dimensions: [tokens, generated steps, ...]"),
				// legacy __ndarray__ payloads
				bad("legacy-bytes-mismatch.json", "4:41: source_attributions: __ndarray__ declares shape [2, 2]"
						+ " (16 bytes of float32) but the data holds 20 bytes"),
				bad("legacy-invalid-base64.json", "4:41: source_attributions: the base64 text after \"b64:\" has '*',"
						+ " which is not a base64 character (at character 8 of the string)"),
				bad("gzip-bomb.json", "4:41: source_attributions: the b64.gz data decompresses to more than the 16 bytes"
						+ " that shape [2, 2] of float32 declares"),
				bad("not-gzip.json", "4:41: source_attributions: the b64.gz data is not valid gzip data"),
				bad("ragged-lists.json", "4:61: source_attributions: the nested lists are ragged: [1] has 1 element,"
						+ " expected 2 like the first"),
				bad("nested-lists-too-deep.json", "4:57: source_attributions: the nested lists have more than 16 levels"),
				bad("infinity.json", "4:25: source_attributions: the value of row 1 (\"b\"), column 0 (\"x\") is infinite;"
						+ " attributions must be finite numbers or NaN"),
				bad("ndarray-bad-prefix.json",
						"4:41: source_attributions: the __ndarray__ string must start with \"b64:\" or \"b64.gz:\""),
				bad("big-endian.json", "4:82: source_attributions: dtype >f4 is big-endian, which is not supported;"
						+ " expected little-endian float16, float32 or float64"),
				// structure and consistency
				bad("wrong-steps.json", "4:25: source_attributions has 2 generated steps (shape [2, 2]), but"
						+ " attr_pos_start 1 and attr_pos_end 4 span 3"),
				bad("gzip-bomb-large-shape.json", "4:25: source_attributions has 2048 generated steps"
						+ " (shape [2048, 2048]), but attr_pos_start 1 and attr_pos_end 3 span 2"),
				bad("source-rows-mismatch.json",
						"4:25: source_attributions has 3 token rows (shape [3, 2]), but source has 2 tokens"),
				bad("attr-pos-end-beyond.json", "8:18: attr_pos_end 7 is beyond the 3 target tokens"),
				bad("missing-target.json",
						"1:28: sequence_attributions[0] has no target tokens; expected a \"target\" list of tokens"),
				bad("tensor-is-number.json", "5:25: target_attributions must be a tensor (a base64 safetensors string"
						+ " or an __ndarray__ object) or null, found a number"),
				bad("step-score-length.json", "6:33: step_scores.probability has 3 values (shape [3]), expected 2"
						+ " (one per generated step)"),
				bad("token-not-string.json", "2:57: source[1].token must be a string, found a number"),
				bad("instance-type-not-list.json",
						"1:23: __instance_type__ must be a list of strings [module, class name], found a string"),
				bad("empty-sequences.json", "1:27: sequence_attributions is empty; the file holds no attributed sequence"),
				bad("not-inseq.json", "1:1: not an Inseq attribution file: there is no sequence_attributions list;"
						+ " expected an Inseq FeatureAttributionOutput (a JSON object with sequence_attributions)"),
				// text level
				bad("depth-bomb.json", "1:79: arrays and objects are nested more than 64 levels deep (the limit);"
						+ " an Inseq file needs far fewer"),
				bad("truncated-file.json",
						"4:63: the file ends in the middle of sequence_attributions[0].source_attributions (truncated?)"),
				bad("trailing-content.json", "10:66: unexpected content after the end of the JSON object"),
				bad("not-utf8.json",
						"2:61: the file is not UTF-8 text: byte 0xE9 here is not valid UTF-8 (save the file as UTF-8)"));
	}

	private static Arguments bad(String file, String located) {
		return Arguments.of(file, located);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformed")
	void givesOneLocatedSentence(String file, String located) {
		assertEquals(located, failure("malformed/" + file, ReadOptions.DEFAULTS).getMessage());
	}

	@Test
	void everyMalformedFixtureIsListed() throws IOException {
		Set<String> listed = new HashSet<>();
		malformed().forEach(arguments -> listed.add((String) arguments.get()[0]));
		Path folder = Fixtures.fixture("inseq/malformed");
		try (Stream<Path> files = Files.list(folder)) {
			files.map(file -> file.getFileName().toString()).forEach(name -> assertTrue(listed.contains(name), name));
		}
		assertTrue(listed.size() >= 15);
	}

	static Stream<Arguments> withOptions() {
		return Stream.of(
				Arguments.of("two-sequences.json", ReadOptions.DEFAULTS.withSequence(3),
						"7:30: sequence 3 requested, the file has 2 (0-based)"),
				Arguments.of("two-sequences.json", ReadOptions.DEFAULTS.withSequence(2),
						"7:30: sequence 2 requested, the file has 2 (0-based)"),
				Arguments.of("malformed/gzip-bomb-large-shape.json", limits(L.maxCells(), 1 << 20, L.maxTokenLength(), 64),
						"4:21853: source_attributions: __ndarray__ declares shape [2048, 2048] (16777216 bytes of float32),"
								+ " more than the limit of 1048576 bytes"),
				Arguments.of("current-f32.json", limits(20, L.maxDecompressedBytes(), L.maxTokenLength(), 64),
						"8:7: sequence_attributions[0] has 9 token rows x 4 generated steps = 36 cells,"
								+ " more than the limit of 20 cells"),
				Arguments.of("current-f32.json", limits(10, L.maxDecompressedBytes(), L.maxTokenLength(), 64),
						"108:34: source_attributions: safetensors header declares shape [4, 4], 16 cells,"
								+ " more than the limit of 10 cells"),
				Arguments.of("current-f32.json", limits(L.maxCells(), L.maxDecompressedBytes(), 5, 64),
						"22:26: source[0] is 6 characters long, more than the limit of 5"),
				Arguments.of("malformed/gzip-bomb.json", limits(16, L.maxDecompressedBytes(), 100, 64),
						"4:41: source_attributions: the __ndarray__ string is 21779 characters long, more than the limit"
								+ " of 1109 characters"),
				Arguments.of("legacy-b64.json", limits(L.maxCells(), 40, L.maxTokenLength(), 64),
						"109:28: source_attributions: the base64 text after \"b64:\" decodes to 64 bytes,"
								+ " more than the limit of 40 bytes"),
				// a far higher nesting limit: 20000 levels are skipped without recursion
				Arguments.of("malformed/depth-bomb.json", limits(L.maxCells(), L.maxDecompressedBytes(), 64, 1_000_000),
						"1:1: not an Inseq attribution file: there is no sequence_attributions list;"
								+ " expected an Inseq FeatureAttributionOutput (a JSON object with sequence_attributions)"));
	}

	private static ReadOptions limits(long cells, long bytes, int tokenLength, int depth) {
		return new ReadOptions(0, new ReadLimits(cells, bytes, tokenLength, depth));
	}

	@ParameterizedTest(name = "{0} {2}")
	@MethodSource("withOptions")
	void limitsAndSequenceChoiceGiveLocatedSentences(String file, ReadOptions options, String located) {
		assertEquals(located, failure(file, options).getMessage());
	}

	@Test
	void emptyAndNonObjectDocuments() {
		assertEquals("1:1: the file is empty; expected an Inseq FeatureAttributionOutput (a JSON object with"
				+ " sequence_attributions)", parse("  \n ").getMessage());
		assertEquals("2:1: the top level is a list; expected an Inseq FeatureAttributionOutput (a JSON object with"
				+ " sequence_attributions)", parse("\n[1, 2]").getMessage());
		assertEquals("1:2: not JSON: unexpected character '''; JSON writes strings and keys in double quotes", parse("{'a': 1}").getMessage());
	}

	private static AttributionFormatException failure(String file, ReadOptions options) {
		return assertThrows(AttributionFormatException.class, () -> {
			try (InputStream in = Files.newInputStream(Fixtures.fixture("inseq/" + file))) {
				new InseqJsonReader(options).read(in);
			}
		});
	}

	private static AttributionFormatException parse(String json) {
		return assertThrows(AttributionFormatException.class, () -> new InseqJsonReader()
				.read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
	}
}
