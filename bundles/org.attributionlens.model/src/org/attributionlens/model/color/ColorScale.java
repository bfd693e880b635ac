package org.attributionlens.model.color;

/** Maps a position on a scale to a colour. Implementations must be immutable and thread-safe. */
public interface ColorScale {

	String name();

	/**
	 * @param t position in [0, 1]; values outside are clamped, NaN maps to the low end
	 * @return the colour as 0xRRGGBB
	 */
	int rgb(double t);
}
