package org.attributionlens.internal.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's table: one row per size and operation, ours and Python's times side by side,
 * printed as aligned text and written as Markdown.
 */
final class Report {

	/**
	 * One line of the table.
	 *
	 * @param oursMillis  our median in ms, null when not measured
	 * @param megabytesPerSecond file bytes per second at our median (10^6 bytes), null when not meaningful
	 * @param python      Python's median as text, or why there is none ("timeout &gt;300 s", "skipped: ...")
	 * @param pythonMillis Python's median in ms, null when there is none
	 * @param rawRatio    our time / the raw read time of the same file, null when not a read
	 * @param heap        peak heap during the read, as text, or ""
	 * @param note        anything else a reader needs ("values hidden", the forks' spread, ...)
	 */
	record Row(String size, String operation, Double oursMillis, Double megabytesPerSecond, String python,
			Double pythonMillis, Double rawRatio, String heap, String note) {

		/** Python / ours, null when either is missing. */
		Double ratio() {
			return oursMillis == null || pythonMillis == null || oursMillis <= 0 ? null : pythonMillis / oursMillis;
		}
	}

	static final String[] HEADERS = { "size", "operation", "ours ms", "ours MB/s", "Python", "Python/ours",
			"ours/raw", "peak heap (read)", "notes" };

	private final List<Row> rows = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();

	void add(Row row) {
		rows.add(row);
	}

	void replace(int index, Row row) {
		rows.set(index, row);
	}

	void note(String text) {
		notes.add(text);
	}

	List<Row> rows() {
		return Collections.unmodifiableList(rows);
	}

	List<String> notes() {
		return Collections.unmodifiableList(notes);
	}

	/** The first row of a size and operation, or null. */
	Row find(String size, String operation) {
		return rows.stream().filter(row -> row.size().equals(size) && row.operation().equals(operation)).findFirst()
				.orElse(null);
	}

	private static String[] cells(Row row) {
		return new String[] { row.size(), row.operation(), millis(row.oursMillis()), rate(row.megabytesPerSecond()),
				row.python() == null ? "" : row.python(), ratio(row.ratio()), ratio(row.rawRatio()), row.heap(),
				row.note() };
	}

	/** The table as aligned plain text. */
	String text() {
		List<String[]> lines = new ArrayList<>();
		lines.add(HEADERS);
		rows.forEach(row -> lines.add(cells(row)));
		int[] widths = new int[HEADERS.length];
		for (String[] line : lines) {
			for (int i = 0; i < line.length - 1; i++) {
				widths[i] = Math.max(widths[i], line[i].length());
			}
		}
		StringBuilder text = new StringBuilder();
		for (String[] line : lines) {
			StringBuilder out = new StringBuilder();
			for (int i = 0; i < line.length; i++) {
				boolean number = i >= 2 && i <= 6 && i != 4;
				String cell = line[i];
				if (i == line.length - 1) {
					out.append(cell);
				} else if (number) {
					out.append(" ".repeat(widths[i] - cell.length())).append(cell).append("  ");
				} else {
					out.append(cell).append(" ".repeat(widths[i] - cell.length())).append("  ");
				}
			}
			text.append(out.toString().stripTrailing()).append('\n');
		}
		return text.toString();
	}

	/** The table as Markdown. */
	String markdown() {
		StringBuilder text = new StringBuilder();
		text.append("| ").append(String.join(" | ", HEADERS)).append(" |\n");
		text.append("|");
		for (int i = 0; i < HEADERS.length; i++) {
			text.append(i >= 2 && i <= 6 && i != 4 ? " ---: |" : " --- |");
		}
		text.append('\n');
		for (Row row : rows) {
			String[] cells = cells(row);
			for (int i = 0; i < cells.length; i++) {
				cells[i] = cells[i].replace("|", "\\|");
			}
			text.append("| ").append(String.join(" | ", cells)).append(" |\n");
		}
		return text.toString();
	}

	static String millis(Double value) {
		if (value == null) {
			return "";
		}
		if (value < 1) {
			return String.format(Locale.ROOT, "%.3f", value);
		}
		if (value < 100) {
			return String.format(Locale.ROOT, "%.1f", value);
		}
		return String.format(Locale.ROOT, "%,.0f", value);
	}

	static String rate(Double value) {
		if (value == null) {
			return "";
		}
		return value < 10 ? String.format(Locale.ROOT, "%.2f", value) : String.format(Locale.ROOT, "%,.0f", value);
	}

	static String ratio(Double value) {
		if (value == null) {
			return "";
		}
		if (value < 10) {
			return String.format(Locale.ROOT, "%.2fx", value);
		}
		return String.format(Locale.ROOT, "%,.0fx", value);
	}
}
