package org.attributionlens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.attributionlens.model.io.AttributionFormatException;
import org.junit.jupiter.api.Test;

class InertTextTest {

	@Test
	void terminalControlsBecomeVisibleEscapes() {
		assertEquals("\\u001B]0;title\\u0007", InertText.escape("\u001b]0;title\u0007"), "OSC: set the window title");
		assertEquals("\\u001Bc", InertText.escape("\u001bc"), "ESC c: reset the terminal");
		assertEquals("fake\\rreal", InertText.escape("fake\rreal"), "CR rewrites the line");
		assertEquals("a\\nb\\tc", InertText.escape("a\nb\tc"));
		assertEquals("\\u0000\\u007F", InertText.escape("\0\u007f"), "NUL and DEL");
		assertEquals("\\u009B2J", InertText.escape("\u009b2J"), "C1 CSI");
	}

	@Test
	void bidirectionalOverridesAndIsolatesAreEscaped() {
		for (char c : new char[] { '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068',
				'\u2069', '\u200e', '\u200f' }) {
			assertTrue(InertText.needsEscape(c), Integer.toHexString(c));
			assertEquals(String.format("x\\u%04X", (int) c), InertText.escape("x" + c));
		}
	}

	@Test
	void ordinaryTextIsLeftAsItIs() {
		String text = "▁The café, 東京 and 😀 \\u001B stay";
		assertSame(text, InertText.escape(text));
		assertEquals("\\u001B", InertText.escape(InertText.escape("\u001b")), "escaping twice changes nothing");
	}

	@Test
	void loneSurrogatesAreEscapedButPairsKept() {
		assertEquals("a\\uD800b", InertText.escape("a\ud800b"));
		assertEquals("😀", InertText.escape("😀"));
	}

	@Test
	void quotesAreShortWithAnEllipsisAndNeverCutAnEscape() {
		String quoted = InertText.quote("x".repeat(10_000_000));
		assertEquals(InertText.MAX_QUOTE + 2, quoted.length());
		assertTrue(quoted.endsWith(InertText.ELLIPSIS + "\""));
		String escapes = InertText.shorten("\u001b".repeat(100), 20);
		// three escapes of 6 chars fit in 19, with the ellipsis 19 chars
		assertEquals("\\u001B".repeat(3) + InertText.ELLIPSIS, escapes);
		assertEquals("abcde", InertText.shorten("abcde", 5), "a text that fits is not cut");
		assertEquals("abcd" + InertText.ELLIPSIS, InertText.shorten("abcdef", 5));
		assertEquals("😀" + InertText.ELLIPSIS, InertText.shorten("😀😀😀", 3), "a surrogate pair stays whole");
	}

	@Test
	void tokenLabelsUseTheSameEscapes() {
		String token = "\u001b[31m\u202e\u0085";
		assertEquals(InertText.escape(token), TokenLabels.visible(token));
	}

	@Test
	void everyFormatErrorIsOneBoundedPrintableLine() {
		AttributionFormatException e = new AttributionFormatException(1, 2,
				"format \u001b]8;;http://x\u0007 " + "y".repeat(5_000_000) + "\nsecond line");
		assertFalse(e.reason().chars().anyMatch(c -> InertText.needsEscape((char) c)), e.reason());
		assertTrue(e.reason().length() <= 1000, "length " + e.reason().length());
		assertTrue(e.reason().startsWith("format \\u001B]8;;http://x\\u0007 yyy"));
	}
}
