package org.attributionlens.editor.tests;

import static org.attributionlens.editor.tests.WorkbenchFixture.page;
import static org.attributionlens.editor.tests.WorkbenchFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.grid.HeatmapGrid;
import org.attributionlens.internal.editor.handlers.ZoomHandler;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
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
		editor = assertInstanceOf(HeatmapEditor.class,
				IDE.openEditor(page(), fixture.copySample("realistic-prompt.attr.json", "realistic.attr.json")));
		waitUntil("the heatmap is shown", () -> editor.getGrid() != null);
	}

	@AfterEach
	void cleanUp() throws Exception {
		fixture.close();
	}

	private void execute(String commandId) throws Exception {
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		handlers.executeCommand(commandId, null);
		WorkbenchFixture.drain();
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
	}

	@Test
	void fitShowsTheWholeMatrix() throws Exception {
		execute(ZoomHandler.ZOOM_FIT);
		HeatmapGrid grid = editor.getGrid();
		NatTable table = grid.getTable();
		assertTrue(grid.getZoom() < 1.0, "the realistic sample is larger than the editor");
		int rows = editor.getMatrix().rows() + editor.getMatrix().stepScores().size();
		Rectangle lastCell = table.getBoundsByPosition(editor.getMatrix().columns(), rows);
		Rectangle area = table.getClientArea();
		assertTrue(lastCell.x + lastCell.width <= area.width && lastCell.y + lastCell.height <= area.height,
				lastCell + " outside " + area);
	}

	@Test
	void keyBindingsAreTheUsualOnes() {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertEquals("Ctrl+=", bindings.getBestActiveBindingFormattedFor(ZoomHandler.ZOOM_IN));
		assertEquals("Ctrl+-", bindings.getBestActiveBindingFormattedFor(ZoomHandler.ZOOM_OUT));
		assertEquals("Ctrl+0", bindings.getBestActiveBindingFormattedFor(ZoomHandler.ZOOM_FIT));
	}
}
