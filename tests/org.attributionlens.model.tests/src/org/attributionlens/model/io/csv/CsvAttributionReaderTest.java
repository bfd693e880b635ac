package org.attributionlens.model.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.ReadOptions;
import org.attributionlens.model.io.csv.CsvAttributionReader.Delimiter;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The accepting side of CSV and TSV tables: what pandas and spreadsheets write. */
class CsvAttributionReaderTest {

	/** The content of every table under fixtures/csv/ (see fixtures/make_csv_fixtures.py). */
	private static final List<String> INPUTS = List.of("▁The", "▁cat", ", comma", "say \"hi\"", "two\nlines", " ", "",
			"▁cat");
	private static final List<String> OUTPUTS = List.of("▁It", "▁was", "\t", ".");
	private static final float N = Float.NaN;
	private static final float[][] VALUES = {
			{ 0.1f, -0.25f, 0.5f, 1e-7f },
			{ 0.3333333f, N, 2.0f, -3.25f },
			{ -0.5f, 0.5f, -0.5f, 0.5f },
			{ 1.0f, -1.0f, 123.456f, -7e-5f },
			{ 6.0f, 0.0f, -0.0f, N },
			{ 0.001f, 0.01f, 0.02f, 0.03f },
			{ -1.5e-5f, 2.5e10f, 0.75f, 1.0f },
			{ N, N, 0.125f, -0.125f } };

	@ParameterizedTest
	@ValueSource(strings = { "pandas.csv", "pandas-crlf.csv", "excel-bom.csv", "utf16.csv", "quote-all.csv",
			"sniffed-comma.txt", "pandas.csv.gz", "compressed.data", "two-members.csv.gz" })
	void readsCommaSeparatedTables(String name) {
		AttributionMatrix matrix = Fixtures.readFixture("csv/" + name);
		assertContent(matrix);
		assertEquals("CSV (pandas)", matrix.format());
	}

	@ParameterizedTest
	@ValueSource(strings = { "pandas.tsv", "pandas.tab", "nan-words.tsv", "sniffed-tab.txt", "pandas-tsv.gz" })
	void readsTabSeparatedTables(String name) {
		AttributionMatrix matrix = Fixtures.readFixture("csv/" + name);
		assertContent(matrix);
		assertEquals("TSV", matrix.format());
	}

	private static void assertContent(AttributionMatrix matrix) {
		assertEquals(INPUTS, matrix.rowTokens(), "quoted tokens with commas, quotes, line breaks; duplicates kept");
		assertEquals(OUTPUTS, matrix.columnTokens());
		for (int row = 0; row < VALUES.length; row++) {
			for (int column = 0; column < VALUES[row].length; column++) {
				assertEquals(Float.floatToIntBits(VALUES[row][column]), Float.floatToIntBits(matrix.value(row, column)),
						"cell " + row + "," + column);
			}
		}
		assertEquals(4, matrix.statistics().missingCount());
		assertTrue(matrix.meta().isEmpty());
	}

	@Test
	void oneCell() {
		AttributionMatrix matrix = Fixtures.readFixture("csv/one-cell.csv");
		assertEquals(List.of("in"), matrix.rowTokens());
		assertEquals(List.of("out"), matrix.columnTokens());
		assertEquals(0.5f, matrix.value(0, 0));
	}

	@Test
	void missingValuesInEveryWritingAndSpacesAroundNumbers() throws Exception {
		AttributionMatrix matrix = csv(",a,b,c,d,e,f\nx,,nan,NaN,NAN,\"\", 0.5 \n");
		for (int column = 0; column < 5; column++) {
			assertTrue(matrix.isMissing(0, column), "column " + column);
		}
		assertEquals(0.5f, matrix.value(0, 5));
	}

	@Test
	void numbersAsPythonWritesThem() throws Exception {
		AttributionMatrix matrix = csv(",a,b,c,d,e,f,g\nx,3,-0.0,1e-05,+2.5E+3,.5,5.,1.0000000000000000000001\n");
		assertArrayEquals(new float[] { 3f, -0.0f, 1e-5f, 2500f, 0.5f, 5f, 1f }, matrix.toRowMajorArray());
		assertEquals(Float.floatToIntBits(-0.0f), Float.floatToIntBits(matrix.value(0, 1)));
	}

	@Test
	void tokensKeepTheirSpacesAndAnEmptyCornerOrNamedCornerIsFine() throws Exception {
		AttributionMatrix matrix = csv("index, a , b\n  x  ,1,2\n");
		assertEquals(List.of(" a ", " b"), matrix.columnTokens());
		assertEquals(List.of("  x  "), matrix.rowTokens());
	}

	@Test
	void emptyLinesAnywhereAreSkipped() throws Exception {
		AttributionMatrix matrix = csv("\n\n,a\n\nx,1\n\r\n\ny,2\n\n");
		assertEquals(List.of("x", "y"), matrix.rowTokens());
	}

	/** numpy's savetxt(header=...) and our own Export > CSV write "# " lines above the header. */
	@Test
	void commentLinesAboveTheHeaderAreSkipped() throws Exception {
		AttributionMatrix matrix = csv("# Output tokens as rows, input tokens as columns (as Captum draws it).\n"
				+ "#second, line\r\n\n#\n,a,b\nx,1,2\n");
		assertEquals(List.of("a", "b"), matrix.columnTokens());
		assertEquals(List.of("x"), matrix.rowTokens());
		assertEquals(2f, matrix.value(0, 1));
		AttributionMatrix general = CsvAttributionReader.withoutFastLane(ReadOptions.DEFAULTS, Delimiter.COMMA)
				.read(new ByteArrayInputStream("# made by\n,a\nx,1\n".getBytes(StandardCharsets.UTF_8)));
		assertEquals(List.of("x"), general.rowTokens(), "the general path skips them too");
	}

	@Test
	void belowTheHeaderAHashStartsAToken() throws Exception {
		// pandas writes #include without quotes: a row, not a comment
		AttributionMatrix matrix = csv(",a\n#include,1\nx,2\n");
		assertEquals(List.of("#include", "x"), matrix.rowTokens());
	}

	@Test
	void errorsAfterCommentsNameTheirLineInTheFile() {
		for (CsvAttributionReader reader : List.of(new CsvAttributionReader(Delimiter.COMMA),
				CsvAttributionReader.withoutFastLane(ReadOptions.DEFAULTS, Delimiter.COMMA))) {
			AttributionFormatException e = assertThrows(AttributionFormatException.class, () -> reader
					.read(new ByteArrayInputStream("# one\n# two\n,a\nx,oops\n".getBytes(StandardCharsets.UTF_8))));
			assertEquals(4, e.line(), e::getMessage);
			assertEquals(3, e.column(), e::getMessage);
		}
	}

	@Test
	void lastLineWithoutLineBreak() throws Exception {
		assertEquals(2f, csv(",a\nx,2").value(0, 0));
		assertTrue(csv(",a\nx,").isMissing(0, 0), "a trailing delimiter is an empty last cell");
	}

	/** Many rows, values written by Java's shortest repr, read back bit for bit; also crosses buffer boundaries. */
	@Test
	void largeRandomTableRoundTrips() throws Exception {
		Random random = new Random(7);
		int rows = 300;
		int columns = 70;
		float[] expected = new float[rows * columns];
		StringBuilder text = new StringBuilder();
		for (int column = 0; column < columns; column++) {
			text.append(",\"o").append(column).append(",\"\"x\"\"\"");
		}
		text.append('\n');
		for (int row = 0; row < rows; row++) {
			text.append("\"in\n").append(row).append('"');
			for (int column = 0; column < columns; column++) {
				float value = random.nextInt(10) == 0 ? Float.NaN : (float) (random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10));
				expected[row * columns + column] = value;
				text.append(',').append(Float.isNaN(value) ? "" : Float.toString(value).toLowerCase(Locale.ROOT));
			}
			text.append(row % 2 == 0 ? "\r\n" : "\n");
		}
		AttributionMatrix matrix = csv(text.toString());
		assertEquals(rows, matrix.rows());
		assertEquals("o69,\"x\"", matrix.columnToken(69));
		assertEquals("in\n299", matrix.rowToken(299));
		assertArrayEquals(expected, matrix.toRowMajorArray());
	}

	@Test
	void leavesTheStreamOpen() throws Exception {
		boolean[] closed = { false };
		InputStream in = new FilterInputStream(new ByteArrayInputStream(",a\nx,1\n".getBytes(StandardCharsets.UTF_8))) {
			@Override
			public void close() throws IOException {
				closed[0] = true;
				super.close();
			}
		};
		new CsvAttributionReader(Delimiter.COMMA).read(in);
		assertFalse(closed[0]);
	}

	@Test
	void aTableHoldsOneSequence() {
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> new CsvAttributionReader(ReadOptions.DEFAULTS.withSequence(1), Delimiter.TAB)
						.read(new ByteArrayInputStream("\ta\nx\t1\n".getBytes(StandardCharsets.UTF_8))));
		assertEquals("sequence 1 was requested, but a TSV table holds a single sequence (0)", e.getMessage());
	}

	@Test
	void sniffsTheDelimiterOfTheFirstLineOutsideQuotes() {
		assertEquals(Delimiter.TAB, sniff("\ta\tb\nx,1,2,3,4,5\n"));
		assertEquals(Delimiter.COMMA, sniff(",a,b\n"));
		assertEquals(Delimiter.COMMA, sniff("\"a\tb\tc\",x\n"), "tabs inside quotes do not count");
		assertEquals(Delimiter.TAB, sniff("\"a,b,c\"\tx\n"));
		assertEquals(Delimiter.COMMA, sniff(""));
		assertEquals(Delimiter.TAB, sniff("\n\n\ta\n"), "leading empty lines are skipped");
		assertEquals(Delimiter.TAB, sniff("# rows, columns, \"and\" so on\r\n\ta\tb\n"), "a comment's commas do not count");
	}

	private static Delimiter sniff(String head) {
		byte[] bytes = head.getBytes(StandardCharsets.UTF_8);
		return CsvAttributionReader.sniff(bytes, bytes.length);
	}

	static AttributionMatrix csv(String text) throws IOException, AttributionFormatException {
		return new CsvAttributionReader(Delimiter.COMMA).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}
}
