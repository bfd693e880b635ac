package org.attributionlens.model.view;

import static org.attributionlens.model.view.ViewTestMatrices.merged;
import static org.attributionlens.model.view.ViewTestMatrices.powerSum;
import static org.attributionlens.model.view.ViewTestMatrices.powersOfTwo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.attributionlens.model.AttributionMatrix;
import org.junit.jupiter.api.Test;

/**
 * Merging input tokens into words, per tokenizer style, with the three reducers. Column 0 of
 * {@link ViewTestMatrices#powersOfTwo} holds 2^row, so a merged sum names exactly the rows it adds.
 */
class WordMergingTest {

	/** Asserts the word labels and each word's members (as [from, to) pairs) and its sum, mean and max-abs. */
	private static void assertWords(List<String> tokens, RowAggregation scheme, List<String> labels, int... bounds) {
		AttributionMatrix raw = powersOfTwo(tokens);
		DisplayedMatrix sum = merged(raw, scheme, Reducer.SUM);
		DisplayedMatrix mean = merged(raw, scheme, Reducer.MEAN);
		DisplayedMatrix maxAbs = merged(raw, scheme, Reducer.MAX_ABS);
		assertEquals(labels, sum.matrix().rowTokens());
		assertEquals(scheme, sum.aggregation());
		assertEquals(labels.size(), bounds.length / 2, "test data: one [from, to) pair per word");
		for (int word = 0; word < labels.size(); word++) {
			int from = bounds[2 * word];
			int to = bounds[2 * word + 1];
			int[] members = new int[to - from];
			for (int i = 0; i < members.length; i++) {
				members[i] = from + i;
			}
			String where = labels.get(word);
			assertArrayEquals(members, sum.rowMembers(word), where);
			assertEquals(tokens.subList(from, to), sum.rowMemberTokens(word), where);
			assertEquals(powerSum(from, to), sum.value(word, 0), where + " sum");
			assertEquals(to - from, sum.value(word, 2), where + " count of ones");
			assertEquals(powerSum(from, to) / (to - from), mean.value(word, 0), 1e-6f * powerSum(from, to), where + " mean");
			assertEquals(1f, mean.value(word, 2), where + " mean of ones");
			float last = ((to - 1) % 2 == 0 ? 1 : -1) * to;
			assertEquals(last, maxAbs.value(word, 1), where + " max-abs keeps the sign");
			for (int row = from; row < to; row++) {
				assertEquals(word, sum.displayedRowOf(row, 0), where);
			}
		}
	}

	@Test
	void sentencePiece() {
		assertWords(List.of("▁New", "▁York", "er", "s", "▁", "1", "6", "▁is", "▁"), RowAggregation.SENTENCEPIECE,
				List.of("▁New", "▁Yorkers", "▁16", "▁is", "▁"), //
				0, 1, 1, 4, 4, 7, 7, 8, 8, 9);
	}

	@Test
	void sentencePieceLeadingLoneMarkerAndUnmarkedStart() {
		assertWords(List.of("▁", "▁Hello", "world"), RowAggregation.SENTENCEPIECE, List.of("▁", "▁Helloworld"), //
				0, 1, 1, 3);
		assertWords(List.of("Hello", "▁there", "▁", "▁"), RowAggregation.SENTENCEPIECE,
				List.of("Hello", "▁there", "▁", "▁"), 0, 1, 1, 2, 2, 3, 3, 4);
	}

	@Test
	void sentencePieceAllTokensOneWord() {
		assertWords(List.of("▁", "4", "2", "0", "0"), RowAggregation.SENTENCEPIECE, List.of("▁4200"), 0, 5);
		assertWords(List.of("▁un", "believ", "able"), RowAggregation.SENTENCEPIECE, List.of("▁unbelievable"), 0, 3);
	}

	@Test
	void specialTokensStandAlone() {
		assertWords(List.of("<s>", "▁Hi", "<0x0A>", "there", "</s>", "x"), RowAggregation.SENTENCEPIECE,
				List.of("<s>", "▁Hi", "<0x0A>", "there", "</s>", "x"), 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6);
	}

	@Test
	void gpt2() {
		assertWords(List.of("The", "Ġquick", "Ċ", "brown", "Ġf", "ox", "ĊĊ", "Ġjumps", "!"), RowAggregation.GPT2,
				List.of("The", "Ġquick", "Ċ", "brown", "Ġfox", "ĊĊ", "Ġjumps!"), //
				0, 1, 1, 2, 2, 3, 3, 4, 4, 6, 6, 7, 7, 9);
	}

	@Test
	void gpt2NewlinesAreWordsOfTheirOwn() {
		// a newline at the start, two in a row, newline plus indentation, and a tab-indented word
		assertWords(List.of("Ċ", "Ċ", "def", "Ġf", "():", "ĊĠĠĠ", "Ġreturn", "Ċ", "ĉ", "pass"), RowAggregation.GPT2,
				List.of("Ċ", "Ċ", "def", "Ġf():", "ĊĠĠĠ", "Ġreturn", "Ċ", "ĉpass"), //
				0, 1, 1, 2, 2, 3, 3, 5, 5, 6, 6, 7, 7, 8, 8, 10);
	}

	@Test
	void wordPiece() {
		assertWords(List.of("[CLS]", "play", "##ing", "foot", "##ball", "##er", "s", "[SEP]"), RowAggregation.WORDPIECE,
				List.of("[CLS]", "playing", "footballer", "s", "[SEP]"), //
				0, 1, 1, 3, 3, 6, 6, 7, 7, 8);
	}

	@Test
	void wordPieceContinuationAtTheStartOrAfterASpecialToken() {
		assertWords(List.of("##ing", "##s", "a", "[SEP]", "##x", "##"), RowAggregation.WORDPIECE,
				List.of("##ings", "a", "[SEP]", "##x", "##"), //
				0, 2, 2, 3, 3, 4, 4, 5, 5, 6);
	}

	@Test
	void noneKeepsEveryToken() {
		List<String> tokens = List.of("▁a", "b", "##c");
		AttributionMatrix raw = powersOfTwo(tokens);
		DisplayedMatrix view = merged(raw, RowAggregation.NONE, Reducer.SUM);
		assertEquals(tokens, view.matrix().rowTokens());
		assertTrue(view.matrix() == raw, "nothing to do: the raw matrix itself");
	}

	@Test
	void missingMembersAreSkippedAndAllMissingStaysMissing() {
		AttributionMatrix raw = ViewTestMatrices.of(List.of("▁a", "b", "c", "▁d", "e"), List.of("x", "y"), //
				1f, Float.NaN, //
				Float.NaN, Float.NaN, //
				-4f, Float.NaN, //
				Float.NaN, 2f, //
				Float.NaN, -3f);
		DisplayedMatrix sum = merged(raw, RowAggregation.SENTENCEPIECE, Reducer.SUM);
		assertEquals(List.of("▁abc", "▁de"), sum.matrix().rowTokens());
		assertEquals(-3f, sum.value(0, 0));
		assertTrue(Float.isNaN(sum.value(0, 1)), "all three members missing");
		assertTrue(sum.matrix().isMissing(0, 1));
		assertTrue(Float.isNaN(sum.value(1, 0)));
		assertEquals(-1f, sum.value(1, 1));
		DisplayedMatrix mean = merged(raw, RowAggregation.SENTENCEPIECE, Reducer.MEAN);
		assertEquals(-1.5f, mean.value(0, 0), "mean of the two present members");
		assertEquals(-0.5f, mean.value(1, 1));
		DisplayedMatrix maxAbs = merged(raw, RowAggregation.SENTENCEPIECE, Reducer.MAX_ABS);
		assertEquals(-4f, maxAbs.value(0, 0));
		assertEquals(-3f, maxAbs.value(1, 1));
		assertEquals(2, sum.matrix().statistics().missingCount(), "two merged cells are missing");
	}

	@Test
	void maxAbsTieKeepsTheFirstMember() {
		AttributionMatrix raw = ViewTestMatrices.of(List.of("▁a", "b", "▁c", "d"), List.of("x"), 2f, -2f, -2f, 2f);
		DisplayedMatrix view = merged(raw, RowAggregation.SENTENCEPIECE, Reducer.MAX_ABS);
		assertEquals(2f, view.value(0, 0));
		assertEquals(-2f, view.value(1, 0));
	}
}
