package org.attributionlens.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.attributionlens.internal.render.FigureLayout;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.Orientation;
import org.attributionlens.model.color.ColorScales;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PNG: same layout as the SVG, exact cell colours, sizes that follow the scale. */
class PngFigureTest {

	private static final AttributionMatrix DIVISION = Figures.division();

	@Test
	void sizeFollowsTheScale() {
		HeatmapFigure figure = Figures.published(DIVISION).build();
		BufferedImage one = Figures.png(figure, 1);
		BufferedImage two = Figures.png(figure, 2);
		assertEquals(figure.width(), one.getWidth());
		assertEquals(figure.height(), one.getHeight());
		assertEquals(2 * one.getWidth(), two.getWidth());
		assertEquals(2 * one.getHeight(), two.getHeight());
		assertEquals(figure.pngWidth(1.5), Figures.png(figure, 1.5).getWidth());
	}

	@ParameterizedTest
	@ValueSource(doubles = { 1, 2, 1.5 })
	void maxCellIsDarkGreenAwayFromItsText(double scale) {
		HeatmapFigure figure = Figures.published(DIVISION).build();
		BufferedImage image = Figures.png(figure, scale);
		FigureLayout layout = figure.layout();
		// centre-left of "▁/" x "4900 / 100 = 49", 1.9074: left of the centred text
		int x = (int) Math.round((layout.cellX(2) + 4) * scale);
		int y = (int) Math.round((layout.cellY(7) + layout.cellHeight() / 2.0) * scale);
		assertEquals("#006837", Figures.hex(image.getRGB(x, y)));
		// and the white text is drawn in the middle of the cell
		assertTrue(countColor(image, (int) Math.round(layout.cellX(2) * scale), (int) Math.round(layout.cellY(7) * scale),
				(int) (layout.cellWidth() * scale), (int) (layout.cellHeight() * scale), 0xffffff) > 10);
	}

	@Test
	void zeroCellIsTheMiddleOfTheScale() {
		HeatmapFigure figure = Figures.published(DIVISION).build();
		BufferedImage image = Figures.png(figure, 1);
		FigureLayout layout = figure.layout();
		int x = (int) layout.cellX(0) + 3;
		int y = (int) layout.cellY(5) + layout.cellHeight() / 2;
		assertEquals(Figures.hex(ColorScales.RD_YL_GN.rgb(0.5)), Figures.hex(image.getRGB(x, y)));
	}

	@Test
	void transposeSwapsTheShape() {
		BufferedImage normal = Figures.png(Figures.published(DIVISION).build(), 1);
		BufferedImage transposed = Figures.png(
				HeatmapFigure.builder(DIVISION).orientation(Orientation.INPUTS_AS_ROWS).build(), 1);
		assertTrue(normal.getHeight() > normal.getWidth(), "13 rows x 5 columns is tall");
		assertTrue(transposed.getWidth() > transposed.getHeight(), "5 rows x 13 columns is wide");
	}

	@Test
	void missingCellShowsTheHatch() {
		float[] values = { 0f, Float.NaN, 0.5f, -0.5f };
		AttributionMatrix matrix = AttributionMatrix.of(List.of("a", "b"), List.of("x", "y"), values, "test", null);
		HeatmapFigure figure = HeatmapFigure.builder(matrix).build();
		BufferedImage image = Figures.png(figure, 1);
		FigureLayout layout = figure.layout();
		int left = (int) layout.cellX(1);
		int top = (int) layout.cellY(0);
		Set<Integer> colors = new HashSet<>();
		for (int y = top; y < top + layout.cellHeight(); y++) {
			for (int x = left; x < left + layout.cellWidth(); x++) {
				colors.add(image.getRGB(x, y) & 0xFFFFFF);
			}
		}
		assertTrue(colors.contains(FigureLayout.MISSING_FILL), "light background");
		assertTrue(colors.contains(FigureLayout.MISSING_HATCH), "hatch lines");
		assertFalse(colors.contains(ColorScales.RD_YL_GN.rgb(0.5)), "never the colour of zero");
	}

	@Test
	void refusesAbsurdScalesAndSizes() {
		HeatmapFigure figure = Figures.published(DIVISION).build();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThrows(IllegalArgumentException.class, () -> figure.writePng(out, 0));
		assertThrows(IllegalArgumentException.class, () -> figure.writePng(out, Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> figure.writePng(out, HeatmapFigure.MAX_SCALE + 1));
		HeatmapFigure large = HeatmapFigure.builder(Figures.generated(2000, 2000, false)).build();
		IllegalArgumentException tooLarge = assertThrows(IllegalArgumentException.class, () -> large.checkPngScale(4));
		assertTrue(tooLarge.getMessage().contains("million pixels"), tooLarge.getMessage());
		assertEquals(0, out.size(), "nothing written");
	}

	private static int countColor(BufferedImage image, int left, int top, int width, int height, int rgb) {
		int count = 0;
		for (int y = top; y < top + height; y++) {
			for (int x = left; x < left + width; x++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
					count++;
				}
			}
		}
		return count;
	}
}
