package org.attributionlens.internal.model.io;

/**
 * Correctly rounded conversion of a decimal number, already split into its digits and exponent,
 * to a float, without building a string. It computes the value in double arithmetic, which is off
 * by at most a few units in the last place of the double; that cannot change the nearest float
 * unless the double lies within those few units of the midpoint between two floats. Only then,
 * and outside the range this arithmetic covers, it answers {@link Float#NaN} ("undecided") and the
 * caller parses the text with {@link Float#parseFloat}, as exact as this but several times slower.
 * For the numbers Python's {@code repr} and {@code json.dump} write (up to 17 significant digits,
 * exponents down to -38), undecided answers come about once in 10^7 numbers.
 */
public final class DecimalFloats {

	/** Powers of ten that doubles hold exactly. */
	private static final double[] POWERS = new double[23];
	/**
	 * The doubles nearest to 10^-k: multiplying by one is several times faster than dividing by
	 * 10^k and off by one more rounding, which {@link #MARGIN} covers.
	 */
	private static final double[] INVERSE_POWERS = new double[2 * (POWERS.length - 1) + 1];
	static {
		double power = 1;
		for (int i = 0; i < POWERS.length; i++) {
			POWERS[i] = power;
			power *= 10;
		}
		for (int i = 0; i < INVERSE_POWERS.length; i++) {
			INVERSE_POWERS[i] = Double.parseDouble("1e-" + i);
		}
	}

	private static final int MAX_EXACT_POWER = POWERS.length - 1;
	/** Significands up to this many digits fit a long. */
	public static final int MAX_DIGITS = 18;
	/** The bits of a double's fraction below a float's: where the float midpoints lie. */
	private static final int LOW_BITS = 52 - 23;
	private static final long LOW_MASK = (1L << LOW_BITS) - 1;
	private static final long MIDPOINT = 1L << (LOW_BITS - 1);
	/**
	 * Units of the double's last place by which the computed value may miss the exact one: three
	 * roundings of at most half a unit each (significand, power of ten, product), with room to
	 * spare.
	 */
	private static final long MARGIN = 16;

	private DecimalFloats() {
	}

	/**
	 * @param significand the digits as an integer, at most {@link #MAX_DIGITS} of them
	 * @param exponent    the power of ten to scale it by
	 * @param negative    the sign
	 * @return the float nearest to the value (ties to even), or {@link Float#NaN} when undecided
	 */
	public static float toFloat(long significand, int exponent, boolean negative) {
		if (significand == 0) {
			return negative ? -0f : 0f;
		}
		double value = significand;
		if (exponent < 0) {
			if (-exponent >= INVERSE_POWERS.length) {
				return Float.NaN;
			}
			value *= INVERSE_POWERS[-exponent];
		} else if (exponent > 0) {
			if (exponent > MAX_EXACT_POWER) {
				return Float.NaN;
			}
			value *= POWERS[exponent];
		}
		if (value < Float.MIN_NORMAL || value > Float.MAX_VALUE) {
			// subnormal floats have fewer bits, and overflow is the caller's error to report
			return Float.NaN;
		}
		return nearest(value, negative);
	}

	/**
	 * {@link #toFloat} for a number written without exponent in at most {@link #MAX_DIGITS}
	 * digits, with fewer tests: such a number is zero or a normal float, never out of range.
	 *
	 * @param significand    the digits as an integer
	 * @param fractionDigits how many of them follow the point
	 */
	public static float fraction(long significand, int fractionDigits, boolean negative) {
		// zero has no low bits, so it is never undecided
		return nearest(significand * INVERSE_POWERS[fractionDigits], negative);
	}

	/**
	 * The float nearest to the computed magnitude, with the sign; {@link Float#NaN} when the
	 * magnitude lies too close to a midpoint between floats for its error to be ruled out.
	 */
	private static float nearest(double value, boolean negative) {
		long low = Double.doubleToRawLongBits(value) & LOW_MASK;
		if (Math.abs(low - MIDPOINT) <= MARGIN) {
			return Float.NaN;
		}
		int magnitude = Float.floatToRawIntBits((float) value);
		return Float.intBitsToFloat(magnitude | (negative ? Integer.MIN_VALUE : 0));
	}

	/**
	 * The digits of a number's text before its exponent, less its leading zeros: those that a
	 * significand must hold (for {@code -0.000123}, three). Callers ask only when a number has
	 * more than {@link #MAX_DIGITS} digits.
	 */
	public static int significantDigits(char[] text, int from, int to) {
		int digits = 0;
		for (int p = from; p < to; p++) {
			char c = text[p];
			if ((c | 0x20) == 'e') {
				break;
			}
			if (c >= '0' && c <= '9' && (digits > 0 || c != '0')) {
				digits++;
			}
		}
		return digits;
	}
}
