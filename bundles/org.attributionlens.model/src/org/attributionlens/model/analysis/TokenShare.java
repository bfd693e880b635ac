package org.attributionlens.model.analysis;

import java.util.Objects;
import java.util.Optional;

import org.attributionlens.model.CellRef;

/**
 * One of the top input tokens of an output column.
 *
 * @param rank   1-based within the column
 * @param row    0-based input token
 * @param column 0-based output token
 * @param value  the signed value of the cell
 * @param share  |value| divided by the column's total |attribution|, in (0, 1]
 * @param text   the sentence, e.g. "▁/: 1.9074, 92.6% of the column's |attribution|"
 */
public record TokenShare(int rank, int row, int column, float value, double share, String text) implements Observation {

	public TokenShare {
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
	}

	@Override
	public Kind kind() {
		return Kind.TOP_TOKEN;
	}

	public CellRef cell() {
		return new CellRef(row, column);
	}

	@Override
	public Optional<CellRef> target() {
		return Optional.of(cell());
	}
}
