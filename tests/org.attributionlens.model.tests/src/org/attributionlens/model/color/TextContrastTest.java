package org.attributionlens.model.color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextContrastTest {

	/** Captum: {@code "black" if 0.2 < norm(val) < 0.8 else "white"}; the bounds themselves are white. */
	@ParameterizedTest(name = "t={0} white={1}")
	@CsvSource({ "0.0, true", "0.1999, true", "0.2, true", "0.2001, false", "0.5, false", "0.7999, false",
			"0.8, true", "1.0, true", "NaN, false" })
	void whiteOnlyOnTheDarkEnds(double t, boolean white) {
		assertEquals(white, TextContrast.prefersWhite(t));
	}

	@Test
	void luminanceRuleByWcagContrast() {
		assertTrue(TextContrast.prefersWhiteOn(0x000000));
		assertFalse(TextContrast.prefersWhiteOn(0xffffff));
		assertEquals(0, TextContrast.relativeLuminance(0x000000), 1e-12);
		assertEquals(1, TextContrast.relativeLuminance(0xffffff), 1e-12);
		// mid grey #777777 (L = 0.184) is just on the black side, #767676 (L = 0.181) too, #707070 (0.162) white
		assertFalse(TextContrast.prefersWhiteOn(0x777777));
		assertTrue(TextContrast.prefersWhiteOn(0x707070));
		assertTrue(TextContrast.prefersWhiteOn(0x08306b), "Blues' dark end");
		assertFalse(TextContrast.prefersWhiteOn(0xf7fbff), "Blues' light end");
	}

	@Test
	void captumScalesKeepCaptumsRuleOthersUseLuminance() {
		for (ColorScale captum : new ColorScale[] { ColorScales.RD_YL_GN, ColorScales.RED_WHITE_BLUE }) {
			for (double t : new double[] { 0, 0.1, 0.2, 0.2001, 0.5, 0.7999, 0.8, 1, Double.NaN }) {
				assertEquals(TextContrast.prefersWhite(t), TextContrast.prefersWhite(captum, t), captum + " t=" + t);
			}
		}
		// a sequential scale's light low end needs black text, which Captum's rule would get wrong
		assertFalse(TextContrast.prefersWhite(ColorScales.GREENS, 0));
		assertTrue(TextContrast.prefersWhite(ColorScales.GREENS, 1));
		assertFalse(TextContrast.prefersWhite(ColorScales.PU_OR, 0.5));
		assertTrue(TextContrast.prefersWhite(ColorScales.PU_OR, 0));
		assertFalse(TextContrast.prefersWhite(ColorScales.BLUE_WHITE_RED, 0), "Inseq's blue #1e88e5 is light enough for black");
		assertFalse(TextContrast.prefersWhite(ColorScales.PU_OR, Double.NaN), "missing cells get black");
	}
}
