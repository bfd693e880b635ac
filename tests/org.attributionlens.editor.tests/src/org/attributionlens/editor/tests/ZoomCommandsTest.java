package org.attributionlens.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.grid.HeatmapGrid;
import org.attributionlens.internal.editor.grid.OverviewCanvas;
import org.attributionlens.internal.editor.handlers.ZoomHandler;
import org.attributionlens.model.CellRef;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Zoom through the commands a user reaches by tool bar and key binding. */
class ZoomCommandsTest {
	private WorkbenchFixture fixture;
	private HeatmapEditor editor;

	@BeforeEach
	void openRealisticSample() throws Exception {
		fixture = new WorkbenchFixture("zoom-commands-test");
		editor = WorkbenchFixture.openHeatmap(fixture.copySample("realistic-prompt.attr.json", "realistic.attr.json"));
	}

	@AfterEach
	void cleanUp() throws Exception {
		fixture.close();
	}

	private static void execute(String commandId) throws Exception {
		Commands.execute(commandId, Map.of());
	}

	@Test
	void zoomInAndOutChangeTheCellSize() throws Exception {
		HeatmapGrid grid = editor.getGrid();
		NatTable table = grid.getTable();
		execute(ZoomHandler.ZOOM_RESET);
		int height = table.getBoundsByPosition(1, 1).height;

		execute(ZoomHandler.ZOOM_IN);
		assertEquals(1.25, grid.getZoom(), 1e-9);
		assertTrue(table.getBoundsByPosition(1, 1).height > height);

		execute(ZoomHandler.ZOOM_OUT);
		execute(ZoomHandler.ZOOM_OUT);
		assertEquals(0.8, grid.getZoom(), 1e-9);
		assertTrue(table.getBoundsByPosition(1, 1).height < height);
		// the tool bar's zoom item reads the zoom, not always 100%
		WorkbenchFixture.waitFor("the zoom item says 80%", () -> zoomItemText().equals("80%"));
		execute(ZoomHandler.ZOOM_RESET);
		WorkbenchFixture.waitFor("the zoom item says 100%", () -> zoomItemText().equals("100%"));
	}

	private String zoomItemText() {
		return ToolBarItems.of(editor, ZoomHandler.ZOOM_RESET).getText();
	}

	@Test
	void fitShowsTheWholeMatrix() throws Exception {
		execute(ZoomHandler.ZOOM_FIT);
		HeatmapGrid grid = editor.getGrid();
		assertFalse(grid.isOverviewShown(), "112 x 40 cells fit as cells");
		assertTrue(grid.getZoom() < 1.0, "the realistic sample is larger than the editor");
		Point content = grid.contentSize();
		Rectangle area = grid.getTable().getClientArea();
		assertTrue(content.x <= area.width && content.y <= area.height, content + " larger than " + area);
	}

	@Test
	void keyBindingsAreTheUsualOnes() {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertEquals("Ctrl+=", bindings.getBestActiveBindingFormattedFor(ZoomHandler.ZOOM_IN));
		assertEquals("Ctrl+-", bindings.getBestActiveBindingFormattedFor(ZoomHandler.ZOOM_OUT));
		assertEquals("Ctrl+0", bindings.getBestActiveBindingFormattedFor(ZoomHandler.ZOOM_FIT));
	}

	@Test
	void fitOnAMatrixLargerThanThePixelsShowsOnePictureThatKeepsASingleStrongCell() throws Exception {
		int rows = 2000;
		int columns = 1000;
		HeatmapEditor big = WorkbenchFixture.openHeatmap(fixture.create("big.attr.json", oneStrongCell(rows, columns, 1500, 700)));

		execute(ZoomHandler.ZOOM_FIT);
		HeatmapGrid grid = big.getGrid();
		assertTrue(grid.isOverviewShown());
		OverviewCanvas overview = grid.getOverview();
		Rectangle image = overview.imageBounds();
		// a Captum file opens with its 1000 output tokens as rows: the strong cell (input 1500, output
		// 700) is at row 700, column 1500 of the picture
		int shownRows = columns;
		int shownColumns = rows;
		int x = image.x + (int) ((long) 1500 * image.width / shownColumns);
		int y = image.y + (int) ((long) 700 * image.height / shownRows);
		CellRef clicked = overview.cellAt(x, y);
		assertTrue(Math.abs(clicked.row() - 700) <= shownRows / image.height + 1
				&& Math.abs(clicked.column() - 1500) <= shownColumns / image.width + 1, clicked::toString);
		// max-abs pooling: the one strong cell is not averaged away (darkest green of RdYlGn)
		assertEquals(new RGB(0, 104, 55), pixel(overview.getControl(), x, y));

		execute(ZoomHandler.ZOOM_RESET);
		assertFalse(grid.isOverviewShown());
	}

	/** A native file of zeros (and a faint pattern) with one strong cell. */
	private static String oneStrongCell(int rows, int columns, int strongRow, int strongColumn) {
		StringBuilder json = new StringBuilder("{\"input_tokens\": [");
		for (int row = 0; row < rows; row++) {
			json.append(row == 0 ? "" : ",").append("\"t").append(row).append('"');
		}
		json.append("], \"output_tokens\": [");
		for (int column = 0; column < columns; column++) {
			json.append(column == 0 ? "" : ",").append("\"o").append(column).append('"');
		}
		json.append("], \"token_attr\": [");
		for (int column = 0; column < columns; column++) {
			json.append(column == 0 ? "[" : ",[");
			for (int row = 0; row < rows; row++) {
				String value = row == strongRow && column == strongColumn ? "5.0" : row % 7 == 0 ? "-0.01" : "0.0";
				json.append(row == 0 ? "" : ",").append(value);
			}
			json.append(']');
		}
		return json.append("]}").toString();
	}

	private static RGB pixel(Control control, int x, int y) {
		control.redraw();
		control.update();
		Image copy = new Image(control.getDisplay(), 1, 1);
		try {
			GC gc = new GC(control);
			try {
				gc.copyArea(copy, x, y);
			} finally {
				gc.dispose();
			}
			ImageData data = copy.getImageData();
			return data.palette.getRGB(data.getPixel(0, 0));
		} finally {
			copy.dispose();
		}
	}

	@Test
	void minimapShowsTheViewportAndAClickScrollsTheGrid() throws Exception {
		execute(ZoomHandler.ZOOM_RESET);
		org.attributionlens.internal.editor.grid.Minimap minimap = editor.getGrid().getMinimap();
		org.junit.jupiter.api.Assertions.assertNotNull(minimap, "112 x 40 cells get a minimap");
		WorkbenchFixture.drain();
		Rectangle before = minimap.viewportFrame();
		assertEquals(0, before.y, "the grid starts at the top");

		Rectangle area = minimap.getControl().getClientArea();
		org.eclipse.swt.widgets.Event click = new org.eclipse.swt.widgets.Event();
		click.x = area.width / 2;
		click.y = area.height - 2;
		click.button = 1;
		minimap.getControl().notifyListeners(org.eclipse.swt.SWT.MouseDown, click);
		WorkbenchFixture.drain();
		assertTrue(minimap.viewportFrame().y > before.y, "the grid scrolled down to the clicked place");

		// selecting a cell (Outline, Find) scrolls it into view too
		editor.selectCell(0, 0);
		WorkbenchFixture.drain();
		assertEquals(0, minimap.viewportFrame().y, "back at the top for row 0");
	}

	@Test
	void theGridsContextMenuOffersTheViewCommands() {
		org.eclipse.swt.widgets.Menu menu = editor.getGrid().getTable().getMenu();
		org.junit.jupiter.api.Assertions.assertNotNull(menu);
		menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		java.util.List<String> labels = java.util.Arrays.stream(menu.getItems()).map(item -> item.getText()).toList();
		assertTrue(labels.stream().anyMatch(label -> label.startsWith("Transpose")), labels::toString);
		assertTrue(labels.stream().anyMatch(label -> label.startsWith("Zoom to Fit")), labels::toString);
		assertTrue(labels.stream().anyMatch(label -> label.startsWith("Export Heatmap")), labels::toString);
		// each command once, and only the heatmap's: nothing about the file (Team, Replace With)
		java.util.List<String> commands = labels.stream().filter(label -> !label.isEmpty()).toList();
		org.junit.jupiter.api.Assertions.assertEquals(new java.util.HashSet<>(commands).size(), commands.size(),
				labels::toString);
		assertTrue(commands.stream().noneMatch(label -> label.startsWith("Team") || label.startsWith("Replace With")),
				labels::toString);
		menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
		menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		org.junit.jupiter.api.Assertions.assertEquals(labels,
				java.util.Arrays.stream(menu.getItems()).map(item -> item.getText()).toList(), "the same when shown again");
		menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
	}
}
