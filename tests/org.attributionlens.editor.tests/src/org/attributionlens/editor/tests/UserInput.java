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
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
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
	/** Moves a drag makes between its two cells: NatTable selects the cells it passes on the way. */
	private static final int DRAG_STEPS = 6;

	private UserInput() {
	}

	/** A left click at the middle of grid position (column, row), headers included (0 = the header). */
	static void clickGridPosition(HeatmapGrid grid, int columnPosition, int rowPosition, String... heldKeys) {
		NatTable table = grid.getTable();
		Point middle = middleOf(table, columnPosition, rowPosition);
		click(table, middle.x, middle.y, heldKeys);
	}

	/**
	 * A left-button drag from the middle of one grid position to the middle of another (headers
	 * included, 0 = the header), moved in steps as a hand moves.
	 * <p>
	 * Each step waits until the grid has heard the move with the button down. SWT on GTK asks the X
	 * server for motion <em>hints</em>: a hinted motion is read back as where the pointer is, and
	 * which buttons are down, when the UI thread gets to it. Moves made while the thread is not
	 * reading events collapse into one; with press, moves and release made in one go, the grid
	 * heard a move to the end cell with no button down, then a press and a release on the first
	 * cell: a click, one cell selected (seen with SWT 3.135 and NatTable 2.5, and in a bare SWT
	 * program with NatTable's default grid).
	 */
	static void dragGridPositions(HeatmapGrid grid, int fromColumn, int fromRow, int toColumn, int toRow) {
		NatTable table = grid.getTable();
		Point from = middleOf(table, fromColumn, fromRow);
		Point to = middleOf(table, toColumn, toRow);
		Display display = table.getDisplay();
		Point fromOnScreen = onScreen(table, from.x, from.y);
		onScreen(table, to.x, to.y);
		giveKeyboardToTheWorkbench(display);
		List<String> arrived = new ArrayList<>();
		Listener record = event -> {
			if (event.widget == table) {
				String button = (event.stateMask & SWT.BUTTON1) != 0 ? " with button 1" : "";
				arrived.add(switch (event.type) {
				case SWT.MouseDown -> "down";
				case SWT.MouseUp -> "up";
				default -> "move";
				} + " at " + event.x + "," + event.y + button);
			}
		};
		int[] types = { SWT.MouseDown, SWT.MouseMove, SWT.MouseUp };
		for (int type : types) {
			display.addFilter(type, record);
		}
		try {
			xdotool(List.of("mousemove", Integer.toString(fromOnScreen.x), Integer.toString(fromOnScreen.y)));
			// the hint of that move is read while the pointer rests there, before the press
			WorkbenchFixture.waitFor("the pointer is on the first cell", () -> display.getCursorLocation().equals(fromOnScreen));
			WorkbenchFixture.drain();
			xdotool(List.of("mousedown", "1"));
			waitForEvent(arrived, "down at " + from.x + "," + from.y);
			for (int step = 1; step <= DRAG_STEPS; step++) {
				int x = from.x + (to.x - from.x) * step / DRAG_STEPS;
				int y = from.y + (to.y - from.y) * step / DRAG_STEPS;
				Point point = table.toDisplay(x, y);
				xdotool(List.of("mousemove", Integer.toString(point.x), Integer.toString(point.y)));
				waitForEvent(arrived, "move at " + x + "," + y + " with button 1");
			}
			xdotool(List.of("mouseup", "1"));
			waitForEvent(arrived, "up at " + to.x + "," + to.y + " with button 1");
		} finally {
			for (int type : types) {
				display.removeFilter(type, record);
			}
		}
		WorkbenchFixture.drain();
	}

	private static void waitForEvent(List<String> arrived, String expected) {
		WorkbenchFixture.waitFor("the grid heard " + expected, () -> arrived.contains(expected), () -> "arrived: " + arrived);
	}

	private static Point middleOf(NatTable table, int columnPosition, int rowPosition) {
		ILayerCell cell = table.getCellByPosition(columnPosition, rowPosition);
		assertNotNull(cell, "no cell at grid position " + columnPosition + "," + rowPosition);
		Rectangle bounds = cell.getBounds();
		return new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
	}

	/** (x, y) of a control on the screen, checked to be inside the control and on the screen. */
	private static Point onScreen(Scrollable control, int x, int y) {
		Rectangle area = control.getClientArea();
		assertTrue(area.contains(x, y), "(" + x + ", " + y + ") is outside " + area + " of " + control);
		Point onScreen = control.toDisplay(x, y);
		assertTrue(control.getDisplay().getBounds().contains(onScreen), onScreen + " is off the screen " + control.getDisplay().getBounds());
		return onScreen;
	}

	/**
	 * The mouse pointer moved to the middle of grid position (column, row), headers included (0 = the
	 * header); returns where that is in the table.
	 */
	static Point pointAtGridPosition(HeatmapGrid grid, int columnPosition, int rowPosition) {
		Point middle = middleOf(grid.getTable(), columnPosition, rowPosition);
		pointAt(grid.getTable(), middle.x, middle.y);
		return middle;
	}

	/**
	 * The mouse pointer moved to (x, y) of a control, where it was not already, and the control told
	 * of it.
	 */
	static void pointAt(Scrollable control, int x, int y) {
		Display display = control.getDisplay();
		Point onScreen = onScreen(control, x, y);
		giveKeyboardToTheWorkbench(display);
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

	/** A left click at (x, y) of a control, with keys held ("shift", "ctrl"), as xdotool names them. */
	static void click(Scrollable control, int x, int y, String... heldKeys) {
		Display display = control.getDisplay();
		Point onScreen = onScreen(control, x, y);
		giveKeyboardToTheWorkbench(display);
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
	 * A click in the middle of a drop-down, which opens its list, then the keys that move down the
	 * list to {@code index} and take it, as a person does who opens a list and chooses with the
	 * arrow keys. The list is GTK's own pop-up, not a widget SWT knows, so its items cannot be
	 * clicked at a place SWT could name.
	 */
	static void chooseInDropDown(Combo dropDown, int index) {
		Display display = dropDown.getDisplay();
		Rectangle bounds = dropDown.getBounds();
		Point middle = new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		assertTrue(dropDown.isVisible() && dropDown.getParent().getClientArea().contains(middle),
				"the middle of " + dropDown + " " + middle + " is not in sight in " + dropDown.getParent().getClientArea());
		Point onScreen = dropDown.getParent().toDisplay(middle);
		assertTrue(display.getBounds().contains(onScreen), onScreen + " is off the screen " + display.getBounds());
		giveKeyboardToTheWorkbench(display);
		boolean[] pressed = { false };
		Listener record = event -> pressed[0] |= event.widget == dropDown;
		display.addFilter(SWT.MouseDown, record);
		try {
			xdotool(List.of("mousemove", Integer.toString(onScreen.x), Integer.toString(onScreen.y), "click", "1"));
			// GTK opens the list while it handles the press: once that is read, the list has the keyboard
			WorkbenchFixture.waitFor("the press reached " + dropDown, () -> pressed[0],
					() -> "the pointer is over " + display.getCursorControl() + " at " + display.getCursorLocation());
			WorkbenchFixture.drain();
		} finally {
			display.removeFilter(SWT.MouseDown, record);
		}
		List<String> keys = new ArrayList<>();
		for (int i = dropDown.getSelectionIndex(); i < index; i++) {
			keys.add("Down");
		}
		keys.add("Return");
		type(keys.toArray(String[]::new));
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
