package org.attributionlens.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.csv.CsvAttributionReader.Delimiter;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing tables as pandas' to_csv does, and blocks for the clipboard. */
class DelimitedWriterTest {

	private static final float N = Float.NaN;

	@TempDir
	Path folder;

	private static AttributionMatrix matrix(List<String> rows, List<String> columns, float... values) {
		return AttributionMatrix.of(rows, columns, values, "test", null);
	}

	private static String text(DelimitedWriter writer, AttributionMatrix matrix) {
		StringBuilder text = new StringBuilder();
		try {
			writer.append(matrix, text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return text.toString();
	}

	private Path written(DelimitedWriter writer, AttributionMatrix matrix, String name) throws IOException {
		Path file = folder.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			writer.write(matrix, out);
		}
		return file;
	}

	private static void assertSameContent(AttributionMatrix expected, AttributionMatrix actual) {
		assertEquals(expected.rowTokens(), actual.rowTokens());
		assertEquals(expected.columnTokens(), actual.columnTokens());
		// bit for bit: -0.0 keeps its sign, NaN stays missing
		assertArrayEquals(expected.toRowMajorArray(), actual.toRowMajorArray());
	}

	@Test
	void csvLayoutIsPandas() {
		AttributionMatrix matrix = matrix(List.of("▁The", "▁cat, the"), List.of("▁It", "▁was", "."),
				0.1f, -0.25f, N,
				0.5f, -0f, 0.75f);
		assertEquals(",▁It,▁was,.\n▁The,0.1,-0.25,\n\"▁cat, the\",0.5,-0.0,0.75\n", text(DelimitedWriter.csv(), matrix));
		assertEquals("\t▁It\t▁was\t.\n▁The\t0.1\t-0.25\t\n▁cat, the\t0.5\t-0.0\t0.75\n",
				text(DelimitedWriter.tsv(), matrix));
	}

	/** pandas writes raw tokens: compared without the formula safety, which is tested apart. */
	@Test
	void sameTextAsThePandasFixtureExceptTwoQuotedTokens() throws IOException {
		// fixtures/csv/pandas.csv was written by Python's csv module with numpy's float32 reprs
		String pandas = Files.readString(Fixtures.fixture("csv/pandas.csv"), StandardCharsets.UTF_8);
		AttributionMatrix matrix = Fixtures.readFixture("csv/pandas.csv");
		// Commons CSV also quotes a field that starts with a space or a tab, and an empty first field of
		// a row; all read back the same
		String expected = pandas.replace(",\t,", ",\"\t\",").replace("\n ,0.001,", "\n\" \",0.001,")
				.replace("\n,-1.5e-05,", "\n\"\",-1.5e-05,");
		assertEquals(expected, text(DelimitedWriter.csv().withFormulaSafety(false), matrix));

		String pandasTsv = Files.readString(Fixtures.fixture("csv/pandas.tsv"), StandardCharsets.UTF_8);
		String expectedTsv = pandasTsv.replace("\n \t0.001\t", "\n\" \"\t0.001\t").replace("\n\t-1.5e-05\t",
				"\n\"\"\t-1.5e-05\t");
		assertEquals(expectedTsv, text(DelimitedWriter.tsv().withFormulaSafety(false), matrix));
	}

	@Test
	void oddTokensRoundTripThroughTheReader() throws IOException {
		List<String> inputs = List.of("▁The", "a,b", "say \"hi\"", "\"", "two\nlines", "cr\rlf\r\n", "tab\there", "",
				" ", " lead", "trail ", "#hash", "nan", "=1+1", "😀", "\uFEFFbom", "▁", "▁");
		List<String> outputs = List.of(",", "\"", "\n", "", "▁It", "\t", " ");
		float[] values = new float[inputs.size() * outputs.size()];
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < values.length; i++) {
			values[i] = i % 11 == 0 ? N : (float) random.nextGaussian();
		}
		values[1] = -0f;
		values[2] = Float.MIN_VALUE;
		values[3] = -Float.MAX_VALUE;
		values[4] = 1e-5f;
		values[5] = 3e20f;
		AttributionMatrix original = matrix(inputs, outputs, values);
		// raw tokens: with formula safety, "=1+1" comes back as "'=1+1" by design
		for (DelimitedWriter writer : List.of(DelimitedWriter.csv().withFormulaSafety(false),
				DelimitedWriter.tsv().withFormulaSafety(false),
				DelimitedWriter.csv().withByteOrderMark(true).withFormulaSafety(false))) {
			String name = writer.delimiter() == Delimiter.COMMA ? "odd.csv" : "odd.tsv";
			AttributionMatrix copy = Fixtures.read(written(writer, original, name));
			assertSameContent(original, copy);
			assertEquals(writer.delimiter() == Delimiter.COMMA ? "CSV (pandas)" : "TSV", copy.format());
		}
	}

	@Test
	void tokensASpreadsheetWouldEvaluateGetAnApostrophe() throws IOException {
		List<String> inputs = List.of("=1+1", "+SUM(A1)", "-x", "@cmd", "\t=tab", "\r=cr",
				"=HYPERLINK(\"http://evil.example\",\"x\")", "-2.5", "+3", "1e5", "plain", "a=b", "");
		AttributionMatrix matrix = matrix(inputs, List.of("=o", "-1"), new float[inputs.size() * 2]);
		String csv = text(DelimitedWriter.csv(), matrix);
		List<String> lines = csv.lines().toList();
		assertEquals(",'=o,-1", lines.get(0), "a number token stays a number");
		assertEquals(List.of("'=1+1", "'+SUM(A1)", "'-x", "'@cmd", "'\t=tab", "\"'\r=cr\"",
				"\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"", "-2.5", "+3", "1e5", "plain", "a=b", "\"\""),
				csvFirstFields(csv));
		assertTrue(lines.get(1).endsWith(",0.0,0.0"), "values stay numbers: " + lines.get(1));
		String raw = text(DelimitedWriter.csv().withFormulaSafety(false), matrix);
		assertTrue(raw.contains("\n=1+1,"), raw);

		String block = DelimitedWriter.block(matrix, new int[] { 0, 3, 7 }, new int[] { 0, 1 }, 2);
		assertEquals("\t'=o\t-1\n'=1+1\t0.00\t0.00\n'@cmd\t0.00\t0.00\n-2.5\t0.00\t0.00\n", block);
		assertEquals("\t=o\t-1\n=1+1\t0.00\t0.00\n", DelimitedWriter.block(matrix, new int[] { 0 }, new int[] { 0, 1 }, 2, false));
	}

	/** The first field of every data line, quotes as written. */
	private static List<String> csvFirstFields(String csv) {
		List<String> fields = new java.util.ArrayList<>();
		int i = csv.indexOf('\n') + 1;
		while (i < csv.length()) {
			int end;
			if (csv.charAt(i) == '"') {
				end = i + 1;
				while (!(csv.charAt(end) == '"' && (end + 1 >= csv.length() || csv.charAt(end + 1) != '"'))) {
					end += csv.charAt(end) == '"' ? 2 : 1;
				}
				end++;
			} else {
				end = csv.indexOf(',', i);
			}
			fields.add(csv.substring(i, end));
			i = csv.indexOf('\n', end) + 1;
			if (i == 0) {
				break;
			}
		}
		return fields;
	}

	@ParameterizedTest
	@ValueSource(strings = { "division.attr.json", "arithmetic.attr.json", "realistic-prompt.attr.json" })
	void samplesRoundTrip(String name) throws IOException {
		AttributionMatrix original = Fixtures.readSample(name);
		assertSameContent(original, Fixtures.read(written(DelimitedWriter.csv().withFormulaSafety(false), original, "sample.csv")));
		assertSameContent(original, Fixtures.read(written(DelimitedWriter.tsv().withFormulaSafety(false), original, "sample.tsv")));
		// no extension: the reader sniffs the delimiter
		assertSameContent(original, Fixtures.read(written(DelimitedWriter.tsv().withFormulaSafety(false), original, "sample")));
	}

	@Test
	void randomFloatsRoundTripBitForBit() throws IOException {
		SplittableRandom random = new SplittableRandom(11);
		float[] values = new float[40 * 25];
		for (int i = 0; i < values.length; i++) {
			float value;
			do {
				value = Float.intBitsToFloat(random.nextInt());
			} while (!Float.isFinite(value));
			values[i] = value;
		}
		AttributionMatrix original = matrix(java.util.stream.IntStream.range(0, 40).mapToObj(i -> "r" + i).toList(),
				java.util.stream.IntStream.range(0, 25).mapToObj(i -> "c" + i).toList(), values);
		assertSameContent(original, Fixtures.read(written(DelimitedWriter.csv(), original, "random.csv")));
	}

	@Test
	void aCommentGoesAboveTheHeaderOnOneLineAndReadsBack() throws Exception {
		AttributionMatrix matrix = matrix(List.of("▁a", "#b"), List.of("c"), 1f, -2f);
		DelimitedWriter writer = DelimitedWriter.csv().withByteOrderMark(true)
				.withComment("Output tokens as rows.\nNormalised: the largest |value| is 1.");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writer.write(matrix, out);
		assertEquals("\uFEFF# Output tokens as rows. Normalised: the largest |value| is 1.\n,c\n▁a,1.0\n\"#b\",-2.0\n",
				out.toString(StandardCharsets.UTF_8), "a token starting with # is quoted, so no reader takes it for a comment");
		assertEquals(",c\n▁a,1.0\n\"#b\",-2.0\n", text(writer, matrix), "append writes the table only");
		assertSameContent(matrix, AttributionReaders.read(new ByteArrayInputStream(out.toByteArray()), "t.csv",
				ReadOptions.DEFAULTS));
		assertNull(writer.withComment(" ").comment(), "a blank comment is none");
	}

	@Test
	void byteOrderMarkOnlyWhenAskedFor() throws IOException {
		AttributionMatrix matrix = matrix(List.of("▁a"), List.of("b"), 1f);
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		DelimitedWriter.csv().write(matrix, plain);
		assertEquals(",b\n▁a,1.0\n", plain.toString(StandardCharsets.UTF_8));
		ByteArrayOutputStream marked = new ByteArrayOutputStream();
		DelimitedWriter withMark = DelimitedWriter.csv().withByteOrderMark(true);
		withMark.write(matrix, marked);
		byte[] bytes = marked.toByteArray();
		assertEquals(0xEF, bytes[0] & 0xFF);
		assertEquals(0xBB, bytes[1] & 0xFF);
		assertEquals(0xBF, bytes[2] & 0xFF);
		assertEquals("\uFEFF,b\n▁a,1.0\n", marked.toString(StandardCharsets.UTF_8));
		assertTrue(withMark.byteOrderMark());
		assertSame(withMark, withMark.withByteOrderMark(true));
		assertEquals(",b\n▁a,1.0\n", text(withMark, matrix), "append never writes the mark");
	}

	@Test
	void valuesArePythonReprs() {
		assertEquals("0.382", DelimitedWriter.repr(0.382f));
		assertEquals("1.9074", DelimitedWriter.repr(1.9074f));
		assertEquals("-0.0", DelimitedWriter.repr(-0f));
		assertEquals("0.0", DelimitedWriter.repr(0f));
		assertEquals("1.0", DelimitedWriter.repr(1f));
		assertEquals("12.0", DelimitedWriter.repr(12f));
		assertEquals("0.0001", DelimitedWriter.repr(1e-4f));
		assertEquals("1e-05", DelimitedWriter.repr(1e-5f));
		// doubles as json.dump writes a tensor's tolist(): Python's repr of the widened float32
		assertEquals("0.10000000149011612", DelimitedWriter.repr((double) 0.1f));
		assertEquals("1.2345678901234566e-07", DelimitedWriter.repr(1.2345678901234567e-7), "as python3 prints it");
		assertEquals("123456789.0", DelimitedWriter.repr(123456789.0));
		assertEquals("1e+16", DelimitedWriter.repr(1e16));
		assertEquals("0.0001", DelimitedWriter.repr(1e-4));
		assertEquals("-0.0", DelimitedWriter.repr(-0.0));
		assertEquals("-1.5e-05", DelimitedWriter.repr(-1.5e-5f));
		assertEquals("1e-07", DelimitedWriter.repr(1e-7f));
		assertEquals("0.3333333", DelimitedWriter.repr(0.3333333f));
		assertEquals("25000000000.0", DelimitedWriter.repr(2.5e10f));
		assertEquals("123456790.0", DelimitedWriter.repr(123456789f));
		assertEquals("1e+16", DelimitedWriter.repr(1e16f));
		assertEquals("3.4028235e+38", DelimitedWriter.repr(Float.MAX_VALUE));
		assertEquals("-3.4028235e+38", DelimitedWriter.repr(-Float.MAX_VALUE));
		assertThrows(IllegalArgumentException.class, () -> DelimitedWriter.repr(Float.NaN));
		assertThrows(IllegalArgumentException.class, () -> DelimitedWriter.repr(Float.POSITIVE_INFINITY));
		// whatever the default locale says about decimal separators
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.GERMANY);
			assertEquals("0.382", DelimitedWriter.repr(0.382f));
			assertEquals("\tb\na\t0.5000\n",
					DelimitedWriter.block(matrix(List.of("a"), List.of("b"), 0.5f), 0, 0, 0, 0, 4));
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void reprReadsBackToTheSameFloatAndFollowsPythonsLayout() {
		SplittableRandom random = new SplittableRandom(3);
		for (int i = 0; i < 200_000; i++) {
			// random bit patterns cover every exponent; the second half stays in the usual range
			float value = i % 2 == 0 ? Float.intBitsToFloat(random.nextInt())
					: (float) (random.nextGaussian() * Math.pow(10, random.nextInt(-9, 20)));
			if (Float.isFinite(value)) {
				String text = DelimitedWriter.repr(value);
				assertEquals(Float.floatToIntBits(value), Float.floatToIntBits(Float.parseFloat(text)), text);
				assertEquals(pythonLayout(value), text);
			}
		}
	}

	/** The same digits laid out by Python's repr rules, computed another way, as the test's oracle. */
	private static String pythonLayout(float value) {
		BigDecimal decimal = new BigDecimal(Float.toString(value)).stripTrailingZeros();
		if (decimal.signum() == 0) {
			return Float.toString(value);
		}
		int exponent = decimal.precision() - decimal.scale() - 1;
		if (exponent >= -4 && exponent < 16) {
			String plain = decimal.toPlainString();
			return plain.contains(".") ? plain : plain + ".0";
		}
		String digits = decimal.unscaledValue().abs().toString();
		String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
		return (value < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
				+ String.format(Locale.ROOT, "%02d", Math.abs(exponent));
	}

	@Test
	void blockOfTheDivisionFigure() {
		AttributionMatrix division = Fixtures.readFigure("division.attr.json");
		assertEquals("\t7 x 5 = 35\t4900 / 100 = 49\n▁/\t0.0909\t1.9074\n▁\t0.0362\t0.0022\n",
				DelimitedWriter.block(division, 7, 8, 1, 2, 4));
		// as the grid prints it: rounded to the decimals, -0.0000 kept
		assertEquals("\t6 - 6 = 0\n6\t-0.0000\n", DelimitedWriter.block(division, 2, 2, 4, 4, 4));
		assertEquals("\t6 - 6 = 0\n6\t-0.00\n", DelimitedWriter.block(division, 2, 2, 4, 4, 2));
		assertEquals("\t4900 / 100 = 49\n▁/\t2\n", DelimitedWriter.block(division, 7, 7, 2, 2, 0));
		// chosen rows and columns in the given order
		assertEquals("\t4900 / 100 = 49\t9 + 3 = 12\n▁=\t0.0024\t0.0017\n▁$\t0.0065\t-0.0756\n",
				DelimitedWriter.block(division, new int[] { 12, 0 }, new int[] { 2, 0 }, 4));
	}

	@Test
	void blockTokensNeverBreakTheLayout() {
		List<String> rows = List.of("tab\there", "two\nlines", "cr\r", "\"quoted\" start", "inner \"quote\"", "");
		List<String> columns = List.of("a\tb", "\"", "x");
		float[] values = new float[rows.size() * columns.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = i / 4f;
		}
		values[4] = N;
		AttributionMatrix matrix = matrix(rows, columns, values);
		String block = DelimitedWriter.block(matrix, 0, rows.size() - 1, 0, columns.size() - 1, 2);
		assertEquals("""
				\ta\\tb\t""\"\"\tx
				tab\\there\t0.00\t0.25\t0.50
				two\\nlines\t0.75\t\t1.25
				cr\\r\t1.50\t1.75\t2.00
				""\"quoted"" start"\t2.25\t2.50\t2.75
				inner "quote"\t3.00\t3.25\t3.50
				\t3.75\t4.00\t4.25
				""", block);
		List<String> lines = block.lines().toList();
		assertEquals(rows.size() + 1, lines.size());
		for (String line : lines) {
			assertEquals(columns.size() + 1, line.split("\t", -1).length, line);
		}
	}

	@Test
	void blockRejectsBadRanges() {
		AttributionMatrix matrix = matrix(List.of("a", "b"), List.of("x"), 1f, 2f);
		assertThrows(IndexOutOfBoundsException.class, () -> DelimitedWriter.block(matrix, 0, 2, 0, 0, 4));
		assertThrows(IndexOutOfBoundsException.class, () -> DelimitedWriter.block(matrix, 1, 0, 0, 0, 4));
		assertThrows(IndexOutOfBoundsException.class, () -> DelimitedWriter.block(matrix, -1, 0, 0, 0, 4));
		assertThrows(IllegalArgumentException.class, () -> DelimitedWriter.block(matrix, 0, 0, 0, 0, 11));
		assertThrows(IllegalArgumentException.class, () -> DelimitedWriter.block(matrix, new int[0], new int[] { 0 }, 4));
		assertThrows(IndexOutOfBoundsException.class,
				() -> DelimitedWriter.block(matrix, new int[] { 0 }, new int[] { 1 }, 4));
	}

	@Test
	void writeLeavesTheStreamOpen() throws IOException {
		AttributionMatrix matrix = matrix(List.of("a"), List.of("b"), 1f);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		OutputStream guarded = new java.io.FilterOutputStream(bytes) {
			@Override
			public void close() {
				throw new AssertionError("closed");
			}
		};
		DelimitedWriter.csv().write(matrix, guarded);
		DelimitedWriter.csv().write(matrix, guarded);
		assertEquals(",b\na,1.0\n,b\na,1.0\n", bytes.toString(StandardCharsets.UTF_8));
	}
}
