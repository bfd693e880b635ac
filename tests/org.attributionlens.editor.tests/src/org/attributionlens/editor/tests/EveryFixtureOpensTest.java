package org.attributionlens.editor.tests;

import static org.attributionlens.editor.tests.WorkbenchFixture.page;
import static org.attributionlens.editor.tests.WorkbenchFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.attributionlens.editor.HeatmapEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every readable fixture of the model tests (native, Inseq in both tensor
 * encodings, CSV/TSV, gzip) and every sample opens in the editor as a heatmap.
 * The malformed corpora are checked, message by message, by the model tests.
 */
class EveryFixtureOpensTest {
	private static WorkbenchFixture fixture;

	@BeforeAll
	static void createProject() throws Exception {
		fixture = new WorkbenchFixture("every-fixture-opens-test");
	}

	@AfterAll
	static void cleanUp() throws Exception {
		fixture.close();
	}

	static List<Path> readableFiles() throws IOException {
		Path fixtures = WorkbenchFixture.fixture("");
		try (Stream<Path> files = Stream.concat(Files.walk(fixtures), Files.list(WorkbenchFixture.sample("")))) {
			return files.filter(Files::isRegularFile)
					.filter(f -> !f.toString().contains("malformed"))
					.filter(f -> f.getFileName().toString().matches(".*\\.(json|gz|csv|tsv|tab|txt|data)$"))
					.sorted().toList();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("readableFiles")
	void opensAsAHeatmap(Path source) throws Exception {
		String name = source.getParent().getFileName() + "-" + source.getFileName();
		IFile file = fixture.project.getFile(name);
		file.create(Files.newInputStream(source), true, null);
		HeatmapEditor editor = assertInstanceOf(HeatmapEditor.class, IDE.openEditor(page(), file, HeatmapEditor.ID));
		waitUntil("the file is read", () -> editor.getMatrix() != null || editor.getProblem() != null);
		assertNull(editor.getProblem(), () -> source + ": " + editor.getProblem());
		assertNotNull(editor.getGrid());
		assertTrue(editor.getMatrix().rows() > 0 && editor.getMatrix().columns() > 0);
		assertTrue(page().closeEditor(editor, false));
	}
}
