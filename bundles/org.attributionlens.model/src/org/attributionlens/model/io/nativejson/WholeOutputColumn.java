package org.attributionlens.model.io.nativejson;

import java.util.List;

/**
 * The one output column of a native file that has {@code seq_attr} but no {@code token_attr}:
 * what Captum's {@code LLMAttribution} returns for Lime and KernelShap, which attribute the
 * whole generated sequence at once. Each input token's value is its attribution to the whole
 * output, so the file opens as one column of {@code seq_attr} whose token stands for all the
 * output tokens together.
 */
final class WholeOutputColumn {

	/** The column's token when the file names no output tokens. */
	static final String UNNAMED = "(whole output)";
	/** Between the output tokens in the column's token, as between the parts of a merged span. */
	static final String SEPARATOR = " | ";
	/** What {@link org.attributionlens.model.AttributionMatrix#reduction()} says about such a file. */
	static final String REDUCTION = "no token_attr in the file (as Captum writes for Lime and KernelShap): "
			+ "one column of seq_attr, each input token's attribution to the whole output";
	/** Added to {@link #REDUCTION} when the file has output probabilities. */
	static final String PROBABILITY_REDUCTION = "; its output probability is the product of output_probs";

	private WholeOutputColumn() {
	}

	/**
	 * The output tokens joined with {@link #SEPARATOR}, so that every one stays visible, or
	 * {@link #UNNAMED} when there are none.
	 */
	static String label(List<String> outputTokens) {
		return outputTokens == null || outputTokens.isEmpty() ? UNNAMED : String.join(SEPARATOR, outputTokens);
	}

	/**
	 * The probability of the whole output: the product of the per-token probabilities, which
	 * Captum computes for each token given the ones before it. Multiplied in double, so that only
	 * the result is rounded to a float; NaN when any one is missing.
	 */
	static float probability(float[] outputProbabilities) {
		double product = 1;
		for (float probability : outputProbabilities) {
			product *= probability;
		}
		return (float) product;
	}
}
