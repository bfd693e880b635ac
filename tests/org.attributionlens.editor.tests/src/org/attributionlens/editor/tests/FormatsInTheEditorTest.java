package org.attributionlens.editor.tests;

import static org.attributionlens.editor.tests.WorkbenchFixture.page;
import static org.attributionlens.editor.tests.WorkbenchFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.grid.StepScoreValue;
import org.attributionlens.internal.editor.handlers.ViewHandler;
import org.attributionlens.internal.editor.preferences.ReadPreferences;
import org.attributionlens.internal.editor.preferences.ViewPreferences;
import org.attributionlens.model.AttributionMatrix;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Inseq batches, step scores and the read limits, as the editor shows them. */
class FormatsInTheEditorTest {
	private WorkbenchFixture fixture;

	@BeforeEach
	void createProject() throws Exception {
		fixture = new WorkbenchFixture("formats-in-the-editor-test");
	}

	@AfterEach
	void cleanUp() throws Exception {
		var preferences = InstanceScope.INSTANCE.getNode(ReadPreferences.QUALIFIER);
		for (String key : new String[] { ReadPreferences.MAX_CELLS, ViewPreferences.COLOR_SCALE, ViewPreferences.DECIMALS }) {
			preferences.remove(key);
		}
		fixture.close();
	}

	private static HeatmapEditor open(IFile file) throws Exception {
		HeatmapEditor editor = assertInstanceOf(HeatmapEditor.class, IDE.openEditor(page(), file));
		waitUntil("the file is read", () -> editor.getMatrix() != null || editor.getProblem() != null);
		return editor;
	}

	@Test
	void inseqBatchOpensOnTheFirstSequenceAndSwitches() throws Exception {
		IFile file = fixture.copyFixture("inseq/two-sequences.json", "batch.json");
		assertEquals("org.attributionlens.model.attributionJson", file.getContentDescription().getContentType().getId());
		HeatmapEditor editor = open(file);
		AttributionMatrix first = editor.getMatrix();
		assertEquals(2, first.sequenceCount());
		assertEquals(0, first.sequenceIndex());

		editor.showSequence(1);
		waitUntil("the second sequence is shown", () -> editor.getMatrix() != null && editor.getMatrix().sequenceIndex() == 1);
		assertEquals(2, editor.getMatrix().sequenceCount());
	}

	@Test
	void stepScoresAreRowsBeneathTheGridAndInTheProperties() throws Exception {
		HeatmapEditor editor = open(fixture.copyFixture("inseq/two-sequences.json", "batch.json"));
		AttributionMatrix matrix = editor.getMatrix();
		float[] probability = matrix.stepScores().get("probability");
		assertEquals(matrix.columns(), probability.length);

		NatTable table = editor.getGrid().getTable();
		// grid positions: header row, then the matrix rows, then one row per step score
		Object below = table.getDataValueByPosition(1, matrix.rows() + 1);
		StepScoreValue step = assertInstanceOf(StepScoreValue.class, below);
		assertEquals("probability", step.name());
		assertEquals(probability[0], step.value());

		PropertySheet sheet = PropertiesViewContent.show(page());
		editor.selectCell(0, 0);
		WorkbenchFixture.drain();
		Map<String, String> shown = PropertiesViewContent.read(sheet);
		// the shortest decimal that reads back as the same float, as every value in Properties
		assertEquals(new java.math.BigDecimal(Float.toString(probability[0])).toPlainString(), shown.get("probability"),
				shown::toString);
	}

	@Test
	void theCellLimitFromThePreferencesIsApplied() throws Exception {
		InstanceScope.INSTANCE.getNode(ReadPreferences.QUALIFIER).putLong(ReadPreferences.MAX_CELLS, 10);
		HeatmapEditor editor = open(fixture.copySample("division.attr.json", "division.attr.json"));
		assertNull(editor.getMatrix());
		assertTrue(editor.getProblem().contains("10"), editor.getProblem());

		InstanceScope.INSTANCE.getNode(ReadPreferences.QUALIFIER).remove(ReadPreferences.MAX_CELLS);
		editor.reload();
		waitUntil("the file reads with the default limit", () -> editor.getMatrix() != null);
		assertEquals(65, editor.getMatrix().rows() * editor.getMatrix().columns());
	}

	@Test
	void aFileWithoutAViewOfItsOwnOpensWithThePreferredScaleAndDecimals() throws Exception {
		var preferences = InstanceScope.INSTANCE.getNode(ReadPreferences.QUALIFIER);
		preferences.put(ViewPreferences.COLOR_SCALE, "brbg");
		preferences.putInt(ViewPreferences.DECIMALS, 2);
		HeatmapEditor editor = open(fixture.copySample("division.attr.json", "division.attr.json"));
		var style = editor.getGrid().getStyle();
		assertEquals(org.attributionlens.model.color.ColorScales.BR_BG, style.palette().scale());
		assertEquals("1.91", style.format(1.9074f));
	}

	@Test
	void seqAttrAndOutputProbabilitiesAreStripsAlongTheirTokens() throws Exception {
		// Captum's orientation: output tokens x, y are rows, their probabilities a strip at the right;
		// the inputs a, b, c are columns, seq_attr a strip beneath
		HeatmapEditor editor = open(fixture.create("extras.attr.json", """
				{"input_tokens": ["a", "b", "c"], "output_tokens": ["x", "y"],
				 "token_attr": [[0.1, 0.2, 0.3], [0.4, 0.5, -0.75]],
				 "seq_attr": [0.5, 0.7, -0.45], "output_probs": [0.25, 0.125]}
				"""));
		NatTable table = editor.getGrid().getTable();
		// grid positions: the header row and column come first
		StepScoreValue probability = assertInstanceOf(StepScoreValue.class, table.getDataValueByPosition(1 + 3, 1 + 1));
		assertEquals(0.125f, probability.value(), "y's probability, beside y's row");
		assertTrue(probability.ofRow());
		assertEquals("\u25be output probability", table.getDataValueByPosition(1 + 3, 0));
		StepScoreValue seqAttr = assertInstanceOf(StepScoreValue.class, table.getDataValueByPosition(1 + 2, 1 + 2));
		assertEquals(-0.45f, seqAttr.value(), "c's seq_attr, beneath c's column");
		assertFalse(seqAttr.ofRow());
		assertEquals(null, editor.getGrid().selectedCell());

		// transposed: the same values along the same tokens
		Commands.execute(ViewHandler.TRANSPOSE, Map.of());
		table = editor.getGrid().getTable();
		assertEquals(-0.45f, assertInstanceOf(StepScoreValue.class, table.getDataValueByPosition(1 + 2, 1 + 2)).value(),
				"c's seq_attr, now beside c's row");
		assertEquals(0.125f, assertInstanceOf(StepScoreValue.class, table.getDataValueByPosition(1 + 1, 1 + 3)).value(),
				"y's probability, now beneath y's column");
		Commands.execute(ViewHandler.TRANSPOSE, Map.of());
	}
}
