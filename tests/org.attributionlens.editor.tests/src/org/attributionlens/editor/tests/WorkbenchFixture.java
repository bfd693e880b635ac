package org.attributionlens.editor.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.attributionlens.editor.HeatmapEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * The one place UI tests get their workbench page, a fresh project, sample
 * files, and a way to let the UI and background jobs finish their work.
 */
final class WorkbenchFixture implements AutoCloseable {
	private static final long TIMEOUT_MS = 30_000;

	final IProject project;

	WorkbenchFixture(String projectName) throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** The repository's samples folder (set by the test pom). */
	static Path sample(String name) {
		return Path.of(System.getProperty("attributionlens.samples", "../../samples")).resolve(name);
	}

	/** A file from the model tests' fixtures (set by the test pom). */
	static Path fixture(String name) {
		return Path.of(System.getProperty("attributionlens.fixtures", "../org.attributionlens.model.tests/fixtures"))
				.resolve(name);
	}

	IFile copyFixture(String fixtureName, String fileName) throws IOException, CoreException {
		IFile file = project.getFile(fileName);
		file.create(Files.newInputStream(fixture(fixtureName)), true, null);
		return file;
	}

	IFile copySample(String sampleName, String fileName) throws IOException, CoreException {
		return create(fileName, Files.readString(sample(sampleName), StandardCharsets.UTF_8));
	}

	IFile create(String fileName, String content) throws CoreException {
		IFile file = project.getFile(fileName);
		file.create(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	/** Changes the file behind the workspace's back, as another program would, then refreshes. */
	static void rewriteOnDisk(IFile file, String content) throws IOException, CoreException {
		Path path = file.getLocation().toPath();
		Files.writeString(path, content, StandardCharsets.UTF_8);
		// a file system with coarse timestamps would otherwise hide the change from the refresh
		Files.setLastModifiedTime(path, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 2000));
		file.refreshLocal(IResource.DEPTH_ZERO, null);
	}

	/** Runs the UI event loop until no event is pending, the condition holds and no job is running. */
	static void waitUntil(String what, BooleanSupplier condition) {
		runEventLoop(what, true, () -> condition.getAsBoolean() && Job.getJobManager().isIdle(), () -> "");
	}

	/**
	 * Runs the UI event loop until the condition holds, whatever jobs are still running; it is
	 * checked after every event, so that it is seen as soon as it holds.
	 */
	static void waitFor(String what, BooleanSupplier condition) {
		runEventLoop(what, false, condition, () -> "");
	}

	/** As {@link #waitFor(String, BooleanSupplier)}, saying what was seen instead when it times out. */
	static void waitFor(String what, BooleanSupplier condition, java.util.function.Supplier<String> seen) {
		runEventLoop(what, false, condition, seen);
	}

	private static void runEventLoop(String what, boolean drainFirst, BooleanSupplier condition,
			java.util.function.Supplier<String> seen) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		while (System.currentTimeMillis() < deadline) {
			boolean dispatched = display.readAndDispatch();
			if (dispatched && drainFirst) {
				continue;
			}
			if (condition.getAsBoolean()) {
				return;
			}
			if (!dispatched) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
		// say which it was: the condition, or jobs that did not end
		String jobs = Arrays.stream(Job.getJobManager().find(null)).filter(job -> job.getState() == Job.RUNNING)
				.map(Job::getName).collect(Collectors.joining(", "));
		fail("timed out waiting until " + what + " (condition " + (condition.getAsBoolean() ? "held" : "did not hold")
				+ (jobs.isEmpty() ? "" : "; jobs running: " + jobs) + ")" + (condition.getAsBoolean() ? "" : "; seen: " + seen.get()));
	}

	/** Opens the file in its default editor, a heatmap, and waits until the grid is shown. */
	static HeatmapEditor openHeatmap(IFile file) throws PartInitException {
		HeatmapEditor editor = assertInstanceOf(HeatmapEditor.class, IDE.openEditor(page(), file));
		waitUntil("the heatmap is shown", () -> editor.getGrid() != null);
		return editor;
	}

	static void drain() {
		waitUntil("the UI is idle", () -> true);
	}

	@Override
	public void close() throws CoreException {
		assertTrue(page().closeAllEditors(false));
		drain();
		project.delete(true, true, null);
	}
}
