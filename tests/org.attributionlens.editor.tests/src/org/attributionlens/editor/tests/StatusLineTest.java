package org.attributionlens.editor.tests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.attributionlens.internal.editor.handlers.ColumnSpanHandler;
import org.attributionlens.internal.editor.handlers.ViewHandler;
import org.attributionlens.internal.editor.handlers.ZoomHandler;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The status line names the cell under the mouse pointer, output token first, whatever way the
 * heatmap is turned or merged; the pointer is moved by the X server, as a mouse would move it. The
 * division sample opens as Captum draws it: output tokens as rows, input tokens as columns.
 */
class StatusLineTest extends DivisionSampleTest {

	/** Grid position of a body cell: the header row and column come first. */
	private void pointAtCell(int row, int column) {
		UserInput.pointAtGridPosition(editor.getGrid(), column + 1, row + 1);
	}

	private static void assertStatus(String expected) {
		WorkbenchFixture.waitFor("the status line says \"" + expected + "\"", () -> expected.equals(statusLine()),
				() -> "\"" + statusLine() + "\"");
	}

	/** The message the workbench window's status line shows, as drawn: the text of its message label. */
	private static String statusLine() {
		List<CLabel> labels = new ArrayList<>();
		collect(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), labels);
		return labels.stream().filter(label -> "StatusLine".equals(label.getParent().getClass().getSimpleName()))
				.findFirst().map(label -> Objects.toString(label.getText(), ""))
				.orElseThrow(() -> new AssertionError("no status line among the labels " + labels));
	}

	private static void collect(Control control, List<CLabel> labels) {
		if (control instanceof CLabel label) {
			labels.add(label);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, labels);
			}
		}
	}

	@Test
	void theCellUnderThePointerIsNamedUntilThePointerLeaves() {
		pointAtCell(7, 2);
		assertStatus("▁/ ← 4900 / 100 = 49: 1.9074");
		pointAtCell(1, 0);
		assertStatus("1 ← 9 + 3 = 12: 0.0198");
		// a header is not a cell
		UserInput.pointAtGridPosition(editor.getGrid(), 0, 3);
		assertStatus("");
		pointAtCell(0, 3);
		assertStatus("▁$ ← 9 - 3 = 6: 0.1044");
		UserInput.pointAt(editor.getToolBar().getControl(), 2, 2);
		assertStatus("");
	}

	@Test
	void zoomedUnderAStillPointerTheCellNowThereIsNamed() throws Exception {
		// row 5, column 4: the right of the grid
		Point pointer = UserInput.pointAtGridPosition(editor.getGrid(), 5, 6);
		String before = "0 ← 6 - 6 = 0: 0.0000";
		assertStatus(before);
		Commands.execute(ZoomHandler.ZOOM_IN, Map.of());
		Commands.execute(ZoomHandler.ZOOM_IN, Map.of());
		// the cells grew: another one is under the pointer, the one its tool tip names (output token
		// on the first line, input token on the second, then the value)
		String[] tip = editor.getGrid().toolTipTextAt(pointer.x, pointer.y).split("\n");
		String expected = after(tip[0]) + " ← " + after(tip[1]) + ": " + after(tip[2]);
		assertNotEquals(before, expected);
		assertStatus(expected);
	}

	/** What follows the first ": " of a tool tip line. */
	private static String after(String line) {
		return line.substring(line.indexOf(": ") + 2);
	}

	@Test
	void transposedTheOutputTokenStillComesFirst() throws Exception {
		Commands.execute(ViewHandler.TRANSPOSE, Map.of());
		// now input tokens are rows: "4900 / 100 = 49" is row 2, output "1" column 1
		pointAtCell(2, 1);
		assertStatus("1 ← 4900 / 100 = 49: -0.0987");
		pointAtCell(0, 3);
		assertStatus(", ← 9 + 3 = 12: 0.0017");
	}

	@Test
	void aMergedOutputSpanIsNamedByItsLabelWithTheSum() throws Exception {
		editor.getGrid().selectBlock(1, 2, 2, 4);
		WorkbenchFixture.drain();
		Commands.execute(ColumnSpanHandler.MERGE, Map.of());
		// "1" and "6" are one row now, their values summed: -0.0987 + -0.0004
		pointAtCell(1, 2);
		assertStatus("1 | 6 ← 4900 / 100 = 49: -0.0991");
		pointAtCell(2, 2);
		assertStatus(", ← 4900 / 100 = 49: -0.0351");
	}
}
