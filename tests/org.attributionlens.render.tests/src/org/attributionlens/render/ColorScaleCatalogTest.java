package org.attributionlens.render;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.attributionlens.model.color.ColorScales;
import org.junit.jupiter.api.Test;

class ColorScaleCatalogTest {

	@Test
	void offersTheScalesOfTheModelByName() {
		assertTrue(ColorScaleCatalog.names().contains("RdYlGn"));
		assertSame(ColorScales.RD_YL_GN, ColorScaleCatalog.find("RdYlGn").orElseThrow());
		assertSame(ColorScales.RD_YL_GN, ColorScaleCatalog.find("rdylgn").orElseThrow(), "case does not matter");
		assertTrue(ColorScaleCatalog.find("no-such-scale").isEmpty());
		assertTrue(ColorScaleCatalog.all().size() == ColorScaleCatalog.names().size());
	}
}
