package org.attributionlens.model.io.inseq.context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attributionlens.internal.model.io.FloatList;
import org.attributionlens.internal.model.io.SourcePosition;

/**
 * What the walk over an attribute-context file collects, each part with where it was, so that
 * the consistency checks at the end (which need parts that may come in any order) can point back.
 */
final class ContextDocument {

	/** One entry of {@code cci_scores}: a context-sensitive output token and what its context contributed. */
	static final class Cci {
		final int index;
		final SourcePosition at;
		Integer ctiIdx;
		SourcePosition ctiIdxAt;
		String ctiToken;
		float ctiScore = Float.NaN;
		FloatList inputScores;
		SourcePosition inputScoresAt;
		FloatList outputScores;
		SourcePosition outputScoresAt;
		/** contextual_output, contextless_output and contrast_token, as the file has them. */
		final Map<String, String> texts = new LinkedHashMap<>();

		Cci(int index, SourcePosition at) {
			this.index = index;
			this.at = at;
		}

		String name() {
			return "cci_scores[" + index + "]";
		}
	}

	SourcePosition at = SourcePosition.START;
	List<String> inputContextTokens;
	List<String> outputContextTokens;
	List<String> outputCurrentTokens;
	SourcePosition outputCurrentTokensAt;
	FloatList ctiScores;
	SourcePosition ctiScoresAt;
	List<Cci> cci;
	SourcePosition cciAt;
	/** input_context, output_context and output_current, in file order. */
	final Map<String, Object> texts = new LinkedHashMap<>();
	/** The scalars of info, in file order. */
	final Map<String, Object> info = new LinkedHashMap<>();

	List<Cci> newCciList() {
		cci = new ArrayList<>();
		return cci;
	}
}
