package org.attributionlens.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.attributionlens.internal.render.BarStrip;
import org.attributionlens.internal.render.FigureLayout;
import org.attributionlens.internal.render.FigureLayout.Text;
import org.attributionlens.internal.render.TextMetrics;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.Orientation;
import org.junit.jupiter.api.Test;

/** Where things go: nothing outside the figure, labels that do not collide, cells that shrink. */
class FigureLayoutTest {

	@Test
	void everyTextLiesInsideTheFigure() {
		for (HeatmapFigure figure : List.of(Figures.published(Figures.division()).build(),
				HeatmapFigure.builder(Figures.division()).orientation(Orientation.INPUTS_AS_ROWS).build(),
				Figures.published(Figures.sample("arithmetic.attr.json")).build(),
				HeatmapFigure.builder(Figures.sample("realistic-prompt.attr.json")).build(),
				HeatmapFigure.builder(Figures.sample("realistic-prompt.attr.json")).orientation(Orientation.OUTPUTS_AS_ROWS)
						.build(),
				HeatmapFigure.builder(Figures.generated(1000, 200, false)).build())) {
			FigureLayout layout = figure.layout();
			List<Text> texts = new ArrayList<>(layout.axisTexts());
			texts.addAll(layout.colorBarTexts());
			if (layout.title() != null) {
				texts.add(layout.title());
			}
			for (BarStrip strip : layout.strips()) {
				texts.addAll(strip.texts());
				for (BarStrip.Rect bar : strip.bars()) {
					String where = strip.series().title() + " bar in " + figure.width() + " x " + figure.height();
					assertTrue(layout.offsetX() + bar.x() >= 0 && layout.offsetX() + bar.x() + bar.width() <= figure.width(),
							where);
					assertTrue(layout.offsetY() + bar.y() >= 0
							&& layout.offsetY() + bar.y() + bar.height() <= figure.height(), where);
				}
			}
			for (Text text : texts) {
				double[] box = box(text);
				String where = text.text() + " in " + figure.width() + " x " + figure.height();
				assertTrue(layout.offsetX() + box[0] >= 0 && layout.offsetX() + box[2] <= figure.width(), where);
				assertTrue(layout.offsetY() + box[1] >= 0 && layout.offsetY() + box[3] <= figure.height(), where);
			}
		}
	}

	/** The strips keep clear of the grid, the labels and each other. */
	@Test
	void stripsOverlapNothing() {
		for (Orientation orientation : Orientation.values()) {
			FigureLayout layout = HeatmapFigure.builder(Figures.sample("realistic-prompt.attr.json"))
					.orientation(orientation).build().layout();
			assertEquals(2, layout.strips().size(), "seq_attr and output probabilities");
			for (BarStrip strip : layout.strips()) {
				double gridEdge = strip.alongColumns() ? layout.heatmapHeight() : layout.heatmapWidth();
				assertTrue(strip.start() >= gridEdge + BarStrip.GAP, "clear of the grid");
				for (BarStrip.Rect bar : strip.bars()) {
					double across = strip.alongColumns() ? bar.y() : bar.x();
					double depth = strip.alongColumns() ? bar.height() : bar.width();
					assertTrue(across >= strip.start() - 1e-9 && across + depth <= strip.start() + BarStrip.DEPTH + 1e-9,
							"within its band");
				}
				for (Text text : strip.texts()) {
					double[] box = box(text);
					// titled on the side of the token labels: left of the grid, or above it
					assertTrue(strip.alongColumns() ? box[2] < 0 : box[3] < 0, text.text());
				}
			}
			assertTrue(layout.colorBarX() - layout.offsetX() > layout.heatmapWidth() + BarStrip.GAP + BarStrip.DEPTH);
		}
	}

	@Test
	void longColumnLabelsAreSlantedShortOnesNot() {
		FigureLayout division = Figures.published(Figures.division()).build().layout();
		assertEquals(30, division.columnLabelAngle(), "\"4900 / 100 = 49\" is wider than its cell");
		FigureLayout transposed = HeatmapFigure.builder(Figures.division()).orientation(Orientation.INPUTS_AS_ROWS).build()
				.layout();
		assertEquals(0, transposed.columnLabelAngle(), "single characters fit side by side");
		FigureLayout narrow = HeatmapFigure.builder(Figures.generated(20, 1000, false)).build().layout();
		assertEquals(-90, narrow.columnLabelAngle());
		assertTrue(narrow.columnLabelStep() > 1);
	}

	@Test
	void neighbouringLabelsDoNotOverlap() {
		for (AttributionMatrix matrix : List.of(Figures.division(), Figures.generated(1000, 200, false),
				Figures.generated(300, 3000, false))) {
			FigureLayout layout = HeatmapFigure.builder(matrix).build().layout();
			double lineHeight = TextMetrics.get().lineHeight(FigureLayout.FONT_SIZE);
			double rowSpacing = layout.rowLabelStep() * layout.cellHeight();
			assertTrue(rowSpacing >= lineHeight, "rows " + rowSpacing);
			double columnSpacing = layout.columnLabelStep() * layout.cellWidth();
			double angle = layout.columnLabelAngle();
			if (angle == 0) {
				continue;
			}
			// slanted labels are parallel: their distance across the reading direction
			assertTrue(columnSpacing * Math.abs(Math.sin(Math.toRadians(angle))) >= lineHeight, "columns at " + angle);
		}
	}

	@Test
	void cellsFitTheirValuesUntilTheMatrixIsLarge() {
		FigureLayout division = Figures.published(Figures.division()).build().layout();
		assertTrue(division.showsValues());
		assertTrue(division.cellWidth() > TextMetrics.get().width("-0.0000", FigureLayout.FONT_SIZE));
		FigureLayout wide = Figures.published(Figures.division()).decimals(8).build().layout();
		assertTrue(wide.cellWidth() > division.cellWidth(), "more decimals, wider cells");
		FigureLayout huge = HeatmapFigure.builder(Figures.generated(4096, 64, false)).build().layout();
		assertFalse(huge.showsValues());
		assertEquals(1, huge.cellHeight(), "at least one unit per cell");
		assertTrue(huge.heatmapWidth() <= FigureLayout.MAX_EXTENT);
	}

	@Test
	void colorBarSpansTheHeatmapAndTicksLikeMatplotlib() {
		FigureLayout layout = Figures.published(Figures.sample("arithmetic.attr.json")).build().layout();
		assertEquals(layout.heatmapHeight(), layout.colorBarHeight());
		assertEquals(List.of(-1.0, -0.5, 0.0, 0.5, 1.0), box(layout.ticks()));
		List<String> labels = layout.colorBarTexts().stream().map(Text::text).toList();
		assertEquals(List.of("\u22121.0", "\u22120.5", "0.0", "0.5", "1.0", "Token Attribution"), labels);
	}

	private static List<Double> box(double[] values) {
		List<Double> list = new ArrayList<>();
		for (double value : values) {
			list.add(value);
		}
		return list;
	}

	/** {minX, minY, maxX, maxY} of a text's rotated box, relative to the heatmap's corner. */
	private static double[] box(Text text) {
		TextMetrics metrics = TextMetrics.get();
		double width = metrics.width(text.text(), text.size());
		double left = switch (text.anchor()) {
		case START -> 0;
		case MIDDLE -> -width / 2;
		case END -> -width;
		};
		double radians = Math.toRadians(text.angle());
		double[] result = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (double dx : new double[] { left, left + width }) {
			for (double dy : new double[] { -metrics.ascent(text.size()), metrics.descent(text.size()) }) {
				double x = text.x() + dx * Math.cos(radians) - dy * Math.sin(radians);
				double y = text.y() + dx * Math.sin(radians) + dy * Math.cos(radians);
				result[0] = Math.min(result[0], x);
				result[1] = Math.min(result[1], y);
				result[2] = Math.max(result[2], x);
				result[3] = Math.max(result[3], y);
			}
		}
		return result;
	}
}
