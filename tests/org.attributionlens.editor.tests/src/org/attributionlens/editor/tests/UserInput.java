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
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Scrollable;

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
		NatTable table = grid.getTable();
		ILayerCell cell = table.getCellByPosition(columnPosition, rowPosition);
		assertNotNull(cell, "no cell at grid position " + columnPosition + "," + rowPosition);
		Rectangle bounds = cell.getBounds();
		click(table, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2, heldKeys);
	}

	/** A left click at (x, y) of a control, with keys held ("shift", "ctrl"), as xdotool names them. */
	static void click(Scrollable control, int x, int y, String... heldKeys) {
		Display display = control.getDisplay();
		Rectangle area = control.getClientArea();
		assertTrue(area.contains(x, y), "(" + x + ", " + y + ") is outside " + area + " of " + control);
		Point onScreen = control.toDisplay(x, y);
		assertTrue(display.getBounds().contains(onScreen), onScreen + " is off the screen " + display.getBounds());
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
	 * A key pressed and released with modifiers held (SWT.ARROW_RIGHT; 'r' with SWT.CTRL, SWT.ALT), on
	 * whatever has the keyboard focus. Keys go through {@link Display#post(Event)}, which GTK delivers
	 * to the focused window as the keyboard would: without a window manager the X server gives the
	 * keyboard to no window of ours, so xdotool's keys would be lost.
	 */
	static void type(int key, int... modifiers) {
		Display display = Display.getCurrent();
		for (int modifier : modifiers) {
			postKey(display, SWT.KeyDown, modifier);
		}
		postKey(display, SWT.KeyDown, key);
		postKey(display, SWT.KeyUp, key);
		for (int i = modifiers.length - 1; i >= 0; i--) {
			postKey(display, SWT.KeyUp, modifiers[i]);
		}
		WorkbenchFixture.drain();
	}

	private static void postKey(Display display, int type, int key) {
		Event event = new Event();
		event.type = type;
		if ((key & SWT.KEYCODE_BIT) == 0 && (key & SWT.MODIFIER_MASK) == 0) {
			event.character = (char) key;
		} else {
			event.keyCode = key;
		}
		assertTrue(display.post(event), "the display refused the key " + key);
		WorkbenchFixture.drain();
	}

	private static void xdotool(List<String> arguments) {
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
		} catch (IOException e) {
			fail("these tests need xdotool (apt-get install xdotool), as .ci/run installs it: " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			fail("interrupted");
		}
	}
}
