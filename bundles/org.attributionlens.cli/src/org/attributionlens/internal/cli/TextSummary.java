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

/**
 * {@code summary}: the figures a reader would take from the heatmap, as text. Values have four
 * decimals like Captum's plots; tokens are shown with {@link TokenLabels} so whitespace tokens are
 * visible, and long tokens are shortened so that each output token stays on one line.
 */
final class TextSummary {

	private static final int MAX_TOKEN_CHARS = 40;

	private TextSummary() {
	}

	static void write(String file, AttributionMatrix matrix, PrintStream out) {
		AttributionStatistics stats = matrix.statistics();
		out.println(Messages.format(Messages.SUMMARY_FILE, file));
		out.println(Messages.format(Messages.SUMMARY_FORMAT, matrix.format()));
		out.println(Messages.format(Messages.SUMMARY_SHAPE, matrix.rows(), matrix.columns(), stats.cellCount(),
				stats.missingCount()));
		writeExtremes(matrix, stats, out);
		writeNearZero(matrix, stats, out);
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
		int[] rows = stats.nearZeroRows();
		String largest = number(stats.maxAbs());
		if (rows.length == 0) {
			out.println(Messages.format(Messages.SUMMARY_NEAR_ZERO_NONE, largest));
			return;
		}
		List<String> labels = new ArrayList<>();
		for (int row : rows) {
			labels.add(row + " " + token(matrix.rowToken(row)));
		}
		out.println(Messages.format(Messages.SUMMARY_NEAR_ZERO, rows.length, matrix.rows(), largest,
				String.join(", ", labels)));
	}

	private static void writeTop(AttributionMatrix matrix, AttributionStatistics stats, PrintStream out) {
		out.println(Messages.SUMMARY_TOP);
		for (int column = 0; column < matrix.columns(); column++) {
			List<String> entries = new ArrayList<>();
			for (RankedValue ranked : stats.topInColumn(column, JsonSummary.TOP_PER_COLUMN)) {
				entries.add(Messages.format(Messages.SUMMARY_TOP_ENTRY, token(matrix.rowToken(ranked.index())),
						number(ranked.value()), ranked.index()));
			}
			String list = entries.isEmpty() ? Messages.SUMMARY_TOP_NONE : String.join(", ", entries);
			out.println(Messages.format(Messages.SUMMARY_TOP_COLUMN, column, token(matrix.columnToken(column)), list));
		}
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
