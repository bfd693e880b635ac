package org.attributionlens.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.attributionlens.internal.editor.grid.HeatmapGrid;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Scrollable;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * What a person does, as input the X server delivers: the pointer moved to the middle of something
 * as it is laid out on the screen, a button pressed and released, keys typed. Nothing here calls
 * the editor's own methods.
 * <p>
 * The events are made by {@code xdotool} through the XTEST extension, as a mouse or keyboard would
 * make them. SWT's {@code Display.post} is not used for the mouse: on GTK it puts a synthetic
 * button event to the window under the pointer with coordinates of another window (seen with SWT
 * 3.135: a click in the middle of the grid arrived at (-271, -128)), which no widget can take for
 * a click on itself.
 */
final class UserInput {
	private static final long TIMEOUT_S = 10;

	private UserInput() {
	}

	/** A left click at the middle of grid position (column, row), headers included (0 = the header). */
	static void clickGridPosition(HeatmapGrid grid, int columnPosition, int rowPosition, String... heldKeys) {
		Point middle = middleOf(grid, columnPosition, rowPosition);
		click(grid.getTable(), middle.x, middle.y, heldKeys);
	}

	/**
	 * The mouse pointer moved to the middle of grid position (column, row), headers included (0 = the
	 * header); returns where that is in the table.
	 */
	static Point pointAtGridPosition(HeatmapGrid grid, int columnPosition, int rowPosition) {
		Point middle = middleOf(grid, columnPosition, rowPosition);
		pointAt(grid.getTable(), middle.x, middle.y);
		return middle;
	}

	private static Point middleOf(HeatmapGrid grid, int columnPosition, int rowPosition) {
		ILayerCell cell = grid.getTable().getCellByPosition(columnPosition, rowPosition);
		assertNotNull(cell, "no cell at grid position " + columnPosition + "," + rowPosition);
		Rectangle bounds = cell.getBounds();
		return new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
	}

	/**
	 * The mouse pointer moved to (x, y) of a control, where it was not already, and the control told
	 * of it.
	 */
	static void pointAt(Scrollable control, int x, int y) {
		Display display = control.getDisplay();
		Point onScreen = onScreen(control, x, y);
		List<String> arrived = new ArrayList<>();
		// a pointer that comes from outside the window (the first move of a test run) only enters
		Listener record = event -> {
			if (event.widget == control) {
				arrived.add("moved on " + event.widget + " to " + event.x + "," + event.y);
			}
		};
		display.addFilter(SWT.MouseMove, record);
		display.addFilter(SWT.MouseEnter, record);
		try {
			xdotool(List.of("mousemove", Integer.toString(onScreen.x), Integer.toString(onScreen.y)));
			Point inControl = control.toControl(onScreen);
			String expected = "moved on " + control + " to " + inControl.x + "," + inControl.y;
			WorkbenchFixture.waitFor("the pointer reached " + control, () -> arrived.contains(expected),
					() -> "arrived: " + arrived);
		} finally {
			display.removeFilter(SWT.MouseMove, record);
			display.removeFilter(SWT.MouseEnter, record);
		}
		WorkbenchFixture.drain();
	}

	/** (x, y) of the control on the screen, checked to be inside it and on the screen, the window active. */
	private static Point onScreen(Scrollable control, int x, int y) {
		Display display = control.getDisplay();
		Rectangle area = control.getClientArea();
		assertTrue(area.contains(x, y), "(" + x + ", " + y + ") is outside " + area + " of " + control);
		Point onScreen = control.toDisplay(x, y);
		assertTrue(display.getBounds().contains(onScreen), onScreen + " is off the screen " + display.getBounds());
		giveKeyboardToTheWorkbench(display);
		return onScreen;
	}

	/** A left click at (x, y) of a control, with keys held ("shift", "ctrl"), as xdotool names them. */
	static void click(Scrollable control, int x, int y, String... heldKeys) {
		Display display = control.getDisplay();
		Point onScreen = onScreen(control, x, y);
		List<String> arrived = new ArrayList<>();
		Listener record = event -> arrived.add((event.type == SWT.MouseDown ? "down on " : "up on ") + event.widget
				+ " at " + event.x + "," + event.y);
		display.addFilter(SWT.MouseDown, record);
		display.addFilter(SWT.MouseUp, record);
		try {
			// not --sync: it waits for the pointer to move, forever when it is there already
			List<String> command = new ArrayList<>(List.of("mousemove", Integer.toString(onScreen.x),
					Integer.toString(onScreen.y)));
			for (String key : heldKeys) {
				command.addAll(List.of("keydown", key));
			}
			command.addAll(List.of("click", "1"));
			for (String key : heldKeys) {
				command.addAll(List.of("keyup", key));
			}
			xdotool(command);
			WorkbenchFixture.waitFor("the click reached " + control, () -> arrived.size() >= 2, () -> "arrived: " + arrived);
			Point inControl = control.toControl(onScreen);
			assertEquals("down on " + control + " at " + inControl.x + "," + inControl.y, arrived.get(0));
		} finally {
			display.removeFilter(SWT.MouseDown, record);
			display.removeFilter(SWT.MouseUp, record);
		}
		WorkbenchFixture.drain();
	}

	/**
	 * Keys pressed and released, as xdotool names them ("Right", "ctrl+alt+r"), on what has the
	 * keyboard focus in the workbench window.
	 */
	static void type(String... keys) {
		Display display = Display.getCurrent();
		giveKeyboardToTheWorkbench(display);
		List<String> command = new ArrayList<>(List.of("key", "--delay", "40"));
		command.addAll(List.of(keys));
		xdotool(command);
		// the server delivers them while the loop runs; give it the time a hand would take
		long until = System.currentTimeMillis() + 300;
		WorkbenchFixture.waitFor("keys typed", () -> System.currentTimeMillis() > until);
		WorkbenchFixture.drain();
	}

	/**
	 * What a window manager does when a person clicks into a window: the window gets the keyboard and
	 * becomes the active one. The tests run on a bare X server, where nobody does it, and a window
	 * without the keyboard neither activates the part clicked in nor hears any key.
	 */
	private static void giveKeyboardToTheWorkbench(Display display) {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		if (display.getActiveShell() != shell) {
			shell.forceActive();
			WorkbenchFixture.waitFor("the workbench window has the keyboard", () -> display.getActiveShell() == shell);
		}
	}

	/** @return what xdotool printed */
	private static String xdotool(List<String> arguments) {
		List<String> command = new ArrayList<>();
		command.add("xdotool");
		command.addAll(arguments);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			if (!process.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				fail("xdotool did not finish: " + command);
			}
			String output = new String(process.getInputStream().readAllBytes());
			assertEquals(0, process.exitValue(), "xdotool " + arguments + ": " + output);
			return output;
		} catch (IOException e) {
			fail("these tests need xdotool (apt-get install xdotool), as .ci/run installs it: " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			fail("interrupted");
		}
		return "";
	}
}
