package org.attributionlens.model.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;
import org.attributionlens.model.io.csv.CsvAttributionReader.Delimiter;
import org.attributionlens.model.tests.LaneComparison;
import org.attributionlens.model.tests.LaneComparison.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The CSV reader's fast lane ({@link RecordLane}) changes nothing but speed: on generated tables
 * in the notations pandas and hand editing produce, and on the same tables with random damage,
 * the reader with the lane gives exactly what the general path (Commons CSV and the field
 * tracker) gives alone: the same tokens, the same bits in every cell, or the same error at the
 * same line and column.
 */
class RecordLaneTest {

	private static final String DAMAGE = ",\t\"\r\n .-+eE0123456789nNaix\u00e9";

	@Test
	void sameResultOnGeneratedTables() throws IOException {
		Random random = new Random(2031);
		for (int i = 0; i < 1500; i++) {
			Delimiter delimiter = random.nextInt(4) == 0 ? Delimiter.TAB : Delimiter.COMMA;
			String text = table(random, delimiter);
			Outcome outcome = compare(text, delimiter, ReadLimits.DEFAULTS, false);
			assertTrue(outcome.matrix() != null, () -> "generated tables are valid: " + outcome.error() + "\n" + text);
		}
	}

	@Test
	void sameErrorOrResultOnDamagedTables() throws IOException {
		Random random = new Random(2032);
		int errors = 0;
		for (int i = 0; i < 4000; i++) {
			Delimiter delimiter = random.nextInt(4) == 0 ? Delimiter.TAB : Delimiter.COMMA;
			StringBuilder text = new StringBuilder(table(random, delimiter));
			for (int damage = 1 + random.nextInt(3); damage > 0 && text.length() > 0; damage--) {
				LaneComparison.damage(text, random, DAMAGE, 0, text.length());
			}
			if (compare(text.toString(), delimiter, ReadLimits.DEFAULTS, false).error() != null) {
				errors++;
			}
		}
		assertTrue(errors > 1000, "much damage is an error: " + errors);
	}

	@Test
	void sameErrorOnDamagedBytes() throws IOException {
		Random random = new Random(2033);
		int errors = 0;
		for (int i = 0; i < 1000; i++) {
			byte[] bytes = table(random, Delimiter.COMMA).getBytes(StandardCharsets.UTF_8);
			bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
			if (compare(bytes, Delimiter.COMMA, ReadLimits.DEFAULTS, false).error() != null) {
				errors++;
			}
		}
		assertTrue(errors > 500, "a stray byte is mostly an error: " + errors);
	}

	@Test
	void sameErrorWhenALimitIsReached() throws IOException {
		Random random = new Random(2034);
		int refused = 0;
		for (int i = 0; i < 1500; i++) {
			ReadLimits limits = new ReadLimits(1 + random.nextInt(random.nextBoolean() ? 40 : 3000),
					ReadLimits.DEFAULTS.maxDecompressedBytes(), 1 + random.nextInt(30),
					ReadLimits.DEFAULTS.maxNestingDepth());
			Delimiter delimiter = random.nextInt(4) == 0 ? Delimiter.TAB : Delimiter.COMMA;
			if (compare(table(random, delimiter), delimiter, limits, random.nextBoolean()).error() != null) {
				refused++;
			}
		}
		assertTrue(refused > 300, "a limit is reached in some tables: " + refused);
	}

	/** Rows longer than the lane's buffer make it begin them again in a larger one. */
	@Test
	void rowsLongerThanTheBufferReadTheSame() throws IOException {
		Random random = new Random(2035);
		int columns = 30_000;
		StringBuilder text = new StringBuilder();
		for (int column = 0; column < columns; column++) {
			text.append(",o").append(column);
		}
		text.append('\n');
		float[] written = new float[3 * columns];
		for (int row = 0; row < 3; row++) {
			text.append("in").append(row);
			for (int column = 0; column < columns; column++) {
				float value = (float) random.nextGaussian();
				written[row * columns + column] = value;
				text.append(',').append((double) value);
			}
			text.append("\r\n");
		}
		Outcome outcome = compare(text.toString(), Delimiter.COMMA, ReadLimits.DEFAULTS, true);
		assertEquals(LaneComparison.bits(written), LaneComparison.bits(outcome.matrix().toRowMajorArray()), "values as written");
	}

	/** Large tables make the lane refill its buffer, with records cut anywhere, damaged or not. */
	@Test
	void sameErrorOrResultAcrossBufferRefills() throws IOException {
		Random random = new Random(2036);
		for (int i = 0; i < 40; i++) {
			Delimiter delimiter = i % 4 == 0 ? Delimiter.TAB : Delimiter.COMMA;
			StringBuilder text = new StringBuilder(table(random, delimiter, 2000 + random.nextInt(3000), 1 + random.nextInt(8)));
			if (i % 2 == 1) {
				int at = text.length() / 2 + random.nextInt(text.length() / 2);
				text.setCharAt(at, DAMAGE.charAt(random.nextInt(DAMAGE.length())));
			}
			compare(text.toString(), delimiter, ReadLimits.DEFAULTS, i % 3 == 0);
		}
	}

	private static Outcome compare(String text, Delimiter delimiter, ReadLimits limits, boolean counted)
			throws IOException {
		return compare(text.getBytes(StandardCharsets.UTF_8), delimiter, limits, counted);
	}

	private static Outcome compare(byte[] bytes, Delimiter delimiter, ReadLimits limits, boolean counted)
			throws IOException {
		ReadOptions options = new ReadOptions(0, limits);
		CsvAttributionReader withLane = new CsvAttributionReader(options, delimiter);
		CsvAttributionReader without = CsvAttributionReader.withoutFastLane(options, delimiter);
		if (counted) {
			withLane.countingRecordsOf(new ByteArrayInputStream(bytes));
			without.countingRecordsOf(new ByteArrayInputStream(bytes));
		}
		return LaneComparison.assertSameOutcome(withLane, without, bytes);
	}

	/** A valid table: random size, line breaks and notations of values and tokens. */
	private static String table(Random random, Delimiter delimiter) {
		return table(random, delimiter, 1 + random.nextInt(random.nextInt(8) == 0 ? 60 : 6),
				1 + random.nextInt(random.nextInt(8) == 0 ? 60 : 6));
	}

	private static String table(Random random, Delimiter delimiter, int rows, int columns) {
		char separator = delimiter.character();
		String newline = switch (random.nextInt(6)) {
		case 0 -> "\r\n";
		case 1 -> "\r";
		default -> "\n";
		};
		StringBuilder text = new StringBuilder();
		if (random.nextInt(10) == 0) {
			text.append(newline);
		}
		text.append(random.nextInt(5) == 0 ? token(random, separator) : "");
		for (int column = 0; column < columns; column++) {
			text.append(separator).append(token(random, separator));
		}
		for (int row = 0; row < rows; row++) {
			text.append(newline);
			if (random.nextInt(30) == 0) {
				text.append(newline);
			}
			text.append(token(random, separator));
			for (int column = 0; column < columns; column++) {
				text.append(separator).append(value(random));
			}
		}
		if (random.nextInt(3) > 0) {
			text.append(newline);
		}
		return text.toString();
	}

	private static String token(Random random, char separator) {
		return switch (random.nextInt(12)) {
		case 0 -> "\"a" + separator + "b\"";
		case 1 -> "\"say \"\"hi\"\"\"";
		case 2 -> "\"line\nbreak\"";
		case 3 -> "\"crlf\r\nbreak\"";
		case 4 -> "";
		case 5 -> "\u2581tok\u00e9n" + random.nextInt(100);
		case 6 -> "\"\"";
		case 7 -> "a\"b";
		case 8 -> " spaced ";
		case 9 -> "\ud83d\ude00";
		default -> "\u2581t" + random.nextInt(1000);
		};
	}

	private static String value(Random random) {
		double value = random.nextGaussian() * Math.pow(10, random.nextInt(12) - 8);
		return switch (random.nextInt(24)) {
		case 0 -> "";
		case 1 -> "nan";
		case 2 -> "NaN";
		case 3 -> "-0";
		case 4 -> "-0.0";
		case 5 -> Integer.toString(random.nextInt(2000) - 1000);
		case 6 -> "\"" + (float) value + "\"";
		case 7 -> " " + (float) value + " ";
		case 8 -> new java.math.BigDecimal(value).toPlainString();
		case 9 -> String.format("%.25e", value);
		case 10 -> String.format("%.3E", value);
		case 11 -> "+" + Math.abs((float) value);
		case 12 -> ".5";
		case 13 -> "7.";
		case 14 -> "000123.4500";
		case 15 -> "1e-50";
		case 16 -> "3.4028235e38";
		case 17 -> "1.17549435e-38";
		case 18 -> String.valueOf((float) value).replace("E", "e");
		default -> Double.toString(random.nextBoolean() ? (float) value : value);
		};
	}
}
