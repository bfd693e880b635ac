package org.attributionlens.model.color;

/** Chooses the colour of the number printed on a heatmap cell. */
public final class TextContrast {

	private TextContrast() {
	}

	/**
	 * Captum's rule from {@code plot_token_attr}: black text when {@code 0.2 < t < 0.8}, white
	 * otherwise, i.e. white on the dark ends of the scale (t &le; 0.2 or t &ge; 0.8). NaN (a missing
	 * cell) gets black.
	 *
	 * @param t the cell's position on the colour scale
	 */
	public static boolean prefersWhite(double t) {
		if (Double.isNaN(t)) {
			return false;
		}
		return !(t > 0.2 && t < 0.8);
	}
}
