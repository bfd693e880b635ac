package org.attributionlens.model.io.nativejson;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a file can be wrong yields one sentence a user understands, at the line and column
 * (1-based) where the problem is, so the editor can mark it and the CLI can print FILE:LINE:COL.
 */
class MalformedFilesTest {

	private static final String OBJECT = "expected a JSON object with input_tokens, output_tokens and token_attr";

	static Stream<Arguments> malformed() {
		return Stream.of(
				bad("empty file", "", 1, 1, "the file is empty; " + OBJECT),
				bad("only whitespace", "  \n\n  ", 1, 1, "the file is empty; " + OBJECT),
				bad("top level array", "\n[[1, 2], [3, 4]]", 2, 1, "the top level is an array; " + OBJECT),
				bad("top level string", "\"token_attr\"", 1, 1, "the top level is a string; " + OBJECT),
				bad("missing input_tokens", """
						{"output_tokens": ["b"],
						 "token_attr": [[1]]}""", 1, 1, "missing required key \"input_tokens\""),
				bad("missing output_tokens", """
						{"input_tokens": ["a"], "token_attr": [[1]]}""", 1, 1, "missing required key \"output_tokens\""),
				bad("missing token_attr, reported where the object starts",
						"\n  {\"input_tokens\": [\"a\"], \"output_tokens\": [\"b\"]}", 2, 3,
						"missing required key \"token_attr\" (or \"seq_attr\" alone, as Captum returns for Lime and KernelShap)"),
				bad("input_tokens not an array", """
						{"input_tokens": 5, "output_tokens": ["b"], "token_attr": [[1]]}""", 1, 18,
						"input_tokens must be an array of strings, found a number"),
				bad("token that is not a string", """
						{"input_tokens": ["a", null], "output_tokens": ["b"], "token_attr": [[1, 2]]}""", 1, 24,
						"input_tokens[1] must be a string, found null"),
				bad("empty input_tokens", """
						{"input_tokens": [],
						 "output_tokens": ["b"], "token_attr": [[]]}""", 1, 18,
						"input_tokens is empty; at least one token is required"),
				bad("empty output_tokens", """
						{"input_tokens": ["a"],
						 "output_tokens": [], "token_attr": []}""", 2, 19,
						"output_tokens is empty; at least one token is required"),
				bad("too few rows", """
						{"input_tokens": ["a", "b"], "output_tokens": ["x", "y", "z"],
						 "token_attr": [[1, 2], [3, 4]]}""", 2, 16,
						"token_attr has 2 rows, expected 3 (one per output token)"),
				bad("short row, reported where it starts", """
						{"token_attr": [
						    [1, 2, 3],
						    [4, 5],
						    [7, 8, 9]
						  ],
						 "input_tokens": ["a", "b", "c"], "output_tokens": ["x", "y", "z"]}""", 3, 5,
						"token_attr[1] has 2 values, expected 3 (one per input token)"),
				bad("transposed token_attr", """
						{"input_tokens": ["a", "b", "c"], "output_tokens": ["x", "y"],
						 "token_attr": [[1, 2], [3, 4], [5, 6]]}""", 2, 16,
						"token_attr has 3 rows of 2 values, expected 2 rows (one per output token) of 3 values"
								+ " (one per input token); it looks transposed"),
				bad("string value", """
						{"input_tokens": ["a", "b"], "output_tokens": ["x"],
						 "token_attr": [[0.5, "0.25"]]}""", 2, 23,
						"token_attr[0][1] must be a number, NaN or null, found a string"),
				bad("Infinity", """
						{"input_tokens": ["a", "b", "c", "d", "e", "f"], "output_tokens": ["x", "y", "z"],
						 "token_attr": [[0, 0, 0, 0, 0, 0],
						                [0, 0, 0, 0, 0, 0],
						                [0, 0, 0, 0, 0, Infinity]]}""", 4, 33,
						"token_attr[2][5] is Infinity; only finite numbers, NaN or null are allowed"),
				bad("-Infinity", """
						{"input_tokens": ["a"], "output_tokens": ["x"], "token_attr": [[-Infinity]]}""", 1, 65,
						"token_attr[0][0] is -Infinity; only finite numbers, NaN or null are allowed"),
				bad("beyond float range", """
						{"input_tokens": ["a"], "output_tokens": ["x"], "token_attr": [[1e39]]}""", 1, 65,
						"token_attr[0][0] is 1e39, too large for a 32-bit float; only finite numbers, NaN or null are allowed"),
				bad("token_attr is an object", """
						{"input_tokens": ["a"], "output_tokens": ["x"], "token_attr": {"0": [1]}}""", 1, 63,
						"token_attr must be an array of rows (one per output token), found an object"),
				bad("token_attr flat", """
						{"input_tokens": ["a"], "output_tokens": ["x"], "token_attr": [1]}""", 1, 64,
						"token_attr[0] must be an array of numbers (one per input token), found a number"),
				bad("token_attr with three dimensions", """
						{"input_tokens": ["a"], "output_tokens": ["x"], "token_attr": [[[1]]]}""", 1, 65,
						"token_attr[0][0] must be a number, NaN or null, found an array;"
								+ " token_attr must have exactly two dimensions"),
				bad("duplicate key", """
						{"input_tokens": ["a"], "output_tokens": ["x"],
						 "token_attr": [[1]],
						 "input_tokens": ["b"]}""", 3, 2, "duplicate key \"input_tokens\""),
				bad("seq_attr length", """
						{"input_tokens": ["a", "b"], "output_tokens": ["x"], "token_attr": [[1, 2]],
						 "seq_attr": [0.5]}""", 2, 14, "seq_attr has 1 values, expected 2 (one per input token)"),
				bad("output_probs length", """
						{"input_tokens": ["a"], "output_tokens": ["x", "y"], "token_attr": [[1], [2]],
						 "output_probs": [0.5, 0.25, 0.25]}""", 2, 18,
						"output_probs has 3 values, expected 2 (one per output token)"),
				bad("output_probs Infinity", """
						{"input_tokens": ["a"], "output_tokens": ["x"], "token_attr": [[1]],
						 "output_probs": [Infinity]}""", 2, 19,
						"output_probs[0] is Infinity; only finite numbers, NaN or null are allowed"),
				bad("meta nested", """
						{"meta": {"title": "t",
						          "generation": {"max_new_tokens": 20}},
						 "input_tokens": ["a"], "output_tokens": ["x"], "token_attr": [[1]]}""", 2, 25,
						"meta.generation is an object; meta values must be strings, numbers, booleans or null"),
				bad("meta array", """
						{"meta": ["title"], "input_tokens": ["a"], "output_tokens": ["x"], "token_attr": [[1]]}""", 1, 10,
						"meta must be an object, found an array"),
				bad("meta duplicate key", """
						{"meta": {"model": "a", "model": "b"}, "input_tokens": ["a"], "output_tokens": ["x"], "token_attr": [[1]]}""",
						1, 25, "duplicate key \"model\" in meta"),
				bad("other format", """
						{"format": "inseq", "input_tokens": ["a"], "output_tokens": ["x"], "token_attr": [[1]]}""", 1, 12,
						"format \"inseq\" is not supported; this reader understands \"token-attribution\""),
				bad("format not a string", """
						{"format": 1, "input_tokens": ["a"], "output_tokens": ["x"], "token_attr": [[1]]}""", 1, 12,
						"format must be the string \"token-attribution\", found a number"),
				bad("version 2", """
						{"version": 2, "input_tokens": ["a"], "output_tokens": ["x"], "token_attr": [[1]]}""", 1, 13,
						"version 2 is not supported; this reader understands version 1"),
				bad("version as string", """
						{"version": "1", "input_tokens": ["a"], "output_tokens": ["x"], "token_attr": [[1]]}""", 1, 13,
						"version must be a number, found a string"),
				bad("truncated in token_attr", """
						{"input_tokens": ["a", "b"], "output_tokens": ["x", "y"],
						 "token_attr": [[1, 2],
						   [3, 4""", 3, 9, "the file ends in the middle of token_attr (truncated?)"),
				bad("truncated in a token", """
						{"input_tokens": ["a", "b""", 1, 26, "the file ends in the middle of input_tokens (truncated?)"),
				bad("truncated between keys", """
						{"input_tokens": ["a"], "output_tokens": ["x"], "token_attr": [[1]]""", 1, 68,
						"the file ends before the JSON object is closed (truncated?)"),
				bad("content after the object", """
						{"input_tokens": ["a"], "output_tokens": ["x"], "token_attr": [[1]]}
						garbage""", 2, 1, "unexpected content after the end of the JSON object"),
				bad("second object", """
						{"input_tokens": ["a"], "output_tokens": ["x"], "token_attr": [[1]]} {}""", 1, 70,
						"unexpected content after the end of the JSON object"),
				bad("single quotes", """
						{'input_tokens': ['a']}""", 1, 2,
						"not JSON: unexpected character '''; keys must be strings in double quotes"),
				bad("Python None", """
						{"input_tokens": ["a"], "output_tokens": ["x"],
						 "token_attr": [[None]]}""", 2, 18,
						"not JSON: unrecognized word 'None' (Python's None is written null in JSON)"),
				bad("trailing comma", """
						{"input_tokens": ["a",], "output_tokens": ["x"], "token_attr": [[1]]}""", 1, 23,
						"not JSON: unexpected character ']'; JSON allows no comma before a closing bracket"),
				bad("missing comma", """
						{"input_tokens": ["a" "b"]}""", 1, 23, "not JSON: unexpected character '\"'; a comma is missing"),
				bad("raw newline in a string", "{\"input_tokens\": [\"a\nb\"]}", 1, 21,
						"not JSON: control character U+000A inside a string; strings must write it as an escape such as \\n"),
				bad("mismatched brackets", """
						{"input_tokens": ["a"}""", 1, 22, "not JSON: unexpected '}'; the brackets do not match"));
	}

	private static Arguments bad(String name, String json, int line, int column, String reason) {
		return Arguments.of(name, json, line, column, reason);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformed")
	void reportsLocationAndReason(String name, String json, int line, int column, String reason) {
		AttributionFormatException e = assertThrows(AttributionFormatException.class, () -> Fixtures.parse(json));
		assertAll(name,
				() -> assertEquals(reason, e.reason()),
				() -> assertEquals(line, e.line(), "line"),
				() -> assertEquals(column, e.column(), "column"),
				() -> assertEquals(line + ":" + column + ": " + reason, e.getMessage()));
	}

	@Test
	void messagesNeverLeakParserInternals() {
		malformed().forEach(arguments -> {
			String json = (String) arguments.get()[1];
			AttributionFormatException e = assertThrows(AttributionFormatException.class, () -> Fixtures.parse(json));
			assertFalse(e.getMessage().matches("(?is).*(jackson|Feature|JsonParse|Exception|REDACTED|Source:).*"),
					e.getMessage());
		});
	}

	/**
	 * Wherever bad bytes are (in a token, a number, whitespace; in the first block of the text or
	 * in a later one; on the first line or later), the error points exactly at them.
	 */
	@Test
	void bytesThatAreNotUtf8AreReportedExactlyWhereTheyAre() throws IOException {
		StringBuilder text = new StringBuilder("{\"input_tokens\": [");
		for (int i = 0; i < 700; i++) {
			text.append(i == 0 ? "" : ", ").append("\"tokén").append(i).append('"');
		}
		text.append("],\n  \"output_tokens\": [\"a\", \"b\"],\n  \"token_attr\": [");
		for (int row = 0; row < 2; row++) {
			text.append(row == 0 ? "\n    [" : ",\n    [");
			for (int i = 0; i < 700; i++) {
				text.append(i == 0 ? "" : ", ").append(i % 7 == 0 ? "\n      " : "").append(-0.001234 * i);
			}
			text.append(']');
		}
		text.append("\n  ]\n}\n");
		String valid = text.toString();
		for (int at = 1; at < valid.length() - 2; at += 331) {
			String before = valid.substring(0, at);
			byte[] head = before.getBytes(StandardCharsets.UTF_8);
			byte[] tail = valid.substring(at).getBytes(StandardCharsets.UTF_8);
			byte[] bad = new byte[head.length + 1 + tail.length];
			System.arraycopy(head, 0, bad, 0, head.length);
			bad[head.length] = (byte) 0xFF;
			System.arraycopy(tail, 0, bad, head.length + 1, tail.length);
			AttributionFormatException e = assertThrows(AttributionFormatException.class,
					() -> new NativeJsonReader().read(new ByteArrayInputStream(bad)));
			int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
			int column = before.length() - before.lastIndexOf('\n');
			assertEquals(line + ":" + column + ": the file is not UTF-8 text: byte 0xFF here is not valid UTF-8"
					+ " (save the file as UTF-8)", e.getMessage(), "bad byte after " + at + " characters");
		}
	}

	@Test
	void bytesThatAreNotUtf8AreReportedNotGuessed() {
		byte[] latin1 = "{\"input_tokens\": [\"caf\u00e9\"], \"output_tokens\": [\"x\"], \"token_attr\": [[1]]}"
				.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> new NativeJsonReader().read(new ByteArrayInputStream(latin1)));
		assertEquals("the file is not UTF-8 text: byte 0xE9 here is not valid UTF-8 (save the file as UTF-8)",
				e.reason());
		assertEquals(1, e.line());
		assertEquals(23, e.column(), "exactly at the \u00e9, not somewhere in the block that held it");
	}

	@Test
	void columnsCountCharactersNotBytes() {
		// "▁" is three bytes in UTF-8; an editor shows the 7 at character column 31, not byte column 35
		AttributionFormatException e = assertThrows(AttributionFormatException.class, () -> Fixtures.parse("""
				{"input_tokens": ["▁a", "▁b", 7], "output_tokens": ["x"], "token_attr": [[1, 2, 3]]}"""));
		assertEquals(1, e.line());
		assertEquals(31, e.column());
	}
}
