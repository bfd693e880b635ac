package org.attributionlens.internal.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.InertText;
import org.attributionlens.model.TokenLabels;
import org.attributionlens.model.stats.AttributionStatistics;
import org.attributionlens.model.stats.CellValue;
import org.attributionlens.model.stats.RankedValue;
import org.attributionlens.model.stats.TokenScores;

/**
 * {@code summary}: the figures a reader would take from the heatmap, as text, in Captum's terms:
 * input tokens (attributed) and output tokens (generated), never rows and columns, which depend on
 * how the figure is turned. Values have four decimals like Captum's plots; tokens are shown with
 * {@link TokenLabels} so whitespace tokens are visible, and long tokens are shortened so that each
 * output token stays on one line.
 */
final class TextSummary {

	private static final int MAX_TOKEN_CHARS = 40;
	/** How many input tokens the seq_attr line names. */
	private static final int TOP_SEQ_ATTR = 5;

	private TextSummary() {
	}

	static void write(String file, AttributionMatrix matrix, PrintStream out) {
		AttributionStatistics stats = matrix.statistics();
		out.println(Messages.format(Messages.SUMMARY_FILE, file));
		out.println(Messages.format(Messages.SUMMARY_FORMAT, matrix.format()));
		if (matrix.sequenceCount() > 1) {
			out.println(Messages.format(Messages.SUMMARY_SEQUENCE, matrix.sequenceIndex(), matrix.sequenceCount()));
		}
		out.println(Messages.format(Messages.SUMMARY_SHAPE, matrix.rows(), matrix.columns(), stats.cellCount(),
				stats.missingCount()));
		out.println(matrix.writtenOrientation().rowsAreOutputs() ? Messages.SUMMARY_DISPLAY_OUTPUTS
				: Messages.SUMMARY_DISPLAY_INPUTS);
		if (!matrix.reduction().isEmpty()) {
			out.println(Messages.format(Messages.SUMMARY_VALUES, matrix.reduction()));
		}
		writeExtremes(matrix, stats, out);
		writeNearZero(matrix, stats, out);
		writeSeqAttr(matrix, out);
		writeTop(matrix, stats, out);
		writeMeta(matrix.meta(), out);
	}

	private static void writeExtremes(AttributionMatrix matrix, AttributionStatistics stats, PrintStream out) {
		Optional<CellValue> max = stats.max();
		if (max.isEmpty()) {
			out.println(Messages.SUMMARY_NO_VALUES);
			return;
		}
		out.println(cellLine(Messages.SUMMARY_MAX, max.get(), matrix));
		out.println(cellLine(Messages.SUMMARY_MIN, stats.min().orElseThrow(), matrix));
	}

	private static String cellLine(String pattern, CellValue cell, AttributionMatrix matrix) {
		return Messages.format(pattern, number(cell.value()), cell.row(), token(matrix.rowToken(cell.row())),
				cell.column(), token(matrix.columnToken(cell.column())));
	}

	private static void writeNearZero(AttributionMatrix matrix, AttributionStatistics stats, PrintStream out) {
		int[] inputs = stats.nearZeroRows();
		String largest = number(stats.maxAbs());
		if (inputs.length == 0) {
			out.println(Messages.format(Messages.SUMMARY_NEAR_ZERO_NONE, largest));
		} else {
			out.println(Messages.format(Messages.SUMMARY_NEAR_ZERO, inputs.length, matrix.rows(), largest,
					tokens(inputs, matrix.rowTokens())));
		}
		int[] outputs = stats.nearZeroColumns();
		if (outputs.length > 0) {
			out.println(Messages.format(Messages.SUMMARY_NEAR_ZERO_OUTPUTS, outputs.length, matrix.columns(),
					tokens(outputs, matrix.columnTokens())));
		}
	}

	private static String tokens(int[] indices, List<String> tokens) {
		List<String> labels = new ArrayList<>();
		for (int index : indices) {
			labels.add(index + " " + token(tokens.get(index)));
		}
		return String.join(", ", labels);
	}

	/** Captum's plot_seq_attr as a line: the input tokens that count most for the whole output. */
	private static void writeSeqAttr(AttributionMatrix matrix, PrintStream out) {
		Optional<float[]> seqAttr = matrix.sequenceAttribution();
		if (seqAttr.isEmpty()) {
			return;
		}
		List<RankedValue> top = TokenScores.of(seqAttr.get()).topByMagnitude(TOP_SEQ_ATTR);
		out.println(Messages.format(Messages.SUMMARY_SEQ_ATTR, top.isEmpty() ? Messages.SUMMARY_TOP_NONE
				: inputList(top, matrix)));
	}

	private static void writeTop(AttributionMatrix matrix, AttributionStatistics stats, PrintStream out) {
		out.println(Messages.SUMMARY_TOP);
		float[] probabilities = matrix.outputProbabilities().orElse(null);
		for (int output = 0; output < matrix.columns(); output++) {
			List<RankedValue> top = stats.topInColumn(output, JsonSummary.TOP_PER_COLUMN);
			String list = top.isEmpty() ? Messages.SUMMARY_TOP_NONE : inputList(top, matrix);
			String token = token(matrix.columnToken(output));
			if (probabilities != null) {
				token = Messages.format(Messages.SUMMARY_PROBABILITY, token, Float.isNaN(probabilities[output])
						? Messages.SUMMARY_MISSING : number(probabilities[output]));
			}
			out.println(Messages.format(Messages.SUMMARY_TOP_OUTPUT, output, token, list));
		}
	}

	private static String inputList(List<RankedValue> inputs, AttributionMatrix matrix) {
		List<String> entries = new ArrayList<>();
		for (RankedValue ranked : inputs) {
			entries.add(Messages.format(Messages.SUMMARY_TOP_ENTRY, token(matrix.rowToken(ranked.index())),
					number(ranked.value()), ranked.index()));
		}
		return String.join(", ", entries);
	}

	private static void writeMeta(Map<String, Object> meta, PrintStream out) {
		if (meta.isEmpty()) {
			return;
		}
		out.println(Messages.SUMMARY_META);
		meta.forEach((key, value) -> out.println(Messages.format(Messages.SUMMARY_META_ENTRY, key,
				value instanceof String text ? InertText.shorten(text, 200) : value)));
	}

	private static String token(String token) {
		return "\"" + TokenLabels.abbreviate(TokenLabels.visible(token), MAX_TOKEN_CHARS) + "\"";
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.4f", value);
	}
}
