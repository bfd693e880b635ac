package org.attributionlens.internal.editor.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.attributionlens.internal.editor.grid.HeatmapGrid;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.CellRef;

/**
 * Keeps the same aligned cell selected in every heatmap of a comparison: a cell selected in one
 * is selected in the others where it exists (aligned by position, as the difference is), and
 * cleared where it does not. Whoever listens hears each user selection once.
 */
final class SynchronizedSelection {
	private final List<HeatmapGrid> grids = new ArrayList<>();
	private final Consumer<CellRef> listener;
	/** Set while this class selects in the other grids, whose selection events are then its own echo. */
	private boolean following;

	/** @param listener told of every selection the user makes in any of the grids (null when cleared) */
	SynchronizedSelection(Consumer<CellRef> listener) {
		this.listener = listener;
	}

	/** The listener to give the grid when creating it; then {@link #add(HeatmapGrid)} it. */
	Consumer<CellRef> listenerFor(int index) {
		return cell -> selected(index, cell);
	}

	void add(HeatmapGrid grid) {
		grids.add(grid);
	}

	private void selected(int index, CellRef cell) {
		if (following || index >= grids.size()) {
			return;
		}
		following = true;
		try {
			for (int i = 0; i < grids.size(); i++) {
				HeatmapGrid other = grids.get(i);
				CellRef target = cell != null && contains(other.getMatrix(), cell) ? cell : null;
				if (i != index && !Objects.equals(other.selectedCell(), target)) {
					other.select(target);
				}
			}
		} finally {
			following = false;
		}
		listener.accept(cell);
	}

	private static boolean contains(AttributionMatrix matrix, CellRef cell) {
		return cell.row() < matrix.rows() && cell.column() < matrix.columns();
	}
}
