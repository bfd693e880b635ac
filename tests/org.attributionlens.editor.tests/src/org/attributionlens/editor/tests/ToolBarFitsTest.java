package org.attributionlens.editor.tests;

import static org.attributionlens.editor.tests.WorkbenchFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.junit.jupiter.api.Test;

/**
 * The editor's tool bar in an editor 1,024 pixels wide: every command is there to see and click,
 * as an icon with a tool tip, none cut off at the right edge.
 */
class ToolBarFitsTest extends DivisionSampleTest {
	private static final int EDITOR_WIDTH = 1024;

	@Test
	void everyCommandShowsAsAnIconWithATipInAnEditor1024PixelsWide() {
		ToolBar bar = editor.getToolBar().getControl();
		// the editor's own controls: the tool bar sits in the row above the grid
		Composite top = bar.getParent();
		Composite root = top.getParent();
		Shell shell = root.getShell();
		Point shellSize = shell.getSize();
		IWorkbenchPartReference reference = page().getReference(editor);
		page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		try {
			sizeTo(root, shell);
			assertEquals(EDITOR_WIDTH, root.getSize().x, "the editor's width");
			int preferred = bar.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
			System.out.println("ToolBarFitsTest: the tool bar takes " + preferred + " of " + root.getSize().x
					+ " pixels; with the find field and its gaps the row above the grid takes "
					+ top.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
			assertTrue(bar.getSize().x >= preferred, "the tool bar has its width: " + bar.getSize().x + " < " + preferred);
			assertWithin(top.getClientArea(), bar, "the tool bar");
			for (Control sibling : top.getChildren()) {
				if (sibling.isVisible()) {
					assertWithin(top.getClientArea(), sibling, "beside the tool bar, " + sibling);
				}
			}
			assertFalse(ToolBarItems.all(editor).isEmpty());
			for (ToolItem item : ToolBarItems.all(editor)) {
				String command = ToolBarItems.command(item);
				Rectangle bounds = item.getBounds();
				assertTrue(bounds.width > 0 && bounds.x + bounds.width <= bar.getClientArea().width,
						command + " at " + bounds + " is cut off the tool bar's " + bar.getClientArea());
				assertNotNull(item.getImage(), command + " has an icon");
				assertTrue(item.getToolTipText() != null && !item.getToolTipText().isBlank(), command + " has a tool tip");
			}
		} finally {
			page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
			shell.setSize(shellSize);
			WorkbenchFixture.drain();
		}
	}

	/** Widens or narrows the window until the editor is {@link #EDITOR_WIDTH} wide. */
	private static void sizeTo(Composite root, Shell shell) {
		for (int attempt = 0; attempt < 10 && root.getSize().x != EDITOR_WIDTH; attempt++) {
			shell.setSize(shell.getSize().x + EDITOR_WIDTH - root.getSize().x, shell.getSize().y);
			shell.layout(true, true);
			WorkbenchFixture.drain();
		}
	}

	private static void assertWithin(Rectangle area, Control control, String what) {
		Rectangle bounds = control.getBounds();
		assertTrue(bounds.x >= area.x && bounds.x + bounds.width <= area.x + area.width,
				what + " at " + bounds + " is outside " + area);
	}
}
