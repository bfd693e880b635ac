package org.attributionlens.model.color;

/** The colour scales the heatmap offers. */
public final class ColorScales {

	/**
	 * matplotlib's {@code RdYlGn} (the scale Captum's token-attribution plots use): the 11
	 * ColorBrewer RdYlGn colours, red for low through pale yellow to green for high, with
	 * matplotlib's default 256 levels. Note that because of that quantisation t = 0.5 yields
	 * #feffbe, exactly like {@code matplotlib.colormaps["RdYlGn"](0.5)}, not the control colour
	 * #ffffbf.
	 */
	public static final ColorScale RD_YL_GN = new SegmentedColorScale("RdYlGn", 256,
			0xa50026, 0xd73027, 0xf46d43, 0xfdae61, 0xfee08b, 0xffffbf,
			0xd9ef8b, 0xa6d96a, 0x66bd63, 0x1a9850, 0x006837);

	private ColorScales() {
	}
}
