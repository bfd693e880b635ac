package org.attributionlens.internal.editor.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.attributionlens.internal.editor.Messages;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.view.DisplayedMatrix;

/**
 * The values a file has per token beside its attributions, shown as grey strips beside the grid:
 * Captum's {@code seq_attr} (per input token) and {@code output_probs}, Inseq's step scores (per
 * output token). Not attributions: they take no colour and no part in the statistics.
 *
 * @param alongRows    one value per row of the grid each, drawn as extra columns at its right
 * @param alongColumns one value per column each, drawn as extra rows beneath it
 */
public record TokenStrips(List<Strip> alongRows, List<Strip> alongColumns) {

	private static final String INSEQ_PROBABILITY = "probability"; //$NON-NLS-1$

	/** One strip: a name and one value per token (NaN when missing). */
	public record Strip(String name, float[] values) {
	}

	public TokenStrips {
		alongRows = List.copyOf(alongRows);
		alongColumns = List.copyOf(alongColumns);
	}

	/** A matrix shown as stored (input tokens as rows): its step scores beneath, as before any view. */
	public static TokenStrips of(AttributionMatrix matrix) {
		return new TokenStrips(List.of(), outputStrips(matrix));
	}

	/** The view's per-token values, along the axis where its tokens are, whichever way it is turned. */
	public static TokenStrips of(DisplayedMatrix view) {
		AttributionMatrix semantic = view.semantic();
		List<Strip> inputs = new ArrayList<>();
		semantic.sequenceAttribution().ifPresent(values -> inputs.add(new Strip(Messages.Strip_seqAttr, values)));
		List<Strip> outputs = outputStrips(semantic);
		return view.transposed() ? new TokenStrips(outputs, inputs) : new TokenStrips(inputs, outputs);
	}

	private static List<Strip> outputStrips(AttributionMatrix matrix) {
		List<Strip> outputs = new ArrayList<>();
		// Inseq's probability is both a step score and the output probabilities: shown once, by its own name
		if (!matrix.stepScores().containsKey(INSEQ_PROBABILITY)) {
			matrix.outputProbabilities()
					.ifPresent(values -> outputs.add(new Strip(Messages.Strip_outputProbability, values)));
		}
		for (Map.Entry<String, float[]> step : matrix.stepScores().entrySet()) {
			outputs.add(new Strip(step.getKey(), step.getValue()));
		}
		return outputs;
	}
}
