package org.attributionlens.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every broken numpy and safetensors file under {@code fixtures/arrays/malformed} (written by
 * make_array_fixtures.py) is refused with one located sentence that says what was expected.
 */
class BinaryMalformedFilesTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"npy-truncated-header.npy | the file is cut off inside its .npy header: it declares 118 bytes of header but 30 follow (truncated?)",
			"npy-shape-larger-than-data.npy | token_attr declares shape (3, 6) of <f4, 72 bytes of data, but only 64 bytes follow its header (truncated?)",
			"npy-header-length-absurd.npy | the file declares a .npy header of 2,147,483,647 bytes, more than the 65,536 bytes a header may have here",
			"npy-object.npy | the file holds Python objects (dtype \"|O\"), which numpy stores as a pickle; pickles are never loaded",
			"npy-int32.npy | the file has dtype \"<i4\" (integers); expected float16, float32 or float64 numbers",
			"npy-three-dimensions.npy | token_attr has shape (2, 3, 4); token_attr must have two dimensions, (n_output, n_input)",
			"npy-version-4.npy | the file is a .npy array of format version 4.0, which is not supported; expected version 1.0, 2.0 or 3.0",
			"npy-infinite.npy | token_attr[0][1] is infinite (or beyond the range of a 32-bit float)",
			"npy-not-a-dict.npy | the file has a .npy header that is not a dict of descr, fortran_order and shape",
			"npz-no-token-attr.npz | the .npz file has no member token_attr.npy (it holds \"attributions.npy\", \"input_tokens.npy\", \"output_tokens.npy\")",
			"npz-object-tokens.npz | member \"input_tokens.npy\" holds Python objects (dtype \"|O\"), which numpy stores as a pickle; pickles are never loaded",
			"npz-token-count-mismatch.npz | input_tokens has 4 tokens but token_attr has 6 input tokens",
			"npz-wrong-dtype.npz | member \"token_attr.npy\" has dtype \"<i8\" (integers)",
			"npz-not-a-zip.npz | the .npz file has no member token_attr.npy (it holds no member at all)",
			"npz-truncated.npz | the .npz file is cut off",
			"st-header-length-absurd.safetensors | the safetensors header length at byte 0 is 1099511627776 bytes; expected between 2 and 100,000,000 bytes of JSON",
			"st-truncated-header.safetensors | the safetensors header length at byte 0 is",
			"st-offsets-outside-file.safetensors | tensor token_attr lies at data bytes 1000 to 1072, beyond the 72 bytes of data the file has after its header (truncated?)",
			"st-shape-larger-than-offsets.safetensors | tensor token_attr declares shape (30, 60) of F32 (7,200 bytes) but its data_offsets [0, 72] span 72 bytes",
			"st-wrong-dtype.safetensors | tensor token_attr has dtype \"I32\"; expected a floating-point type: F16, BF16, F32 or F64",
			"st-no-token-attr.safetensors | the safetensors file has no tensor token_attr (it holds \"weight\", \"__metadata__\")",
			"st-token-count-mismatch.safetensors | input_tokens has 2 tokens but token_attr has 6 input tokens",
			"st-tokens-not-json.safetensors | the safetensors metadata input_tokens is not a JSON list of strings; expected json.dumps(tokens)",
			"st-header-not-json.safetensors | the safetensors header is not valid JSON" })
	void isRefusedWithALocatedSentence(String name, String expected) {
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> AttributionReaders.read(Fixtures.fixture("arrays/malformed/" + name)));
		assertTrue(e.line() >= 1 && e.column() >= 1, name + ": located: " + e.getMessage());
		assertTrue(e.reason().contains(expected), name + ": " + e.reason());
		assertEquals(-1, e.reason().indexOf('\n'), "one line");
	}

	/** A file added to the folder without an expectation here would go untested. */
	@Test
	void everyMalformedFileIsListed() throws Exception {
		Set<String> files = new TreeSet<>(Arrays.asList(new File(Fixtures.fixture("arrays/malformed").toString()).list()));
		CsvSource cases = getClass().getDeclaredMethod("isRefusedWithALocatedSentence", String.class, String.class)
				.getAnnotation(CsvSource.class);
		Set<String> listed = new TreeSet<>();
		for (String line : cases.value()) {
			listed.add(line.substring(0, line.indexOf('|')).trim());
		}
		assertEquals(files, listed);
	}
}
