package org.attributionlens.model.io.nativejson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import org.attributionlens.model.io.AttributionReader;
import org.attributionlens.model.io.ReadOptions;
import org.attributionlens.model.tests.LaneComparison;
import org.attributionlens.model.tests.LaneComparison.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the end of {@code token_attr} on a second core ({@link TailReader}) changes nothing but
 * speed: a file read in two halves gives exactly what Jackson's general parser gives, the same bits
 * in every cell or the same error at the same line and column, including errors after the half
 * that the reader of the start skipped. The files are written to disk, since only files are read
 * in two halves, and read from any size on.
 */
class TailReaderTest {

	private static final String DAMAGE = ",]}[ .-+eE0123456789nNaIx\"\r\n\t";

	@TempDir
	Path directory;

	@Test
	void sameResultOnGeneratedFiles() throws IOException {
		Random random = new Random(3031);
		long taken = TailReader.TAKEN.get();
		for (int i = 0; i < 600; i++) {
			String text = TokenAttrLaneTest.file(random, 2 + random.nextInt(40));
			Outcome outcome = compare(text);
			assertTrue(outcome.matrix() != null, () -> "generated files are valid: " + outcome.error() + "\n" + text);
		}
		long tails = TailReader.TAKEN.get() - taken;
		assertTrue(tails > 100, "the second half was read on the other thread in many files: " + tails);
	}

	@Test
	void sameErrorOrResultOnDamagedFiles() throws IOException {
		Random random = new Random(3032);
		int errors = 0;
		for (int i = 0; i < 1500; i++) {
			StringBuilder text = new StringBuilder(TokenAttrLaneTest.file(random, 2 + random.nextInt(40)));
			// mostly in the second half, which the other thread reads; sometimes after token_attr
			int from = random.nextInt(4) == 0 ? text.length() / 4 : text.length() / 2;
			for (int damage = 1 + random.nextInt(2); damage > 0; damage--) {
				LaneComparison.damage(text, random, DAMAGE, from, text.length());
			}
			if (compare(text.toString()).error() != null) {
				errors++;
			}
		}
		assertTrue(errors > 500, "most damage is an error: " + errors);
	}

	@Test
	void errorsAfterTheSkippedHalfKeepTheirLineAndColumn() throws IOException {
		for (String space : new String[] { " ", "\n", "\n  ", "\t", "\r\n", "\r", "\r\n\r\n  ", "\n\r" }) {
			StringBuilder rows = new StringBuilder();
			for (int row = 0; row < 30; row++) {
				rows.append(row == 0 ? "" : "," + space).append("[0.25, -1.5e-3,").append(space).append("7]");
			}
			String text = "{\"input_tokens\": [\"a\", \"b\", \"c\"],\n\"output_tokens\": [" + tokens(30)
					+ "],\n\"token_attr\": [" + rows + "]," + space + "\"meta\": {\"x\": tru}}";
			long taken = TailReader.TAKEN.get();
			Outcome outcome = compare(text);
			assertTrue(outcome.error() != null);
			assertEquals(taken + 1, TailReader.TAKEN.get(),
					"the tail was read apart: " + space.replace("\n", "\\n").replace("\r", "\\r"));
		}
	}

	@Test
	void valuesOfALargeFileAsWritten() throws IOException {
		Random random = new Random(3033);
		int inputs = 300;
		int outputs = 200;
		float[] written = new float[inputs * outputs];
		StringBuilder text = new StringBuilder("\ufeff{\"input_tokens\": [" + tokens(inputs)
				+ "], \"output_tokens\": [" + tokens(outputs) + "], \"token_attr\": [");
		for (int row = 0; row < outputs; row++) {
			text.append(row == 0 ? "[" : ", [");
			for (int i = 0; i < inputs; i++) {
				float value = (float) random.nextGaussian();
				written[i * outputs + row] = value;
				text.append(i == 0 ? "" : ", ").append((double) value);
			}
			text.append(']');
		}
		text.append("]}");
		long taken = TailReader.TAKEN.get();
		Outcome outcome = compare(text.toString());
		assertEquals(taken + 1, TailReader.TAKEN.get(), "the tail was read apart, after a byte-order mark");
		assertArrayEquals(written, outcome.matrix().toRowMajorArray(), "values as written, transposed");
	}

	/** Rows longer than the buffer the row boundary is looked for with, in either layout. */
	@Test
	void rowsLongerThanTheScanBuffer() throws IOException {
		for (String space : new String[] { " ", "\n" }) {
			int inputs = 12_000;
			StringBuilder text = new StringBuilder("{\"input_tokens\": [" + tokens(inputs) + "], \"output_tokens\": ["
					+ tokens(6) + "], \"token_attr\": [");
			for (int row = 0; row < 6; row++) {
				text.append(row == 0 ? "[" : "," + space + "[");
				for (int i = 0; i < inputs; i++) {
					text.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.5f", (row - i % 7) / 13.0));
				}
				text.append(']');
			}
			text.append("]}");
			long taken = TailReader.TAKEN.get();
			assertTrue(compare(text.toString()).matrix() != null);
			assertEquals(taken + 1, TailReader.TAKEN.get(), "the tail was read apart");
		}
	}

	private Outcome compare(String text) throws IOException {
		Path file = directory.resolve("file.attr.json");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		ReadOptions options = ReadOptions.DEFAULTS;
		NativeJsonReader inTwoHalves = NativeJsonReader.inTwoHalvesFrom(options, 0);
		AttributionReader fromFile = (InputStream in) -> {
			try (FileChannel channel = FileChannel.open(file)) {
				return inTwoHalves.read(in, channel);
			}
		};
		return LaneComparison.assertSameOutcome(fromFile, NativeJsonReader.withoutFastLane(options),
				text.getBytes(StandardCharsets.UTF_8));
	}

	/** Tokens with a three-byte character, so that characters and bytes differ before token_attr. */
	private static String tokens(int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "\"\u2581t%d\"", i));
		}
		return text.toString();
	}
}
