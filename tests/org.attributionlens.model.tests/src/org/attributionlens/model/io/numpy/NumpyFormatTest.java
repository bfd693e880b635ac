package org.attributionlens.model.io.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReaders;
import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;
import org.attributionlens.model.io.SequenceOutOfRangeException;
import org.attributionlens.model.tests.ArrayFixtures;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** numpy's .npy and .npz files, compared cell by cell with the arrays make_array_fixtures.py saved. */
class NumpyFormatTest {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "token_attr-f2.npy", "token_attr-f4.npy", "token_attr-f8.npy", "token_attr-f4-fortran.npy",
			"token_attr-f8-big-endian.npy", "token_attr-f4-v2.npy", "token_attr-f4-v3.npy", "run-f4-savez.npz",
			"run-f2-compressed.npz", "run-f8-compressed.npz", "run-fortran-big-endian.npz" })
	void readsTheKnownArrays(String name) {
		AttributionMatrix matrix = ArrayFixtures.assertAsExpected(name);
		assertEquals(name.endsWith(".npz") ? NpzReader.FORMAT_LABEL : NpyReader.FORMAT_LABEL, matrix.format());
	}

	@Test
	void aNpyHasNumberedTokens() {
		AttributionMatrix matrix = Fixtures.readFixture("arrays/token_attr-f4.npy");
		assertEquals(List.of("0", "1", "2", "3", "4", "5"), matrix.rowTokens());
		assertEquals(List.of("0", "1", "2"), matrix.columnTokens());
	}

	/** Content decides, not the name; and gzip-compressed arrays are read from the stream, without a size. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "token_attr-f8-big-endian.npy", "run-f2-compressed.npz" })
	void readsWhateverTheNameAndThroughGzip(String name) throws IOException, AttributionFormatException {
		byte[] bytes = Files.readAllBytes(Fixtures.fixture("arrays/" + name));
		AttributionMatrix expected = Fixtures.readFixture("arrays/" + name + ".expected.attr.json");
		ArrayFixtures.assertSame(expected, AttributionReaders.read(new ByteArrayInputStream(bytes), "run.json"), name);
		ByteArrayOutputStream gzip = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
			out.write(bytes);
		}
		ArrayFixtures.assertSame(expected,
				AttributionReaders.read(new ByteArrayInputStream(gzip.toByteArray()), name + ".gz"), name + ".gz");
	}

	@Test
	void holdsOneSequence() {
		SequenceOutOfRangeException e = assertThrows(SequenceOutOfRangeException.class,
				() -> AttributionReaders.read(Fixtures.fixture("arrays/run-f4-savez.npz"), ReadOptions.DEFAULTS.withSequence(1)));
		assertTrue(e.getMessage().contains("single sequence"), e.getMessage());
	}

	/** A gzip-compressed truncated .npy has no size to check against: its data is refused when it ends early. */
	@Test
	void aTruncatedStreamIsRefusedWhenItEnds() throws IOException {
		byte[] bytes = Files.readAllBytes(Fixtures.fixture("arrays/token_attr-f8.npy"));
		ByteArrayOutputStream gzip = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
			out.write(bytes, 0, bytes.length - 5);
		}
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> AttributionReaders.read(new ByteArrayInputStream(gzip.toByteArray()), "a.npy.gz"));
		assertTrue(e.reason().contains("but its data ends after 17 of 18 values (truncated?)"), e.reason());
	}

	/** The declared shape meets the cell limit before anything is allocated for it. */
	@Test
	void theCellLimitHolds() {
		ReadOptions options = new ReadOptions(0, new ReadLimits(10, 1L << 20, 100, 16));
		for (String name : List.of("token_attr-f4.npy", "run-f4-savez.npz", "run-f32.safetensors")) {
			AttributionFormatException e = assertThrows(AttributionFormatException.class,
					() -> AttributionReaders.read(Fixtures.fixture("arrays/" + name), options));
			assertTrue(e.reason().contains("18 cells, which exceeds the limit of 10 cells"), name + ": " + e.reason());
		}
	}

	/** Tokens meet the token-length limit; the decompressed members meet the limit for compressed files. */
	@Test
	void theTokenAndDecompressedLimitsHold() {
		ReadOptions shortTokens = new ReadOptions(0, new ReadLimits(1000, 1L << 20, 3, 16));
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> AttributionReaders.read(Fixtures.fixture("arrays/run-f4-savez.npz"), shortTokens));
		assertTrue(e.reason().contains("input_tokens has dtype <U5: its longest token has 5 characters, which exceeds the limit of 3"),
				e.reason());
		ReadOptions smallZip = new ReadOptions(0, new ReadLimits(1000, 300, 100, 16));
		e = assertThrows(AttributionFormatException.class,
				() -> AttributionReaders.read(Fixtures.fixture("arrays/run-f8-compressed.npz"), smallZip));
		assertTrue(e.reason().contains("the file decompresses to more than 300 bytes"), e.reason());
	}
}
