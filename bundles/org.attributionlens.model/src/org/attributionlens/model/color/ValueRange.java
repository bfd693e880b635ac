package org.attributionlens.model.color;

import org.attributionlens.model.stats.AttributionStatistics;

/**
 * The value interval a colour scale spans. Values outside are drawn in the end colours (clipped).
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

	/** The default range of a matrix: symmetric around zero at its largest |value|. */
	public static ValueRange of(AttributionStatistics statistics) {
		return symmetric(statistics.maxAbs());
	}

	/** Position of {@code value} on the scale, clipped to [0, 1]; NaN for NaN (a missing cell). */
	public double position(double value) {
		if (Double.isNaN(value)) {
			return Double.NaN;
		}
		double t = (value - low) / (high - low);
		return Math.max(0, Math.min(1, t));
	}

	/** Whether {@code value} lies outside the range and is therefore shown in an end colour. */
	public boolean clips(double value) {
		return value < low || value > high;
	}
}
