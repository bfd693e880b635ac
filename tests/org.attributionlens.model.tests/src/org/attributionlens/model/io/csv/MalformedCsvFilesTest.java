package org.attributionlens.model.io.csv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReaders;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken table or gzip file under fixtures/malformed-csv/ (written by
 * fixtures/make_csv_fixtures.py) gives one sentence at the line and column where the problem is,
 * read the way the editor and the command line read it: through the dispatcher, by file name.
 */
class MalformedCsvFilesTest {

	private static final String EMPTY = "the file is empty; expected a header row (a corner cell, then the output tokens)"
			+ " and one row per input token";
	private static final String ONE_CELL = "the header row has only one cell; expected a corner cell, then one output token"
			+ " per column";
	private static final String PER_HEADER = " (one per output token in the header)";
	private static final String INFINITE = " is infinite; only finite numbers are allowed (an empty cell or nan marks a"
			+ " missing value)";
	private static final String TRUNCATED = "the gzip-compressed file ends before its compressed data does (truncated,"
			+ " or still being written)";

	static Stream<Arguments> malformed() {
		return Stream.of(
				bad("empty.csv", 1, 1, EMPTY),
				bad("blank-lines.csv", 1, 1, EMPTY),
				bad("only-corner.csv", 1, 1, ONE_CELL),
				bad("header-only.csv", 2, 1,
						"the file has a header row but no data rows; expected one row per input token after the header"),
				bad("short-row.csv", 5, 1, "row 4 (token \"▁the\") has 11 values, expected 12" + PER_HEADER),
				bad("short-row.tsv", 2, 1, "row 1 (token \"x\") has 2 values, expected 3" + PER_HEADER),
				bad("extra-row-token-only.csv", 3, 1, "row 2 (token \"y\") has 0 values, expected 2" + PER_HEADER),
				bad("unquoted-comma.csv", 3, 18, "row 2 (token \"hello\") has 3 values, expected 2" + PER_HEADER
						+ "; a token that contains a comma must be in double quotes"),
				bad("long-row-tsv.tab", 2, 7, "row 1 (token \"x\") has 2 values, expected 1" + PER_HEADER),
				bad("not-a-number.csv", 3, 11, "value \"abc\" in row 2, column 5 is not a number"),
				bad("inf.csv", 2, 7, "value \"inf\" in row 1, column 2" + INFINITE),
				bad("minus-inf.tsv", 2, 3, "value \"-inf\" in row 1, column 1" + INFINITE),
				bad("infinity-word.csv", 2, 3, "value \"Infinity\" in row 1, column 1" + INFINITE),
				bad("too-large.csv", 2, 7,
						"value \"1e39\" in row 1, column 2 is too large for a 32-bit float; only finite numbers are allowed"),
				bad("decimal-comma.tsv", 2, 3,
						"value \"0,5\" in row 1, column 1 is not a number (write decimals with a point: 0.5, not 0,5)"),
				bad("hex-float.csv", 2, 3, "value \"0x1p3\" in row 1, column 1 is not a number"),
				bad("python-bool.csv", 2, 3, "value \"True\" in row 1, column 1 is not a number"),
				bad("quoted-junk.csv", 2, 3, "value \"1.5x\" in row 1, column 1 is not a number"),
				bad("unclosed-quote.csv", 3, 1, "the quoted field that starts here is never closed: a closing \" is missing,"
						+ " or the file is truncated"),
				bad("unclosed-quote-header.csv", 1, 2, "the quoted field that starts here is never closed: a closing \" is"
						+ " missing, or the file is truncated"),
				bad("text-after-quote.csv", 2, 4, "unexpected text 'y' after the closing quote of a field; a quoted field"
						+ " must be followed by a comma or the end of the line (inside quotes, write a quote as \"\")"),
				bad("latin1.csv", 1, 5, "the file is not UTF-8 text: byte 0xE9 here is not valid UTF-8 (save the file as UTF-8)"),
				bad("json-content.csv", 1, 1, "the file looks like JSON, not like a CSV (comma-separated) table; JSON"
						+ " attribution files need a name ending in .json"),
				bad("commas-in.tsv", 1, 1, ONE_CELL + "; the file is read as TSV (tab-separated), but this row has commas in it"),
				bad("tabs-in.csv", 1, 1, ONE_CELL + "; the file is read as CSV (comma-separated), but this row has tabs in it"),
				// gzip: cut while being written, damaged, or only pretending
				bad("truncated-stored.csv.gz", 75, 3, TRUNCATED),
				bad("truncated.csv.gz", 33, 4, TRUNCATED),
				bad("truncated-json.attr.json.gz", 1, 79, TRUNCATED),
				bad("bad-checksum.csv.gz", 202, 1,
						"the gzip-compressed file is damaged: its checksum or size does not match the content"),
				bad("bad-data.csv.gz", 1, 1, "the gzip-compressed file is damaged: its compressed data is not valid"),
				bad("bad-method.gz", 1, 1, "the file starts like a gzip file (bytes 1f 8b) but its gzip header is not valid"),
				bad("header-cut.gz", 1, 1,
						"the file is gzip-compressed but ends within its gzip header (truncated, or still being written)"),
				bad("bad-value.csv.gz", 2, 7, "value \"oops\" in row 1, column 2 is not a number"));
	}

	private static Arguments bad(String file, int line, int column, String reason) {
		return Arguments.of(file, line, column, reason);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformed")
	void reportsLocationAndReason(String file, int line, int column, String reason) {
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> AttributionReaders.read(Fixtures.fixture("malformed-csv/" + file)));
		assertAll(file,
				() -> assertEquals(reason, e.reason()),
				() -> assertEquals(line, e.line(), "line"),
				() -> assertEquals(column, e.column(), "column"),
				() -> assertEquals(line + ":" + column + ": " + reason, e.getMessage()));
	}

	@Test
	void everyFixtureIsCoveredAndNoMessageLeaksParserInternals() throws IOException {
		Set<String> expected = new HashSet<>();
		malformed().forEach(arguments -> expected.add((String) arguments.get()[0]));
		Path folder = Fixtures.fixture("malformed-csv");
		try (Stream<Path> files = Files.list(folder)) {
			files.forEach(file -> {
				String name = file.getFileName().toString();
				assertTrue(expected.contains(name), name + " has no expected message");
				AttributionFormatException e = assertThrows(AttributionFormatException.class, () -> AttributionReaders.read(file));
				assertFalse(e.getMessage().matches("(?is).*(commons|CSVException|Exception|EOF|ZLIB|position:).*"),
						e.getMessage());
			});
		}
		assertEquals(33, expected.size());
	}
}
