package org.attributionlens.model.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenScoresTest {

	private static final float NAN = Float.NaN;

	@Test
	void extremesAndRankingSkipMissingValuesAndTieToTheLowerIndex() {
		TokenScores scores = TokenScores.of(new float[] { 0.5f, NAN, -2f, 2f, -0.5f, 2f });
		assertEquals(new RankedValue(3, 2f), scores.max().orElseThrow(), "the first of the two 2s");
		assertEquals(new RankedValue(2, -2f), scores.min().orElseThrow());
		assertEquals(List.of(new RankedValue(2, -2f), new RankedValue(3, 2f), new RankedValue(5, 2f),
				new RankedValue(0, 0.5f)), scores.topByMagnitude(4), "|-2| = |2| = |2|: by index");
		assertEquals(5, scores.topByMagnitude(10).size(), "the missing value is never ranked");
		assertEquals(List.of(), scores.topByMagnitude(0));
		assertThrows(IllegalArgumentException.class, () -> scores.topByMagnitude(-1));
	}

	@Test
	void allMissingHasNoExtremes() {
		TokenScores scores = TokenScores.of(new float[] { NAN, NAN });
		assertTrue(scores.max().isEmpty());
		assertTrue(scores.min().isEmpty());
		assertEquals(List.of(), scores.topByMagnitude(3));
		assertEquals(2, scores.size());
	}

	@Test
	void valuesAreCopied() {
		float[] values = { 1f, 2f };
		TokenScores scores = TokenScores.of(values);
		values[0] = 9f;
		assertEquals(1f, scores.value(0));
		assertEquals(new RankedValue(1, 2f), scores.max().orElseThrow());
	}
}
