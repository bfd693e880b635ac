package org.attributionlens.editor.tests;

import static org.attributionlens.editor.tests.WorkbenchFixture.page;
import static org.attributionlens.editor.tests.WorkbenchFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.ProblemMarkers;
import org.attributionlens.internal.editor.handlers.ViewHandler;
import org.attributionlens.internal.editor.handlers.ZoomHandler;
import org.attributionlens.model.AttributionFile;
import org.attributionlens.model.view.DisplayedCell;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.eclipse.swt.widgets.ToolItem;

class HeatmapEditorTest {
	private static final String BROKEN = """
			{
			  "input_tokens": ["a", "b", "c"],
			  "output_tokens": ["x", "y"],
			  "token_attr": [[0.1, 0.2, 0.3], [0.4, 0.5]]
			}
			""";

	private WorkbenchFixture fixture;

	@BeforeEach
	void createProject() throws Exception {
		fixture = new WorkbenchFixture("heatmap-editor-test");
	}

	@AfterEach
	void cleanUp() throws Exception {
		fixture.close();
	}

	private static HeatmapEditor open(IFile file) throws Exception {
		// by content type: no editor id is given, the workbench chooses
		IEditorPart part = IDE.openEditor(page(), file);
		WorkbenchFixture.drain();
		return assertInstanceOf(HeatmapEditor.class, part);
	}

	@Test
	void selectedCellShowsInPropertiesView() throws Exception {
		IFile file = fixture.copySample("division.attr.json", "division.attr.json");
		assertEquals("org.attributionlens.model.attributionJson", file.getContentDescription().getContentType().getId());
		HeatmapEditor editor = open(file);
		PropertySheet sheet = PropertiesViewContent.show(page());
		assertEquals(13, editor.getMatrix().rows());
		assertEquals(5, editor.getMatrix().columns());

		editor.selectCell(7, 2);
		WorkbenchFixture.drain();

		// the grid's row 7 is output token "▁/", its column 2 input token "4900 / 100 = 49"
		IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
		DisplayedCell cell = assertInstanceOf(DisplayedCell.class, selection.getFirstElement());
		assertEquals("▁/", cell.outputToken());
		assertEquals("4900 / 100 = 49", cell.inputToken());
		Map<String, String> shown = PropertiesViewContent.read(sheet);
		assertEquals("7", shown.get("Output token index"), shown::toString);
		assertEquals("\"▁/\"", shown.get("Output token"));
		assertEquals("2", shown.get("Input token index"));
		assertEquals("\"4900 / 100 = 49\"", shown.get("Input token"));
		assertEquals("1.9074", shown.get("Value"));
		assertEquals("1 of 5", shown.get("Rank by |value| among the input tokens of this output"));
		assertEquals("1 of 13", shown.get("Rank by |value| among the output tokens of this input"));
		assertTrue(shown.get("Share of this output token's |attribution|").endsWith("%"));
		assertEquals("/heatmap-editor-test/division.attr.json", shown.get("Path"));
		assertEquals("5 input tokens × 13 output tokens", shown.get("Shape"), "the file's shape, not the grid's");
	}

	@Test
	void withNothingSelectedThePropertiesViewShowsTheFile() throws Exception {
		IFile file = fixture.copySample("division.attr.json", "division.attr.json");
		HeatmapEditor editor = open(file);
		PropertySheet sheet = PropertiesViewContent.show(page());
		editor.selectCell(0, 0);
		editor.getGrid().select(null);
		WorkbenchFixture.drain();

		IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
		assertInstanceOf(AttributionFile.class, selection.getFirstElement());
		Map<String, String> shown = PropertiesViewContent.read(sheet);
		assertNull(shown.get("Input token"), shown::toString);
		assertEquals("1.9074 at input 2 \"4900 / 100 = 49\", output 7 \"▁/\"", shown.get("Maximum"));
		assertEquals("0 of 65", shown.get("Missing cells"));
	}

	@Test
	void malformedFileShowsErrorPageAndProblemMarker() throws Exception {
		IFile file = fixture.create("broken.attr.json", BROKEN);
		HeatmapEditor editor = open(file);
		waitUntil("the problem marker exists", () -> markers(file).length == 1);

		assertNull(editor.getMatrix());
		assertNotNull(editor.getProblem());
		assertTrue(editor.getProblem().startsWith("broken.attr.json:4:"), editor.getProblem());
		assertTrue(editor.getProblem().contains("token_attr[1] has 2 values, expected 3"), editor.getProblem());
		IMarker marker = markers(file)[0];
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(4, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("expected 3"));
		assertEquals(BROKEN, new String(file.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
				"the editor never writes the file");
		// nothing to transpose, zoom or export on the error page
		page().activate(editor);
		for (String command : new String[] { ViewHandler.TRANSPOSE, ZoomHandler.ZOOM_IN, "org.attributionlens.editor.export" }) {
			waitUntil(command + " is disabled", () -> !Commands.isEnabled(command));
		}
		assertTrue(ToolBarItems.all(editor).stream().noneMatch(ToolItem::isEnabled), "every tool bar item is greyed");
	}

	@Test
	void reloadsWhenTheFileChangesOnDisk() throws Exception {
		IFile file = fixture.create("changing.attr.json", BROKEN);
		HeatmapEditor editor = open(file);
		waitUntil("the problem marker exists", () -> markers(file).length == 1);

		WorkbenchFixture.rewriteOnDisk(file, """
				{"input_tokens": ["a", "b", "c"], "output_tokens": ["x", "y"],
				 "token_attr": [[0.1, 0.2, 0.3], [0.4, 0.5, -0.75]]}
				""");
		waitUntil("the editor reloaded", () -> editor.getMatrix() != null && markers(file).length == 0);
		assertEquals(-0.75f, editor.getRawMatrix().value(2, 1));
		assertEquals(-0.75f, editor.getMatrix().value(1, 2), "a Captum file shows output tokens as rows");
		assertNull(editor.getProblem());

		WorkbenchFixture.rewriteOnDisk(file, "{\"input_tokens\": [");
		waitUntil("the editor shows the truncated file's problem", () -> editor.getProblem() != null);
		assertNull(editor.getMatrix());
	}

	@Test
	void offeredInOpenWithForAnyJsonButNotDefaultForPlainJson() throws Exception {
		IEditorDescriptor[] editors = PlatformUI.getWorkbench().getEditorRegistry().getEditors("data.json");
		assertTrue(Arrays.stream(editors).anyMatch(e -> HeatmapEditor.ID.equals(e.getId())));
		IFile plain = fixture.create("package.json", "{\"name\": \"not attributions\", \"version\": \"1.0.0\"}");
		assertTrue(plain.getContentDescription() == null
				|| !"org.attributionlens.model.attributionJson".equals(plain.getContentDescription().getContentType().getId()));
		IFile sniffed = fixture.create("captum-output.json",
				"{\"input_tokens\": [\"a\"], \"output_tokens\": [\"b\"], \"token_attr\": [[1.0]]}");
		assertEquals("org.attributionlens.model.attributionJson", sniffed.getContentDescription().getContentType().getId());
	}

	@Test
	void openingTheProblemPutsTheCaretOnTheErrorInATextEditor() throws Exception {
		IFile file = fixture.create("broken.attr.json", BROKEN);
		HeatmapEditor editor = open(file);
		waitUntil("the problem marker has its position", () -> markers(file).length == 1
				&& markers(file)[0].getAttribute(IMarker.CHAR_START, -1) >= 0);
		assertNotNull(editor.getProblem());
		IMarker marker = markers(file)[0];
		// what a double click in the Problems view does
		IEditorPart text = IDE.openEditor(page(), marker);
		assertEquals("org.eclipse.ui.DefaultTextEditor", text.getSite().getId());
		ITextSelection caret = (ITextSelection) text.getSite().getSelectionProvider().getSelection();
		// the message says line 4, column C: the same place counted in the text itself
		String location = editor.getProblem().substring("broken.attr.json:".length());
		int line = Integer.parseInt(location.substring(0, location.indexOf(':')));
		int column = Integer.parseInt(location.substring(location.indexOf(':') + 1, location.indexOf(':', location.indexOf(':') + 1)));
		int lineStart = 0;
		for (int i = 1; i < line; i++) {
			lineStart = BROKEN.indexOf('\n', lineStart) + 1;
		}
		assertEquals(lineStart + column - 1, caret.getOffset(), editor.getProblem());
	}

	private static IMarker[] markers(IFile file) {
		try {
			return file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new IllegalStateException(e);
		}
	}
}
