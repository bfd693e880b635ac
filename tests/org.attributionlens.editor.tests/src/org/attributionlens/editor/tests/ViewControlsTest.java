package org.attributionlens.editor.tests;

import static org.attributionlens.editor.tests.WorkbenchFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.grid.HeatmapStyle;
import org.attributionlens.internal.editor.handlers.ViewHandler;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.color.ColorScales;
import org.attributionlens.model.view.Normalization;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;

/** Transpose, colour scale, normalisation, subword merging and highlight, through their commands. */
class ViewControlsTest extends DivisionSampleTest {

	@Test
	void transposePutsOutputTokensOnRowsAndIsKeptAcrossReopen() throws Exception {
		Commands.execute(ViewHandler.TRANSPOSE, Map.of());
		AttributionMatrix shown = editor.getMatrix();
		assertEquals(5, shown.rows());
		assertEquals(13, shown.columns());
		assertEquals("4900 / 100 = 49", shown.rowToken(2));
		assertEquals(1.9074f, shown.value(2, 7), 1e-6f);

		assertTrue(page().closeEditor(editor, false));
		HeatmapEditor reopened = open();
		assertTrue(reopened.getViewState().view().transpose(), "the view is kept per file");
		assertEquals(5, reopened.getMatrix().rows());
		Commands.execute(ViewHandler.TRANSPOSE, Map.of());
		assertEquals(13, reopened.getMatrix().rows());
	}

	@Test
	void colourScaleChangesTheCellColours() throws Exception {
		Commands.execute(ViewHandler.COLOR_SCALE, Map.of(ViewHandler.COLOR_SCALE_ID, "puor"));
		HeatmapStyle style = editor.getGrid().getStyle();
		assertEquals(ColorScales.PU_OR, style.palette().scale());
		int top = ColorScales.PU_OR.rgb(1.0);
		assertEquals(new RGB(top >> 16 & 0xff, top >> 8 & 0xff, top & 0xff), style.palette().color(1.0).getRGB());
	}

	@Test
	void columnL1NormalisationMakesEachColumnSumToOne() throws Exception {
		Commands.execute(ViewHandler.NORMALIZATION, Map.of(ViewHandler.NORMALIZATION_MODE, Normalization.COLUMN_L1.name()));
		// Inseq's normalisation: each output token's |values| sum to 1; outputs are the grid's rows here
		AttributionMatrix shown = editor.getMatrix();
		for (int output = 0; output < shown.rows(); output++) {
			double sum = 0;
			for (int input = 0; input < shown.columns(); input++) {
				sum += Math.abs(shown.value(output, input));
			}
			assertEquals(1.0, sum, 1e-5, "output " + output);
		}
		// the raw value stays available, and the Properties view shows both
		assertEquals(1.9074f, editor.getRawMatrix().value(2, 7), 1e-6f);
		org.eclipse.ui.views.properties.PropertySheet sheet = PropertiesViewContent.show(page());
		editor.selectCell(7, 2);
		WorkbenchFixture.drain();
		Map<String, String> properties = PropertiesViewContent.read(sheet);
		assertEquals("1.9074", properties.get("Raw value"), properties::toString);
		// 1.9074 of the output's 3.7041
		assertTrue(properties.get("Value").startsWith("0.5149"), properties.get("Value"));
	}

	@Test
	void mergingSubwordsSumsTheWordsRows() throws Exception {
		Commands.execute(ViewHandler.MERGE_SUBWORDS, Map.of());
		// the generated characters (the rows) merge into "▁$16,000", "▁/", "▁0.8", "▁="
		AttributionMatrix raw = editor.getRawMatrix();
		AttributionMatrix shown = editor.getMatrix();
		assertEquals(4, shown.rows(), shown.rows() + " rows");
		int[] members = editor.getDisplayedMatrix().rowMembers(0);
		float sum = 0;
		for (int member : members) {
			sum += raw.value(0, member);
		}
		assertEquals(sum, shown.value(0, 0), 1e-5f);
		org.eclipse.ui.views.properties.PropertySheet sheet = PropertiesViewContent.show(page());
		editor.selectCell(0, 0);
		WorkbenchFixture.drain();
		String stands = PropertiesViewContent.read(sheet).get("Output token stands for");
		assertEquals(members.length, stands.split(" \\+ ").length, stands);
	}

	@Test
	void topThreeHighlightDimsTheOtherCells() throws Exception {
		Commands.execute(ViewHandler.HIGHLIGHT_TOP_K, Map.of());
		HeatmapStyle style = editor.getGrid().getStyle();
		// top 3 of each output token: of "▁/" (row 7) the inputs 4900 / 100 = 49, 6 - 6 = 0 and 9 - 3 = 6
		assertFalse(style.dimmed(7, 2), "the largest cell of its output stays lit");
		assertTrue(style.dimmed(7, 1), "7 x 5 = 35, the smallest of the five, is dimmed");
		Commands.execute(ViewHandler.HIGHLIGHT_TOP_K, Map.of());
		assertFalse(editor.getGrid().getStyle().dimmed(7, 1));
	}

	@Test
	void aChosenSymmetricRangeClipsLargerValuesAndIsKept() throws Exception {
		Commands.execute(ViewHandler.RANGE, Map.of(ViewHandler.RANGE_MODE, "SYMMETRIC_FIXED", ViewHandler.RANGE_BOUND, "0.5"));
		HeatmapStyle style = editor.getGrid().getStyle();
		assertEquals(-0.5, style.range().low(), 1e-9);
		assertEquals(0.5, style.range().high(), 1e-9);
		assertTrue(style.range().clips(1.9074), "the maximum lies beyond the chosen range");
		// clipped values show the end colour of the scale
		assertEquals(style.palette().color(1.0).getRGB(), style.palette().color(style.range().position(1.9074)).getRGB());

		assertTrue(page().closeEditor(editor, false));
		HeatmapEditor reopened = open();
		assertEquals(0.5, reopened.getGrid().getStyle().range().high(), 1e-9);

		Commands.execute(ViewHandler.RANGE, Map.of(ViewHandler.RANGE_MODE, "MIN_MAX"));
		assertEquals(-0.0987, reopened.getGrid().getStyle().range().low(), 1e-4);
		assertEquals(1.9074, reopened.getGrid().getStyle().range().high(), 1e-4);
	}
}
