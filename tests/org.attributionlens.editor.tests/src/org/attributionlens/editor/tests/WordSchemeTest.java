package org.attributionlens.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.handlers.ViewHandler;
import org.attributionlens.model.view.RowAggregation;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.Test;

/**
 * Subword merging is chosen automatically from the tokens, and can be changed: the context menu's
 * Merge Subwords names each tokenizer's rule, and the choice is kept per file.
 */
class WordSchemeTest extends DivisionSampleTest {

	@Test
	void eachSchemeMergesTheDivisionTokensByItsOwnRule() throws Exception {
		// ▁$ 1 6 , 0 0 0 ▁/ ▁ 0 . 8 ▁=
		assertEquals(13, rowsWith("NONE"));
		assertEquals(List.of("▁$16,000", "▁/", "▁0.8", "▁="), editorRowsWith("SENTENCEPIECE"));
		assertEquals(4, rowsWith("AUTO"), "detected as SentencePiece");
		assertEquals(13, rowsWith("WORDPIECE"), "no ## continuation: every token is a word");
		// GPT-2 words start with Ġ: without one, all continue the first token, but for the lone "▁",
		// a blank token, which never continues a word
		assertEquals(2, rowsWith("GPT2"));

		assertEquals(RowAggregation.GPT2, editor.getViewState().view().rowAggregation());
		assertTrue(WorkbenchFixture.page().closeEditor(editor, false));
		HeatmapEditor reopened = open();
		assertEquals(RowAggregation.GPT2, reopened.getViewState().view().rowAggregation(), "kept per file");
	}

	@Test
	void theContextMenuNamesTheRulesAndChecksTheCurrentOne() throws Exception {
		Menu words = MenuContent.item(editor.getGrid().getTable().getMenu(), "Merge Subwords").getMenu();
		List<MenuItem> choices = MenuContent.show(words);
		assertEquals("Off, Automatic (from the tokens), SentencePiece (▁ starts a word),"
				+ " GPT-2 Byte-Level BPE (Ġ starts a word), WordPiece (## continues a word)",
				String.join(", ", choices.stream().map(MenuContent::label).toList()));
		assertTrue(choices.get(0).getSelection(), "off by default");

		MenuContent.choose(choices.get(2));
		assertEquals(RowAggregation.SENTENCEPIECE, editor.getViewState().view().rowAggregation());
		assertEquals(4, editor.getMatrix().rows());
		Menu again = MenuContent.item(editor.getGrid().getTable().getMenu(), "Merge Subwords").getMenu();
		assertTrue(MenuContent.show(again).get(2).getSelection(), "SentencePiece is checked now");
		assertTrue(ViewHandler.isChecked(ViewHandler.MERGE_SUBWORDS, editor.getViewState()),
				"the Words toggle shows that rows are merged");
	}

	private int rowsWith(String scheme) throws Exception {
		return editorRowsWith(scheme).size();
	}

	private List<String> editorRowsWith(String scheme) throws Exception {
		Commands.execute(ViewHandler.MERGE_SUBWORDS, Map.of(ViewHandler.MERGE_SUBWORDS_SCHEME, scheme));
		return editor.getMatrix().rowTokens();
	}
}
