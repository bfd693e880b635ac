package org.attributionlens.model.analysis;

import java.util.Optional;

import org.attributionlens.model.CellRef;

/**
 * One entry of the {@link KeyObservations}: a short sentence for people and the position it
 * refers to, so that a view (the editor's Outline) can show the sentence and select the cell.
 */
public sealed interface Observation permits CellObservation, RowObservation, OutputObservation, ColumnObservation, TokenShare {

	/** What an observation is about; lets a view group entries and choose icons. */
	enum Kind {
		/** One of the largest positive cells ({@link CellObservation}). */
		LARGEST_POSITIVE,
		/** One of the most negative cells ({@link CellObservation}). */
		MOST_NEGATIVE,
		/** An input token holding a large part of the total |attribution| ({@link RowObservation}). */
		DOMINANT_ROW,
		/** An input token carrying (almost) nothing ({@link RowObservation}). */
		NEAR_ZERO_ROW,
		/** An output token receiving a large part of the total |attribution| ({@link OutputObservation}). */
		DOMINANT_OUTPUT,
		/** An output token receiving (almost) nothing from any input ({@link OutputObservation}). */
		NEAR_ZERO_OUTPUT,
		/** An input token by its attribution to the whole output, {@code seq_attr} ({@link RowObservation}). */
		SEQ_ATTR,
		/** An output column with its top input tokens ({@link ColumnObservation}). */
		COLUMN,
		/** One of the top input tokens of a column ({@link TokenShare}). */
		TOP_TOKEN
	}

	Kind kind();

	/**
	 * A short sentence, e.g. "Highest positive value: 1.9074 at ▁/ under 4900 / 100 = 49"; tokens
	 * are shown with {@link org.attributionlens.model.TokenLabels#visible(String)}, shortened, and
	 * followed by their 0-based position when the same token occurs more than once on its axis.
	 */
	String text();

	/**
	 * The cell to select for this entry; empty when there is none (a row or column without
	 * values).
	 */
	Optional<CellRef> target();
}
