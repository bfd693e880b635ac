package org.attributionlens.model.color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scales besides RdYlGn (see {@link ColorScalesTest}), against their published control colours.
 * <p>
 * Expected colours: the first and last level are the first and last published control colour; a
 * level {@code i} whose position {@code i / 255} is a control position (0.2, 0.4, 0.6, 0.8 for the
 * 11-class ColorBrewer scales) is that control colour exactly. Other expectations are matplotlib's
 * {@code LinearSegmentedColormap.from_list(name, colours)} with 256 levels and {@code to_hex}
 * rounding, computed independently as {@code numpy.interp} over the control points.
 */
class PublishedColorScalesTest {

	@Test
	void allListsEveryScaleOnceDefaultFirst() {
		List<ColorScale> all = ColorScales.all();
		assertEquals(List.of("rdylgn", "red-white-blue", "red-white-green", "blue-white-red", "rdbu", "puor", "brbg",
				"greens", "blues"), all.stream().map(ColorScale::id).toList());
		assertSame(ColorScales.RD_YL_GN, all.get(0));
		assertSame(ColorScales.RD_YL_GN, ColorScales.defaultScale());
		Set<String> names = new HashSet<>();
		for (ColorScale scale : all) {
			assertTrue(names.add(scale.name().toLowerCase(Locale.ROOT)), "unique name " + scale.name());
			assertEquals(scale.name().toLowerCase(Locale.ROOT), scale.id(), "id is the lower-case name");
			assertFalse(scale.name().contains(" "), "command-line friendly name " + scale.name());
			assertFalse(scale.displayName().isBlank());
		}
	}

	@Test
	void byIdFindsEveryScaleIgnoringCase() {
		for (ColorScale scale : ColorScales.all()) {
			assertSame(scale, ColorScales.byId(scale.id()).orElseThrow());
		}
		assertSame(ColorScales.PU_OR, ColorScales.byId("PuOr").orElseThrow());
		assertSame(ColorScales.RED_WHITE_BLUE, ColorScales.byId("RED-WHITE-BLUE").orElseThrow());
		assertTrue(ColorScales.byId("viridis").isEmpty());
		assertTrue(ColorScales.byId(null).isEmpty());
	}

	@Test
	void kindsAndColourBlindSafety() {
		for (ColorScale scale : List.of(ColorScales.GREENS, ColorScales.BLUES)) {
			assertFalse(scale.diverging(), scale.name());
			assertTrue(scale.colorBlindSafe(), scale.name());
		}
		for (ColorScale scale : List.of(ColorScales.RD_BU, ColorScales.PU_OR, ColorScales.BR_BG)) {
			assertTrue(scale.diverging(), scale.name());
			assertTrue(scale.colorBlindSafe(), scale.name());
		}
		for (ColorScale scale : List.of(ColorScales.RD_YL_GN, ColorScales.RED_WHITE_BLUE, ColorScales.RED_WHITE_GREEN,
				ColorScales.BLUE_WHITE_RED)) {
			assertTrue(scale.diverging(), scale.name());
			assertFalse(scale.colorBlindSafe(), scale.name());
		}
		assertTrue(ColorScales.all().stream().filter(s -> s.diverging() && s.colorBlindSafe()).count() >= 2);
	}

	@ParameterizedTest(name = "{0} t={1} -> #{2}")
	@CsvSource({
			// Captum 0.8 plot_token_attr: 9 colours, dark red .. white .. dark blue
			"red-white-blue, 0.0, 93003a", "red-white-blue, 1.0, 00429d",
			"red-white-blue, 0.25, f57889", // level 64, just past the control colour #f57789 at 0.25
			"red-white-blue, 0.5, fefeff", // level 128, just past the white centre
			"red-white-blue, 0.4999, fffefe", // level 127, just before it
			"red-white-blue, 0.748, 73a3ca", // level 191 rounds to the control colour #73a3ca at 0.75
			// Captum visualize_text: hsl(0,75%,60%) .. white .. hsl(120,75%,50%)
			"red-white-green, 0.0, e64d4d", "red-white-green, 1.0, 20df20", "red-white-green, 0.5, fefffe",
			"red-white-green, 0.4999, fffefe", "red-white-green, 0.748, 90ef90",
			// Inseq: blue and red fading to transparent on white; zero is pure white
			"blue-white-red, 0.0, 1e88e5", "blue-white-red, 1.0, ff0d57", "blue-white-red, 0.5, ffffff",
			"blue-white-red, 0.4999, ffffff", "blue-white-red, 0.25, 90c4f2", "blue-white-red, 0.748, ff87ac",
			// ColorBrewer RdBu 11
			"rdbu, 0.0, 67001f", "rdbu, 1.0, 053061", "rdbu, 0.2, d6604d", "rdbu, 0.4, fddbc7", "rdbu, 0.6, d1e5f0",
			"rdbu, 0.8, 4393c3", "rdbu, 0.5, f6f7f7", "rdbu, 0.4999, f7f6f6",
			// ColorBrewer PuOr 11
			"puor, 0.0, 7f3b08", "puor, 1.0, 2d004b", "puor, 0.2, e08214", "puor, 0.4, fee0b6", "puor, 0.6, d8daeb",
			"puor, 0.8, 8073ac", "puor, 0.5, f6f6f7", "puor, 0.4999, f7f7f6",
			// ColorBrewer BrBG 11
			"brbg, 0.0, 543005", "brbg, 1.0, 003c30", "brbg, 0.2, bf812d", "brbg, 0.4, f6e8c3", "brbg, 0.6, c7eae5",
			"brbg, 0.8, 35978f", "brbg, 0.5, f4f5f5", "brbg, 0.4999, f5f5f4",
			// ColorBrewer Greens 9 and Blues 9 (sequential)
			"greens, 0.0, f7fcf5", "greens, 1.0, 00441b", "greens, 0.25, c7e9c0", "greens, 0.5, 73c476",
			"greens, 0.748, 238b45",
			"blues, 0.0, f7fbff", "blues, 1.0, 08306b", "blues, 0.25, c6dbef", "blues, 0.5, 6aaed6",
			"blues, 0.748, 2171b5" })
	void matchesThePublishedColours(String id, double t, String hex) {
		ColorScale scale = ColorScales.byId(id).orElseThrow();
		assertEquals(Integer.parseInt(hex, 16), scale.rgb(t), () -> String.format("got #%06x", scale.rgb(t)));
	}

	@Test
	void everyScaleIsQuantisedTo256LevelsAndClamped() {
		for (ColorScale scale : ColorScales.all()) {
			Set<Integer> colours = new HashSet<>();
			for (int level = 0; level < 512; level++) {
				colours.add(scale.rgb(level / 512.0));
			}
			assertTrue(colours.size() <= 256, scale.name() + " has " + colours.size() + " colours");
			assertEquals(scale.rgb(0), scale.rgb(-1), scale.name());
			assertEquals(scale.rgb(0), scale.rgb(Double.NaN), scale.name());
			assertEquals(scale.rgb(1), scale.rgb(2), scale.name());
			assertEquals(scale.rgb(1), scale.rgb(255.5 / 256), scale.name());
		}
	}

	@Test
	void divergingCentresAreNeutralAndSequentialScalesDarken() {
		for (ColorScale scale : ColorScales.all()) {
			double centre = TextContrast.relativeLuminance(scale.rgb(0.5));
			double low = TextContrast.relativeLuminance(scale.rgb(0));
			double high = TextContrast.relativeLuminance(scale.rgb(1));
			if (scale.diverging()) {
				assertTrue(centre > 0.85 && centre > low && centre > high, scale.name() + " centre is the lightest");
			} else {
				assertTrue(low > 0.9 && high < low, scale.name() + " runs from light to dark");
			}
		}
	}
}
