package org.attributionlens.model.io.inseq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attributionlens.internal.model.io.ArrayLength;
import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.InertText;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.ReadOptions;
import org.attributionlens.model.io.SequenceOutOfRangeException;

/**
 * Turns the collected parts of one sequence into a matrix: checks that tokens, positions and
 * tensor shapes agree, stacks source rows over target rows, finishes the reduction of
 * three-dimensional tensors and gathers meta and step scores.
 */
final class InseqAssembler {

	static final String FORMAT = "Inseq FeatureAttributionOutput";
	static final String PROBABILITY = "probability";

	private final InseqDocument document;
	private final ReadOptions options;

	private InseqAssembler(InseqDocument document, ReadOptions options) {
		this.document = document;
		this.options = options;
	}

	static AttributionMatrix assemble(InseqDocument document, ReadOptions options) throws AttributionFormatException {
		return new InseqAssembler(document, options).assemble();
	}

	private AttributionMatrix assemble() throws AttributionFormatException {
		InseqDocument.Sequence sequence = chosenSequence();
		String name = "sequence_attributions[" + sequence.index + "]";
		if (sequence.target == null) {
			throw sequence.at.error(name + " has no target tokens; expected a \"target\" list of tokens");
		}
		if (sequence.target.isEmpty()) {
			throw sequence.targetAt.error("target is empty; expected the tokens of the generated text");
		}
		Tensor source = sequence.sourceAttributions;
		Tensor target = sequence.targetAttributions;
		if (source == null && target == null) {
			throw sequence.at.error(name + " has neither source_attributions nor target_attributions");
		}
		if (source != null && sequence.source == null) {
			throw source.at().error("source_attributions is present but the sequence has no source tokens");
		}
		Steps steps = steps(sequence, source != null ? source : target);
		checkTensors(sequence, source, target, steps);

		int sourceRows = source == null ? 0 : source.tokens();
		int targetRows = target == null ? 0 : target.tokens();
		long cells = (long) (sourceRows + targetRows) * steps.count();
		long cellLimit = Math.min(options.limits().maxCells(), ArrayLength.MAX);
		if (cells > cellLimit) {
			throw sequence.at.error(name + " has " + (sourceRows + targetRows) + " token rows x " + steps.count()
					+ " generated steps = " + cells + " cells, more than the limit of " + cellLimit + " cells");
		}
		List<String> rowTokens = new ArrayList<>(sourceRows + targetRows);
		List<String> columnTokens = sequence.target.subList(steps.start(), steps.end());
		if (source != null) {
			checkFinite(source, sequence.source, columnTokens);
			rowTokens.addAll(sequence.source);
		}
		if (target != null) {
			checkFinite(target, sequence.target, columnTokens);
			rowTokens.addAll(sequence.target.subList(0, targetRows));
		}
		float[] values = stack(source, target, (int) cells);
		Tensor first = source != null ? source : target;
		String reduction = reduce(values, steps.count(), first);

		AttributionMatrix.Builder builder = AttributionMatrix
				.builder(rowTokens, columnTokens, values, FORMAT + " (" + first.encoding().label + ")")
				.meta(meta(sequence, steps, first, source != null && target != null ? sourceRows : -1))
				.reduction(reduction)
				.sequence(sequence.index, document.sequenceCount);
		sequence.stepScores.forEach((scoreName, scores) -> builder.stepScore(scoreName, scores.cells()));
		Tensor probability = sequence.stepScores.get(PROBABILITY);
		if (probability != null && allNotInfinite(probability.cells())) {
			builder.outputProbabilities(probability.cells().clone());
		}
		return builder.build();
	}

	private InseqDocument.Sequence chosenSequence() throws AttributionFormatException {
		if (document.sequencesAt == null) {
			throw document.at.error("not an Inseq attribution file: there is no sequence_attributions list; "
					+ InseqErrors.EXPECTED);
		}
		if (document.sequenceCount == 0) {
			throw document.sequencesAt.error("sequence_attributions is empty; the file holds no attributed sequence");
		}
		if (document.sequence == null) {
			throw new SequenceOutOfRangeException(document.sequencesAt.line(), document.sequencesAt.column(),
					"sequence " + options.sequence() + " requested, the file has " + document.sequenceCount
							+ " (0-based)", options.sequence(), document.sequenceCount);
		}
		return document.sequence;
	}

	/**
	 * The generated steps: {@code target[start:end]}. The sequence's own positions win over the
	 * ones in info; when neither says, the tensor's second dimension counts the last tokens.
	 *
	 * @param explanation where the count comes from, for messages
	 */
	private record Steps(int start, int end, String explanation) {
		int count() {
			return end - start;
		}
	}

	private Steps steps(InseqDocument.Sequence sequence, Tensor first) throws AttributionFormatException {
		InseqDocument.Info info = document.info;
		boolean ownStart = sequence.attrPosStart != null;
		boolean ownEnd = sequence.attrPosEnd != null;
		Integer start = ownStart ? sequence.attrPosStart : info.attrPosStart;
		SourcePosition startAt = ownStart ? sequence.attrPosStartAt : info.attrPosStartAt;
		Integer end = ownEnd ? sequence.attrPosEnd : info.attrPosEnd;
		SourcePosition endAt = ownEnd ? sequence.attrPosEndAt : info.attrPosEndAt;
		String startName = ownStart ? "attr_pos_start" : "info.attr_pos_start";
		String endName = ownEnd ? "attr_pos_end" : "info.attr_pos_end";
		int tokens = sequence.target.size();
		if (end != null && end > tokens) {
			throw endAt.error(endName + " " + end + " is beyond the " + tokens + " target tokens");
		}
		if (start != null && end != null) {
			if (start >= end) {
				throw startAt.error(startName + " " + start + " is not before " + endName + " " + end
						+ "; there is no generated step");
			}
			return new Steps(start, end, startName + " " + start + " and " + endName + " " + end + " span "
					+ (end - start));
		}
		long generated = first.steps();
		if (start != null) {
			if (start + generated > tokens) {
				throw startAt.error(startName + " " + start + " plus the " + generated + " generated steps of "
						+ first.name() + " (shape " + first.shapeText() + ") go beyond the " + tokens + " target tokens");
			}
			return new Steps(start, (int) (start + generated), first.name() + " has " + generated);
		}
		int last = end != null ? end : tokens;
		if (generated > last) {
			throw first.at().error(first.name() + " has " + generated + " generated steps (shape " + first.shapeText()
					+ ") but there are only " + last + " target tokens");
		}
		return new Steps((int) (last - generated), last, first.name() + " has " + generated);
	}

	private void checkTensors(InseqDocument.Sequence sequence, Tensor source, Tensor target, Steps steps)
			throws AttributionFormatException {
		for (Tensor tensor : new Tensor[] { source, target }) {
			if (tensor != null && tensor.steps() != steps.count()) {
				throw tensor.at().error(tensor.name() + " has " + tensor.steps() + " generated steps (shape "
						+ tensor.shapeText() + "), but " + steps.explanation());
			}
		}
		if (source != null && source.tokens() != sequence.source.size()) {
			throw source.at().error("source_attributions has " + source.tokens() + " token rows (shape "
					+ source.shapeText() + "), but source has " + sequence.source.size() + " tokens");
		}
		if (target != null && target.tokens() > sequence.target.size()) {
			throw target.at().error("target_attributions has " + target.tokens() + " token rows (shape "
					+ target.shapeText() + "), but target has " + sequence.target.size() + " tokens");
		}
		if (source != null && target != null
				&& !Arrays.equals(source.shape(), 2, source.dims(), target.shape(), 2, target.dims())) {
			throw target.at().error("target_attributions has shape " + target.shapeText() + " but source_attributions "
					+ source.shapeText() + "; their dimensions after the second must match");
		}
		for (Tensor scores : sequence.stepScores.values()) {
			if (scores.cells().length != steps.count()) {
				throw scores.at().error(scores.name() + " has " + scores.cells().length + " values (shape "
						+ scores.shapeText() + "), expected " + steps.count() + " (one per generated step)");
			}
		}
	}

	private static void checkFinite(Tensor tensor, List<String> rowTokens, List<String> columnTokens)
			throws AttributionFormatException {
		float[] cells = tensor.cells();
		int columns = tensor.steps();
		for (int i = 0; i < cells.length; i++) {
			if (Float.isInfinite(cells[i])) {
				int row = i / columns;
				int column = i % columns;
				throw tensor.at().error(tensor.name() + ": the value of row " + row + " (" + InertText.quote(rowTokens.get(row))
						+ "), column " + column + " (" + InertText.quote(columnTokens.get(column)) + ") is "
						+ (cells[i] > 0 ? "" : "-") + "infinite; attributions must be finite numbers or NaN");
			}
		}
	}

	private static float[] stack(Tensor source, Tensor target, int cells) {
		if (target == null) {
			return source.cells();
		}
		if (source == null) {
			return target.cells();
		}
		float[] values = new float[cells];
		System.arraycopy(source.cells(), 0, values, 0, source.cells().length);
		System.arraycopy(target.cells(), 0, values, source.cells().length, target.cells().length);
		return values;
	}

	/** Finishes the reduction over the stacked matrix; returns the sentence that describes it. */
	private static String reduce(float[] values, int columns, Tensor first) {
		long[] shape = first.shape();
		return switch (Reduction.forAttribution(shape.length)) {
		case NONE -> "";
		case L2 -> {
			normaliseColumns(values, columns);
			yield "L2 norm over the embedding dimension (" + shape[2] + "), then each column L1-normalised";
		}
		case MEAN -> "mean over the trailing dimensions " + Tensor.shapeText(Arrays.copyOfRange(shape, 2, shape.length))
				+ " (" + TensorKind.product(shape, 2) + " values per cell)";
		};
	}

	/** Divides each column by the sum of its absolute values, NaN (missing) cells left out. */
	static void normaliseColumns(float[] values, int columns) {
		double[] sums = new double[columns];
		for (int i = 0; i < values.length; i++) {
			if (!Float.isNaN(values[i])) {
				sums[i % columns] += Math.abs(values[i]);
			}
		}
		for (int i = 0; i < values.length; i++) {
			double sum = sums[i % columns];
			if (sum > 0 && !Float.isNaN(values[i])) {
				values[i] = (float) (values[i] / sum);
			}
		}
	}

	private Map<String, Object> meta(InseqDocument.Sequence sequence, Steps steps, Tensor first, int sourceRows) {
		Map<String, Object> info = document.info.scalars;
		Map<String, Object> meta = new LinkedHashMap<>();
		copy(info, meta, "model_name");
		copy(info, meta, "attribution_method");
		meta.put("sequence", (sequence.index + 1) + " of " + document.sequenceCount);
		if (document.info.inputText != null) {
			meta.put("input_text", document.info.inputText);
		}
		if (document.info.generatedText != null) {
			meta.put("generated_text", document.info.generatedText);
		}
		meta.put("attr_pos_start", steps.start());
		meta.put("attr_pos_end", steps.end());
		if (sourceRows >= 0) {
			meta.put("source_rows", sourceRows);
		}
		if (first.dtype() != null) {
			meta.put("tensor_dtype", first.dtype());
		}
		info.forEach((key, value) -> {
			if (!meta.containsKey(key)) {
				meta.put(key, value);
			}
		});
		return meta;
	}

	private static void copy(Map<String, Object> from, Map<String, Object> to, String key) {
		if (from.containsKey(key)) {
			to.put(key, from.get(key));
		}
	}

	private static boolean allNotInfinite(float[] values) {
		for (float value : values) {
			if (Float.isInfinite(value)) {
				return false;
			}
		}
		return true;
	}
}
