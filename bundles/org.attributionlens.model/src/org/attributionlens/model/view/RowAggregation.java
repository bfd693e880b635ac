package org.attributionlens.model.view;

import java.util.List;
import java.util.Objects;

/**
 * How input tokens (rows) are merged into words. Each scheme reads its tokenizer's markers; a word
 * is a run of adjacent tokens, and its label is the concatenation of its tokens (see
 * {@link DisplayedMatrix}). In every scheme the first token starts a word, and a token that looks
 * like a special token ({@code <s>}, {@code </s>}, {@code <|endoftext|>}, {@code <0x0A>},
 * {@code [CLS]}, {@code [SEP]}, ...) is a word of its own.
 */
public enum RowAggregation {

	/** Every token is its own row. */
	NONE,
	/** The scheme {@link #detect(List)} finds in the input tokens. */
	AUTO,
	/**
	 * SentencePiece (Llama, T5, Gemma, ...): a token starting with {@code ▁} (U+2581) starts a word,
	 * any other token continues the word before it. A lone {@code ▁} (a space before split digits or
	 * punctuation) starts a word too: {@code ▁ 1 6} is the word {@code ▁16}.
	 */
	SENTENCEPIECE,
	/**
	 * GPT-2 byte-level BPE (GPT-2, RoBERTa, Llama 3, Qwen, ...): a token starting with a byte-level
	 * whitespace character, {@code Ġ} (space, U+0120), {@code ĉ} (tab) or {@code Ċ} (newline,
	 * U+010A), starts a word; a token made only of such whitespace that holds a newline
	 * ({@code Ċ}, {@code ĊĊ}, {@code ĊĠĠ}) is a word of its own, and the token after it starts a
	 * new word.
	 */
	GPT2,
	/**
	 * WordPiece (BERT, DistilBERT, ...): a token starting with {@code ##} (and longer than that)
	 * continues the word before it; any other token starts a word. A {@code ##} token at the very
	 * start has nothing to continue and starts the first word.
	 */
	WORDPIECE;

	/**
	 * Share of tokens that must carry the {@code ▁} or {@code Ġ} word-start marker for
	 * {@link #detect(List)} to choose SentencePiece or GPT-2 (10%).
	 */
	public static final double MIN_MARKER_SHARE = 0.1;

	/**
	 * The scheme the tokens were made with, judged by their markers: the tokens starting with
	 * {@code ▁} (SentencePiece) and those starting with {@code Ġ} or made of {@code Ċ} newlines
	 * (GPT-2) are counted, and the larger group wins when it holds at least
	 * {@link #MIN_MARKER_SHARE} of the tokens (SentencePiece on a tie); otherwise any {@code ##}
	 * continuation means WordPiece; otherwise {@link #NONE}. Not a majority vote, because text
	 * with numbers has many unmarked tokens: the division sample's {@code ▁$ 1 6 , 0 0 0 ▁/ ▁ 0 . 8 ▁=}
	 * has 4 of 13 tokens marked and is SentencePiece.
	 *
	 * @return never {@link #AUTO}
	 */
	public static RowAggregation detect(List<String> tokens) {
		int sentencePiece = 0;
		int gpt2 = 0;
		int wordPiece = 0;
		for (String token : tokens) {
			if (token.startsWith(WordGroups.SENTENCEPIECE_SPACE)) {
				sentencePiece++;
			} else if (token.startsWith(WordGroups.GPT2_SPACE) || WordGroups.isGpt2Newline(token)) {
				gpt2++;
			} else if (WordGroups.isWordPieceContinuation(token)) {
				wordPiece++;
			}
		}
		double needed = MIN_MARKER_SHARE * tokens.size();
		int marked = Math.max(sentencePiece, gpt2);
		if (marked > 0 && marked >= needed) {
			return sentencePiece >= gpt2 ? SENTENCEPIECE : GPT2;
		}
		return wordPiece > 0 ? WORDPIECE : NONE;
	}

	/** This scheme, or for {@link #AUTO} the one {@link #detect(List)} finds; never {@link #AUTO}. */
	public RowAggregation resolve(List<String> tokens) {
		Objects.requireNonNull(tokens, "tokens");
		return this == AUTO ? detect(tokens) : this;
	}
}
