package org.attributionlens.model.analysis;

import java.util.Objects;
import java.util.Optional;

import org.attributionlens.model.CellRef;

/**
 * A dominant or a near-zero input row.
 *
 * @param kind        {@link Observation.Kind#DOMINANT_ROW} or {@link Observation.Kind#NEAR_ZERO_ROW}
 * @param row         0-based input token
 * @param absTotal    sum of |value| over the row's non-missing cells
 * @param share       {@code absTotal} divided by the matrix's total |attribution|, in [0, 1]; NaN
 *                    when that total is 0
 * @param peakColumn  the column of the row's largest |value| (the first on ties); -1 when every
 *                    cell of the row is missing
 * @param peakValue   the signed value at {@code peakColumn}; NaN when there is none
 * @param text        the sentence
 */
public record RowObservation(Kind kind, int row, double absTotal, double share, int peakColumn, float peakValue,
		String text) implements Observation {

	public RowObservation {
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
	}

	/** The row's largest |value|, the cell a view selects for the row. */
	@Override
	public Optional<CellRef> target() {
		return peakColumn < 0 ? Optional.empty() : Optional.of(new CellRef(row, peakColumn));
	}
}
