package org.attributionlens.model.io.inseq;

import org.attributionlens.internal.model.io.SourcePosition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the walk over an Inseq file collected: the chosen sequence in full, the rest counted. */
final class InseqDocument {

	/** The top-level object. */
	SourcePosition at = SourcePosition.START;
	/** The sequence_attributions list; null when the file has none. */
	SourcePosition sequencesAt;
	int sequenceCount;
	/** The sequence asked for; null when the file has fewer. */
	Sequence sequence;
	final Info info = new Info();

	/** One FeatureAttributionSequenceOutput. */
	static final class Sequence {
		final int index;
		final SourcePosition at;
		List<String> source;
		SourcePosition sourceAt;
		List<String> target;
		SourcePosition targetAt;
		Tensor sourceAttributions;
		Tensor targetAttributions;
		final Map<String, Tensor> stepScores = new LinkedHashMap<>();
		Integer attrPosStart;
		SourcePosition attrPosStartAt;
		Integer attrPosEnd;
		SourcePosition attrPosEndAt;

		Sequence(int index, SourcePosition at) {
			this.index = index;
			this.at = at;
		}
	}

	/** The info dict: its scalar entries in file order, and what concerns the chosen sequence. */
	static final class Info {
		final Map<String, Object> scalars = new LinkedHashMap<>();
		Integer attrPosStart;
		SourcePosition attrPosStartAt;
		Integer attrPosEnd;
		SourcePosition attrPosEndAt;
		String inputText;
		String generatedText;
	}
}
