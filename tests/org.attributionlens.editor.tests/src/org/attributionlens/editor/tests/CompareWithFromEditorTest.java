package org.attributionlens.editor.tests;

import static org.attributionlens.editor.tests.WorkbenchFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.AttributionInput;
import org.attributionlens.internal.editor.compare.AttributionCompareEditor;
import org.attributionlens.internal.editor.compare.CompareInput;
import org.attributionlens.internal.editor.compare.OtherFileDialog;
import org.attributionlens.internal.editor.handlers.CompareWithHandler;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compare With... in the heatmap editor: this file is A, B is another attribution file, of the workspace or not. */
class CompareWithFromEditorTest {
	private static final String A = "{\"input_tokens\": [\"a\", \"b\"], \"output_tokens\": [\"x\"], \"token_attr\": [[0.5, -0.25]]}";
	private static final String B = "{\"input_tokens\": [\"a\", \"b\"], \"output_tokens\": [\"x\"], \"token_attr\": [[0.125, 0.25]]}";
	private WorkbenchFixture fixture;
	private IFile a;

	@BeforeEach
	void createFiles() throws Exception {
		fixture = new WorkbenchFixture("compare-with-from-editor-test");
		a = fixture.create("ig.attr.json", A);
	}

	@AfterEach
	void cleanUp() throws Exception {
		fixture.close();
	}

	@Test
	void theOpenFileIsComparedAsA() throws Exception {
		IFile b = fixture.create("saliency.attr.json", B);
		WorkbenchFixture.openHeatmap(a);
		Commands.execute(CompareWithHandler.COMMAND, Map.of(CompareWithHandler.OTHER, b.getFullPath().toString()));
		AttributionCompareEditor compare = assertInstanceOf(AttributionCompareEditor.class, page().getActiveEditor());
		assertEquals(new CompareInput(a, b), compare.getEditorInput());
		assertEquals(0.375f, compare.getDiff().diff().value(0, 0), 1e-6f, "A - B with the open file as A");
	}

	/** As `./attributionlens ide FILE` opens it: a file outside the workspace; it used to compare with nothing. */
	@Test
	void aFileFromOutsideTheWorkspaceIsComparedWithAnotherOutsideIt(@TempDir Path folder) throws Exception {
		Path outsideA = Files.writeString(folder.resolve("ig.attr.json"), A);
		Path outsideB = Files.writeString(folder.resolve("saliency.attr.json"), B);
		HeatmapEditor editor = assertInstanceOf(HeatmapEditor.class,
				IDE.openEditor(page(), outsideA.toUri(), HeatmapEditor.ID, true));
		WorkbenchFixture.waitUntil("the heatmap is shown", () -> editor.getGrid() != null);
		Commands.execute(CompareWithHandler.COMMAND, Map.of(CompareWithHandler.OTHER, outsideB.toString()));
		AttributionCompareEditor compare = assertInstanceOf(AttributionCompareEditor.class, page().getActiveEditor());
		assertEquals(new CompareInput(AttributionInput.of(outsideA), AttributionInput.of(outsideB)),
				compare.getEditorInput());
		assertEquals(0.375f, compare.getDiff().diff().value(0, 0), 1e-6f, "A - B with the open file as A");
		assertTrue(compare.getExplanation().contains(outsideB.toString()), compare.getExplanation());
	}

	@Test
	void theDialogOffersTheOtherAttributionFilesOnly() throws Exception {
		fixture.create("saliency.attr.json", B);
		fixture.project.getFolder("runs").create(true, true, null);
		fixture.create("runs/attention.json", B);
		fixture.create("notes.txt", "not an attribution");
		fixture.create("package.json", "{\"name\": \"not an attribution\"}");
		fixture.project.getFolder("empty").create(true, true, null);

		OtherFileDialog dialog = new OtherFileDialog(page().getWorkbenchWindow().getShell(), a);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			dialog.getViewer().expandAll();
			WorkbenchFixture.drain();
			List<String> shown = new ArrayList<>();
			for (TreeItem item : dialog.getViewer().getTree().getItems()) {
				collect(item, shown);
			}
			assertTrue(shown.contains("saliency.attr.json"), shown::toString);
			assertTrue(shown.contains("attention.json"), "a .json file whose content is an attribution: " + shown);
			assertFalse(shown.contains("ig.attr.json"), "not the open file itself: " + shown);
			assertFalse(shown.contains("notes.txt"), shown::toString);
			assertFalse(shown.contains("package.json"), "a .json file of another kind: " + shown);
			assertFalse(shown.contains("empty"), "a folder without attribution files: " + shown);
		} finally {
			dialog.close();
		}
	}

	private static void collect(TreeItem item, List<String> shown) {
		shown.add(item.getText());
		for (TreeItem child : item.getItems()) {
			collect(child, shown);
		}
	}
}
