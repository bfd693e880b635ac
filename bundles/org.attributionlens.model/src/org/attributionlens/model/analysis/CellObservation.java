package org.attributionlens.model.analysis;

import java.util.Objects;
import java.util.Optional;

import org.attributionlens.model.CellRef;

/**
 * One of the largest positive or most negative cells.
 *
 * @param kind   {@link Observation.Kind#LARGEST_POSITIVE} or {@link Observation.Kind#MOST_NEGATIVE}
 * @param rank   1 for the extreme itself, 2 for the next one, ...
 * @param row    0-based input token
 * @param column 0-based output token
 * @param value  the signed value of the cell
 * @param text   the sentence
 */
public record CellObservation(Kind kind, int rank, int row, int column, float value, String text)
		implements Observation {

	public CellObservation {
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
	}

	public CellRef cell() {
		return new CellRef(row, column);
	}

	@Override
	public Optional<CellRef> target() {
		return Optional.of(cell());
	}
}
