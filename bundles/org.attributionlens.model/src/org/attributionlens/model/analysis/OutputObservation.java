package org.attributionlens.model.analysis;

import java.util.Objects;
import java.util.Optional;

import org.attributionlens.model.CellRef;

/**
 * A dominant or a near-zero output token: one that receives much of the total |attribution|, or
 * almost none, whatever the input.
 *
 * @param kind      {@link Observation.Kind#DOMINANT_OUTPUT} or {@link Observation.Kind#NEAR_ZERO_OUTPUT}
 * @param output    0-based output token (column of the matrix)
 * @param absTotal  sum of |value| over the output's non-missing cells
 * @param share     {@code absTotal} divided by the matrix's total |attribution|, in [0, 1]; NaN when that total is 0
 * @param peakInput the input token of the output's largest |value| (the first on ties); -1 when every cell is missing
 * @param peakValue the signed value at {@code peakInput}; NaN when there is none
 * @param text      the sentence
 */
public record OutputObservation(Kind kind, int output, double absTotal, double share, int peakInput, float peakValue,
		String text) implements Observation {

	public OutputObservation {
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
	}

	/** The output's largest |value|, the cell a view selects for it. */
	@Override
	public Optional<CellRef> target() {
		return peakInput < 0 ? Optional.empty() : Optional.of(new CellRef(peakInput, output));
	}
}
