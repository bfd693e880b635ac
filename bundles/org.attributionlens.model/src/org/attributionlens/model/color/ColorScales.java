package org.attributionlens.model.color;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The colour scales the heatmap offers. All are quantised to matplotlib's default 256 levels.
 * Control colours are the published ones: ColorBrewer's RGB tables (Cynthia Brewer, colorbrewer2.org)
 * and the colour lists of Captum and Inseq. Every public constant is listed by {@link #all()}
 * (other bundles discover scales through these constants, so add new scales here).
 */
public final class ColorScales {

	/**
	 * matplotlib's {@code RdYlGn} (the scale Captum 0.7's token-attribution plots use): the 11
	 * ColorBrewer RdYlGn colours, red for low through pale yellow to green for high, with
	 * matplotlib's default 256 levels. Note that because of that quantisation t = 0.5 yields
	 * #feffbe, exactly like {@code matplotlib.colormaps["RdYlGn"](0.5)}, not the control colour
	 * #ffffbf. Text colour by Captum's rule. Not colour-blind safe (red against green).
	 */
	public static final ColorScale RD_YL_GN = SegmentedColorScale.builder("RdYlGn")
			.displayName("RdYlGn (Captum 0.7, default)").captumTextRule()
			.colors(0xa50026, 0xd73027, 0xf46d43, 0xfdae61, 0xfee08b, 0xffffbf,
					0xd9ef8b, 0xa6d96a, 0x66bd63, 0x1a9850, 0x006837)
			.build();

	/**
	 * Captum 0.8's token-attribution colours ({@code LLMAttributionResult.plot_token_attr}): nine
	 * colours from dark red #93003a for negative through white #ffffff at zero to dark blue
	 * #00429d for positive, as {@code LinearSegmentedColormap.from_list}. Text colour by Captum's
	 * rule.
	 */
	public static final ColorScale RED_WHITE_BLUE = SegmentedColorScale.builder("red-white-blue")
			.displayName("Red-white-blue (Captum 0.8)").captumTextRule()
			.colors(0x93003a, 0xd0365b, 0xf57789, 0xffbdc3, 0xffffff,
					0xa4d6e1, 0x73a3ca, 0x4772b3, 0x00429d)
			.build();

	/**
	 * Captum's text visualisation colours ({@code visualization.visualize_text}): negative red
	 * hsl(0, 75%, 60%) = #e64d4d (229.5 and 76.5 rounded half up), zero white, positive green
	 * hsl(120, 75%, 50%) = #20df20; Captum varies only the lightness, which is linear in RGB, so
	 * three control colours reproduce it. Not colour-blind safe (red against green).
	 */
	public static final ColorScale RED_WHITE_GREEN = SegmentedColorScale.builder("red-white-green")
			.displayName("Red-white-green (Captum text)")
			.colors(0xe64d4d, 0xffffff, 0x20df20)
			.build();

	/**
	 * Inseq's heatmap colours ({@code red_transparent_blue_colormap}, after SHAP): negative blue
	 * #1e88e5 and positive red #ff0d57 fading to transparent at zero, shown on white. Inseq lists
	 * 100 blues with opacity 1 to 0, then 100 reds with opacity 0 to 1; composited on white that is
	 * blue to white over [0, 99/199], white over [99/199, 100/199] and white to red over the rest,
	 * which is how this scale is defined, so that zero (t = 0.5) is pure white.
	 */
	public static final ColorScale BLUE_WHITE_RED = SegmentedColorScale.builder("blue-white-red")
			.displayName("Blue-white-red (Inseq)")
			.colors(0x1e88e5, 0xffffff, 0xffffff, 0xff0d57)
			.positions(0, 99.0 / 199, 100.0 / 199, 1)
			.build();

	/** ColorBrewer RdBu, 11 classes (matplotlib's {@code RdBu}): red for low, blue for high. Colour-blind safe. */
	public static final ColorScale RD_BU = SegmentedColorScale.builder("RdBu")
			.displayName("RdBu (ColorBrewer, colour-blind safe)").colorBlindSafe()
			.colors(0x67001f, 0xb2182b, 0xd6604d, 0xf4a582, 0xfddbc7, 0xf7f7f7,
					0xd1e5f0, 0x92c5de, 0x4393c3, 0x2166ac, 0x053061)
			.build();

	/** ColorBrewer PuOr, 11 classes (matplotlib's {@code PuOr}): orange for low, purple for high. Colour-blind safe. */
	public static final ColorScale PU_OR = SegmentedColorScale.builder("PuOr")
			.displayName("PuOr (ColorBrewer, colour-blind safe)").colorBlindSafe()
			.colors(0x7f3b08, 0xb35806, 0xe08214, 0xfdb863, 0xfee0b6, 0xf7f7f7,
					0xd8daeb, 0xb2abd2, 0x8073ac, 0x542788, 0x2d004b)
			.build();

	/** ColorBrewer BrBG, 11 classes (matplotlib's {@code BrBG}): brown for low, blue-green for high. Colour-blind safe. */
	public static final ColorScale BR_BG = SegmentedColorScale.builder("BrBG")
			.displayName("BrBG (ColorBrewer, colour-blind safe)").colorBlindSafe()
			.colors(0x543005, 0x8c510a, 0xbf812d, 0xdfc27d, 0xf6e8c3, 0xf5f5f5,
					0xc7eae5, 0x80cdc1, 0x35978f, 0x01665e, 0x003c30)
			.build();

	/** ColorBrewer Greens, 9 classes (matplotlib's {@code Greens}): sequential, light to dark green. */
	public static final ColorScale GREENS = SegmentedColorScale.builder("Greens")
			.displayName("Greens (sequential, ColorBrewer)").sequential().colorBlindSafe()
			.colors(0xf7fcf5, 0xe5f5e0, 0xc7e9c0, 0xa1d99b, 0x74c476, 0x41ab5d, 0x238b45, 0x006d2c, 0x00441b)
			.build();

	/** ColorBrewer Blues, 9 classes (matplotlib's {@code Blues}): sequential, light to dark blue. */
	public static final ColorScale BLUES = SegmentedColorScale.builder("Blues")
			.displayName("Blues (sequential, ColorBrewer)").sequential().colorBlindSafe()
			.colors(0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x08519c, 0x08306b)
			.build();

	private static final List<ColorScale> ALL = List.of(RD_YL_GN, RED_WHITE_BLUE, RED_WHITE_GREEN, BLUE_WHITE_RED,
			RD_BU, PU_OR, BR_BG, GREENS, BLUES);

	private ColorScales() {
	}

	/** Every scale, in menu order: the default first, then the tools' scales, then the colour-blind-safe ones, sequential last. */
	public static List<ColorScale> all() {
		return ALL;
	}

	/** The scale of the published figures, {@link #RD_YL_GN}. */
	public static ColorScale defaultScale() {
		return RD_YL_GN;
	}

	/** The scale with that {@link ColorScale#id() id}, ignoring case; empty for null or an unknown id. */
	public static Optional<ColorScale> byId(String id) {
		if (id == null) {
			return Optional.empty();
		}
		String wanted = id.toLowerCase(Locale.ROOT);
		return ALL.stream().filter(scale -> scale.id().equals(wanted)).findFirst();
	}
}
