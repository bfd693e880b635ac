package org.attributionlens.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.attributionlens.internal.render.FigureLayout;
import org.attributionlens.model.AttributionMatrix;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Beyond a million cells the SVG writes one path of rectangles per colour; decoding the paths
 * must give back every cell exactly once, in its colour.
 */
class CompactSvgTest {

	@Test
	void pathsPerColourCoverEveryCellOnceInItsColour() {
		int rows = 1025;
		int columns = 1024;
		AttributionMatrix matrix = Figures.generated(rows, columns, true);
		HeatmapFigure figure = HeatmapFigure.builder(matrix).build();
		FigureLayout layout = figure.layout();
		SvgDocument svg = Figures.svg(figure);
		assertTrue(svg.elements("cells", "rect").isEmpty(), "no rect per cell");
		List<Element> paths = svg.elements("cells", "path");
		assertTrue(paths.size() > 1);

		String[] cells = new String[rows * columns];
		for (Element path : paths) {
			String fill = path.getAttribute("fill");
			for (int[] rect : rectangles(path.getAttribute("d"))) {
				int x = rect[0];
				int y = rect[1];
				int width = rect[2];
				int height = rect[3];
				assertEquals(layout.cellHeight(), height);
				int row = (int) ((y - layout.cellY(0)) / layout.cellHeight());
				int first = (int) ((x - layout.cellX(0)) / layout.cellWidth());
				for (int column = first; column < first + width / layout.cellWidth(); column++) {
					int index = row * columns + column;
					assertEquals(null, cells[index], "cell " + row + ", " + column + " drawn twice");
					cells[index] = fill;
				}
			}
		}
		for (int row = 0; row < rows; row++) {
			for (int column = 0; column < columns; column++) {
				float value = matrix.value(row, column);
				String expected = Float.isNaN(value) ? "url(#al-missing)" : Figures.hex(layout.rgb(value));
				assertEquals(expected, cells[row * columns + column], "cell " + row + ", " + column);
			}
		}
	}

	/**
	 * The rectangles of a path made of {@code M x y h w v h h -w z} (first) and
	 * {@code m dx dy h w v h h -w z} (relative to the previous rectangle's corner), integers only.
	 */
	private static List<int[]> rectangles(String d) {
		List<int[]> result = new java.util.ArrayList<>();
		int i = 0;
		int lastX = 0;
		int lastY = 0;
		while (i < d.length()) {
			char command = d.charAt(i++);
			assertTrue(command == 'M' || command == 'm', "at " + i + ": " + command);
			int[] position = { i };
			int x = parse(d, position);
			expect(d, position, ' ');
			int y = parse(d, position);
			if (command == 'm') {
				x += lastX;
				y += lastY;
			}
			expect(d, position, 'h');
			int width = parse(d, position);
			expect(d, position, 'v');
			int height = parse(d, position);
			expect(d, position, 'h');
			assertEquals(-width, parse(d, position));
			expect(d, position, 'z');
			result.add(new int[] { x, y, width, height });
			lastX = x;
			lastY = y;
			i = position[0];
		}
		return result;
	}

	private static void expect(String d, int[] position, char c) {
		assertEquals(c, d.charAt(position[0]), "at " + position[0]);
		position[0]++;
	}

	private static int parse(String d, int[] position) {
		int start = position[0];
		int end = start;
		if (d.charAt(end) == '-') {
			end++;
		}
		while (end < d.length() && Character.isDigit(d.charAt(end))) {
			end++;
		}
		position[0] = end;
		return Integer.parseInt(d.substring(start, end));
	}
}
