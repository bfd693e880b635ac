package org.attributionlens.model.io.inseq.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attributionlens.internal.model.io.FloatList;
import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.Orientation;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.LimitMessages;
import org.attributionlens.model.io.MemoryBudget;
import org.attributionlens.model.io.ReadLimits;

/**
 * Turns a {@link ContextDocument} into a matrix once every part is known: rows are the input
 * context tokens, then the output context tokens (each part only when some entry has scores for
 * it); columns are the context-sensitive output tokens in the order they were generated (Inseq
 * lists them by how context-sensitive they are); cells are their {@code input_context_scores} and
 * {@code output_context_scores}, NaN where an entry has none.
 */
final class ContextMatrix {

	static final String FORMAT_LABEL = "Inseq attribute-context";
	static final String EXPECTED = "expected an Inseq attribute-context output (a JSON object with cci_scores)";
	/** The step score: each column's context sensitivity, as the CTI step measured it. */
	static final String CTI_SCORE = "cti_scores";

	private ContextMatrix() {
	}

	static AttributionMatrix build(ContextDocument document, ReadLimits limits) throws AttributionFormatException {
		List<ContextDocument.Cci> entries = entries(document);
		int inputs = rowsOf(entries, document.inputContextTokens, true);
		int outputs = rowsOf(entries, document.outputContextTokens, false);
		if (inputs + outputs == 0) {
			throw document.cciAt.error("the contexts have no tokens: input_context_tokens and output_context_tokens"
					+ " are empty or have no scores, so there is nothing the output can be attributed to");
		}
		checkPositions(document, entries);
		int rows = inputs + outputs;
		int columns = entries.size();
		long cells = (long) rows * columns;
		if (cells > limits.maxCells()) {
			throw document.cciAt.error(LimitMessages.count(rows) + " context tokens x " + LimitMessages.count(columns)
					+ " context-sensitive tokens make " + LimitMessages.count(cells) + " cells, which "
					+ LimitMessages.cells(limits));
		}
		MemoryBudget.check(cells * Float.BYTES, "the matrix of " + LimitMessages.count(rows) + " x "
				+ LimitMessages.count(columns) + " cells", document.cciAt);
		float[] values = new float[(int) cells];
		float[] cti = new float[columns];
		List<String> columnTokens = new ArrayList<>(columns);
		for (int column = 0; column < columns; column++) {
			ContextDocument.Cci entry = entries.get(column);
			place(values, column, columns, 0, inputs, entry.inputScores);
			place(values, column, columns, inputs, outputs, entry.outputScores);
			columnTokens.add(entry.ctiToken);
			cti[column] = document.ctiScores != null ? document.ctiScores.get(entry.ctiIdx) : entry.ctiScore;
		}
		List<String> rowTokens = new ArrayList<>(rows);
		if (inputs > 0) {
			rowTokens.addAll(document.inputContextTokens);
		}
		if (outputs > 0) {
			rowTokens.addAll(document.outputContextTokens);
		}
		return AttributionMatrix.builder(rowTokens, columnTokens, values, FORMAT_LABEL)
				.meta(meta(document, entries, inputs, outputs)).stepScore(CTI_SCORE, cti)
				.writtenOrientation(Orientation.INPUTS_AS_ROWS).build();
	}

	/** The entries in the order their tokens were generated. */
	private static List<ContextDocument.Cci> entries(ContextDocument document) throws AttributionFormatException {
		if (document.cci == null) {
			throw document.at.error("there is no cci_scores list; " + EXPECTED);
		}
		if (document.cci.isEmpty()) {
			throw document.cciAt.error("cci_scores is empty: no output token was found context-sensitive, so there"
					+ " is no attribution to show");
		}
		List<ContextDocument.Cci> entries = new ArrayList<>(document.cci);
		entries.sort(Comparator.comparingInt(entry -> entry.ctiIdx));
		return entries;
	}

	/**
	 * How many rows a context gives: its tokens when any entry has scores for it, each such list
	 * as long as the tokens; 0 when no entry has any.
	 */
	private static int rowsOf(List<ContextDocument.Cci> entries, List<String> tokens, boolean input)
			throws AttributionFormatException {
		String tokensKey = input ? "input_context_tokens" : "output_context_tokens";
		boolean any = false;
		for (ContextDocument.Cci entry : entries) {
			FloatList scores = input ? entry.inputScores : entry.outputScores;
			if (scores == null) {
				continue;
			}
			any = true;
			SourcePosition at = input ? entry.inputScoresAt : entry.outputScoresAt;
			String key = entry.name() + "." + (input ? "input_context_scores" : "output_context_scores");
			if (tokens == null) {
				throw at.error(key + " has " + scores.size() + " values, but the file has no " + tokensKey);
			}
			if (scores.size() != tokens.size()) {
				throw at.error(key + " has " + scores.size() + " values, expected " + tokens.size() + " (one per "
						+ tokensKey + ")");
			}
		}
		return any ? tokens.size() : 0;
	}

	/** Each cti_idx points into output_current_tokens and cti_scores, which have one entry per output token. */
	private static void checkPositions(ContextDocument document, List<ContextDocument.Cci> entries)
			throws AttributionFormatException {
		List<String> current = document.outputCurrentTokens;
		FloatList cti = document.ctiScores;
		if (current != null && cti != null && cti.size() != current.size()) {
			throw document.ctiScoresAt.error("cti_scores has " + cti.size() + " values, expected " + current.size()
					+ " (one per output_current_tokens)");
		}
		for (ContextDocument.Cci entry : entries) {
			if (current != null && entry.ctiIdx >= current.size()) {
				throw entry.ctiIdxAt.error(entry.name() + ".cti_idx " + entry.ctiIdx + " is beyond the " + current.size()
						+ " output_current_tokens");
			}
			if (cti != null && entry.ctiIdx >= cti.size()) {
				throw entry.ctiIdxAt.error(entry.name() + ".cti_idx " + entry.ctiIdx + " is beyond the " + cti.size()
						+ " cti_scores");
			}
		}
	}

	/** One column's scores into rows {@code from .. from + count - 1}; NaN (missing) where the entry has none. */
	private static void place(float[] values, int column, int columns, int from, int count, FloatList scores) {
		for (int k = 0; k < count; k++) {
			values[(from + k) * columns + column] = scores == null ? Float.NaN : scores.get(k);
		}
	}

	/**
	 * The texts, the command's arguments ({@code info.}), how the rows are made up, and each
	 * column's outputs with and without context, keyed by its position in the output.
	 */
	private static Map<String, Object> meta(ContextDocument document, List<ContextDocument.Cci> entries, int inputs,
			int outputs) {
		Map<String, Object> meta = new LinkedHashMap<>(document.texts);
		meta.put("rows", inputs > 0 && outputs > 0
				? inputs + " input context tokens, then " + outputs + " output context tokens"
				: inputs > 0 ? inputs + " input context tokens" : outputs + " output context tokens");
		if (document.outputCurrentTokens != null) {
			meta.put("columns", entries.size() + " context-sensitive tokens of the " + document.outputCurrentTokens.size()
					+ " output_current_tokens");
		}
		if (document.ctiScores != null) {
			meta.put(CTI_SCORE, "the step score shows the cti_scores of the context-sensitive tokens; the file has one"
					+ " for each of the " + document.ctiScores.size() + " output tokens");
		}
		for (ContextDocument.Cci entry : entries) {
			entry.texts.forEach((key, text) -> meta.put("cti_idx " + entry.ctiIdx + " " + key, text));
		}
		document.info.forEach((key, value) -> meta.put("info." + key, value));
		return meta;
	}
}
