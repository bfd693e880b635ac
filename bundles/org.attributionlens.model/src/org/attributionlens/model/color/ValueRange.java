package org.attributionlens.model.color;

import org.attributionlens.model.stats.AttributionStatistics;
import org.attributionlens.model.stats.CellValue;

/**
 * The value interval a colour scale spans: {@code low} maps to position 0, {@code high} to 1.
 * Values outside are drawn in the end colours (clipped); {@link #clipsLow(double)} and
 * {@link #clipsHigh(double)} tell on which side, so that such cells can be marked.
 * <p>
 * Three ways to choose it (see {@link RangeMode}): symmetric at the data's largest |value|
 * ({@link #of(AttributionStatistics)}, the default, as Captum), symmetric at a chosen bound
 * ({@link #symmetricAt(double)}), or the data's min..max ({@link #minMax(AttributionStatistics)},
 * meant for sequential scales). Any range works with any scale; {@link ColorScale} says what the
 * colours then mean.
 *
 * @param low  finite, below {@code high}
 * @param high finite
 */
public record ValueRange(double low, double high) {

	public ValueRange {
		if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
			throw new IllegalArgumentException("need finite low < high, got [" + low + ", " + high + "]");
		}
	}

	/**
	 * The range [-maxAbs, +maxAbs], so that zero sits in the middle of a diverging scale, as in
	 * Captum's plots. A maxAbs of 0, NaN or infinity (an all-zero or all-missing matrix) yields
	 * [-1, 1] so that there is still a usable scale.
	 */
	public static ValueRange symmetric(double maxAbs) {
		double bound = Math.abs(maxAbs);
		if (bound == 0 || !Double.isFinite(bound)) {
			bound = 1;
		}
		return new ValueRange(-bound, bound);
	}

	/**
	 * The range [-bound, +bound] at a bound the user chose; unlike {@link #symmetric(double)} it
	 * never substitutes a default.
	 *
	 * @throws IllegalArgumentException when {@code bound} is not finite or not above 0
	 */
	public static ValueRange symmetricAt(double bound) {
		if (!(bound > 0) || !Double.isFinite(bound)) {
			throw new IllegalArgumentException("the bound must be a finite number above 0, got " + bound);
		}
		return new ValueRange(-bound, bound);
	}

	/** The default range of a matrix: symmetric around zero at its largest |value|. */
	public static ValueRange of(AttributionStatistics statistics) {
		return symmetric(statistics.maxAbs());
	}

	/**
	 * The range from the smallest to the largest value of a matrix, so that a sequential scale
	 * spans exactly the data. Degenerate data is widened as {@link #minMax(double, double)} says.
	 */
	public static ValueRange minMax(AttributionStatistics statistics) {
		double min = statistics.min().map(CellValue::value).map(Float::doubleValue).orElse(Double.NaN);
		double max = statistics.max().map(CellValue::value).map(Float::doubleValue).orElse(Double.NaN);
		return minMax(min, max);
	}

	/**
	 * The range [min, max]. When there is no data (a bound is NaN) it is [0, 1]; when all values
	 * are equal it is widened to include zero: [0, v] for v &gt; 0, [v, 0] for v &lt; 0 and [0, 1]
	 * for v = 0, so that the one value is drawn in an end colour rather than failing.
	 *
	 * @throws IllegalArgumentException when a bound is infinite or {@code min > max}
	 */
	public static ValueRange minMax(double min, double max) {
		if (Double.isNaN(min) || Double.isNaN(max)) {
			return new ValueRange(0, 1);
		}
		if (Double.isInfinite(min) || Double.isInfinite(max) || min > max) {
			throw new IllegalArgumentException("need finite min <= max, got [" + min + ", " + max + "]");
		}
		if (min < max) {
			return new ValueRange(min, max);
		}
		if (min > 0) {
			return new ValueRange(0, min);
		}
		if (min < 0) {
			return new ValueRange(min, 0);
		}
		return new ValueRange(0, 1);
	}

	/** Whether the range is centred on zero (low = -high). */
	public boolean symmetricAroundZero() {
		return low == -high;
	}

	/** Position of {@code value} on the scale, clipped to [0, 1]; NaN for NaN (a missing cell). */
	public double position(double value) {
		if (Double.isNaN(value)) {
			return Double.NaN;
		}
		double t = (value - low) / (high - low);
		return Math.max(0, Math.min(1, t));
	}

	/** Whether {@code value} lies outside the range and is therefore shown in an end colour. False for NaN. */
	public boolean clips(double value) {
		return value < low || value > high;
	}

	/** Whether {@code value} lies below the range (drawn in the low end colour). False for NaN. */
	public boolean clipsLow(double value) {
		return value < low;
	}

	/** Whether {@code value} lies above the range (drawn in the high end colour). False for NaN. */
	public boolean clipsHigh(double value) {
		return value > high;
	}
}
