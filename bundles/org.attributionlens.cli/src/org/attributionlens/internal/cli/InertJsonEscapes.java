package org.attributionlens.internal.cli;

import org.attributionlens.model.InertText;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON output that is as inert on a terminal as the text output: JSON itself only requires C0
 * controls to be escaped, so DEL, C1 controls and bidirectional overrides would reach the terminal
 * raw. Every character that {@link InertText#needsEscape(char)} is written as a {@code \}{@code uXXXX}
 * escape instead, which any JSON reader turns back into the same string.
 */
final class InertJsonEscapes extends CharacterEscapes {

	private static final long serialVersionUID = 1L;

	static final InertJsonEscapes INSTANCE = new InertJsonEscapes();

	private final int[] ascii;

	private InertJsonEscapes() {
		ascii = standardAsciiEscapesForJSON();
		ascii[0x7F] = ESCAPE_STANDARD;
	}

	@Override
	public int[] getEscapeCodesForAscii() {
		return ascii;
	}

	@Override
	public SerializableString getEscapeSequence(int c) {
		if (c > 0xFFFF || !InertText.needsEscape((char) c)) {
			return null;
		}
		return new SerializedString(String.format("\\u%04X", c)); //$NON-NLS-1$
	}
}
