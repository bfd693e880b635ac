package org.attributionlens.internal.editor;

import org.attributionlens.internal.editor.grid.HeatmapStyle;
import org.attributionlens.model.TokenLabels;
import org.attributionlens.model.view.DisplayedCell;
import org.eclipse.osgi.util.NLS;

/**
 * What the status line says about the cell under the mouse pointer: "output token ← input token:
 * value", the tokens as the headers show them (a merged word or span by its label) and the value as
 * the cell and its tool tip print it.
 */
public final class CellStatusMessage {
	private CellStatusMessage() {
	}

	public static String of(DisplayedCell cell, HeatmapStyle style) {
		return NLS.bind(Messages.Status_cell, new Object[] { TokenLabels.visible(cell.outputToken()),
				TokenLabels.visible(cell.inputToken()), style.printed(cell.value()) });
	}
}
