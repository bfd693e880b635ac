package org.attributionlens.internal.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.attributionlens.model.AttributionMatrix;

/**
 * The values a matrix carries per token beside its cells, as bar series: {@code seq_attr} along the
 * input tokens; along the output tokens the output probabilities, then every step score (Inseq)
 * that is not those same probabilities under another name.
 */
public final class TokenBars {

	private TokenBars() {
	}

	/** One series per input token, or none. */
	public static List<BarSeries> alongInputs(AttributionMatrix matrix) {
		return matrix.sequenceAttribution().map(values -> new BarSeries(Messages.STRIP_SEQ_ATTR, values, false))
				.stream().toList();
	}

	/** Series with one value per output token, probabilities first. */
	public static List<BarSeries> alongOutputs(AttributionMatrix matrix) {
		List<BarSeries> series = new ArrayList<>();
		Optional<float[]> probabilities = matrix.outputProbabilities();
		probabilities.ifPresent(values -> series.add(new BarSeries(Messages.STRIP_OUTPUT_PROBABILITY, values, true)));
		for (Map.Entry<String, float[]> score : matrix.stepScores().entrySet()) {
			// Inseq's "probability" step score is where the output probabilities come from
			if (probabilities.isEmpty() || !Arrays.equals(probabilities.get(), score.getValue())) {
				series.add(new BarSeries(score.getKey(), score.getValue(), false));
			}
		}
		return series;
	}
}
