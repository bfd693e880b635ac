package org.attributionlens.internal.properties;

import java.util.Map;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.view.DisplayedToken;

/** An input or output token selected by its header: its place, text, totals and per-token scores. */
public final class TokenPropertySource extends ReadOnlyPropertySource {
	public static final String INDEX = "token.index"; //$NON-NLS-1$
	public static final String TEXT = "token.text"; //$NON-NLS-1$
	public static final String MEMBERS = "token.members"; //$NON-NLS-1$
	public static final String SUM = "token.sum"; //$NON-NLS-1$
	public static final String SUM_ABS = "token.sumAbs"; //$NON-NLS-1$
	public static final String SEQ_ATTR = "token.seqAttr"; //$NON-NLS-1$
	public static final String OUTPUT_PROBABILITY = "token.outputProbability"; //$NON-NLS-1$
	public static final String STEP_SCORE_PREFIX = "token.stepScore."; //$NON-NLS-1$

	private final DisplayedToken token;

	public TokenPropertySource(DisplayedToken token) {
		this.token = token;
		String category = token.output() ? Messages.Category_outputToken : Messages.Category_inputToken;
		AttributionMatrix shown = token.view().semantic();
		int index = token.index();
		add(category, INDEX, Messages.Token_index, () -> Integer.valueOf(index));
		add(category, TEXT, Messages.Token_text, () -> Formats.token(token.token()));
		if (token.members().size() > 1) {
			add(category, MEMBERS, Messages.Token_members, () -> CellPropertySource.members(token.members()));
		}
		add(category, SUM, token.output() ? Messages.Token_sumOverInputs : Messages.Token_sumOverOutputs,
				() -> Formats.value((float) token.sum()));
		add(category, SUM_ABS, token.output() ? Messages.Token_sumAbsOverInputs : Messages.Token_sumAbsOverOutputs,
				() -> Formats.value((float) token.sumAbs()));
		if (token.output()) {
			shown.outputProbabilities().ifPresent(perOutput -> add(category, OUTPUT_PROBABILITY,
					Messages.Cell_outputProbability, () -> Formats.value(perOutput[index])));
			for (Map.Entry<String, float[]> step : shown.stepScores().entrySet()) {
				add(Messages.Category_stepScores, STEP_SCORE_PREFIX + step.getKey(), step.getKey(),
						() -> Formats.value(step.getValue()[index]));
			}
		} else {
			shown.sequenceAttribution().ifPresent(perInput -> add(category, SEQ_ATTR, Messages.Cell_seqAttr,
					() -> Formats.value(perInput[index])));
		}
		FilePropertySource.addFileProperties(this, token.file());
	}

	@Override
	public Object getEditableValue() {
		return token;
	}
}
