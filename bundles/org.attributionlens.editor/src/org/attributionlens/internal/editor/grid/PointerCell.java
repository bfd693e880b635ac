package org.attributionlens.internal.editor.grid;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.attributionlens.model.CellRef;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;

/**
 * Follows the cell under the mouse pointer and tells a listener when it changes: as the pointer
 * moves, as the cells move under a still pointer (scrolling, zooming: the table repaints), and
 * when the pointer leaves or the table is hidden.
 */
final class PointerCell {
	private final BiFunction<Integer, Integer, CellRef> cellAt;
	private final Consumer<CellRef> listener;
	private boolean inside;
	private CellRef last;

	/** @param cellAt the cell at (x, y) of the table, null where there is none */
	PointerCell(NatTable table, BiFunction<Integer, Integer, CellRef> cellAt, Consumer<CellRef> listener) {
		this.cellAt = cellAt;
		this.listener = listener;
		table.addListener(SWT.MouseEnter, this::moved);
		table.addListener(SWT.MouseMove, this::moved);
		// the overview picture takes the table's place when the whole matrix is too big for cells
		for (int gone : new int[] { SWT.MouseExit, SWT.Hide }) {
			table.addListener(gone, event -> {
				inside = false;
				tell(null);
			});
		}
		table.addListener(SWT.Paint, event -> {
			if (inside) {
				Point pointer = table.toControl(table.getDisplay().getCursorLocation());
				tell(cellAt.apply(pointer.x, pointer.y));
			}
		});
	}

	private void moved(Event event) {
		inside = true;
		tell(cellAt.apply(event.x, event.y));
	}

	private void tell(CellRef cell) {
		if (!Objects.equals(cell, last)) {
			last = cell;
			listener.accept(cell);
		}
	}
}
