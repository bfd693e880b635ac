package org.attributionlens.model.color;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
