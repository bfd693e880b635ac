package org.attributionlens.model.view;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Merging and unmerging output columns from what the user selected in a displayed matrix. The
 * selection is given as <em>output groups</em>: displayed columns, or displayed rows when the view
 * is transposed (outputs are then rows). Spans are always stored in raw output positions, so a span
 * made in a transposed view is the same span as one made in the normal view.
 */
public final class ColumnSpanEdits {

	private ColumnSpanEdits() {
	}

	/**
	 * The settings with the selected output groups merged into one span; empty when they cannot be
	 * merged: fewer than two groups, or not adjacent (merging is by position, a gap would merge
	 * columns the user did not select). Groups that are already merged spans join the new one.
	 *
	 * @param outputGroups selected displayed output groups, any order
	 */
	public static Optional<ViewSettings> merge(DisplayedMatrix shown, int... outputGroups) {
		Objects.requireNonNull(shown, "shown");
		int[] groups = sortedDistinct(outputGroups);
		if (groups.length < 2 || groups[groups.length - 1] - groups[0] != groups.length - 1) {
			return Optional.empty();
		}
		int first = rawColumns(shown, groups[0])[0];
		int[] last = rawColumns(shown, groups[groups.length - 1]);
		return Optional.of(shown.settings().plusColumnSpan(new ColumnSpan(first, last[last.length - 1] + 1)));
	}

	/**
	 * The settings without the spans of the selected output groups; empty when none of them is a
	 * merged span.
	 */
	public static Optional<ViewSettings> unmerge(DisplayedMatrix shown, int... outputGroups) {
		Objects.requireNonNull(shown, "shown");
		ViewSettings settings = shown.settings();
		for (int group : sortedDistinct(outputGroups)) {
			int[] members = rawColumns(shown, group);
			if (members.length > 1) {
				settings = settings.withoutColumnSpanAt(members[0]);
			}
		}
		return settings.equals(shown.settings()) ? Optional.empty() : Optional.of(settings);
	}

	/** Whether the displayed output group merges several raw output columns. */
	public static boolean isMerged(DisplayedMatrix shown, int outputGroup) {
		return rawColumns(shown, outputGroup).length > 1;
	}

	/** Number of output groups in the displayed matrix: its columns, or its rows when transposed. */
	public static int outputGroups(DisplayedMatrix shown) {
		return shown.transposed() ? shown.rows() : shown.columns();
	}

	private static int[] rawColumns(DisplayedMatrix shown, int outputGroup) {
		return shown.transposed() ? shown.rowMembers(outputGroup) : shown.columnMembers(outputGroup);
	}

	private static int[] sortedDistinct(int[] values) {
		return Arrays.stream(Objects.requireNonNull(values, "outputGroups")).sorted().distinct().toArray();
	}
}
