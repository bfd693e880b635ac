package org.attributionlens.model.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;

class AutoDetectionTest {

	@Test
	void detectsEachTokenizerStyle() {
		assertEquals(RowAggregation.SENTENCEPIECE, RowAggregation.detect(List.of("▁The", "▁cat", "s", "▁sat")));
		assertEquals(RowAggregation.GPT2, RowAggregation.detect(List.of("The", "Ġcat", "s", "Ġsat")));
		assertEquals(RowAggregation.GPT2, RowAggregation.detect(List.of("a", "Ċ", "b", "c", "d")), "newlines count for GPT-2");
		assertEquals(RowAggregation.WORDPIECE, RowAggregation.detect(List.of("[CLS]", "the", "cat", "##s", "sat", "[SEP]")));
		assertEquals(RowAggregation.NONE, RowAggregation.detect(List.of("The", " cat", "s", " sat")), "decoded tokens");
		assertEquals(RowAggregation.NONE, RowAggregation.detect(List.of("9 + 3 = 12", "7 x 5 = 35")));
		assertEquals(RowAggregation.NONE, RowAggregation.detect(List.of("##")), "a lone ## continues nothing");
	}

	@Test
	void aFewStrayMarkersAreNotEnough() {
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 19; i++) {
			tokens.add("w" + i);
		}
		tokens.add("▁x");
		assertEquals(RowAggregation.NONE, RowAggregation.detect(tokens), "1 of 20 is below 10%");
		tokens.set(0, "▁y");
		assertEquals(RowAggregation.SENTENCEPIECE, RowAggregation.detect(tokens), "2 of 20 is 10%");
		tokens.set(1, "##z");
		tokens.set(2, "##z");
		tokens.set(3, "##z");
		assertEquals(RowAggregation.SENTENCEPIECE, RowAggregation.detect(tokens), "word-start markers win over ##");
	}

	@Test
	void autoResolvesAndReportsTheScheme() {
		AttributionMatrix raw = ViewTestMatrices.powersOfTwo(List.of("Hello", "Ġwor", "ld"));
		DisplayedMatrix view = ViewPipeline.apply(raw, ViewSettings.DEFAULT.withRowAggregation(RowAggregation.AUTO));
		assertEquals(RowAggregation.GPT2, view.aggregation());
		assertEquals(List.of("Hello", "Ġworld"), view.matrix().rowTokens());
		assertEquals(RowAggregation.NONE, ViewPipeline.apply(raw, ViewSettings.DEFAULT).aggregation());
		assertEquals(RowAggregation.SENTENCEPIECE, RowAggregation.SENTENCEPIECE.resolve(raw.rowTokens()), "explicit wins");
	}

	/**
	 * The division sample's prompt "$16,000 / 0.8 =" is {@code ▁$ 1 6 , 0 0 0 ▁/ ▁ 0 . 8 ▁=}: only 4 of
	 * its 13 tokens carry ▁, yet it is SentencePiece, and AUTO merges it into 4 words.
	 */
	@Test
	void divisionSampleMergesIntoItsFourWords() {
		// the 13 generated characters are the output tokens; the five examples carry no marker
		AttributionMatrix raw = Fixtures.readSample("division.attr.json");
		assertEquals(RowAggregation.SENTENCEPIECE, RowAggregation.detect(raw.columnTokens()));
		DisplayedMatrix view = ViewPipeline.apply(raw, ViewSettings.DEFAULT.withRowAggregation(RowAggregation.AUTO));
		assertEquals(RowAggregation.NONE, view.aggregation(), "the input side has nothing to merge");
		assertEquals(List.of("▁$16,000", "▁/", "▁0.8", "▁="), view.semantic().columnTokens());
		assertEquals(raw.rowTokens(), view.semantic().rowTokens());
		assertArrayEquals(new int[] { 0, 1, 2, 3, 4, 5, 6 }, view.outputMembers(0));
		assertEquals(List.of("▁$", "1", "6", ",", "0", "0", "0"), view.outputMemberTokens(0));
		assertArrayEquals(new int[] { 8, 9, 10, 11 }, view.outputMembers(2));
		assertOutputWordSums(raw, view, new int[][] { { 0, 7 }, { 7, 8 }, { 8, 12 }, { 12, 13 } });
		// "▁$16,000" from "9 + 3 = 12": -0.0756 + 0.0198 + 0.0001 + 0.0017 + 0.0005 + 0.0 + 0.0003
		assertEquals(-0.0532f, view.semantic().value(0, 0), 1e-6f);
		assertEquals(1.9074f, view.semantic().value(2, 1), "a single-token word keeps its value");
		assertEquals(1.9074f, view.rawValue(2, 1));
		assertEquals(true, Float.isNaN(view.rawValue(2, 0)), "a merged cell has no single raw value");
	}

	@Test
	void arithmeticSampleLoneMarkersStartWords() {
		AttributionMatrix raw = Fixtures.readSample("arithmetic.attr.json");
		assertEquals(List.of("▁", "1", "6", "▁x", "▁", "▁", "8", "▁", "▁="), raw.columnTokens());
		DisplayedMatrix view = ViewPipeline.apply(raw, ViewSettings.DEFAULT.withRowAggregation(RowAggregation.AUTO));
		assertEquals(List.of("▁16", "▁x", "▁", "▁8", "▁", "▁="), view.semantic().columnTokens());
		assertOutputWordSums(raw, view, new int[][] { { 0, 3 }, { 3, 4 }, { 4, 5 }, { 5, 7 }, { 7, 8 }, { 8, 9 } });
	}

	/** Each merged output word holds the sum of its characters, for every input. */
	private static void assertOutputWordSums(AttributionMatrix raw, DisplayedMatrix view, int[][] words) {
		for (int word = 0; word < words.length; word++) {
			for (int input = 0; input < raw.rows(); input++) {
				double sum = 0;
				for (int output = words[word][0]; output < words[word][1]; output++) {
					sum += raw.value(input, output);
				}
				assertEquals((float) sum, view.semantic().value(input, word), 1e-6f, "word " + word + ", input " + input);
			}
		}
	}

	/** Each word's cell is the sum of its tokens' cells; {@code words} are [first row, end row) pairs. */
	private static void assertWordSums(AttributionMatrix raw, DisplayedMatrix view, int[][] words) {
		for (int word = 0; word < words.length; word++) {
			for (int column = 0; column < raw.columns(); column++) {
				double sum = 0;
				for (int row = words[word][0]; row < words[word][1]; row++) {
					sum += raw.value(row, column);
				}
				assertEquals((float) sum, view.value(word, column), "word " + word + ", column " + column);
			}
		}
	}
}
