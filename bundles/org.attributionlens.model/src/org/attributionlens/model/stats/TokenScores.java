package org.attributionlens.model.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Figures of one value per token beside the matrix, such as the sequence attribution of each input
 * token ({@code seq_attr}) or the probability of each output token: the extremes and the ranking by
 * magnitude. NaN values are missing and skipped. Ties go to the lower index, as in
 * {@link AttributionStatistics}. Immutable.
 */
public final class TokenScores {

	private final float[] values;
	private final int maxIndex;
	private final int minIndex;

	private TokenScores(float[] values) {
		this.values = values;
		int max = -1;
		int min = -1;
		for (int i = 0; i < values.length; i++) {
			float value = values[i];
			if (Float.isNaN(value)) {
				continue;
			}
			// strict comparisons keep the lower index on ties
			if (max < 0 || value > values[max]) {
				max = i;
			}
			if (min < 0 || value < values[min]) {
				min = i;
			}
		}
		this.maxIndex = max;
		this.minIndex = min;
	}

	/** @param values one per token; copied */
	public static TokenScores of(float[] values) {
		return new TokenScores(Objects.requireNonNull(values, "values").clone());
	}

	/** How many tokens, missing values included. */
	public int size() {
		return values.length;
	}

	/** A token's value; NaN when missing. */
	public float value(int index) {
		return values[Objects.checkIndex(index, values.length)];
	}

	/** The token with the largest signed value; empty when every value is missing. */
	public Optional<RankedValue> max() {
		return ranked(maxIndex);
	}

	/** The token with the smallest signed value; empty when every value is missing. */
	public Optional<RankedValue> min() {
		return ranked(minIndex);
	}

	private Optional<RankedValue> ranked(int index) {
		return index < 0 ? Optional.empty() : Optional.of(new RankedValue(index, values[index]));
	}

	/** Up to {@code k} tokens, largest |value| first with signed values, missing ones skipped. */
	public List<RankedValue> topByMagnitude(int k) {
		if (k < 0) {
			throw new IllegalArgumentException("k must not be negative, got " + k);
		}
		List<RankedValue> top = new ArrayList<>(Math.min(k, values.length));
		boolean[] taken = new boolean[values.length];
		// k is a handful (the top 3 or 5 of a summary): a selection per place beats sorting every token
		while (top.size() < k) {
			int best = -1;
			for (int i = 0; i < values.length; i++) {
				if (!taken[i] && !Float.isNaN(values[i])
						&& (best < 0 || Math.abs(values[i]) > Math.abs(values[best]))) {
					best = i;
				}
			}
			if (best < 0) {
				break;
			}
			taken[best] = true;
			top.add(new RankedValue(best, values[best]));
		}
		return List.copyOf(top);
	}
}
