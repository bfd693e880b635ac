package org.attributionlens.model.view;

import java.util.Objects;

import org.attributionlens.model.AttributionCell;
import org.attributionlens.model.AttributionFile;

/**
 * A selected cell of a transformed view (transposed, merged, normalised): the
 * cell as displayed, and the way back to the raw file's cells, so that views
 * can show both the raw and the displayed value and a merged cell's members.
 *
 * @param file      the file as displayed (its matrix is {@code displayed.matrix()})
 * @param displayed the view
 * @param row       0-based displayed row
 * @param column    0-based displayed column
 */
public record DisplayedCell(AttributionFile file, DisplayedMatrix displayed, int row, int column) {
	public DisplayedCell {
		Objects.requireNonNull(file, "file"); //$NON-NLS-1$
		Objects.requireNonNull(displayed, "displayed"); //$NON-NLS-1$
		Objects.checkIndex(row, displayed.rows());
		Objects.checkIndex(column, displayed.columns());
	}

	/** The cell as displayed, with the displayed value and (merged) tokens. */
	public AttributionCell cell() {
		return new AttributionCell(file, row, column);
	}

	/** The raw value, when the cell stands for exactly one raw cell; NaN otherwise. */
	public float rawValue() {
		return displayed.rawValue(row, column);
	}
}
