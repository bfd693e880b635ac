package org.attributionlens.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.nativejson.NativeJsonReader;
import org.junit.jupiter.api.Test;

/**
 * Every limit is enforced by every reader here, before the memory it protects is spent, with a
 * sentence that names the limit and where to raise it.
 */
class ReadLimitsTest {

	private static final String RAISE_CELLS = " (Preferences > Attribution Lens, or --max-cells)";
	private static final String RAISE_TOKEN = " (Preferences > Attribution Lens, or --max-token-length)";

	private static ReadOptions limits(long cells, long decompressed, int tokenLength, int depth) {
		return new ReadOptions(0, new ReadLimits(cells, decompressed, tokenLength, depth));
	}

	private static ReadOptions cells(long cells) {
		return limits(cells, ReadLimits.DEFAULTS.maxDecompressedBytes(), 100, 64);
	}

	@Test
	void messagesNameTheValueAndWhereToRaiseIt() {
		assertEquals("exceeds the limit of 100,000,000 cells" + RAISE_CELLS, LimitMessages.cells(ReadLimits.DEFAULTS));
		assertEquals("the file decompresses to more than 2.0 GiB (the limit for compressed files;"
				+ " Preferences > Attribution Lens, or --max-decompressed-size)", LimitMessages.decompressed(ReadLimits.DEFAULTS));
		assertEquals("512 bytes", LimitMessages.bytes(512));
		assertEquals("1.5 MiB", LimitMessages.bytes(3 << 19));
	}

	// native JSON

	@Test
	void nativeTokenArraysThatMakeTooManyCellsAreRefusedBeforeTokenAttr() {
		AttributionFormatException e = assertThrows(AttributionFormatException.class, () -> json(cells(5), """
				{"input_tokens": ["a", "b", "c"],
				 "output_tokens": ["x", "y"],
				 "token_attr": [[1, 2, 3], [4, 5, 6]]}"""));
		assertEquals("2:19: 3 input tokens x 2 output tokens make 6 cells, which exceeds the limit of 5 cells"
				+ RAISE_CELLS, e.getMessage());
	}

	@Test
	void nativeTokenAttrBeforeTheTokensStopsAtTheFirstValueTooMany() {
		AttributionFormatException e = assertThrows(AttributionFormatException.class, () -> json(cells(5), """
				{"token_attr": [[1, 2, 3],
				                [4, 5, 6]],
				 "input_tokens": ["a", "b", "c"], "output_tokens": ["x", "y"]}"""));
		assertEquals("2:24: token_attr has more than 5 values, which exceeds the limit of 5 cells" + RAISE_CELLS,
				e.getMessage());
	}

	@Test
	void nativeRowsLongerThanTheLimitAllowsWhenOnlyTheOutputsAreKnown() {
		AttributionFormatException e = assertThrows(AttributionFormatException.class, () -> json(cells(5), """
				{"output_tokens": ["x", "y"],
				 "token_attr": [[1, 2, 3], [4, 5, 6]],
				 "input_tokens": ["a", "b", "c"]}"""));
		assertEquals("2:35: token_attr has more than 5 values, which exceeds the limit of 5 cells" + RAISE_CELLS,
				e.getMessage());
	}

	@Test
	void nativeTokenListsLongerThanTheCellLimit() {
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> json(cells(2), "{\"input_tokens\": [\"a\", \"b\", \"c\"]}"));
		assertEquals("1:29: input_tokens has more than 2 tokens, more than the limit of 2 cells allows" + RAISE_CELLS,
				e.getMessage());
	}

	@Test
	void tokensAndRowsCostMemoryToo() {
		assertEquals(6_250_000, ReadLimits.DEFAULTS.maxTokens());
		assertEquals(6, cells(6).limits().maxTokens());
		assertEquals(65_536, cells(1 << 20).limits().maxTokens());
		// a hundred thousand empty rows take no cells but memory all the same
		ReadOptions options = cells(1 << 20);
		String rows = "[], ".repeat(100_000);
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> json(options, "{\"token_attr\": [" + rows + "[]]}"));
		assertEquals("1:262161: token_attr has more than 65,536 rows, more than the limit of 1,048,576 cells allows"
				+ RAISE_CELLS, e.getMessage());
		e = assertThrows(AttributionFormatException.class,
				() -> table(options, "t.csv", ",a\n" + "x,1\n".repeat(70_000)));
		assertEquals("65538:1: the table has more than 65,536 rows, more than the limit of 1,048,576 cells allows"
				+ RAISE_CELLS, e.getMessage());
	}

	@Test
	void nativeAtTheLimitIsFine() throws Exception {
		AttributionMatrix matrix = json(cells(6), """
				{"input_tokens": ["a", "b", "c"], "output_tokens": ["x", "y"],
				 "token_attr": [[1, 2, 3], [4, 5, 6]], "seq_attr": [1, 2, 3]}""");
		assertEquals(4f, matrix.value(0, 1));
	}

	@Test
	void nativeTokenLength() {
		ReadOptions options = limits(100, 1000, 4, 64);
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> json(options, "{\"output_tokens\": [\"abcd\", \"abcde\"]}"));
		assertEquals("1:28: output_tokens[1] is 5 characters long, which exceeds the limit of 4 characters per token"
				+ RAISE_TOKEN, e.getMessage());
	}

	@Test
	void nativeNestingDepth() {
		ReadOptions options = limits(100, 1000, 100, 3);
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> json(options, "{\"unknown\": [[[1]]], \"input_tokens\": [\"a\"]}"));
		assertEquals("1:15: arrays and objects are nested more deeply than the limit of 3 levels"
				+ " (Preferences > Attribution Lens, or --max-nesting-depth)", e.getMessage());
	}

	@Test
	void nativeHugeDepthIsRefusedByDefault() {
		String deep = "{\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> json(ReadOptions.DEFAULTS, deep));
		assertTrue(e.reason().startsWith("arrays and objects are nested more deeply than the limit of 64 levels"),
				e.getMessage());
	}

	// CSV and TSV

	@Test
	void csvRowsBeyondTheCellLimit() {
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> table(cells(4), "t.csv", ",a,b\nx,1,2\ny,3,4\nz,5,6\n"));
		assertEquals("4:1: row 3 makes the table 3 rows x 2 columns = 6 cells, which exceeds the limit of 4 cells"
				+ RAISE_CELLS, e.getMessage());
	}

	@Test
	void csvHeaderWiderThanTheCellLimit() {
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> table(cells(2), "t.csv", ",a,b,c\nx,1,2,3\n"));
		assertEquals("1:6: the header row has more than 2 output tokens, more than the limit of 2 cells allows"
				+ RAISE_CELLS, e.getMessage());
	}

	@Test
	void csvTokenLength() {
		ReadOptions options = limits(100, 1000, 3, 64);
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> table(options, "t.tsv", "\tabc\tabcd\nx\t1\t2\n"));
		assertEquals("1:6: output token 2 in the header has more than 3 characters, which exceeds the limit of 3"
				+ " characters per token" + RAISE_TOKEN, e.getMessage());
		e = assertThrows(AttributionFormatException.class,
				() -> table(options, "t.csv", ",a\nabc,0.125\n\"a\"\"bc\",1\n"));
		assertEquals("3:1: the token of row 2 has more than 3 characters, which exceeds the limit of 3 characters"
				+ " per token" + RAISE_TOKEN, e.getMessage());
		e = assertThrows(AttributionFormatException.class, () -> table(options, "t.csv", "corner,a\nx,1\n"));
		assertEquals("1:1: the corner cell of the header has more than 3 characters, which exceeds the limit of 3"
				+ " characters per token" + RAISE_TOKEN, e.getMessage());
	}

	@Test
	void csvValuesMayBeLongerThanTokens() throws Exception {
		ReadOptions options = limits(100, 1000, 3, 64);
		assertEquals(0.1f, table(options, "t.csv", ",a\nx,0.10000000149011612\n").value(0, 0));
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> table(options, "t.csv", ",a\nx," + "1".repeat(1001) + "\n"));
		assertEquals("2:3: value in row 1, column 1 is not a number (it has more than 1,000 characters)", e.getMessage());
	}

	@Test
	void csvRowWithFarTooManyValuesStopsBeforeItIsParsed() {
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> table(ReadOptions.DEFAULTS, "t.csv", ",a\nx,1\n▁y" + ",1".repeat(1_000_000) + "\n"));
		assertEquals("3:2058: row 2 (token \"▁y\") has more than 1,027 values, expected 1 (one per output token in the header)",
				e.getMessage());
	}

	// gzip

	@Test
	void aGzipBombStopsAtTheLimitWithoutInflatingTheRest() throws Exception {
		// 256 MiB of JSON whitespace: about 256 KiB compressed; the limit is 1 MiB
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
			out.write('{');
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 256; i++) {
				out.write(spaces);
			}
			out.write('}');
		}
		byte[] bomb = compressed.toByteArray();
		long[] consumed = { 0 };
		InputStream counting = new FilterInputStream(new ByteArrayInputStream(bomb)) {
			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				int n = super.read(b, off, len);
				consumed[0] += Math.max(0, n);
				return n;
			}
		};
		ReadOptions options = limits(100, 1 << 20, 100, 64);
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> AttributionReaders.read(counting, "bomb.json", options));
		assertEquals("the file decompresses to more than 1.0 MiB (the limit for compressed files;"
				+ " Preferences > Attribution Lens, or --max-decompressed-size)", e.reason());
		assertEquals(1, e.line());
		assertTrue(consumed[0] < bomb.length / 3, "read " + consumed[0] + " of " + bomb.length + " compressed bytes");
	}

	@Test
	void theDecompressedLimitIsInclusive() throws Exception {
		byte[] text = ",b\na,2\n".getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
			out.write(text);
		}
		ReadOptions exact = limits(100, text.length, 100, 64);
		assertEquals(2f, AttributionReaders.read(new ByteArrayInputStream(compressed.toByteArray()), "t.csv", exact)
				.value(0, 0));
		ReadOptions smaller = limits(100, text.length - 1, 100, 64);
		AttributionFormatException e = assertThrows(AttributionFormatException.class, () -> AttributionReaders
				.read(new ByteArrayInputStream(compressed.toByteArray()), "t.csv", smaller));
		assertEquals("the file decompresses to more than 6 bytes (the limit for compressed files;"
				+ " Preferences > Attribution Lens, or --max-decompressed-size)", e.reason());
	}

	private static AttributionMatrix json(ReadOptions options, String text) throws IOException, AttributionFormatException {
		return new NativeJsonReader(options).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static AttributionMatrix table(ReadOptions options, String name, String text)
			throws IOException, AttributionFormatException {
		return AttributionReaders.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, options);
	}
}
