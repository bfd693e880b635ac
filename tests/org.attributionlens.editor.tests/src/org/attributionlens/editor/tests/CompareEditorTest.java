package org.attributionlens.editor.tests;

import static org.attributionlens.editor.tests.WorkbenchFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.attributionlens.internal.editor.compare.AttributionCompareEditor;
import org.attributionlens.internal.editor.grid.HeatmapGrid;
import org.attributionlens.model.CellRef;
import org.attributionlens.model.analysis.ComparedCell;
import org.eclipse.core.resources.IFile;
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
 * mismatches explained, A, B and A - B in the Properties view.
 */
class CompareEditorTest {
	private WorkbenchFixture fixture;

	@BeforeEach
	void createProject() throws Exception {
		fixture = new WorkbenchFixture("compare-editor-test");
	}

	@AfterEach
	void cleanUp() throws Exception {
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
		editor.getGrid().select(new CellRef(1, 0));
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
		// A and B are shown as read, beside A - B, in one colour range (the larger |value| of both)
		assertEquals(-0.25f, gridA.getMatrix().value(1, 0), 1e-6f);
		assertEquals(0.25f, gridB.getMatrix().value(1, 0), 1e-6f);
		assertEquals(4.0, gridA.getStyle().range().high(), 1e-9);
		assertEquals(4.0, gridB.getStyle().range().high(), 1e-9);

		PropertySheet sheet = PropertiesViewContent.show(page());
		gridA.select(new CellRef(1, 0));
		WorkbenchFixture.drain();
		assertEquals(new CellRef(1, 0), gridB.selectedCell());
		assertEquals(new CellRef(1, 0), difference.selectedCell());
		Map<String, String> shown = PropertiesViewContent.read(sheet);
		assertEquals("-0.25", shown.get("Value in A"), shown::toString);
		assertEquals("0.25", shown.get("Value in B"));
		assertEquals("-0.5", shown.get("A \u2212 B"));

		difference.select(new CellRef(0, 1));
		WorkbenchFixture.drain();
		assertEquals(new CellRef(0, 1), gridA.selectedCell());
		assertEquals(new CellRef(0, 1), gridB.selectedCell());
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
		// which one is A follows the explorer's order; the division figure has 13 output tokens, the other 9
		boolean aIsLonger = editor.getGridA().getMatrix().columns() == 13;
		HeatmapGrid longer = aIsLonger ? editor.getGridA() : editor.getGridB();
		HeatmapGrid shorter = aIsLonger ? editor.getGridB() : editor.getGridA();
		PropertySheet sheet = PropertiesViewContent.show(page());
		shorter.select(new CellRef(0, 0));
		WorkbenchFixture.drain();
		assertEquals(new CellRef(0, 0), longer.selectedCell());

		longer.select(new CellRef(2, 12));
		WorkbenchFixture.drain();
		assertEquals(new CellRef(2, 12), editor.getGrid().selectedCell(), "the difference covers the union");
		assertNull(shorter.selectedCell(), "9 output tokens: no output 12 to select");
		assertEquals(new CellRef(2, 12), longer.selectedCell());
		Map<String, String> shown = PropertiesViewContent.read(sheet);
		assertEquals("missing", shown.get(aIsLonger ? "Value in B" : "Value in A"), shown::toString);
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
