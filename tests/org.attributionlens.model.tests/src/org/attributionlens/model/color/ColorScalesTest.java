package org.attributionlens.model.color;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Expected colours are matplotlib's: {@code matplotlib.colors.to_hex(matplotlib.colormaps["RdYlGn"](t))}.
 */
class ColorScalesTest {

	@ParameterizedTest(name = "t={0} -> #{1}")
	@CsvSource({
			"0.0, a50026", // first ColorBrewer control colour
			"1.0, 006837", // last
			"0.2, f46d43", // exactly on a control colour
			"0.8, 66bd63",
			"0.6, d9ef8b",
			"0.1, d62f27", // quantised: level 25 sits just below 0.1
			"0.25, f98e52",
			"0.75, 84ca66",
			"0.5, feffbe", // level 128 = 0.502, just past the pale yellow centre #ffffbf
			"0.49, fffcba",
			"0.9, 199750" })
	void matchesMatplotlib(double t, String hex) {
		assertEquals(Integer.parseInt(hex, 16), ColorScales.RD_YL_GN.rgb(t), () -> String.format("got #%06x",
				ColorScales.RD_YL_GN.rgb(t)));
	}

	@Test
	void outOfRangeAndNaNAreClamped() {
		assertEquals(0xa50026, ColorScales.RD_YL_GN.rgb(-3));
		assertEquals(0xa50026, ColorScales.RD_YL_GN.rgb(Double.NaN));
		assertEquals(0x006837, ColorScales.RD_YL_GN.rgb(7));
	}

	@Test
	void quantisedTo256Levels() {
		// t = 0.5 and t = 0.5 + 1/512 fall into the same level of 256
		assertEquals(ColorScales.RD_YL_GN.rgb(0.5), ColorScales.RD_YL_GN.rgb(0.5 + 1.0 / 512));
		assertEquals(ColorScales.RD_YL_GN.rgb(0.997), ColorScales.RD_YL_GN.rgb(1.0), "top level reaches the end colour");
		assertEquals("RdYlGn", ColorScales.RD_YL_GN.name());
	}
}
