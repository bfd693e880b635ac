package org.attributionlens.editor.tests;

import static org.attributionlens.editor.tests.WorkbenchFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.attributionlens.internal.editor.compare.AttributionCompareEditor;
import org.attributionlens.internal.editor.grid.HeatmapGrid;
import org.attributionlens.internal.editor.preferences.DefaultOrientation;
import org.attributionlens.internal.editor.preferences.ReadPreferences;
import org.attributionlens.internal.editor.preferences.ViewPreferences;
import org.attributionlens.model.CellRef;
import org.attributionlens.model.Orientation;
import org.attributionlens.model.analysis.ComparedCell;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Compare With > Each Other (Attributions): A, B and A - B side by side with one selection,
 * mismatches explained, A, B and A - B in the Properties view. The files here are Captum's
 * (native): with the default orientation the panes show their output tokens as rows, so a grid
 * cell (row, column) is (output token, input token).
 */
class CompareEditorTest {
	private WorkbenchFixture fixture;

	@BeforeEach
	void createProject() throws Exception {
		fixture = new WorkbenchFixture("compare-editor-test");
	}

	@AfterEach
	void cleanUp() throws Exception {
		InstanceScope.INSTANCE.getNode(ReadPreferences.QUALIFIER).remove(ViewPreferences.ORIENTATION);
		fixture.close();
	}

	private AttributionCompareEditor compare(IFile a, IFile b) throws Exception {
		IViewPart explorer = page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.getSite().getSelectionProvider().setSelection(new StructuredSelection(new Object[] { a, b }));
		WorkbenchFixture.drain();
		PlatformUI.getWorkbench().getService(IHandlerService.class)
				.executeCommand("org.attributionlens.editor.compareEachOther", null);
		WorkbenchFixture.drain();
		return assertInstanceOf(AttributionCompareEditor.class, page().getActiveEditor());
	}

	/** A native file with the input tokens a and b (token_attr holds one row per output token). */
	private IFile inputsAB(String name, String outputTokens, String tokenAttr) throws Exception {
		return fixture.create(name, "{\"input_tokens\": [\"a\", \"b\"], \"output_tokens\": " + outputTokens
				+ ", \"token_attr\": " + tokenAttr + "}");
	}

	@Test
	void twoMethodsOnTheSamePromptGiveTheirDifference() throws Exception {
		IFile a = inputsAB("ig.attr.json", "[\"x\"]", "[[0.5, -0.25]]");
		IFile b = inputsAB("saliency.attr.json", "[\"x\"]", "[[0.125, 0.25]]");
		AttributionCompareEditor editor = compare(a, b);
		assertEquals(0.375f, editor.getDiff().diff().value(0, 0), 1e-6f);
		assertEquals(-0.5f, editor.getDiff().diff().value(1, 0), 1e-6f);

		PropertySheet sheet = PropertiesViewContent.show(page());
		// output x, input b
		editor.getGrid().select(new CellRef(0, 1));
		WorkbenchFixture.drain();
		IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
		assertInstanceOf(ComparedCell.class, selection.getFirstElement());
		Map<String, String> shown = PropertiesViewContent.read(sheet);
		assertEquals("-0.25", shown.get("Value in A"), shown::toString);
		assertEquals("0.25", shown.get("Value in B"));
		assertEquals("-0.5", shown.get("A \u2212 B"));
	}

	@Test
	void aCellSelectedInAnyOfTheThreeHeatmapsIsSelectedInTheOthers() throws Exception {
		IFile a = inputsAB("ig.attr.json", "[\"x\", \"y\"]", "[[0.5, -0.25], [1, 2]]");
		IFile b = inputsAB("saliency.attr.json", "[\"x\", \"y\"]", "[[0.125, 0.25], [4, 0]]");
		AttributionCompareEditor editor = compare(a, b);
		HeatmapGrid gridA = editor.getGridA();
		HeatmapGrid gridB = editor.getGridB();
		HeatmapGrid difference = editor.getGrid();
		// A and B are shown beside A - B, in one colour range (the larger |value| of both)
		assertEquals(-0.25f, gridA.getMatrix().value(0, 1), 1e-6f);
		assertEquals(0.25f, gridB.getMatrix().value(0, 1), 1e-6f);
		assertEquals(4.0, gridA.getStyle().range().high(), 1e-9);
		assertEquals(4.0, gridB.getStyle().range().high(), 1e-9);

		PropertySheet sheet = PropertiesViewContent.show(page());
		gridA.select(new CellRef(0, 1));
		WorkbenchFixture.drain();
		assertEquals(new CellRef(0, 1), gridB.selectedCell());
		assertEquals(new CellRef(0, 1), difference.selectedCell());
		Map<String, String> shown = PropertiesViewContent.read(sheet);
		assertEquals("-0.25", shown.get("Value in A"), shown::toString);
		assertEquals("0.25", shown.get("Value in B"));
		assertEquals("-0.5", shown.get("A \u2212 B"));

		difference.select(new CellRef(1, 0));
		WorkbenchFixture.drain();
		assertEquals(new CellRef(1, 0), gridA.selectedCell());
		assertEquals(new CellRef(1, 0), gridB.selectedCell());
		shown = PropertiesViewContent.read(sheet);
		assertEquals("1.0", shown.get("Value in A"), shown::toString);
		assertEquals("-3.0", shown.get("A \u2212 B"));

		gridB.select(new CellRef(1, 1));
		WorkbenchFixture.drain();
		assertEquals(new CellRef(1, 1), gridA.selectedCell());
		assertEquals(new CellRef(1, 1), difference.selectedCell());
		assertEquals("2.0", PropertiesViewContent.read(sheet).get("Value in A"));
	}

	@Test
	void anOutputOfTheLongerFileIsClearedInTheShorterOne() throws Exception {
		IFile division = fixture.copySample("division.attr.json", "division.attr.json");
		IFile arithmetic = fixture.copySample("arithmetic.attr.json", "arithmetic.attr.json");
		AttributionCompareEditor editor = compare(division, arithmetic);
		// which one is A follows the explorer's order; the division figure has 13 output tokens (rows), the other 9
		boolean aIsLonger = editor.getGridA().getMatrix().rows() == 13;
		HeatmapGrid longer = aIsLonger ? editor.getGridA() : editor.getGridB();
		HeatmapGrid shorter = aIsLonger ? editor.getGridB() : editor.getGridA();
		PropertySheet sheet = PropertiesViewContent.show(page());
		shorter.select(new CellRef(0, 0));
		WorkbenchFixture.drain();
		assertEquals(new CellRef(0, 0), longer.selectedCell());

		longer.select(new CellRef(12, 2));
		WorkbenchFixture.drain();
		assertEquals(new CellRef(12, 2), editor.getGrid().selectedCell(), "the difference covers the union");
		assertNull(shorter.selectedCell(), "9 output tokens: no output 12 to select");
		assertEquals(new CellRef(12, 2), longer.selectedCell());
		Map<String, String> shown = PropertiesViewContent.read(sheet);
		assertEquals("missing", shown.get(aIsLonger ? "Value in B" : "Value in A"), shown::toString);
	}

	@Test
	void aClickInEachPaneShowsItsCellInProperties() throws Exception {
		IFile a = inputsAB("ig.attr.json", "[\"x\", \"y\"]", "[[0.5, -0.25], [1, 2]]");
		IFile b = inputsAB("saliency.attr.json", "[\"x\", \"y\"]", "[[0.125, 0.25], [4, 0]]");
		AttributionCompareEditor editor = compare(a, b);
		PropertySheet sheet = PropertiesViewContent.show(page());
		WorkbenchFixture.drain();

		// grid positions: the header row and column come first
		UserInput.clickGridPosition(editor.getGridA(), 1 + 1, 1 + 0);
		assertShowsCell(editor, sheet, "-0.25", "0.25", "-0.5", "\"x\"", "\"b\"");
		assertEquals(new CellRef(0, 1), editor.getGrid().selectedCell(), "A - B follows A");

		UserInput.clickGridPosition(editor.getGridB(), 1 + 0, 1 + 1);
		assertShowsCell(editor, sheet, "1.0", "4.0", "-3.0", "\"y\"", "\"a\"");
		assertEquals(new CellRef(1, 0), editor.getGridA().selectedCell(), "A follows B");

		UserInput.clickGridPosition(editor.getGrid(), 1 + 1, 1 + 1);
		assertShowsCell(editor, sheet, "2.0", "0.0", "2.0", "\"y\"", "\"b\"");
		assertEquals(new CellRef(1, 1), editor.getGridB().selectedCell(), "B follows A - B");
	}

	private static void assertShowsCell(AttributionCompareEditor editor, PropertySheet sheet, String valueA,
			String valueB, String difference, String outputToken, String inputToken) {
		PropertiesViewContent.waitUntilVisible(sheet, "A \u2212 B", difference,
				() -> "difference selection " + editor.getGrid().selectedCell() + "; active part " + page().getActivePart());
		Map<String, String> shown = PropertiesViewContent.visible(sheet);
		assertEquals(valueA, shown.get("Value in A"), shown::toString);
		assertEquals(valueB, shown.get("Value in B"), shown::toString);
		assertEquals(outputToken, shown.get("Output token"), shown::toString);
		assertEquals(inputToken, shown.get("Input token"), shown::toString);
	}

	@Test
	void captumFilesCompareAsCaptumDrawsThemUnlessThePreferenceSaysOtherwise() throws Exception {
		IFile a = inputsAB("ig.attr.json", "[\"x\", \"y\", \"z\"]", "[[0.5, -0.25], [1, 2], [3, 4]]");
		IFile b = inputsAB("saliency.attr.json", "[\"x\", \"y\", \"z\"]", "[[0.125, 0.25], [4, 0], [1, 1]]");
		AttributionCompareEditor editor = compare(a, b);
		for (HeatmapGrid pane : List.of(editor.getGridA(), editor.getGridB(), editor.getGrid())) {
			assertEquals(List.of("x", "y", "z"), pane.getMatrix().rowTokens(), "output tokens as rows, as in the heatmap editor");
			assertEquals(List.of("a", "b"), pane.getMatrix().columnTokens());
			assertEquals(Orientation.OUTPUTS_AS_ROWS, pane.getOrientation(), "the corner and tool tips say so");
		}
		assertEquals(3f, editor.getGridA().getMatrix().value(2, 0), "output z, input a");
		page().closeAllEditors(false);

		InstanceScope.INSTANCE.getNode(ReadPreferences.QUALIFIER).put(ViewPreferences.ORIENTATION,
				DefaultOrientation.INPUTS_AS_ROWS.name());
		editor = compare(a, b);
		for (HeatmapGrid pane : List.of(editor.getGridA(), editor.getGridB(), editor.getGrid())) {
			assertEquals(List.of("a", "b"), pane.getMatrix().rowTokens(), "input tokens as rows, as the preference says");
			assertEquals(Orientation.INPUTS_AS_ROWS, pane.getOrientation());
		}
		PropertySheet sheet = PropertiesViewContent.show(page());
		editor.getGrid().select(new CellRef(0, 2));
		WorkbenchFixture.drain();
		Map<String, String> shown = PropertiesViewContent.read(sheet);
		assertEquals("3.0", shown.get("Value in A"), shown::toString);
		assertEquals("\"z\"", shown.get("Output token"), shown::toString);
	}

	/** The IDE product has org.eclipse.compare, whose Compare With menu ours joins; so has the test runtime. */
	@Test
	void eachOtherSitsInTheStandardCompareWithMenuOnce() throws Exception {
		IFile a = fixture.copySample("division.attr.json", "a.attr.json");
		IFile b = fixture.copySample("division.attr.json", "b.attr.json");
		IViewPart explorer = page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		Viewer viewer = (Viewer) explorer.getSite().getSelectionProvider();
		viewer.setSelection(new StructuredSelection(new Object[] { a, b }));
		WorkbenchFixture.drain();
		Menu menu = viewer.getControl().getMenu();
		MenuItem compareWith = MenuContent.item(menu, "Compare With");
		assertEquals(1, Arrays.stream(menu.getItems()).filter(item -> MenuContent.label(item).equals("Compare With"))
				.count(), "one Compare With menu: " + MenuContent.labels(menu));
		Menu submenu = compareWith.getMenu();
		MenuItem eachOther = MenuContent.item(submenu, "Each Other (Attributions)");
		assertTrue(Arrays.stream(submenu.getItems()).anyMatch(item -> MenuContent.label(item).equals("Each Other")),
				"beside org.eclipse.compare's own Each Other: " + MenuContent.labels(submenu));
		assertTrue(eachOther.isEnabled());
		MenuContent.choose(eachOther);
		AttributionCompareEditor editor = assertInstanceOf(AttributionCompareEditor.class, page().getActiveEditor());
		assertEquals(0f, editor.getDiff().diff().value(2, 7), "a file compared with its copy");
	}

	@Test
	void differentLengthsAreExplainedNotCropped() throws Exception {
		IFile division = fixture.copySample("division.attr.json", "division.attr.json");
		IFile arithmetic = fixture.copySample("arithmetic.attr.json", "arithmetic.attr.json");
		AttributionCompareEditor editor = compare(division, arithmetic);
		assertEquals(5, editor.getDiff().rows(), "both have five input tokens");
		assertEquals(13, editor.getDiff().columns(), "the union of 13 and 9 output tokens");
		assertTrue(editor.getExplanation().contains("13"), editor.getExplanation());
		assertTrue(editor.getExplanation().contains("9"), editor.getExplanation());
		assertTrue(Float.isNaN(editor.getDiff().diff().value(0, 12)), "outputs only in A have no difference");
	}
}
