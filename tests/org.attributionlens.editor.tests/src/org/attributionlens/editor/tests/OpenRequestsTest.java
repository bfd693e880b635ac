package org.attributionlens.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.ide.LaunchRequests;
import org.attributionlens.internal.ide.OpenRequests;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second launch on a running IDE's workspace writes a request file; the running IDE opens the
 * files it names in heatmap editors and deletes it ({@link OpenRequests}, with the workbench's
 * own {@link LaunchRequests#opener}).
 */
class OpenRequestsTest {

	@TempDir
	Path directory;

	@AfterEach
	void closeEditors() {
		assertTrue(WorkbenchFixture.page().closeAllEditors(false));
		WorkbenchFixture.drain();
	}

	@Test
	void aRequestOpensItsFilesAndIsDeleted() throws Exception {
		Path division = WorkbenchFixture.sample("division.attr.json").toRealPath();
		Path arithmetic = WorkbenchFixture.sample("arithmetic.attr.json").toRealPath();
		try (OpenRequests requests = watch()) {
			Path request = write("1-1", division + "\n" + arithmetic + "\n");
			WorkbenchFixture.waitFor("both files are open",
					() -> openFiles().containsAll(List.of(division, arithmetic)));
			assertFalse(Files.exists(request), "the request is deleted once taken");
		}
		assertEquals(2, openFiles().size(), "each once");
		WorkbenchFixture.waitUntil("both are read", () -> everyHeatmapShown());
	}

	@Test
	void requestsWrittenBeforeTheIdeWatchesAreTakenWhenItStarts() throws Exception {
		Path division = WorkbenchFixture.sample("division.attr.json").toRealPath();
		Path request = write("1-1", division.toString());
		try (OpenRequests requests = watch()) {
			WorkbenchFixture.waitFor("the file is open", () -> openFiles().contains(division));
			assertFalse(Files.exists(request));
		}
	}

	@Test
	void aRequestNotYetRenamedIntoPlaceIsLeftAlone() throws Exception {
		Path division = WorkbenchFixture.sample("division.attr.json").toRealPath();
		Path arithmetic = WorkbenchFixture.sample("arithmetic.attr.json").toRealPath();
		Path halfWritten = directory.resolve("1-1.request.tmp");
		Files.writeString(halfWritten, division.toString(), StandardCharsets.UTF_8);
		try (OpenRequests requests = watch()) {
			write("2-1", arithmetic.toString());
			WorkbenchFixture.waitFor("the complete request is taken", () -> openFiles().contains(arithmetic));
		}
		WorkbenchFixture.drain();
		assertEquals(List.of(arithmetic), openFiles());
		assertTrue(Files.exists(halfWritten));
	}

	private OpenRequests watch() throws IOException {
		return OpenRequests.watch(directory, LaunchRequests.opener(PlatformUI.getWorkbench()));
	}

	/** As the launcher does: written beside, then renamed into place. */
	private Path write(String name, String content) throws IOException {
		Path written = directory.resolve(name + ".request.tmp");
		Files.writeString(written, content, StandardCharsets.UTF_8);
		return Files.move(written, directory.resolve(name + ".request"), StandardCopyOption.ATOMIC_MOVE);
	}

	/** The files of the open heatmap editors. */
	private static List<Path> openFiles() {
		List<Path> files = new ArrayList<>();
		for (IEditorReference reference : WorkbenchFixture.page().getEditorReferences()) {
			try {
				IEditorInput input = reference.getEditorInput();
				if (HeatmapEditor.ID.equals(reference.getId()) && input instanceof IURIEditorInput uri) {
					files.add(Path.of(uri.getURI()).toRealPath());
				}
			} catch (PartInitException | IOException e) {
				throw new AssertionError(e);
			}
		}
		return files;
	}

	private static boolean everyHeatmapShown() {
		for (IEditorReference reference : WorkbenchFixture.page().getEditorReferences()) {
			if (!(reference.getEditor(false) instanceof HeatmapEditor heatmap) || heatmap.getGrid() == null) {
				return false;
			}
		}
		return true;
	}
}
