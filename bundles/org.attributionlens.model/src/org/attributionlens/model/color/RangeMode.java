package org.attributionlens.model.color;

import org.attributionlens.model.stats.AttributionStatistics;

/**
 * How the value range of the colour scale is chosen; what an editor keeps per file (together with
 * the bound for {@link #SYMMETRIC_FIXED}), the range itself follows from the data shown.
 */
public enum RangeMode {

	/** [-max|value|, +max|value|] of the data shown (the default, as Captum). */
	SYMMETRIC_MAX_ABS,
	/** [-bound, +bound] at a bound the user chose; values beyond are clipped. */
	SYMMETRIC_FIXED,
	/** [min, max] of the data shown, for sequential scales. */
	MIN_MAX;

	/**
	 * The range for data with these statistics.
	 *
	 * @param fixedBound the bound of {@link #SYMMETRIC_FIXED}; ignored by the other modes
	 * @throws IllegalArgumentException for {@link #SYMMETRIC_FIXED} with a bound that is not a
	 *                                  finite number above 0
	 */
	public ValueRange range(AttributionStatistics statistics, double fixedBound) {
		return switch (this) {
		case SYMMETRIC_MAX_ABS -> ValueRange.of(statistics);
		case SYMMETRIC_FIXED -> ValueRange.symmetricAt(fixedBound);
		case MIN_MAX -> ValueRange.minMax(statistics);
		};
	}

	/**
	 * The mode to start with for a scale: {@link #SYMMETRIC_MAX_ABS} for a diverging scale (zero in
	 * its neutral middle), {@link #MIN_MAX} for a sequential one.
	 */
	public static RangeMode defaultFor(ColorScale scale) {
		return scale.diverging() ? SYMMETRIC_MAX_ABS : MIN_MAX;
	}
}
