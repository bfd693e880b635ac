package org.attributionlens.editor.tests;

import static org.attributionlens.editor.tests.WorkbenchFixture.page;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.grid.HeatmapGrid;
import org.attributionlens.internal.editor.grid.HeatmapStyle;
import org.eclipse.core.resources.IFile;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Resource;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.style.IStyle;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;

/** What the grid really paints: pixels read back from the widget. */
class HeatmapPaintingTest {
	private WorkbenchFixture fixture;

	@BeforeEach
	void createProject() throws Exception {
		fixture = new WorkbenchFixture("heatmap-painting-test");
	}

	@AfterEach
	void cleanUp() throws Exception {
		fixture.close();
	}

	private HeatmapEditor openDivision() throws Exception {
		IFile file = fixture.copySample("division.attr.json", "division.attr.json");
		HeatmapEditor editor = assertInstanceOf(HeatmapEditor.class, IDE.openEditor(page(), file));
		WorkbenchFixture.drain();
		return editor;
	}

	/** The colour at a cell's corner, where no text is drawn. */
	private static RGB pixelOfCell(NatTable table, int row, int column) {
		// +1: grid positions include the column and row headers
		Rectangle bounds = table.getBoundsByPosition(column + 1, row + 1);
		Image image = new Image(table.getDisplay(), table.getSize().x, table.getSize().y);
		try {
			GC gc = new GC(table);
			try {
				gc.copyArea(image, 0, 0);
			} finally {
				gc.dispose();
			}
			ImageData data = image.getImageData();
			return data.palette.getRGB(data.getPixel(bounds.x + 3, bounds.y + 3));
		} finally {
			image.dispose();
		}
	}

	@Test
	void cellsArePaintedWithTheRdYlGnScaleSymmetricAroundZero() throws Exception {
		HeatmapEditor editor = openDivision();
		HeatmapGrid grid = editor.getGrid();
		HeatmapStyle style = grid.getStyle();
		assertEquals(-1.9074, style.range().low(), 1e-4);
		assertEquals(1.9074, style.range().high(), 1e-4);

		NatTable table = grid.getTable();
		table.redraw();
		table.update();
		// the maximum is the darkest green of RdYlGn, #006837
		assertEquals(new RGB(0, 104, 55), pixelOfCell(table, 7, 2));
		// 0.0000 sits in the middle of the scale: RdYlGn's pale yellow
		RGB zero = pixelOfCell(table, 5, 1);
		assertTrue(zero.red > 240 && zero.green > 240 && zero.blue > 170 && zero.blue < 200, zero.toString());
		// white text on the darkest cell, black on the pale ones (Captum's contrast rule)
		assertTrue(org.attributionlens.model.color.TextContrast.prefersWhite(style.range().position(1.9074)));
		assertEquals("1.9074", style.format(1.9074f));
		assertEquals("-0.0987", style.format(-0.0987f));
	}

	@Test
	void colourBarIsTitledAndTicksSpanTheRange() throws Exception {
		HeatmapEditor editor = openDivision();
		double[] ticks = editor.getGrid().getColorBar().ticks();
		assertTrue(ticks.length >= 3);
		assertTrue(ticks[0] >= -1.9074 && ticks[ticks.length - 1] <= 1.9074);
		assertTrue(java.util.Arrays.stream(ticks).anyMatch(t -> t == 0.0));
		assertEquals("Token Attribution", org.attributionlens.internal.editor.Messages.ColorBar_title);
	}

	@Test
	void missingCellsAreBlankAndNotPaintedAsZero() throws Exception {
		IFile file = fixture.create("missing.attr.json",
				"{\"input_tokens\": [\"a\", \"b\"], \"output_tokens\": [\"x\"], \"token_attr\": [[null, 0.0]]}");
		HeatmapEditor editor = assertInstanceOf(HeatmapEditor.class, IDE.openEditor(page(), file));
		WorkbenchFixture.drain();
		NatTable table = editor.getGrid().getTable();
		table.redraw();
		table.update();
		// a Captum file: the output token is the row, the two input tokens the columns
		RGB missing = pixelOfCell(table, 0, 0);
		RGB zero = pixelOfCell(table, 0, 1);
		assertNotEquals(zero, missing);
		// blank: a neutral grey hatch, where zero is RdYlGn's pale yellow
		assertTrue(missing.red == missing.green && missing.green == missing.blue && missing.red >= 190, missing.toString());
		assertTrue(zero.blue < zero.red - 30, zero.toString());
	}

	@Test
	void whereTheTokenStripsMeetIsBlankNotAMissingCell() throws Exception {
		// Captum's orientation: output probabilities a strip at the right, seq_attr a strip beneath
		IFile file = fixture.create("extras.attr.json", """
				{"input_tokens": ["a", "b", "c"], "output_tokens": ["x", "y"],
				 "token_attr": [[0.1, null, 0.3], [0.4, 0.5, -0.75]],
				 "seq_attr": [0.5, 0.7, -0.45], "output_probs": [0.25, 0.125]}
				""");
		HeatmapEditor editor = assertInstanceOf(HeatmapEditor.class, IDE.openEditor(page(), file));
		WorkbenchFixture.drain();
		NatTable table = editor.getGrid().getTable();
		table.redraw();
		table.update();
		assertNull(table.getDataValueByPosition(1 + 3, 1 + 2), "no value where the strips cross");
		RGB corner = pixelOfCell(table, 2, 3);
		assertEquals(new RGB(255, 255, 255), corner, "blank, as the lines between cells");
		assertNotEquals(pixelOfCell(table, 0, 1), corner, "not the hatch of x's missing value for b");
		assertNotEquals(pixelOfCell(table, 2, 0), corner, "not the grey of the strips");
	}

	@Test
	void openingAndClosingOneHundredTimesLeaksNoResources() throws Exception {
		List<String> leaks = new ArrayList<>();
		Resource.setNonDisposeHandler(error -> leaks.add(String.valueOf(error.getMessage())));
		try {
			IFile file = fixture.copySample("division.attr.json", "division.attr.json");
			List<HeatmapGrid> grids = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				HeatmapEditor editor = assertInstanceOf(HeatmapEditor.class, IDE.openEditor(page(), file));
				WorkbenchFixture.waitUntil("the heatmap is shown", () -> editor.getGrid() != null);
				grids.add(editor.getGrid());
				assertTrue(page().closeEditor(editor, false));
			}
			WorkbenchFixture.drain();
			for (HeatmapGrid grid : grids) {
				assertTrue(grid.getControl().isDisposed(), "the grid and its resource manager are disposed");
			}
			grids.clear();
			System.gc();
			System.runFinalization();
			WorkbenchFixture.drain();
			assertArrayEquals(new String[0], leaks.toArray(String[]::new));
		} finally {
			Resource.setNonDisposeHandler(null);
		}
	}

	@Test
	void aSelectedHeaderReadsAtAContrastOfAtLeastFourAndAHalf() throws Exception {
		IFile file = fixture.copySample("division.attr.json", "division.attr.json");
		HeatmapEditor editor = assertInstanceOf(HeatmapEditor.class, IDE.openEditor(page(), file));
		WorkbenchFixture.drain();
		IConfigRegistry registry = editor.getGrid().getTable().getConfigRegistry();
		for (String label : new String[] { GridRegion.COLUMN_HEADER,
				GridRegion.ROW_HEADER }) {
			IStyle style = registry.getConfigAttribute(
					CellConfigAttributes.CELL_STYLE,
					DisplayMode.SELECT, label);
			RGB background = style.getAttributeValue(CellStyleAttributes.BACKGROUND_COLOR).getRGB();
			RGB text = style.getAttributeValue(CellStyleAttributes.FOREGROUND_COLOR).getRGB();
			double ratio = contrast(background, text);
			assertTrue(ratio >= 4.5, label + ": " + text + " on " + background + " is " + ratio + ":1");
		}
	}

	/** WCAG 2 contrast ratio, computed here from the sRGB definition. */
	private static double contrast(RGB a, RGB b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminance(RGB rgb) {
		return 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue);
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}
}
