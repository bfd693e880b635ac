package org.attributionlens.editor.tests;

import static org.attributionlens.editor.tests.WorkbenchFixture.page;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.grid.HeatmapGrid;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.attributionlens.internal.editor.outline.KeyObservationsOutlinePage;
import org.attributionlens.model.CellRef;
import org.attributionlens.model.TokenLabels;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every way a person selects in the heatmap, as operating-system events at the pixels the grid
 * lays out, and what the Properties view then shows in its visible rows. The division sample opens
 * as Captum draws it: the 13 generated characters (output tokens) as rows, the five few-shot
 * examples (input tokens) as columns.
 */
class PropertiesFollowTheUserTest extends DivisionSampleTest {
	private PropertySheet sheet;
	private HeatmapGrid grid;

	@BeforeEach
	void showProperties() throws Exception {
		sheet = PropertiesViewContent.show(page());
		grid = editor.getGrid();
		WorkbenchFixture.drain();
	}

	/** Grid position of a body cell: the header row and column come first. */
	private void clickCell(int row, int column, String... heldKeys) {
		UserInput.clickGridPosition(grid, column + 1, row + 1, heldKeys);
	}

	private Map<String, String> visible() {
		return PropertiesViewContent.visible(sheet);
	}

	private void assertShows(String name, String value) {
		PropertiesViewContent.waitUntilVisible(sheet, name, value,
				() -> "grid selection " + editor.getGrid().selectedCell() + "; active part " + page().getActivePart());
	}

	@Test
	void aClickOnACellShowsItFromTheTop() {
		clickCell(7, 2);
		assertShows("Output token", "\"▁/\"");
		Map<String, String> shown = visible();
		assertEquals("\"4900 / 100 = 49\"", shown.get("Input token"), shown::toString);
		assertEquals("1.9074", shown.get("Value"), shown::toString);
		assertEquals("5 input tokens × 13 output tokens", PropertiesViewContent.read(sheet).get("Shape"));
		assertTopRowIs("Cell");
	}

	@Test
	void arrowKeysMoveTheCellShown() {
		clickCell(7, 2);
		assertShows("Value", "1.9074");
		UserInput.type("Right");
		assertShows("Input token", "\"9 - 3 = 6\"");
		UserInput.type("Down");
		assertShows("Output token", "\"▁\"");
		assertEquals("0.0116", visible().get("Value"));
	}

	@Test
	void shiftClickShowsTheCellClickedFirst() {
		clickCell(0, 0);
		clickCell(2, 1, "shift");
		assertShows("Output token", "\"▁$\"");
		assertEquals("-0.0756", visible().get("Value"));
	}

	@Test
	void aDragSelectsTheBlockAndShowsTheCellItBeganOn() {
		clickCell(7, 2);
		assertShows("Value", "1.9074");
		// from the figure's row 1, column 0 down and right to row 3, column 2; the cell shown is the
		// anchor, where the drag began, as after a shift-click and as a spreadsheet's active cell
		UserInput.dragGridPositions(grid, 1 + 0, 1 + 1, 1 + 2, 1 + 3);
		assertShows("Value", "0.0198");
		Map<String, String> shown = visible();
		assertEquals("\"1\"", shown.get("Output token"), shown::toString);
		assertEquals("\"9 + 3 = 12\"", shown.get("Input token"), shown::toString);
		HeatmapGrid.Block block = editor.getGrid().selectedBlock();
		assertArrayEquals(new int[] { 1, 2, 3 }, block.rows(), "the rows dragged over");
		assertArrayEquals(new int[] { 0, 1, 2 }, block.columns(), "the columns dragged over");
		assertTopRowIs("Cell");
	}

	@Test
	void headersShowTheirTokens() {
		UserInput.clickGridPosition(grid, 0, 8);
		assertShows("Token", "\"▁/\"");
		assertTrue(visible().containsKey("Sum over input tokens"), visible()::toString);
		UserInput.clickGridPosition(grid, 3, 0);
		assertShows("Token", "\"4900 / 100 = 49\"");
		assertTrue(visible().containsKey("Sum over output tokens"), visible()::toString);
	}

	@Test
	void clicksKeepWorkingAfterAnotherViewWasActive() throws Exception {
		clickCell(7, 2);
		assertShows("Value", "1.9074");
		ContentOutline outline = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE, null, IWorkbenchPage.VIEW_ACTIVATE);
		page().activate(page().showView(IPageLayout.ID_PROJECT_EXPLORER));
		WorkbenchFixture.drain();
		assertTrue(outline != null);
		clickCell(1, 2);
		assertShows("Value", "-0.0987");
		assertTopRowIs("Cell");
	}

	@Test
	void afterTransposeTheCellIsTheSameInputAndOutput() {
		clickCell(7, 2);
		assertShows("Value", "1.9074");
		UserInput.type("ctrl+alt+r");
		WorkbenchFixture.waitUntil("transposed", () -> editor.getGrid() != grid && editor.getGrid().getMatrix().rows() == 5);
		grid = editor.getGrid();
		// now input tokens are rows: "4900 / 100 = 49" is row 2, "▁/" column 7
		clickCell(2, 7);
		assertShows("Value", "1.9074");
		Map<String, String> shown = visible();
		assertEquals("\"▁/\"", shown.get("Output token"), shown::toString);
		assertEquals("\"4900 / 100 = 49\"", shown.get("Input token"), shown::toString);
		assertEquals("5 input tokens × 13 output tokens", PropertiesViewContent.read(sheet).get("Shape"));
		UserInput.type("ctrl+alt+r");
	}

	@Test
	void anOutlineEntryClickedShowsItsCell() throws Exception {
		ContentOutline outline = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE, null, IWorkbenchPage.VIEW_VISIBLE);
		WorkbenchFixture.waitUntil("the outline lists the observations",
				() -> outline.getCurrentPage() instanceof KeyObservationsOutlinePage keys && keys.getObservations() != null);
		Tree tree = ((KeyObservationsOutlinePage) outline.getCurrentPage()).getTreeViewer().getTree();
		TreeItem highest = tree.getItem(0).getItem(0);
		assertEquals("Highest positive value: 1.9074 at ▁/ ← 4900 / 100 = 49", highest.getText());
		tree.showItem(highest);
		Rectangle bounds = highest.getBounds();
		UserInput.click(tree, bounds.x + Math.min(bounds.width / 2, 40), bounds.y + bounds.height / 2);
		assertShows("Value", "1.9074");
		assertEquals("\"4900 / 100 = 49\"", visible().get("Input token"));
		assertEquals(new CellRef(7, 2), editor.getGrid().selectedCell(), "the figure's row 7, column 2");
	}

	@Test
	void findTypedInTheFieldShowsTheCellItFinds() {
		clickCell(0, 0);
		UserInput.type("ctrl+f", "4", "9", "0", "0", "Return");
		assertShows("Input token", "\"4900 / 100 = 49\"");
		assertEquals(new CellRef(0, 2), editor.getGrid().selectedCell());
	}

	@Test
	void ctrlClickShowsTheCellAddedLast() {
		clickCell(0, 0);
		assertShows("Value", "-0.0756");
		clickCell(7, 2, "ctrl");
		assertShows("Value", "1.9074");
		assertEquals(2, editor.getGrid().selectedBlock().rows().length, "both cells stay selected");
	}

	@Test
	void pageDownMovesTheCellShown() {
		clickCell(0, 2);
		assertShows("Output token index", "0");
		UserInput.type("Next");
		WorkbenchFixture.waitFor("Properties shows a cell further down",
				() -> visible().get("Output token index") != null && !"0".equals(visible().get("Output token index")));
		assertEquals(editor.getGrid().selectedCell().row(), Integer.parseInt(visible().get("Output token index")));
	}

	@Test
	void afterTheFileChangesOnDiskAClickShowsTheNewValue() throws Exception {
		clickCell(7, 2);
		assertShows("Value", "1.9074");
		String changed = java.nio.file.Files.readString(file.getLocation().toPath()).replace("1.9074", "1.5");
		WorkbenchFixture.rewriteOnDisk(file, changed);
		WorkbenchFixture.waitUntil("the editor read the file again", () -> editor.getGrid() != grid && editor.getGrid() != null);
		grid = editor.getGrid();
		assertShows("Value", "1.5");
		clickCell(0, 0);
		assertShows("Value", "-0.0756");
	}

	@Test
	void withTwoHeatmapsOpenEachClickShowsItsOwnFile() throws Exception {
		HeatmapEditor arithmetic = WorkbenchFixture.openHeatmap(fixture.copySample("arithmetic.attr.json", "arithmetic.attr.json"));
		UserInput.clickGridPosition(arithmetic.getGrid(), 1 + 0, 1 + 3);
		assertShows("Value", "1.3714");
		assertEquals("\"▁x\"", visible().get("Output token"));
		page().activate(editor);
		WorkbenchFixture.drain();
		clickCell(7, 2);
		assertShows("Value", "1.9074");
		assertEquals("5 input tokens × 13 output tokens", PropertiesViewContent.read(sheet).get("Shape"));
	}

	@Test
	void afterASequenceIsChosenOnTheBarAClickShowsTheNewSequencesCell() throws Exception {
		// an Inseq batch of two: A b c d e, then X y z u v w; Inseq's attributed tokens are the rows
		HeatmapEditor batch = WorkbenchFixture.openHeatmap(fixture.copyFixture("inseq/two-sequences.json", "batch.json"));
		UserInput.clickGridPosition(batch.getGrid(), 1, 1);
		assertShows("Input token", "\"A\"");
		HeatmapGrid first = batch.getGrid();
		UserInput.chooseInDropDown(batch.getSequenceBar().getChoice(), 1);
		WorkbenchFixture.waitUntil("the second sequence is shown",
				() -> batch.getGrid() != first && batch.getMatrix() != null && batch.getMatrix().sequenceIndex() == 1);
		assertEquals(6, batch.getMatrix().rows(), "X y z u v w");

		UserInput.clickGridPosition(batch.getGrid(), 1, 1 + 5);
		assertShows("Input token", "\"" + TokenLabels.visible("\u0120w") + "\"");
		UserInput.clickGridPosition(batch.getGrid(), 1, 1);
		assertShows("Input token", "\"X\"");
		assertEquals("\"" + TokenLabels.visible("\u0120u") + "\"", visible().get("Output token"), visible()::toString);
		assertEquals("1 of 2 (0-based)", PropertiesViewContent.read(sheet).get("Sequence"));
	}

	private void assertTopRowIs(String text) {
		Tree tree = (Tree) sheet.getCurrentPage().getControl();
		TreeItem top = tree.getTopItem();
		assertEquals(text, top.getText(0), "the row at the top of the Properties view");
	}
}
