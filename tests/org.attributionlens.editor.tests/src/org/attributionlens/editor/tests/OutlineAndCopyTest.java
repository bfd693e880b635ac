package org.attributionlens.editor.tests;

import static org.attributionlens.editor.tests.WorkbenchFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.attributionlens.internal.editor.handlers.ViewHandler;
import org.attributionlens.internal.editor.outline.KeyObservationsOutlinePage;
import org.attributionlens.model.view.DisplayedCell;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;

/** The Outline's key observations and Ctrl+C, on the division figure. */
class OutlineAndCopyTest extends DivisionSampleTest {

	@Test
	void outlineListsTheKeyObservationsAndSelectsTheirCells() throws Exception {
		ContentOutline view = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE, null, IWorkbenchPage.VIEW_VISIBLE);
		WorkbenchFixture.drain();
		KeyObservationsOutlinePage outline = assertInstanceOf(KeyObservationsOutlinePage.class, view.getCurrentPage());
		TreeViewer viewer = outline.getTreeViewer();
		List<String> shown = outlineTexts(viewer);
		assertTrue(shown.contains("Highest positive value: 1.9074 at ▁/ ← 4900 / 100 = 49"), shown::toString);
		assertTrue(shown.contains("Dominant output token: ▁/ receives 85.9% of the total |attribution|"), shown::toString);
		assertTrue(shown.contains("Dominant input token: 4900 / 100 = 49 holds 47.8% of the total |attribution|"),
				shown::toString);

		Object highest = outline.getObservations().largestPositive().get(0);
		viewer.setSelection(new StructuredSelection(highest), true);
		WorkbenchFixture.drain();
		IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
		DisplayedCell cell = assertInstanceOf(DisplayedCell.class, selection.getFirstElement());
		assertEquals(2, cell.input());
		assertEquals(7, cell.output());
		assertEquals(new org.attributionlens.model.CellRef(7, 2), editor.getGrid().selectedCell(), "the figure's row 7, column 2");

		// after Transpose the same entry names the same tokens and selects the same cell, now at row 2, column 7
		Commands.execute(ViewHandler.TRANSPOSE, Map.of());
		WorkbenchFixture.waitUntil("the outline is recomputed", () -> outline.getObservations() != null
				&& outline.getObservations().matrix() == editor.getDisplayedMatrix().semantic());
		assertEquals(shown, outlineTexts(viewer), "Transpose changes nothing the Outline says");
		viewer.setSelection(new StructuredSelection(outline.getObservations().largestPositive().get(0)), true);
		WorkbenchFixture.drain();
		assertEquals(new org.attributionlens.model.CellRef(2, 7), editor.getGrid().selectedCell());
		Commands.execute(ViewHandler.TRANSPOSE, Map.of());
	}

	private static List<String> outlineTexts(TreeViewer viewer) {
		viewer.expandAll();
		List<String> shown = new ArrayList<>();
		for (TreeItem group : viewer.getTree().getItems()) {
			shown.add(group.getText());
			for (TreeItem entry : group.getItems()) {
				shown.add(entry.getText());
			}
		}
		return shown;
	}

	@Test
	void copyPutsTheSelectedCellWithItsTokensOnTheClipboard() throws Exception {
		page().activate(editor);
		editor.selectCell(7, 2);
		WorkbenchFixture.drain();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.copy", null);
		Clipboard clipboard = new Clipboard(Display.getCurrent());
		try {
			String text = (String) clipboard.getContents(TextTransfer.getInstance());
			assertNotNull(text);
			String[] lines = text.split("\n");
			assertEquals(2, lines.length, text);
			assertEquals("4900 / 100 = 49", lines[0].split("\t")[1]);
			assertEquals("▁/\t1.9074", lines[1]);
		} finally {
			clipboard.dispose();
		}
	}

	@Test
	void findJumpsToInputAndOutputTokens() {
		assertTrue(editor.findNext("4900"));
		assertEquals(new org.attributionlens.model.CellRef(0, 2), editor.getGrid().selectedCell());
		assertTrue(editor.findNext("▁/"));
		assertEquals(new org.attributionlens.model.CellRef(7, 2), editor.getGrid().selectedCell());
		// "0" is an output token four times (rows), and in input tokens (columns): Enter moves on to the next match
		assertTrue(editor.findNext("0"));
		assertEquals(new org.attributionlens.model.CellRef(9, 2), editor.getGrid().selectedCell());
		assertTrue(editor.findNext("0"));
		assertEquals(new org.attributionlens.model.CellRef(9, 2), editor.getGrid().selectedCell(),
				"the next match is the input token 4900 / 100 = 49, in the same row");
		assertTrue(editor.findNext("0"));
		assertEquals(new org.attributionlens.model.CellRef(9, 4), editor.getGrid().selectedCell(),
				"then the input token 6 - 6 = 0");
		assertTrue(editor.findNext("0"));
		assertEquals(new org.attributionlens.model.CellRef(4, 4), editor.getGrid().selectedCell(),
				"then, wrapping around, the first output token 0");
		assertTrue(!editor.findNext("not a token"));
	}
}
