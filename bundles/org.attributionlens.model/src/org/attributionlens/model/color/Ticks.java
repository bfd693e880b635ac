package org.attributionlens.model.color;

/** Tick values for a colour bar. */
public final class Ticks {

	private static final int[] MANTISSAS = { 1, 2, 5 };

	private Ticks() {
	}

	/**
	 * "Nice" ticks: all multiples of the smallest step of the form 1, 2 or 5 times a power of ten
	 * that lie in [low, high] and number at most {@code maxTicks}. Values are exact decimals (e.g.
	 * 0.3, never 0.30000000000000004) and zero is never negative. For example -1.5..1.5 with 7 ticks
	 * gives -1.5, -1, -0.5, 0, 0.5, 1, 1.5.
	 *
	 * @return ascending ticks; just {@code low} when {@code low == high}
	 * @throws IllegalArgumentException when a bound is not finite, {@code low > high} or
	 *                                  {@code maxTicks < 2}
	 */
	public static double[] nice(double low, double high, int maxTicks) {
		if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
			throw new IllegalArgumentException("need finite low <= high, got [" + low + ", " + high + "]");
		}
		if (maxTicks < 2) {
			throw new IllegalArgumentException("maxTicks must be at least 2, got " + maxTicks);
		}
		if (low == high) {
			return new double[] { low };
		}
		double rawStep = (high - low) / (maxTicks - 1);
		int exponent = (int) Math.floor(Math.log10(rawStep));
		// the loop only moves on when a step is too small, so it ends within a few rounds
		while (true) {
			for (int mantissa : MANTISSAS) {
				double[] ticks = ticks(low, high, mantissa, exponent, maxTicks);
				if (ticks != null) {
					return ticks;
				}
			}
			exponent++;
		}
	}

	/** The ticks for one step, or null when there would be more than {@code maxTicks}. */
	private static double[] ticks(double low, double high, int mantissa, int exponent, int maxTicks) {
		double step = mantissa * Math.pow(10, exponent);
		double tolerance = 1e-9;
		long first = (long) Math.ceil(low / step - tolerance);
		long last = (long) Math.floor(high / step + tolerance);
		long count = Math.max(0, last - first + 1);
		if (count > maxTicks) {
			return null;
		}
		double[] ticks = new double[(int) count];
		for (int i = 0; i < count; i++) {
			ticks[i] = exact((first + i) * mantissa, exponent);
		}
		return ticks;
	}

	/** {@code units * 10^exponent}, correctly rounded, so that ticks print as short decimals. */
	private static double exact(long units, int exponent) {
		if (units == 0) {
			return 0.0;
		}
		return exponent >= 0 ? units * Math.pow(10, exponent) : units / Math.pow(10, -exponent);
	}
}
