package org.attributionlens.internal.editor.grid;

import java.util.List;
import java.util.function.IntFunction;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.view.DisplayedMatrix;

/**
 * The raw tokens a displayed row or column stands for, so that the header tool tip of a merged
 * word or span can list its members; a row or column that merges nothing stands for its own token.
 *
 * @param rows    displayed row -> its member tokens
 * @param columns displayed column -> its member tokens
 */
public record HeaderMembers(IntFunction<List<String>> rows, IntFunction<List<String>> columns) {

	/** Nothing merged: every row and column is its own token. */
	public static HeaderMembers none(AttributionMatrix matrix) {
		return new HeaderMembers(row -> List.of(matrix.rowToken(row)), column -> List.of(matrix.columnToken(column)));
	}

	/** The members the view pipeline merged into each displayed row and column. */
	public static HeaderMembers of(DisplayedMatrix displayed) {
		return new HeaderMembers(displayed::rowMemberTokens, displayed::columnMemberTokens);
	}
}
