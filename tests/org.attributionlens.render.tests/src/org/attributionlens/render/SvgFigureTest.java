package org.attributionlens.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.attributionlens.internal.render.FigureLayout;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.Orientation;
import org.attributionlens.model.TokenLabels;
import org.attributionlens.model.color.ColorScales;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The SVG of the reference figures, drawn as Captum draws them: structure, texts and colours. */
class SvgFigureTest {

	private static final AttributionMatrix DIVISION = Figures.division();
	/** Row of "▁/" and column of "4900 / 100 = 49": the largest value, 1.9074. */
	private static final int MAX_ROW = 7;
	private static final int MAX_COLUMN = 2;
	/** Row 5 (the second "0"), column 0 ("9 + 3 = 12"): 0.0. */
	private static final int ZERO_ROW = 5;
	private static final int ZERO_COLUMN = 0;
	private static final Pattern VALUE = Pattern.compile("-?\\d+\\.\\d+");

	@Test
	void isAStandaloneVectorDocument() {
		HeatmapFigure figure = Figures.published(DIVISION).build();
		SvgDocument svg = Figures.svg(figure);
		Element root = svg.root();
		assertEquals("svg", root.getLocalName());
		assertEquals(SvgDocument.NS, root.getNamespaceURI());
		assertEquals("0 0 " + figure.width() + " " + figure.height(), root.getAttribute("viewBox"));
		assertEquals(String.valueOf(figure.width()), root.getAttribute("width"));
		assertEquals("sans-serif", root.getAttribute("font-family"));
		assertTrue(svg.elements("image").isEmpty(), "no embedded bitmap");
		assertEquals(65, svg.elements("values", "text").size(), "one text per cell");
	}

	@Test
	void hasATextForEveryToken() {
		List<String> texts = Figures.svg(Figures.published(DIVISION).build()).texts();
		for (String token : DIVISION.rowTokens()) {
			assertTrue(texts.contains(TokenLabels.visible(token)), token);
		}
		for (String token : DIVISION.columnTokens()) {
			assertTrue(texts.contains(token), token);
		}
		// 13 row labels, 5 column labels, 65 values, 7 colour bar ticks, its title, the figure title
		assertEquals(13 + 5 + 65 + 7 + 1 + 1, texts.size(), texts::toString);
	}

	@Test
	void printsEveryValueWithFourDecimalsAsCaptum() {
		List<String> texts = Figures.svg(Figures.published(DIVISION).build()).texts();
		assertTrue(texts.contains("1.9074"));
		assertTrue(texts.contains("-0.0756"));
		assertTrue(texts.contains("0.0000"));
		assertTrue(texts.contains("-0.0000"), "a negative zero is printed as in the figure");
	}

	@Test
	void decimalsOptionChangesThePrintedValues() {
		List<String> texts = Figures.svg(Figures.published(DIVISION).decimals(2).build()).texts();
		assertTrue(texts.contains("1.91"));
		assertFalse(texts.contains("1.9074"));
	}

	@Test
	void maxCellIsTheDarkEndOfRdYlGnWithWhiteText() {
		HeatmapFigure figure = Figures.published(DIVISION).build();
		SvgDocument svg = Figures.svg(figure);
		assertEquals("#006837", fillOfCell(figure, svg, MAX_ROW, MAX_COLUMN));
		assertEquals("#ffffff", svg.text("1.9074").orElseThrow().getAttribute("fill"));
	}

	@Test
	void zeroCellIsTheMiddleOfTheScaleWithBlackText() {
		HeatmapFigure figure = Figures.published(DIVISION).build();
		SvgDocument svg = Figures.svg(figure);
		// the matrix is kept with input tokens as rows: the figure's column is its row
		assertEquals(0f, DIVISION.value(ZERO_COLUMN, ZERO_ROW));
		String middle = Figures.hex(ColorScales.RD_YL_GN.rgb(0.5));
		assertEquals(middle, fillOfCell(figure, svg, ZERO_ROW, ZERO_COLUMN));
		// black is the default fill of text, so a black value has no fill attribute
		assertEquals("", svg.text("0.0065").orElseThrow().getAttribute("fill"));
	}

	@Test
	void colorBarHasTitleAndNiceTicks() {
		SvgDocument svg = Figures.svg(Figures.published(DIVISION).build());
		Element title = svg.text("Token Attribution").orElseThrow();
		assertTrue(title.getAttribute("transform").startsWith("rotate(90 "), "reads top to bottom beside the bar");
		List<String> ticks = svg.elements("colorbar", "text").stream().map(Element::getTextContent).toList();
		assertEquals(List.of("\u22121.5", "\u22121.0", "\u22120.5", "0.0", "0.5", "1.0", "1.5", "Token Attribution"),
				ticks);
		// the bar is painted from the scale's 256 levels
		List<Element> bands = svg.elements("colorbar", "rect");
		assertEquals(256, bands.size());
		assertTrue(bands.stream().anyMatch(rect -> rect.getAttribute("fill").equals("#006837")));
		assertTrue(bands.stream().anyMatch(rect -> rect.getAttribute("fill").equals("#a50026")));
	}

	@Test
	void titleComesFromMetaAndCanBeTurnedOff() {
		String title = (String) DIVISION.meta().get("title");
		assertTrue(Figures.svg(Figures.published(DIVISION).build()).text(title).isPresent());
		HeatmapFigure untitled = Figures.published(DIVISION).title(null).build();
		assertFalse(Figures.svg(untitled).text(title).isPresent());
		assertTrue(untitled.height() < Figures.published(DIVISION).build().height());
	}

	@Test
	void transposeSwapsTheAxes() {
		HeatmapFigure figure = HeatmapFigure.builder(DIVISION).orientation(Orientation.INPUTS_AS_ROWS).build();
		FigureLayout layout = figure.layout();
		assertEquals(5, layout.view().rows());
		assertEquals(13, layout.view().columns());
		SvgDocument svg = Figures.svg(figure);
		assertEquals("#006837", fillOfCell(figure, svg, MAX_COLUMN, MAX_ROW));
		// the input tokens are now the row labels, right-aligned left of the heatmap
		Element label = svg.text("4900 / 100 = 49").orElseThrow();
		assertEquals("end", label.getAttribute("text-anchor"));
		assertTrue(SvgDocument.number(label, "x") < layout.cellX(0));
	}

	@Test
	void tokensAreEscapedAndMadeVisible() {
		List<String> inputs = List.of("<b>", "a & b", "\"q\"", "it's", "\uD83D\uDE00 emoji", "\n", " ", "", "]]>");
		List<String> outputs = List.of("out<1>", "&amp;", "tab\there", "\u0000nul");
		float[] values = new float[inputs.size() * outputs.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = (i % 7 - 3) / 10f;
		}
		AttributionMatrix matrix = AttributionMatrix.of(inputs, outputs, values, "test",
				Map.of("title", "A <title> & \"quotes\"\nover two lines"));
		List<String> texts = Figures.svg(HeatmapFigure.builder(matrix).build()).texts();
		for (String token : inputs) {
			assertTrue(texts.contains(TokenLabels.visible(token)), token);
		}
		for (String token : outputs) {
			assertTrue(texts.contains(TokenLabels.visible(token)), token);
		}
		assertTrue(texts.contains("\\n"));
		assertTrue(texts.contains("\uD83D\uDE00 emoji"), "emoji kept whole");
		assertTrue(texts.contains("A <title> & \"quotes\" over two lines"), texts::toString);
	}

	@Test
	void missingCellsAreHatchedNotZero() {
		float[] values = { 0f, Float.NaN, 0.5f, -0.5f };
		AttributionMatrix matrix = AttributionMatrix.of(List.of("a", "b"), List.of("x", "y"), values, "test", null);
		HeatmapFigure figure = HeatmapFigure.builder(matrix).build();
		SvgDocument svg = Figures.svg(figure);
		String missing = fillOfCell(figure, svg, 0, 1);
		assertEquals("url(#al-missing)", missing);
		assertNotEquals(missing, fillOfCell(figure, svg, 0, 0));
		Element pattern = svg.elements("pattern").get(0);
		assertEquals("al-missing", pattern.getAttribute("id"));
		assertEquals(1, pattern.getElementsByTagNameNS(SvgDocument.NS, "path").getLength(), "the pattern draws hatch lines");
		assertEquals(3, svg.elements("values", "text").size(), "no value for the missing cell");
	}

	@Test
	void largeMatrixHidesValuesAndThinsLabels() {
		AttributionMatrix matrix = Figures.generated(1000, 200, true);
		HeatmapFigure figure = HeatmapFigure.builder(matrix).build();
		assertFalse(figure.showsValues());
		SvgDocument svg = Figures.svg(figure);
		List<String> texts = svg.texts();
		FigureLayout layout = figure.layout();
		assertEquals(layout.axisTexts().size() + layout.colorBarTexts().size(), texts.size());
		assertTrue(texts.size() < 500, "labels are thinned out: " + texts.size() + " texts");
		assertTrue(layout.rowLabelStep() > 1);
		assertTrue(texts.stream().noneMatch(text -> VALUE.matcher(text).matches() && text.length() > 5),
				"no cell values");
		assertTrue(texts.contains("\u2581in0") && texts.contains("out0"));
	}

	private static String fillOfCell(HeatmapFigure figure, SvgDocument svg, int row, int column) {
		FigureLayout layout = figure.layout();
		return svg.cellFillAt(layout.cellX(column) + layout.cellWidth() / 2.0, layout.cellY(row) + layout.cellHeight() / 2.0);
	}
}
