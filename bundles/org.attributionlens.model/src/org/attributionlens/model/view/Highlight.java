package org.attributionlens.model.view;

/**
 * Which displayed cells stay lit; the others are dimmed ({@link DisplayedMatrix#dimmed(int, int)}).
 * Applied last, to the displayed values. "Column" means an output token, so transposing never
 * changes which cells are dimmed. Missing cells are dimmed whenever a highlight is active.
 */
public sealed interface Highlight {

	/** Nothing is dimmed. */
	Highlight NONE = new None();

	static Highlight none() {
		return NONE;
	}

	/** @see TopKPerColumn */
	static Highlight topKPerColumn(int k) {
		return new TopKPerColumn(k);
	}

	/** @see Threshold */
	static Highlight threshold(double threshold) {
		return new Threshold(threshold);
	}

	/** Nothing is dimmed. */
	record None() implements Highlight {
	}

	/**
	 * In each output column, the cells with the {@code k} largest |value| stay lit. Ties are kept
	 * together: a cell stays lit when fewer than {@code k} cells of its column have a strictly larger
	 * |value| (competition rank at most k, as {@code AttributionStatistics.rankInColumn}), so more
	 * than {@code k} cells stay lit when several share the k-th place.
	 *
	 * @param k at least 1
	 */
	record TopKPerColumn(int k) implements Highlight {
		public TopKPerColumn {
			if (k < 1) {
				throw new IllegalArgumentException("k must be at least 1, got " + k);
			}
		}
	}

	/**
	 * Cells with {@code |displayed value| >= threshold} stay lit. The comparison is on the stored
	 * float value, not on the rounded number printed in the cell.
	 *
	 * @param threshold finite, at least 0
	 */
	record Threshold(double threshold) implements Highlight {
		public Threshold {
			if (!(threshold >= 0) || !Double.isFinite(threshold)) {
				throw new IllegalArgumentException("the threshold must be a finite number >= 0, got " + threshold);
			}
		}
	}
}
