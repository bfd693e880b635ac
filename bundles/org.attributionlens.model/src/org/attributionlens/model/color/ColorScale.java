package org.attributionlens.model.color;

import java.util.Locale;

/**
 * Maps a position on a scale to a colour. Implementations must be immutable and thread-safe.
 * <p>
 * A scale only knows positions in [0, 1]; a {@link ValueRange} turns values into positions. Any
 * scale works with any range: the mapping is always linear from {@code range.low()} (t = 0) to
 * {@code range.high()} (t = 1). What the colours then mean differs:
 * <ul>
 * <li>a <b>diverging</b> scale with a symmetric range shows zero in its neutral middle colour,
 * negative values towards the low end and positive values towards the high end (Captum's plots);
 * with a min..max range its middle colour marks the middle of the data, not zero;</li>
 * <li>a <b>sequential</b> scale with a min..max range shows the smallest value lightest and the
 * largest darkest (meant for all-positive data such as |attribution|); with a symmetric range
 * the most negative value is lightest, zero sits in the middle of the scale and the sign is no
 * longer told apart by hue.</li>
 * </ul>
 */
public interface ColorScale {

	/**
	 * A short name without spaces that the command line accepts, e.g. "RdYlGn" (matplotlib's
	 * spelling) or "red-white-blue"; unique among {@link ColorScales#all()} ignoring case.
	 */
	String name();

	/**
	 * @param t position in [0, 1]; values outside are clamped, NaN maps to the low end
	 * @return the colour as 0xRRGGBB
	 */
	int rgb(double t);

	/**
	 * Stable lower-case identifier for preferences and saved editor state, e.g. "rdylgn"; by
	 * default {@link #name()} in lower case.
	 */
	default String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Name for menus and the colour bar, e.g. "Red-white-blue (Captum 0.8)"; by default {@link #name()}. */
	default String displayName() {
		return name();
	}

	/**
	 * Whether the scale runs from one hue through a light neutral middle to another hue (for
	 * signed data), as opposed to sequential (light to dark, for data of one sign). By default true.
	 */
	default boolean diverging() {
		return true;
	}

	/**
	 * Whether the scale's publisher states that it stays readable for the common forms of colour
	 * blindness (ColorBrewer's "colorblind safe" flag). False when no such statement exists, which
	 * does not prove the opposite. By default false.
	 */
	default boolean colorBlindSafe() {
		return false;
	}

	/**
	 * Whether a number printed on a cell of colour {@code rgb(t)} should be white rather than black.
	 * By default by luminance ({@link TextContrast#prefersWhiteOn(int)}); NaN (a missing cell) gets
	 * black.
	 */
	default boolean prefersWhiteText(double t) {
		if (Double.isNaN(t)) {
			return false;
		}
		return TextContrast.prefersWhiteOn(rgb(t));
	}
}
