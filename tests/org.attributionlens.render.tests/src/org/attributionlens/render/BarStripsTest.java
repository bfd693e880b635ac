package org.attributionlens.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;

import org.attributionlens.internal.render.BarStrip;
import org.attributionlens.internal.render.BarStrip.Rect;
import org.attributionlens.internal.render.FigureLayout;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.Orientation;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The values a matrix has per token are bars beside the grid, in step with its cells: seq_attr along
 * the input tokens, output probabilities and step scores along the output tokens, whichever way
 * the figure is turned; titled, with the range of their scale, in SVG and PNG alike.
 */
class BarStripsTest {

	/** Three input tokens, two output tokens. */
	private static AttributionMatrix withExtras() {
		float[] values = { 0.5f, -1f, 0.25f, 0f, Float.NaN, 1f };
		return AttributionMatrix.builder(List.of("in0", "in1", "in2"), List.of("out0", "out1"), values, "test")
				.sequenceAttribution(new float[] { 1f, -0.5f, Float.NaN }).outputProbabilities(new float[] { 0.25f, 1f })
				.build();
	}

	private static BarStrip strip(FigureLayout layout, String title) {
		return layout.strips().stream().filter(strip -> strip.series().title().equals(title)).findFirst()
				.orElseThrow(() -> new AssertionError("no strip " + title));
	}

	@Test
	void seqAttrRunsAlongTheInputTokensAndProbabilitiesAlongTheOutputs() {
		FigureLayout inputsAsRows = HeatmapFigure.builder(withExtras()).build().layout();
		assertEquals(false, strip(inputsAsRows, "seq_attr").alongColumns(), "input tokens are the rows: right of the grid");
		assertEquals(true, strip(inputsAsRows, "output probability").alongColumns());
		FigureLayout outputsAsRows = HeatmapFigure.builder(withExtras()).orientation(Orientation.OUTPUTS_AS_ROWS).build()
				.layout();
		assertEquals(true, strip(outputsAsRows, "seq_attr").alongColumns(), "input tokens across: under the grid");
		assertEquals(false, strip(outputsAsRows, "output probability").alongColumns());
	}

	@Test
	void eachBarSitsInItsTokensCellAndGrowsFromZero() {
		for (Orientation orientation : Orientation.values()) {
			FigureLayout layout = HeatmapFigure.builder(withExtras()).orientation(orientation).build().layout();
			BarStrip seqAttr = strip(layout, "seq_attr");
			assertEquals(-0.5, seqAttr.low());
			assertEquals(1.0, seqAttr.high());
			List<Rect> bars = seqAttr.bars();
			assertEquals(2, bars.size(), "1 and -0.5; the missing value has no bar");
			assertEquals(BarStrip.POSITIVE, bars.get(0).rgb());
			assertEquals(BarStrip.NEGATIVE, bars.get(1).rgb());
			assertEquals(1, seqAttr.missing().size());
			// along the token axis, bar k lies within cell k; across, its length is |value| / 1.5 of the band
			boolean alongColumns = seqAttr.alongColumns();
			double cell = alongColumns ? layout.cellWidth() : layout.cellHeight();
			for (int k = 0; k < 2; k++) {
				Rect bar = bars.get(k);
				double from = alongColumns ? bar.x() : bar.y();
				double length = alongColumns ? bar.width() : bar.height();
				assertTrue(from >= k * cell && from + length <= (k + 1) * cell, orientation + " bar " + k);
				double across = alongColumns ? bar.height() : bar.width();
				assertEquals((k == 0 ? 1 : 0.5) / 1.5 * BarStrip.DEPTH, across, 1e-9, orientation + " bar " + k);
			}
			Rect slot = seqAttr.missing().get(0);
			assertEquals(2 * cell, alongColumns ? slot.x() : slot.y(), 1e-9, "the third token's slot");
			// the positive bar lies on the far side of the zero line from the negative one
			Rect positive = bars.get(0);
			Rect negative = bars.get(1);
			if (alongColumns) {
				assertEquals(positive.y() + positive.height(), negative.y(), 1e-9, "up from zero, down from zero");
			} else {
				assertEquals(negative.x() + negative.width(), positive.x(), 1e-9, "left of zero, right of zero");
			}
		}
	}

	@Test
	void probabilitiesAreDrawnFromZeroToOne() {
		AttributionMatrix matrix = withExtras();
		BarStrip probability = strip(HeatmapFigure.builder(matrix).build().layout(), "output probability");
		assertEquals(0.0, probability.low());
		assertEquals(1.0, probability.high());
		assertEquals(0.25 * BarStrip.DEPTH, probability.bars().get(0).height(), 1e-9);
		assertEquals(BarStrip.DEPTH, probability.bars().get(1).height(), 1e-9);
		assertTrue(probability.bars().stream().allMatch(bar -> bar.rgb() == BarStrip.NEUTRAL));
	}

	@Test
	void stripsAreTitledWithTheirRangeAndComeBeforeTheColorBar() {
		HeatmapFigure figure = HeatmapFigure.builder(withExtras()).build();
		FigureLayout layout = figure.layout();
		SvgDocument svg = Figures.svg(figure);
		List<String> texts = svg.elements("strips", "text").stream().map(Element::getTextContent).toList();
		assertEquals(List.of("output probability", "0.0000 to 1.0000", "seq_attr", "-0.5000 to 1.0000"), texts);
		BarStrip seqAttr = strip(layout, "seq_attr");
		assertTrue(layout.colorBarX() > layout.offsetX() + seqAttr.start() + BarStrip.DEPTH, "the colour bar moved right");
		List<String> fills = svg.elements("strips", "rect").stream().map(rect -> rect.getAttribute("fill")).toList();
		assertTrue(fills.contains(Figures.hex(BarStrip.POSITIVE)) && fills.contains(Figures.hex(BarStrip.NEGATIVE))
				&& fills.contains("url(#al-missing)"), fills.toString());
		HeatmapFigure without = HeatmapFigure.builder(withExtras()).bars(false).build();
		assertTrue(without.layout().strips().isEmpty());
		assertTrue(without.width() < figure.width() && without.height() < figure.height());
	}

	@Test
	void pngShowsTheBarsInTheirColours() {
		HeatmapFigure figure = HeatmapFigure.builder(withExtras()).orientation(Orientation.OUTPUTS_AS_ROWS).build();
		FigureLayout layout = figure.layout();
		BufferedImage image = Figures.png(figure, 2);
		for (Rect bar : strip(layout, "seq_attr").bars()) {
			int x = (int) ((layout.offsetX() + bar.x() + bar.width() / 2) * 2);
			int y = (int) ((layout.offsetY() + bar.y() + bar.height() / 2) * 2);
			assertEquals(Figures.hex(bar.rgb()), Figures.hex(image.getRGB(x, y)));
		}
	}

	@Test
	void stepScoresGetStripsButTheProbabilitiesOnlyOnce() {
		float[] probability = { 0.5f, 0.25f };
		AttributionMatrix inseqLike = AttributionMatrix.builder(List.of("a", "b"), List.of("x", "y"),
				new float[] { 1, 2, 3, 4 }, "test").outputProbabilities(probability.clone())
				.stepScore("probability", probability.clone())
				.stepScore("entropy", new float[] { 2.5f, Float.POSITIVE_INFINITY }).build();
		FigureLayout layout = HeatmapFigure.builder(inseqLike).build().layout();
		assertEquals(List.of("output probability", "entropy"),
				layout.strips().stream().map(strip -> strip.series().title()).toList());
		BarStrip entropy = strip(layout, "entropy");
		assertEquals(1, entropy.missing().size(), "an infinite score has no bar");
		assertEquals(2.5, entropy.high());
	}
}
