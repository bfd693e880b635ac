package org.attributionlens.model.io.nativejson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;
import org.attributionlens.model.tests.LaneComparison;
import org.attributionlens.model.tests.LaneComparison.Outcome;

import org.attributionlens.internal.model.io.LaneJsonFactory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast lane for {@code token_attr} rows ({@link TokenAttrParser}) changes nothing but speed:
 * on generated files in every layout Python and hand editing produce, and on the same files with
 * random damage, the reader with the lane gives exactly what Jackson's general parser gives: the
 * same bits in every cell, or the same error at the same line and column.
 */
class TokenAttrLaneTest {

	private static final String[] SPACES = { "", " ", " ", "\n", "\n  ", "\n        ", "\r\n", "\r\n    ", "\t",
			"\n" + " ".repeat(70) };
	private static final String DAMAGE = ",]}[ .-+eE0123456789nNaIx\"\r\n\t";

	@Test
	void sameResultOnGeneratedFiles() throws IOException {
		Random random = new Random(2026);
		for (int i = 0; i < 1500; i++) {
			String text = file(random);
			Outcome expected = compare(text, ReadLimits.DEFAULTS);
			assertTrue(expected.matrix() != null, () -> "generated files are valid: " + expected.error() + "\n" + text);
		}
	}

	@Test
	void sameErrorOrResultOnDamagedFiles() throws IOException {
		Random random = new Random(2027);
		int errors = 0;
		for (int i = 0; i < 4000; i++) {
			StringBuilder text = new StringBuilder(file(random));
			int from = text.indexOf("\"token_attr\"") + 14;
			int tokens = text.indexOf("\"input_tokens\"", from);
			int to = tokens > 0 ? tokens : text.lastIndexOf("}");
			for (int damage = 1 + random.nextInt(2); damage > 0; damage--) {
				LaneComparison.damage(text, random, DAMAGE, from, to);
			}
			if (compare(text.toString(), ReadLimits.DEFAULTS).error() != null) {
				errors++;
			}
		}
		assertTrue(errors > 2000, "most damage is an error: " + errors);
	}

	@Test
	void sameErrorWhenTheCellLimitIsReachedInsideARow() throws IOException {
		Random random = new Random(2028);
		int refused = 0;
		for (int i = 0; i < 600; i++) {
			ReadLimits limits = new ReadLimits(1 + random.nextInt(random.nextBoolean() ? 60 : 3000), ReadLimits.DEFAULTS.maxDecompressedBytes(),
					ReadLimits.DEFAULTS.maxTokenLength(), ReadLimits.DEFAULTS.maxNestingDepth());
			if (compare(file(random), limits).error() != null) {
				refused++;
			}
		}
		assertTrue(refused > 100, "the limit is reached in some files: " + refused);
	}

	@Test
	void theLaneTakesPlainNumbersAndStopsBeforeAnythingElse() throws IOException, AttributionFormatException {
		String row = "[1, 2.5 ,\n -3e-2, null, 4]";
		JsonFactory factory = new LaneJsonFactory(new JsonFactoryBuilder(), TokenAttrParser::new);
		try (JsonParser parser = factory.createParser(new StringReader(row))) {
			TokenAttrParser lane = (TokenAttrParser) parser;
			TokenAttrRows rows = new TokenAttrRows(ReadLimits.DEFAULTS, () -> SourcePosition.START, 5, 1);
			rows.startRow(SourcePosition.START);
			assertEquals(JsonToken.START_ARRAY, parser.nextToken());
			assertEquals(JsonToken.VALUE_NUMBER_INT, parser.nextToken());
			rows.add(parser.getFloatValue());
			assertEquals(2, lane.readRowTail(rows), "2.5 and -3e-2, then null is the parser's");
			assertEquals(JsonToken.VALUE_NULL, parser.nextToken());
			assertEquals(2, parser.currentTokenLocation().getLineNr(), "the line break was counted");
			assertEquals(9, parser.currentTokenLocation().getColumnNr(), "\" -3e-2, \" before it");
			rows.add(Float.NaN);
			assertEquals(1, lane.readRowTail(rows), "4");
			assertEquals(JsonToken.END_ARRAY, parser.nextToken());
			rows.endRow();
			rows.finish();
			assertArrayEquals(new float[] { 1, 2.5f, -3e-2f, Float.NaN, 4 }, rows.transpose(5));
		}
	}

	/** Rows longer than the parser's buffer make the lane refill it mid-row. */
	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4097, 20_000 })
	void rowsOfAnyLengthReadTheSame(int inputs) throws IOException {
		Random random = new Random(inputs);
		StringBuilder text = new StringBuilder("{\"input_tokens\": [");
		for (int i = 0; i < inputs; i++) {
			text.append(i == 0 ? "" : ", ").append("\"t").append(i).append('"');
		}
		text.append("], \"output_tokens\": [\"a\", \"b\"], \"token_attr\": [");
		float[] written = new float[2 * inputs];
		for (int row = 0; row < 2; row++) {
			text.append(row == 0 ? "[" : ", [");
			for (int i = 0; i < inputs; i++) {
				float value = (float) random.nextGaussian();
				written[i * 2 + row] = value;
				text.append(i == 0 ? "" : ", ").append((double) value);
			}
			text.append(']');
		}
		text.append("]}");
		Outcome outcome = compare(text.toString(), ReadLimits.DEFAULTS);
		assertArrayEquals(written, outcome.matrix().toRowMajorArray(), "values as written, transposed");
	}

	private static Outcome compare(String text, ReadLimits limits) throws IOException {
		ReadOptions options = new ReadOptions(0, limits);
		return LaneComparison.assertSameOutcome(new NativeJsonReader(options), NativeJsonReader.withoutFastLane(options),
				text.getBytes(StandardCharsets.UTF_8));
	}

	/** A valid native file: random sizes, number spellings and whitespace, either key order. */
	private static String file(Random random) {
		return file(random, 1 + random.nextInt(6));
	}

	/** The same with the given number of rows (output tokens). */
	static String file(Random random, int outputs) {
		int inputs = random.nextInt(10) == 0 ? 200 + random.nextInt(800) : 1 + random.nextInt(12);
		String space = SPACES[random.nextInt(SPACES.length)];
		StringBuilder tokens = new StringBuilder();
		tokens.append("\"input_tokens\":").append(space).append(tokens(inputs, "▁in", space));
		tokens.append(',').append(space).append("\"output_tokens\": ").append(tokens(outputs, "out", space));
		StringBuilder attr = new StringBuilder("\"token_attr\": [");
		for (int row = 0; row < outputs; row++) {
			attr.append(row == 0 ? "" : ",").append(space).append('[');
			for (int column = 0; column < inputs; column++) {
				if (column > 0) {
					attr.append(random.nextInt(8) == 0 ? SPACES[random.nextInt(SPACES.length)] : "").append(',');
				}
				attr.append(random.nextInt(8) == 0 ? SPACES[random.nextInt(SPACES.length)] : space);
				attr.append(number(random));
			}
			attr.append(random.nextInt(4) == 0 ? space : "").append(']');
		}
		attr.append(space).append(']');
		boolean tokensFirst = random.nextInt(4) != 0;
		return "{" + space + (tokensFirst ? tokens + "," + space + attr : attr + "," + space + tokens) + space + "}"
				+ space;
	}

	private static String tokens(int count, String prefix, String space) {
		StringBuilder text = new StringBuilder("[");
		for (int i = 0; i < count; i++) {
			text.append(i == 0 ? "" : ",").append(space).append('"').append(prefix).append(i).append('"');
		}
		return text.append(']').toString();
	}

	private static String number(Random random) {
		float value = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(12) - 8));
		return switch (random.nextInt(12)) {
		case 0 -> Float.toString(value);
		case 1 -> String.format(java.util.Locale.ROOT, "%.4f", value);
		case 2 -> Integer.toString(random.nextInt(2001) - 1000);
		case 3 -> random.nextBoolean() ? "-0" : "-0.0";
		case 4 -> random.nextBoolean() ? "null" : "NaN";
		case 5 -> String.format(java.util.Locale.ROOT, "%.3e", value);
		case 6 -> "12345678901234567890123";
		case 7 -> "0.000000000000000000000000000000000000000012";
		default -> Double.toString(value);
		};
	}
}
