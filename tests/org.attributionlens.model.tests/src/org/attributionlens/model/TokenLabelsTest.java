package org.attributionlens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenLabelsTest {

	@Test
	void whitespaceBecomesVisible() {
		assertEquals("\\n", TokenLabels.visible("\n"));
		assertEquals("\\t", TokenLabels.visible("\t"));
		assertEquals("\\r\\n", TokenLabels.visible("\r\n"));
		assertEquals("␣", TokenLabels.visible(" "));
		assertEquals("␣␣x␣", TokenLabels.visible("  x "));
	}

	@Test
	void singleInnerSpacesStaySpaces() {
		// a lone space between two visible characters cannot be overlooked or miscounted
		assertEquals("9 + 3 = 12", TokenLabels.visible("9 + 3 = 12"));
		assertEquals("a␣␣b", TokenLabels.visible("a  b"), "but a run of spaces is counted out");
		assertEquals("␣a b␣", TokenLabels.visible(" a b "));
	}

	@Test
	void emptyTokenHasAName() {
		assertEquals("⟨empty⟩", TokenLabels.visible(""));
	}

	@Test
	void otherInvisibleCharactersAreEscaped() {
		assertEquals("\\u0000", TokenLabels.visible("\0"));
		assertEquals("\\u001B[0m", TokenLabels.visible("\u001b[0m"));
		assertEquals("\\u007F", TokenLabels.visible("\u007f"), "DEL");
		assertEquals("\\u0085", TokenLabels.visible("\u0085"), "C1 next line");
		assertEquals("a\\u200Bb", TokenLabels.visible("a\u200bb"), "zero-width space");
		assertEquals("\\uFEFF", TokenLabels.visible("\ufeff"), "byte-order mark");
		assertEquals("\\u00A0", TokenLabels.visible("\u00a0"), "no-break space");
		assertEquals("\\u2028", TokenLabels.visible("\u2028"));
		assertEquals("\\uD800", TokenLabels.visible("\ud800"), "lone surrogate");
	}

	@ParameterizedTest
	@CsvSource({ "▁The", "Ġthe", "Ċ", "<0x0A>", "</s>", "é", "\\n", "日本" })
	void visibleTokensStayAsTheyAre(String token) {
		assertEquals(token, TokenLabels.visible(token));
	}

	@Test
	void supplementaryCharactersStayWhole() {
		assertEquals("😀!", TokenLabels.visible("😀!"));
	}

	@Test
	void leadingCombiningMarkGetsACarrier() {
		// alone, U+0301 would sit on whatever precedes the label and vanish from it
		assertEquals("◌\u0301", TokenLabels.visible("\u0301"));
		assertEquals("e\u0301", TokenLabels.visible("e\u0301"));
	}

	@Test
	void abbreviateCutsWithEllipsis() {
		assertEquals("abcdef", TokenLabels.abbreviate("abcdef", 6));
		assertEquals("abcd…", TokenLabels.abbreviate("abcdef", 5));
		assertEquals("…", TokenLabels.abbreviate("abcdef", 1));
		assertEquals("😀😀…", TokenLabels.abbreviate("😀😀😀😀", 3), "counts code points, never splits a pair");
		assertThrows(IllegalArgumentException.class, () -> TokenLabels.abbreviate("abc", 0));
	}
}
