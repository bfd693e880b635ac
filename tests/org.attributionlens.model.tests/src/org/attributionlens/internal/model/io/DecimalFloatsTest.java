package org.attributionlens.internal.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fast decimal-to-float conversion is exact: wherever it decides, it agrees bit for bit with
 * {@link Float#parseFloat}, including on the numbers closest to the midpoints between floats.
 */
class DecimalFloatsTest {

	private static final int CASES = 200_000;

	@Test
	void agreesWithParseFloatOnPythonReprsOfFloat32Values() {
		Random random = new Random(11);
		int decided = 0;
		for (int i = 0; i < CASES; i++) {
			float original = Float.intBitsToFloat(random.nextInt());
			if (Float.isNaN(original) || Float.isInfinite(original)) {
				continue;
			}
			// what json.dump writes for tensor.tolist(): the double's shortest repr
			decided += check(Double.toString(original));
			decided += check(Float.toString(original));
		}
		assertTrue(decided > CASES * 3 / 2, "the fast path decides nearly always, decided " + decided);
	}

	@Test
	void agreesWithParseFloatOnRandomDecimals() {
		Random random = new Random(12);
		for (int i = 0; i < CASES; i++) {
			int digits = 1 + random.nextInt(DecimalFloats.MAX_DIGITS);
			StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
			text.append(1 + random.nextInt(9));
			for (int d = 1; d < digits; d++) {
				text.append(random.nextInt(10));
			}
			text.append('e').append(random.nextInt(100) - 60);
			check(text.toString());
		}
	}

	@Test
	void agreesWithParseFloatNextToMidpointsBetweenFloats() {
		Random random = new Random(13);
		int undecided = 0;
		for (int i = 0; i < 20_000; i++) {
			float low = Float.intBitsToFloat(random.nextInt(0x7f000000) + 0x00800000);
			BigDecimal midpoint = new BigDecimal(low).add(new BigDecimal(Math.nextUp(low))).divide(BigDecimal.TWO);
			for (BigDecimal near : new BigDecimal[] { midpoint, midpoint.add(midpoint.ulp()),
					midpoint.subtract(midpoint.ulp()) }) {
				// rounded to what a long holds, the decimal lies right next to the midpoint
				BigDecimal rounded = near.round(new java.math.MathContext(DecimalFloats.MAX_DIGITS));
				if (check(rounded.toString()) == 0) {
					undecided++;
				}
			}
		}
		assertTrue(undecided > 0, "numbers at a midpoint are left to the exact parser");
	}

	@Test
	void keepsTheSignOfZeroAndLeavesSubnormalsAndOverflowToTheExactParser() {
		assertEquals(Float.floatToIntBits(-0f), Float.floatToIntBits(DecimalFloats.toFloat(0, -3, true)));
		assertEquals(Float.floatToIntBits(0f), Float.floatToIntBits(DecimalFloats.toFloat(0, 5, false)));
		assertTrue(Float.isNaN(DecimalFloats.toFloat(1, -40, false)), "1e-40 is subnormal");
		assertTrue(Float.isNaN(DecimalFloats.toFloat(4, 38, false)), "4e38 overflows");
		assertTrue(Float.isNaN(DecimalFloats.toFloat(1, -50, false)), "beyond two exact divisions");
		assertEquals(0.1f, DecimalFloats.toFloat(1, -1, false));
		assertEquals(-123.456f, DecimalFloats.toFloat(123456, -3, true));
	}

	/** The cheaper conversion of fractions without exponent answers as the general one, NaN included. */
	@Test
	void fractionsAgreeWithTheGeneralConversion() {
		Random random = new Random(14);
		int decided = 0;
		for (int i = 0; i < CASES; i++) {
			int fractionDigits = random.nextInt(DecimalFloats.MAX_DIGITS + 1);
			int integerDigits = random.nextInt(DecimalFloats.MAX_DIGITS + 1 - fractionDigits);
			long significand = random.nextLong(1, Long.MAX_VALUE) % POWERS_OF_TEN[fractionDigits + integerDigits];
			boolean negative = random.nextBoolean();
			float general = DecimalFloats.toFloat(significand, -fractionDigits, negative);
			float fraction = DecimalFloats.fraction(significand, fractionDigits, negative);
			assertEquals(Float.floatToIntBits(general), Float.floatToIntBits(fraction),
					significand + "e-" + fractionDigits + (negative ? ", negative" : ""));
			decided += Float.isNaN(fraction) ? 0 : 1;
		}
		assertTrue(decided > CASES * 9 / 10, "nearly all decided: " + decided);
		assertEquals(Float.floatToIntBits(-0f), Float.floatToIntBits(DecimalFloats.fraction(0, 4, true)), "-0.0000");
	}

	private static final long[] POWERS_OF_TEN = new long[DecimalFloats.MAX_DIGITS + 1];
	static {
		POWERS_OF_TEN[0] = 1;
		for (int i = 1; i < POWERS_OF_TEN.length; i++) {
			POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
		}
	}

	@ParameterizedTest
	@CsvSource({ "-0.000123, 3", "+100.50e-7, 5", "0.0000, 0", "1234567890123456789012, 22", "007.5E+3, 2",
			"0.05656148302555084, 16" })
	void significantDigitsLeaveOutLeadingZerosSignsPointAndExponent(String number, int expected) {
		char[] text = (" " + number + ",").toCharArray();
		assertEquals(expected, DecimalFloats.significantDigits(text, 1, text.length - 1));
	}

	/** @return 1 when the fast path decided (and agreed), 0 when it left the number undecided */
	private static int check(String text) {
		BigDecimal exact = new BigDecimal(text);
		BigDecimal unscaled = new BigDecimal(exact.unscaledValue().abs());
		if (unscaled.precision() > DecimalFloats.MAX_DIGITS) {
			return 0;
		}
		float fast = DecimalFloats.toFloat(unscaled.longValueExact(), -exact.scale(), text.startsWith("-"));
		if (Float.isNaN(fast)) {
			return 0;
		}
		assertEquals(Float.floatToIntBits(Float.parseFloat(text)), Float.floatToIntBits(fast), text);
		return 1;
	}
}
