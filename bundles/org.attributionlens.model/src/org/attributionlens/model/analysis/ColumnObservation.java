package org.attributionlens.model.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.attributionlens.model.CellRef;

/**
 * An output column with the input tokens that carry most of its |attribution|.
 *
 * @param column    0-based output token
 * @param absTotal  sum of |value| over the column's non-missing cells
 * @param topTokens largest |value| first (ties: lower row first); only non-zero cells; may be empty
 * @param text      the sentence, e.g. {@code Top tokens under 4900 / 100 = 49: "▁/" 92.6%, "1" 4.8%, "," 1.7%}
 */
public record ColumnObservation(int column, double absTotal, List<TokenShare> topTokens, String text)
		implements Observation {

	public ColumnObservation {
		topTokens = List.copyOf(topTokens);
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
	}

	@Override
	public Kind kind() {
		return Kind.COLUMN;
	}

	/** The column's top cell; empty when the column has no non-zero value. */
	@Override
	public Optional<CellRef> target() {
		return topTokens.isEmpty() ? Optional.empty() : topTokens.get(0).target();
	}
}
