package org.attributionlens.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.inseq.InseqJsonReader;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dispatcher: gzip by magic bytes, then Inseq by content, tables by name or content, else native JSON. */
class AttributionReadersTest {

	private static final String NATIVE = "{\"input_tokens\":[\"a\"],\"output_tokens\":[\"b\"],\"token_attr\":[[2]]}";
	private static final String TABLE = ",b\na,2\n";
	private static final String TAB_TABLE = "\tb\na\t2\n";

	@Test
	void readsAPath() throws Exception {
		AttributionMatrix matrix = AttributionReaders.read(Fixtures.sample("division.attr.json"));
		// the file's input tokens: the five few-shot examples; Captum draws them across the top
		assertEquals(5, matrix.rows());
		assertEquals(13, matrix.columns());
		assertEquals(org.attributionlens.model.Orientation.OUTPUTS_AS_ROWS, matrix.writtenOrientation());
	}

	@Test
	void readsAStreamWhateverItsName() throws Exception {
		byte[] json = NATIVE.getBytes(StandardCharsets.UTF_8);
		assertEquals(2f, AttributionReaders.read(new ByteArrayInputStream(json), "x.attr.json").value(0, 0));
		assertEquals(2f, AttributionReaders.read(new ByteArrayInputStream(json), "").value(0, 0));
		assertEquals(2f, AttributionReaders.read(new ByteArrayInputStream(json), null).value(0, 0));
	}

	@Test
	void missingFileIsAnIoErrorNotAFormatError(@TempDir Path dir) {
		IOException e = assertThrows(IOException.class, () -> AttributionReaders.read(dir.resolve("absent.attr.json")));
		assertEquals(NoSuchFileException.class, e.getClass());
	}

	@ParameterizedTest(name = "{0} holding {1}")
	@CsvSource(delimiter = '|', value = {
			"x.csv       | TABLE     | CSV (pandas)",
			"X.CSV       | TABLE     | CSV (pandas)",
			"x.tsv       | TAB_TABLE | TSV",
			"x.tab       | TAB_TABLE | TSV",
			"x.txt       | TABLE     | CSV (pandas)",
			"x.txt       | TAB_TABLE | TSV",
			"noextension | TAB_TABLE | TSV",
			"x.attr.json | NATIVE    | token-attribution v1",
			"x.json      | NATIVE    | token-attribution v1",
			"x.txt       | NATIVE    | token-attribution v1",
			"''          | NATIVE    | token-attribution v1" })
	void choosesByNameThenByContent(String name, String content, String format) throws Exception {
		String text = switch (content) {
		case "TABLE" -> TABLE;
		case "TAB_TABLE" -> TAB_TABLE;
		default -> NATIVE;
		};
		AttributionMatrix matrix = read(text.getBytes(StandardCharsets.UTF_8), name);
		assertEquals(format, matrix.format());
		assertEquals(2f, matrix.value(0, 0));
	}

	@Test
	void aJsonNameKeepsTheJsonReaderAndItsMessages() {
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> read(TABLE.getBytes(StandardCharsets.UTF_8), "x.json"));
		assertEquals("1:1: not JSON: unexpected character ','; expected a value", e.getMessage());
	}

	@Test
	void gzipIsRecognisedByItsMagicBytesWhateverTheName() throws Exception {
		assertEquals("CSV (pandas)", read(gzip(TABLE), "table.csv.gz").format());
		assertEquals("TSV", read(gzip(TAB_TABLE), "table.tsv.gz").format());
		assertEquals("TSV", read(gzip(TAB_TABLE), "anything.bin").format(), "sniffed after decompressing");
		assertEquals("token-attribution v1", read(gzip(NATIVE), "run.attr.json").format(), "no .gz needed");
		assertEquals("token-attribution v1", read(gzip(NATIVE), "run.gz").format());
		assertEquals(2f, read(gzip(NATIVE), "").value(0, 0));
	}

	@Test
	void inseqIsRecognisedByContentWhateverTheName() throws Exception {
		Path file = Fixtures.fixture("inseq/current-f32.json");
		byte[] bytes = Files.readAllBytes(file);
		AttributionMatrix expected = new InseqJsonReader().read(new ByteArrayInputStream(bytes));
		for (String name : new String[] { "current-f32.json", "run.csv", "no-extension" }) {
			AttributionMatrix matrix = read(bytes, name);
			assertEquals(expected.format(), matrix.format(), name);
			assertEquals(expected.rowTokens(), matrix.rowTokens(), name);
		}
		AttributionMatrix compressed = AttributionReaders.read(Fixtures.fixture("inseq/current-f32.json.gz"));
		assertEquals(expected.format(), compressed.format());
		assertEquals(expected.columnTokens(), compressed.columnTokens());
	}

	@Test
	void optionsReachTheReader() {
		ReadOptions second = ReadOptions.DEFAULTS.withSequence(1);
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> AttributionReaders.read(Fixtures.fixture("minimal.attr.json"), second));
		assertEquals("sequence 1 was requested, but a token-attribution file holds a single sequence (0)", e.getMessage());
		e = assertThrows(AttributionFormatException.class, () -> AttributionReaders.read(
				new ByteArrayInputStream(gzip(TABLE)), "t.csv.gz", second));
		assertEquals("sequence 1 was requested, but a CSV (pandas) table holds a single sequence (0)", e.getMessage());
	}

	/** Every reader says that a sequence index is out of range in a way callers can tell from a bad file. */
	@Test
	void aSequenceBeyondTheFileSaysHowManyThereAre() {
		ReadOptions third = ReadOptions.DEFAULTS.withSequence(2);
		for (Path file : List.of(Fixtures.fixture("minimal.attr.json"), Fixtures.fixture("csv/pandas.csv"),
				Fixtures.fixture("inseq/two-sequences.json"))) {
			SequenceOutOfRangeException e = assertThrows(SequenceOutOfRangeException.class,
					() -> AttributionReaders.read(file, third), file.toString());
			assertEquals(2, e.requested());
			assertEquals(file.toString().endsWith("two-sequences.json") ? 2 : 1, e.sequenceCount(), file.toString());
		}
	}

	@Test
	void neverClosesTheCallersStream() throws Exception {
		for (byte[] content : new byte[][] { gzip(TABLE), TABLE.getBytes(StandardCharsets.UTF_8), gzip(NATIVE),
				NATIVE.getBytes(StandardCharsets.UTF_8) }) {
			boolean[] closed = { false };
			InputStream in = new FilterInputStream(new ByteArrayInputStream(content)) {
				@Override
				public void close() throws IOException {
					closed[0] = true;
					super.close();
				}
			};
			AttributionReaders.read(in, "no-extension");
			assertFalse(closed[0]);
			assertEquals(-1, in.read(), "read to the end");
		}
	}

	@Test
	void aTruncatedGzipIsAFormatErrorWhateverTheReaderStoppedAt() {
		byte[] whole = gzip(NATIVE);
		for (int cut = 3; cut < whole.length; cut++) {
			byte[] part = java.util.Arrays.copyOf(whole, cut);
			AttributionFormatException e = assertThrows(AttributionFormatException.class, () -> read(part, "x.json"),
					"cut at " + cut);
			assertTrue(e.reason().startsWith("the gzip-compressed file") || e.reason().startsWith("the file is gzip-compressed"),
					e.getMessage());
			assertTrue(e.line() > 0, e.getMessage());
		}
	}

	static AttributionMatrix read(byte[] bytes, String name) throws IOException, AttributionFormatException {
		return AttributionReaders.read(new ByteArrayInputStream(bytes), name);
	}

	static byte[] gzip(String text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}
}
