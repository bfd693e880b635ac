package org.attributionlens.editor.tests;

import static org.attributionlens.editor.tests.WorkbenchFixture.page;
import static org.attributionlens.editor.tests.WorkbenchFixture.waitFor;
import static org.attributionlens.editor.tests.WorkbenchFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.grid.HeatmapGrid;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionReaders;
import org.attributionlens.model.io.ReadOptions;
import org.attributionlens.model.stats.AttributionStatistics;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: the editor's speed on big files, printed, for the benchmark notes
 * (README, issues). Runs only when asked:
 * {@code ./mvnw -pl releng/org.attributionlens.target,tests/org.attributionlens.editor.tests -am verify
 * -Dtest=EditorPaintBenchmark -Dattributionlens.benchArgs="-Dattributionlens.bench=true -Xmx3g"}.
 */
@EnabledIfSystemProperty(named = "attributionlens.bench", matches = "true")
class EditorPaintBenchmark {
	private static final int REPAINTS = 30;
	/** Paints between the first and the second measurement at 100%. */
	private static final int WARMING_PAINTS = 100;

	@Test
	void openAndPaintTimes() throws Exception {
		StringBuilder report = new StringBuilder("\nEditor benchmark (size, open->first frame, repaint 100%, repaint fit)\n");
		report.append("screen: ").append(page().getWorkbenchWindow().getShell().getSize()).append('\n');
		// the sizes of ./attributionlens bench: rows x columns = input x output tokens
		for (int[] size : new int[][] { { 13, 5 }, { 512, 128 }, { 2048, 512 }, { 4096, 4096 } }) {
			String label = size[0] + " x " + size[1];
			try (WorkbenchFixture fixture = new WorkbenchFixture("paint-benchmark-" + size[0] + "x" + size[1])) {
				IFile file = fixture.project.getFile("big.attr.json");
				write(file.getLocation().toPath(), size[0], size[1]);
				// a user opens a file that is on disk already, not one the kernel is still writing back
				try (FileChannel channel = FileChannel.open(file.getLocation().toPath(), StandardOpenOption.WRITE)) {
					channel.force(true);
				}
				file.refreshLocal(IResource.DEPTH_ZERO, null);
				report.append(measure(file, label)).append('\n');
			}
		}
		System.out.println(report);
	}

	private static String measure(IFile file, String size) throws Exception {
		long start = System.nanoTime();
		HeatmapEditor editor = assertInstanceOf(HeatmapEditor.class, IDE.openEditor(page(), file));
		double opened = (System.nanoTime() - start) / 1e6;
		// the Outline's key observations and other jobs may still run: the heatmap does not wait for them
		waitFor("the heatmap is created", () -> editor.getGrid() != null);
		double shown = (System.nanoTime() - start) / 1e6;
		HeatmapGrid grid = editor.getGrid();
		// the grid is laid out but paints later, in its own event: the end of that paint is the first frame
		long[] paintedAt = { 0 };
		grid.getTable().addPaintListener(event -> paintedAt[0] = paintedAt[0] != 0 ? paintedAt[0] : System.nanoTime());
		waitFor("the heatmap is painted", () -> paintedAt[0] != 0);
		double firstFrame = (paintedAt[0] - start) / 1e6;
		Point painted = grid.getTable().getSize();
		// a frame of a control not laid out yet would be empty, and fast
		assertTrue(painted.x > 200 && painted.y > 200, "the heatmap has its size when it is first painted: " + painted);
		waitUntil("all jobs are done", () -> true);
		double settled = (System.nanoTime() - start) / 1e6;

		NatTable table = grid.getTable();
		String onScreen = table.getColumnCount() + " x " + table.getRowCount();
		double[] full = repaint(table);
		// the first paints run the painters before the JIT has compiled them: a user's first scroll
		repaint(table, WARMING_PAINTS);
		double[] fullWarm = repaint(table);
		grid.zoomToFit();
		Control fitControl = grid.isOverviewShown() ? grid.getOverview().getControl() : grid.getTable();
		double[] fit = repaint(fitControl);
		assertTrue(page().closeEditor(editor, false));
		double[] load = loadTimes(file.getLocation().toPath());
		return String.format(Locale.ROOT, "%s: first frame %.0f ms (openEditor returned at %.0f, grid created at %.0f,"
				+ " all jobs done at %.0f; read again here: %.0f ms, statistics %.0f ms);"
				+ " one screen at 100%% (%s cells with headers): first %d paints median %.2f ms (p90 %.2f), %d paints"
				+ " later median %.2f ms (p90 %.2f); at fit (%s): median %.2f ms (p90 %.2f)", size, firstFrame, opened,
				shown, settled, load[0], load[1], onScreen, REPAINTS, median(full), p90(full), WARMING_PAINTS,
				median(fullWarm), p90(fullWarm), grid.isOverviewShown() ? "overview picture" : "cells", median(fit),
				p90(fit));
	}

	/** The two parts of the load job, timed once more in this JVM: read, and statistics. */
	private static double[] loadTimes(Path path) throws Exception {
		long start = System.nanoTime();
		AttributionMatrix matrix = AttributionReaders.read(path, ReadOptions.DEFAULTS);
		long read = System.nanoTime();
		AttributionStatistics.of(matrix);
		return new double[] { (read - start) / 1e6, (System.nanoTime() - read) / 1e6 };
	}

	/** Paint time of one whole screen, measured inside the paint event. */
	private static double[] repaint(Control control) {
		return repaint(control, REPAINTS);
	}

	private static double[] repaint(Control control, int count) {
		double[] times = new double[count];
		for (int i = 0; i < times.length; i++) {
			times[i] = paintOnce(control);
		}
		return times;
	}

	/**
	 * One frame: the control paints its whole visible area into an image, through
	 * its own paint listeners (NatTable's layer painter, or the overview's image).
	 * On GTK, redraw() + update() does not paint synchronously, so it cannot be timed.
	 */
	private static double paintOnce(Control control) {
		Point size = control.getSize();
		org.eclipse.swt.graphics.Image frame = new org.eclipse.swt.graphics.Image(control.getDisplay(),
				Math.max(1, size.x), Math.max(1, size.y));
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(frame);
		try {
			long start = System.nanoTime();
			control.print(gc);
			return (System.nanoTime() - start) / 1e6;
		} finally {
			gc.dispose();
			frame.dispose();
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static double p90(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[(int) (sorted.length * 0.9)];
	}

	/** A native file with Python-like float text, written as a stream. */
	private static void write(Path path, int rows, int columns) throws IOException {
		SplittableRandom random = new SplittableRandom(42);
		try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
			out.write("{\"input_tokens\": [");
			for (int row = 0; row < rows; row++) {
				out.write((row == 0 ? "\"" : ", \"") + "\u2581tok" + row + '"');
			}
			out.write("], \"output_tokens\": [");
			for (int column = 0; column < columns; column++) {
				out.write((column == 0 ? "\"" : ", \"") + "out" + column + '"');
			}
			out.write("], \"token_attr\": [");
			for (int column = 0; column < columns; column++) {
				out.write(column == 0 ? "[" : ", [");
				for (int row = 0; row < rows; row++) {
					if (row > 0) {
						out.write(", ");
					}
					out.write(Float.toString((float) (random.nextGaussian() * 0.05)));
				}
				out.write(']');
			}
			out.write("]}");
		}
	}
}
