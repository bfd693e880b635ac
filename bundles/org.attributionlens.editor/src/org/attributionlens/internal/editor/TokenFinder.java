package org.attributionlens.internal.editor;

import java.util.Locale;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.CellRef;
import org.attributionlens.model.TokenLabels;

/**
 * Finds the next input or output token containing a text (case-insensitive, in
 * the token or in its visible label, so "\n" and "␣" can be searched), after the
 * last match, wrapping around: input tokens first, then output tokens.
 */
public final class TokenFinder {
	private TokenFinder() {
	}

	/**
	 * A match: its place in the search order (input tokens 0..rows-1, then output
	 * tokens) and the cell to select.
	 */
	public record Match(int position, CellRef cell) {
	}

	/**
	 * @param after   the search order position to start after (-1: from the start)
	 * @param current the selected cell, whose row or column a match keeps; may be null
	 * @return the next match, or null when no token contains the text
	 */
	public static Match next(AttributionMatrix matrix, String text, int after, CellRef current) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		String wanted = text.toLowerCase(Locale.ROOT);
		int rows = matrix.rows();
		int total = rows + matrix.columns();
		for (int step = 1; step <= total; step++) {
			int position = Math.floorMod(after + step, total);
			if (position < rows) {
				if (matches(matrix.rowToken(position), wanted)) {
					return new Match(position, new CellRef(position, current == null ? 0 : current.column()));
				}
			} else if (matches(matrix.columnToken(position - rows), wanted)) {
				return new Match(position, new CellRef(current == null ? 0 : current.row(), position - rows));
			}
		}
		return null;
	}

	private static boolean matches(String token, String wanted) {
		return token.toLowerCase(Locale.ROOT).contains(wanted)
				|| TokenLabels.visible(token).toLowerCase(Locale.ROOT).contains(wanted);
	}
}
