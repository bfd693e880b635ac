package org.attributionlens.model.io.inseq;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the walk over an Inseq file collected: the chosen sequence in full, the rest counted. */
final class InseqDocument {

	/** The top-level object. */
	Loc at = Loc.START;
	/** The sequence_attributions list; null when the file has none. */
	Loc sequencesAt;
	int sequenceCount;
	/** The sequence asked for; null when the file has fewer. */
	Sequence sequence;
	final Info info = new Info();

	/** One FeatureAttributionSequenceOutput. */
	static final class Sequence {
		final int index;
		final Loc at;
		List<String> source;
		Loc sourceAt;
		List<String> target;
		Loc targetAt;
		Tensor sourceAttributions;
		Tensor targetAttributions;
		final Map<String, Tensor> stepScores = new LinkedHashMap<>();
		Integer attrPosStart;
		Loc attrPosStartAt;
		Integer attrPosEnd;
		Loc attrPosEndAt;

		Sequence(int index, Loc at) {
			this.index = index;
			this.at = at;
		}
	}

	/** The info dict: its scalar entries in file order, and what concerns the chosen sequence. */
	static final class Info {
		final Map<String, Object> scalars = new LinkedHashMap<>();
		Integer attrPosStart;
		Loc attrPosStartAt;
		Integer attrPosEnd;
		Loc attrPosEndAt;
		String inputText;
		String generatedText;
	}
}
