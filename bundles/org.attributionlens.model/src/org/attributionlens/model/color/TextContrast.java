package org.attributionlens.model.color;

/** Chooses the colour of the number printed on a heatmap cell. */
public final class TextContrast {

	/**
	 * Relative luminance below which white text contrasts more than black: white's contrast ratio
	 * 1.05 / (L + 0.05) exceeds black's (L + 0.05) / 0.05 exactly when (L + 0.05)² < 0.0525.
	 */
	private static final double WHITE_BELOW_LUMINANCE = Math.sqrt(0.0525) - 0.05;

	private TextContrast() {
	}

	/**
	 * Captum's rule from {@code plot_token_attr}: black text when {@code 0.2 < t < 0.8}, white
	 * otherwise, i.e. white on the dark ends of the scale (t &le; 0.2 or t &ge; 0.8). NaN (a missing
	 * cell) gets black. Meant for the diverging scales Captum uses, whose ends are both dark; for any
	 * scale use {@link #prefersWhite(ColorScale, double)}.
	 *
	 * @param t the cell's position on the colour scale
	 */
	public static boolean prefersWhite(double t) {
		if (Double.isNaN(t)) {
			return false;
		}
		return !(t > 0.2 && t < 0.8);
	}

	/**
	 * The text colour for a cell at position {@code t} of {@code scale}: Captum's rule for the
	 * scales of Captum's plots (RdYlGn, red-white-blue), otherwise by luminance
	 * ({@link #prefersWhiteOn(int)}), so that e.g. the light low end of a sequential scale gets black
	 * text. NaN (a missing cell) gets black.
	 */
	public static boolean prefersWhite(ColorScale scale, double t) {
		return scale.prefersWhiteText(t);
	}

	/**
	 * Whether white text is easier to read than black on a background of colour {@code rgb}
	 * (0xRRGGBB): whichever has the higher WCAG 2 contrast ratio against it, by the sRGB relative
	 * luminance.
	 */
	public static boolean prefersWhiteOn(int rgb) {
		return relativeLuminance(rgb) < WHITE_BELOW_LUMINANCE;
	}

	/** WCAG 2 relative luminance of an sRGB colour 0xRRGGBB, 0 (black) to 1 (white). */
	public static double relativeLuminance(int rgb) {
		return 0.2126 * linear(rgb >> 16 & 0xFF) + 0.7152 * linear(rgb >> 8 & 0xFF) + 0.0722 * linear(rgb & 0xFF);
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}
}
