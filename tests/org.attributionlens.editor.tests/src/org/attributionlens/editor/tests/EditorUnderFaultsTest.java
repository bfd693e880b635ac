package org.attributionlens.editor.tests;

import static org.attributionlens.editor.tests.WorkbenchFixture.page;
import static org.attributionlens.editor.tests.WorkbenchFixture.waitFor;
import static org.attributionlens.editor.tests.WorkbenchFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.MatrixLoadJob;
import org.attributionlens.internal.editor.Messages;
import org.attributionlens.internal.editor.ProblemMarkers;
import org.attributionlens.internal.editor.ReadFailures;
import org.attributionlens.internal.editor.compare.OtherFileDialog;
import org.attributionlens.internal.editor.preferences.ReadPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The open file goes wrong under the editor (issue 14, item 8): each fault ends on the right page,
 * with the UI thread never waiting for the file, the read cancellable, and the file never written.
 */
class EditorUnderFaultsTest {
	/** A cancelled read ends at its next buffer; this leaves room for a loaded machine, not for reading on. */
	private static final long CANCEL_WITHIN_MS = 3_000;
	/**
	 * Spaces after the slow file's matrix, in GiB: a gzip file of 4 MB that takes more than ten
	 * seconds to read to its end (an uncancellable read of 16 GiB still ran after a minute).
	 */
	private static final int SLOW_GIB = 4;

	private WorkbenchFixture fixture;
	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private final ILogListener logListener = (status, plugin) -> logged.add(status);

	@BeforeEach
	void createProject() throws Exception {
		fixture = new WorkbenchFixture("editor-under-faults-test");
		Platform.addLogListener(logListener);
	}

	@AfterEach
	void cleanUp() throws Exception {
		try {
			fixture.close();
		} finally {
			Platform.removeLogListener(logListener);
			IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(ReadPreferences.QUALIFIER);
			preferences.remove(ReadPreferences.MAX_CELLS);
			preferences.remove(ReadPreferences.MAX_DECOMPRESSED_MIB);
		}
		assertTrue(logged.isEmpty(), () -> "nothing is logged: " + logged);
	}

	/** A valid native file: {@code inputs} x {@code outputs} values, all distinct. */
	private static String nativeFile(int inputs, int outputs) {
		StringBuilder text = new StringBuilder("{\"input_tokens\": [");
		for (int i = 0; i < inputs; i++) {
			text.append(i == 0 ? "" : ", ").append("\"in").append(i).append('"');
		}
		text.append("], \"output_tokens\": [");
		for (int o = 0; o < outputs; o++) {
			text.append(o == 0 ? "" : ", ").append("\"out").append(o).append('"');
		}
		text.append("],\n \"token_attr\": [");
		for (int o = 0; o < outputs; o++) {
			text.append(o == 0 ? "[" : ",\n  [");
			for (int i = 0; i < inputs; i++) {
				text.append(i == 0 ? "" : ", ").append((o * inputs + i) / 100.0);
			}
			text.append(']');
		}
		return text.append("]}\n").toString();
	}

	private static Path onDisk(IFile file) {
		return file.getLocation().toPath();
	}

	/** After a change behind the workspace's back: a later time stamp, then the refresh that tells the editor. */
	private static void refreshAfterChange(IFile file) throws IOException, CoreException {
		Path path = onDisk(file);
		if (Files.isRegularFile(path)) {
			// a file system with coarse timestamps would otherwise hide the change from the refresh
			Files.setLastModifiedTime(path, FileTime.fromMillis(System.currentTimeMillis() + 2000));
		}
		file.refreshLocal(IResource.DEPTH_ZERO, null);
	}

	private static HeatmapEditor openHeatmap(IFile file) throws Exception {
		// by id: some of these files say nothing of their content type until they are read
		return assertInstanceOf(HeatmapEditor.class, IDE.openEditor(page(), file, HeatmapEditor.ID));
	}

	private static IMarker[] markers(IFile file) throws CoreException {
		return file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
	}

	private static boolean isOpen(HeatmapEditor editor) {
		return Arrays.stream(page().getEditorReferences()).map(reference -> reference.getEditor(false))
				.anyMatch(part -> part == editor);
	}

	/**
	 * The UI thread answers: a runnable posted to it runs while the test waits by dispatching
	 * events. Were anything blocking it, the test would not get here, or this would time out.
	 */
	private static void assertResponsive() {
		AtomicBoolean ran = new AtomicBoolean();
		Display.getCurrent().asyncExec(() -> ran.set(true));
		waitFor("the UI thread runs a posted runnable", ran::get);
	}

	/**
	 * No thread of the workbench, job or not, is stuck opening a file (opening a FIFO for reading
	 * waits for a writer, in the kernel, for ever).
	 */
	private static void assertNoThreadOpens(Path fifo) {
		Thread.getAllStackTraces().forEach((thread, stack) -> {
			boolean opening = Arrays.stream(stack).limit(4).anyMatch(frame -> frame.getMethodName().startsWith("open")
					&& (frame.getClassName().contains("FileInputStream") || frame.getClassName().contains("UnixNativeDispatcher")
							|| frame.getClassName().contains("FileChannel")));
			assertFalse(opening, () -> thread.getName() + " is opening a file, the FIFO " + fifo + " perhaps: "
					+ Arrays.toString(stack));
		});
	}

	/** A file's size, time stamp and bytes, to show nothing wrote it; a special file only by its attributes. */
	private record Untouched(Path path, long size, FileTime modified, byte[] content) {
		static Untouched of(Path path) throws IOException {
			return new Untouched(path, Files.size(path), Files.getLastModifiedTime(path),
					Files.isRegularFile(path) && Files.isReadable(path) ? Files.readAllBytes(path) : null);
		}

		void check() throws IOException {
			Untouched now = of(path);
			assertEquals(size, now.size, "size of " + path);
			assertEquals(modified, now.modified, "time stamp of " + path);
			assertTrue(Arrays.equals(content, now.content), "content of " + path);
		}
	}

	@Test
	void aTruncatedFileShowsItsLocatedProblem() throws Exception {
		IFile file = fixture.create("truncated.attr.json", nativeFile(4, 3));
		HeatmapEditor editor = WorkbenchFixture.openHeatmap(file);

		try (FileChannel channel = FileChannel.open(onDisk(file), StandardOpenOption.WRITE)) {
			channel.truncate(channel.size() / 2);
		}
		refreshAfterChange(file);
		Untouched truncated = Untouched.of(onDisk(file));
		waitUntil("the editor shows the problem and its marker", () -> {
			try {
				return editor.getProblem() != null && markers(file).length == 1;
			} catch (CoreException e) {
				return false;
			}
		});

		assertNull(editor.getMatrix(), "no half matrix");
		assertNull(editor.getGrid());
		assertTrue(editor.getProblem().matches("(?s)truncated\\.attr\\.json:\\d+:\\d+: .+"), editor.getProblem());
		assertEquals(Messages.ErrorPage_title, title(editor));
		assertTrue(markers(file)[0].getAttribute(IMarker.LINE_NUMBER, 0) > 0, "the marker names the line");
		truncated.check();
	}

	/**
	 * As the platform's editors do when their file is deleted and they hold nothing unsaved: the
	 * editor closes. This one never holds anything unsaved, and a page saying "deleted" would only
	 * offer a Reopen that cannot work.
	 */
	@Test
	void aDeletedFileClosesItsEditor() throws Exception {
		IFile file = fixture.create("deleted.attr.json", nativeFile(3, 2));
		HeatmapEditor editor = WorkbenchFixture.openHeatmap(file);

		Files.delete(onDisk(file));
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		waitUntil("the editor closed", () -> !isOpen(editor));

		assertFalse(file.exists());
		assertFalse(Files.exists(onDisk(file)), "nothing wrote the file back");
	}

	@Test
	void aFifoInPlaceOfTheFileIsRefusedWithoutBlocking() throws Exception {
		IFile file = fixture.create("fifo.attr.json", nativeFile(3, 2));
		HeatmapEditor editor = WorkbenchFixture.openHeatmap(file);

		Path path = onDisk(file);
		Files.delete(path);
		mkfifo(path);
		Untouched fifo = Untouched.of(path);
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		// every job ends (none waits for a writer to the pipe), else this times out naming them
		waitUntil("the editor shows the refusal", () -> editor.getProblem() != null);
		assertResponsive();

		assertTrue(editor.getProblem().matches("[^:]+: is a named pipe \\(FIFO\\), not a regular file.*"), editor.getProblem());
		assertNull(editor.getMatrix());
		assertEquals(0, Job.getJobManager().find(MatrixLoadJob.FAMILY).length, "no read is left waiting");
		assertNoThreadOpens(path);
		fifo.check();
		assertFalse(Files.isRegularFile(path), "still the FIFO: nothing wrote a file in its place");
	}

	private static void mkfifo(Path path) throws Exception {
		Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
		String said = new String(mkfifo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, mkfifo.waitFor(), () -> "mkfifo: " + said);
	}

	/**
	 * Compare With > Other File... offers the workspace's attribution files by content type, which
	 * the platform finds by opening the file: a FIFO among them is not offered, and not opened.
	 */
	@Test
	void aFifoInTheWorkspaceIsNotOfferedForCompare() throws Exception {
		IFile file = fixture.project.getFile("pipe.attr.json");
		mkfifo(onDisk(file));
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		assertTrue(file.exists());

		// on a thread of its own, so that a regression fails here instead of hanging the test run
		CompletableFuture<Boolean> offered = CompletableFuture.supplyAsync(() -> OtherFileDialog.isAttributionFile(file));
		try {
			assertFalse(offered.get(10, TimeUnit.SECONDS));
		} catch (TimeoutException e) {
			// a writer lets the stuck reader go
			Files.write(onDisk(file), new byte[0]);
			throw new AssertionError("asking whether the FIFO is an attribution file opened it and waits", e);
		}
		assertNoThreadOpens(onDisk(file));
	}

	/** As root (where the test above is skipped), the sentence itself is checked here. */
	@Test
	void missingAndUnreadableFilesAreNamedSo() {
		assertEquals("/p/gone.attr.json does not exist (any more): it was deleted, renamed or moved.",
				ReadFailures.message("/p/gone.attr.json", new NoSuchFileException("/home/u/p/gone.attr.json")));
		assertEquals("/p/locked.attr.json cannot be read: permission denied. Make the file readable (chmod u+r),"
				+ " then press Reopen.",
				ReadFailures.message("/p/locked.attr.json", new AccessDeniedException("/home/u/p/locked.attr.json")));
		assertEquals("Could not read /p/x.attr.json: Input/output error",
				ReadFailures.message("/p/x.attr.json", new IOException("Input/output error")));
	}

	@Test
	void anUnreadableFileSaysSoAndReopensOnceReadable() throws Exception {
		IFile file = fixture.create("unreadable.attr.json", nativeFile(3, 2));
		HeatmapEditor editor = WorkbenchFixture.openHeatmap(file);
		Path path = onDisk(file);

		Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
		try {
			assumeFalse(Files.isReadable(path), "root reads a file whatever its permissions: nothing to see here");
			refreshAfterChange(file);
			Untouched unreadable = Untouched.of(path);
			waitUntil("the editor shows the problem", () -> editor.getProblem() != null);

			assertEquals(NLS.bind(Messages.Editor_notReadable, file.getFullPath()), editor.getProblem());
			assertNull(editor.getMatrix());
			unreadable.check();
		} finally {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
		}
		pressReopen(editor);
		waitUntil("the heatmap is back", () -> editor.getMatrix() != null);
	}

	@Test
	void aGrowingFileShowsItsNewShape() throws Exception {
		IFile file = fixture.create("growing.csv", ",out1,out2\nin1,0.1,0.2\nin2,0.3,0.4\n");
		HeatmapEditor editor = WorkbenchFixture.openHeatmap(file);
		assertEquals(2, editor.getRawMatrix().rows());

		// a script appending its rows as it computes them
		Files.writeString(onDisk(file), "in3,0.5,0.6\nin4,0.7,-0.8\n", StandardOpenOption.APPEND);
		refreshAfterChange(file);
		Untouched grown = Untouched.of(onDisk(file));
		waitUntil("the editor shows four input tokens", () -> editor.getRawMatrix() != null
				&& editor.getRawMatrix().rows() == 4);

		assertEquals(2, editor.getRawMatrix().columns());
		assertEquals(-0.8f, editor.getRawMatrix().value(3, 1));
		assertNull(editor.getProblem());
		grown.check();
	}

	/**
	 * Window > New Editor shows one file in two editors (the workbench otherwise reuses the one
	 * it has): each follows the file by itself, and the file keeps one marker, not one per editor.
	 */
	@Test
	void twoEditorsOnOneFileBothFollowIt() throws Exception {
		IFile file = fixture.create("twice.attr.json", nativeFile(3, 2));
		HeatmapEditor first = WorkbenchFixture.openHeatmap(file);
		HeatmapEditor second = assertInstanceOf(HeatmapEditor.class,
				page().openEditor(new FileEditorInput(file), HeatmapEditor.ID, true, IWorkbenchPage.MATCH_NONE));
		assertNotSame(first, second);
		waitUntil("both show the heatmap", () -> first.getMatrix() != null && second.getMatrix() != null);

		WorkbenchFixture.rewriteOnDisk(file, nativeFile(5, 4));
		waitUntil("both show the new shape", () -> shape(first).equals("5x4") && shape(second).equals("5x4"));

		WorkbenchFixture.rewriteOnDisk(file, "{\"input_tokens\": [\"a\", ");
		Untouched truncated = Untouched.of(onDisk(file));
		waitUntil("both show the problem", () -> first.getProblem() != null && second.getProblem() != null);
		assertEquals(first.getProblem(), second.getProblem());
		assertEquals(1, markers(file).length, "one marker for the file, not one per editor");
		truncated.check();

		assertTrue(page().closeEditor(first, false));
		WorkbenchFixture.rewriteOnDisk(file, nativeFile(2, 2));
		waitUntil("the other still follows the file", () -> shape(second).equals("2x2") && markersOf(file) == 0);
		assertNull(second.getProblem());
	}

	private static String shape(HeatmapEditor editor) {
		return editor.getRawMatrix() == null ? "none"
				: editor.getRawMatrix().rows() + "x" + editor.getRawMatrix().columns();
	}

	private static int markersOf(IFile file) {
		try {
			return markers(file).length;
		} catch (CoreException e) {
			return -1;
		}
	}

	/**
	 * Closing the editor (as closing its window, or the workbench, does) while the read runs
	 * cancels it, and the read ends at once instead of reading on for nothing.
	 */
	@Test
	void closingTheEditorCancelsItsRead() throws Exception {
		IFile file = slowFile("closed.attr.json.gz");
		Untouched slow = Untouched.of(onDisk(file));
		HeatmapEditor editor = openHeatmap(file);
		RunningRead read = RunningRead.await();

		long closed = System.nanoTime();
		assertTrue(page().closeEditor(editor, false));
		read.awaitEnd();

		assertEquals(IStatus.CANCEL, read.result.get().getSeverity(), "the read was cancelled, not read to the end");
		assertTrue(read.endedAfterMs(closed) < CANCEL_WITHIN_MS, () -> "ended " + read.endedAfterMs(closed) + " ms after the close");
		assertResponsive();
		slow.check();
	}

	/** The workbench closes its windows first: closing a window while its editor reads cancels the read. */
	@Test
	void closingTheWindowCancelsItsEditorsRead() throws Exception {
		IFile file = slowFile("window.attr.json.gz");
		IWorkbenchWindow first = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchWindow second = PlatformUI.getWorkbench().openWorkbenchWindow(ResourcesPlugin.getWorkspace().getRoot());
		try {
			IDE.openEditor(second.getActivePage(), file, HeatmapEditor.ID);
			RunningRead read = RunningRead.await();

			long closed = System.nanoTime();
			assertTrue(second.close());
			read.awaitEnd();

			assertEquals(IStatus.CANCEL, read.result.get().getSeverity(), "the read was cancelled, not read to the end");
			assertTrue(read.endedAfterMs(closed) < CANCEL_WITHIN_MS, () -> "ended " + read.endedAfterMs(closed) + " ms after the close");
		} finally {
			if (second.getShell() != null && !second.getShell().isDisposed()) {
				second.close();
			}
			// without a window manager, no window becomes active by itself
			first.getShell().forceActive();
			waitFor("the first window is active again", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow() == first);
		}
		assertResponsive();
	}

	@Test
	void cancelledFromTheProgressViewShowsACancelledPageThatReopens() throws Exception {
		IFile file = slowFile("cancelled.attr.json.gz");
		HeatmapEditor editor = openHeatmap(file);
		RunningRead read = RunningRead.await();
		assertFalse(read.job.isSystem(), "a system job would be missing from the Progress view");

		long cancelled = System.nanoTime();
		// what the Progress view's Cancel button does
		read.job.cancel();
		read.awaitEnd();
		waitFor("the cancelled page is shown", () -> editor.getProblem() != null);

		assertTrue(read.endedAfterMs(cancelled) < CANCEL_WITHIN_MS, () -> "ended " + read.endedAfterMs(cancelled) + " ms after Cancel");
		assertEquals(NLS.bind(Messages.Editor_readCancelled, file.getName()), editor.getProblem());
		assertEquals(Messages.ErrorPage_cancelledTitle, title(editor));
		assertNull(editor.getMatrix(), "no half matrix");
		assertNull(editor.getGrid());
		assertEquals(0, markers(file).length, "a cancelled read is no problem of the file");

		// the file is smaller now (without a refresh, that would reload by itself): Reopen reads it
		Files.writeString(onDisk(file), nativeFile(3, 2));
		pressReopen(editor);
		waitUntil("the heatmap is shown", () -> editor.getMatrix() != null);
		assertEquals("3x2", shape(editor));
	}

	@Test
	void aFileTooBigForTheHeapSaysHowMuchMemoryItNeeds() throws Exception {
		// a 60,000 x 60,000 matrix is within the raised cell limit but needs 13.4 GiB, over the tests' -Xmx1g
		InstanceScope.INSTANCE.getNode(ReadPreferences.QUALIFIER).putLong(ReadPreferences.MAX_CELLS, 4_000_000_000L);
		StringBuilder tokens = new StringBuilder("[");
		for (int i = 0; i < 60_000; i++) {
			tokens.append(i == 0 ? "\"t" : ", \"t").append(i).append('"');
		}
		tokens.append(']');
		IFile file = fixture.create("huge.attr.json", "{\"input_tokens\": " + tokens + ",\n\"output_tokens\": " + tokens
				+ ",\n\"token_attr\": [[0.5]]}\n");
		Untouched huge = Untouched.of(onDisk(file));
		HeatmapEditor editor = openHeatmap(file);
		waitUntil("the editor shows the problem", () -> editor.getProblem() != null);
		assertResponsive();

		String problem = editor.getProblem();
		assertTrue(problem.matches("(?s)huge\\.attr\\.json:\\d+:\\d+: .+"), problem);
		assertTrue(problem.contains("the matrix of 60,000 x 60,000 cells needs about 13.4 GiB of memory"), problem);
		assertTrue(problem.contains("give Java more memory (-Xmx)"), problem);
		assertNull(editor.getMatrix());
		huge.check();
	}

	private static String title(HeatmapEditor editor) {
		return editor.getErrorPage().getTitle();
	}

	private static void pressReopen(HeatmapEditor editor) {
		Button reopen = editor.getErrorPage().getReopenButton();
		assertTrue(reopen.isVisible() && reopen.isEnabled(), "Reopen can be pressed");
		reopen.notifyListeners(SWT.Selection, new Event());
	}

	/**
	 * A gzip file whose text is a small valid matrix followed by {@value #SLOW_GIB} GiB of
	 * spaces: seconds of reading for a file of 16 MB, written in a moment (one compressed MiB
	 * of spaces, repeated as gzip members). The decompressed-size limit is raised for it.
	 */
	private IFile slowFile(String name) throws Exception {
		InstanceScope.INSTANCE.getNode(ReadPreferences.QUALIFIER).putLong(ReadPreferences.MAX_DECOMPRESSED_MIB,
				(SLOW_GIB + 1) * 1024L);
		IFile file = fixture.create(name, "");
		byte[] spaces = gzip(" ".repeat(16 << 20));
		try (var out = Files.newOutputStream(onDisk(file))) {
			out.write(gzip(nativeFile(3, 2).replace("]}\n", "]")));
			for (int i = 0; i < SLOW_GIB * 64; i++) {
				out.write(spaces);
			}
			out.write(gzip("}"));
		}
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		return file;
	}

	private static byte[] gzip(String text) throws IOException {
		var bytes = new java.io.ByteArrayOutputStream();
		try (var gzip = new java.util.zip.GZIPOutputStream(bytes)) {
			gzip.write(text.getBytes(StandardCharsets.US_ASCII));
		}
		return bytes.toByteArray();
	}

	/** The one load job, once it runs, and when and how it ends. */
	private static final class RunningRead {
		final Job job;
		final AtomicReference<IStatus> result = new AtomicReference<>();
		final AtomicLong ended = new AtomicLong();

		private RunningRead(Job job) {
			this.job = job;
			job.addJobChangeListener(new JobChangeAdapter() {
				@Override
				public void done(IJobChangeEvent event) {
					ended.set(System.nanoTime());
					result.set(event.getResult());
				}
			});
		}

		static RunningRead await() {
			waitFor("the read runs", () -> {
				Job[] jobs = Job.getJobManager().find(MatrixLoadJob.FAMILY);
				return jobs.length == 1 && jobs[0].getState() == Job.RUNNING;
			});
			RunningRead read = new RunningRead(Job.getJobManager().find(MatrixLoadJob.FAMILY)[0]);
			assertEquals(Job.RUNNING, read.job.getState(), "still reading: the file takes seconds");
			return read;
		}

		void awaitEnd() {
			waitFor("the read ends", () -> result.get() != null);
		}

		long endedAfterMs(long start) {
			return (ended.get() - start) / 1_000_000;
		}
	}
}
