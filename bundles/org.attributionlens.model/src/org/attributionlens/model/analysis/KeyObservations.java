package org.attributionlens.model.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.Defaults;
import org.attributionlens.model.analysis.Observation.Kind;
import org.attributionlens.model.stats.AttributionStatistics;
import org.attributionlens.model.stats.RankedValue;
import org.attributionlens.model.stats.TokenScores;

/**
 * What a reader takes from a heatmap at a glance, as the seed documents' "Key Observations" put it
 * by hand: the largest positive and most negative cells, the dominant input rows, the near-zero
 * rows, and for each output column the input tokens that carry most of it. Every entry is an
 * {@link Observation}: a sentence plus the cell it refers to. Immutable and thread-safe.
 * <p>
 * The rules, over the non-missing cells (the thresholds are {@link Settings}):
 * <ul>
 * <li><b>Largest positive cells</b>: the {@link Settings#topCells()} largest values above 0, largest
 * first; ties keep row-major order (the upper row, then the left column, first). Zero is neither
 * positive nor negative, so a matrix without positive values has none.</li>
 * <li><b>Most negative cells</b>: likewise, the most negative values below 0 first.</li>
 * <li><b>Dominant rows</b>: a row's <i>share</i> is its sum of |value| divided by the sum of |value|
 * over the whole matrix. A row is dominant when its share is at least
 * {@link Settings#dominantShare()} (25%) <i>and</i> at least {@link #EVEN_SHARE_FACTOR} (1.5) times
 * an even share (1.5 / rows; this keeps every row of a 2- or 3-row matrix from being "dominant").
 * When no row is, the largest row still is when its total is at least {@link #RUNNER_UP_FACTOR}
 * (2) times that of every other row and its share is at least 1.5 / rows: a long prompt where one
 * token stands out without reaching 25%. Largest share first, ties to the lower row. A matrix with
 * one row, or whose total is 0, has no dominant row.</li>
 * <li><b>Near-zero rows</b>: {@link AttributionStatistics#nearZeroRows(double)} at
 * {@link Settings#nearZeroFraction()}: rows whose largest |value| is below that fraction (1%) of the
 * matrix's largest |value|, rows without values or with only zeros included, in row order.</li>
 * <li><b>Top tokens per column</b>: for every output column, the {@link Settings#topTokensPerColumn()}
 * cells with the largest |value|, signed, with their share of the column's sum of |value|; ties to the
 * lower row as {@link AttributionStatistics#topInColumn(int, int)}, but cells whose value is 0 are
 * left out since they carry nothing.</li>
 * </ul>
 * One pass over the matrix, memory proportional to rows plus columns times the top sizes, so a
 * 4096 x 4096 matrix takes well under a second; it does not make the statistics sort every column.
 */
public final class KeyObservations {

	/** Default of {@link Settings#topCells()}. */
	public static final int DEFAULT_TOP_CELLS = 3;
	/** Default of {@link Settings#topTokensPerColumn()}. */
	public static final int DEFAULT_TOP_TOKENS_PER_COLUMN = 3;
	/** Default of {@link Settings#dominantShare()}: a quarter of the total |attribution|. */
	public static final double DEFAULT_DOMINANT_SHARE = 0.25;
	/** Default of {@link Settings#decimals()}, as the figures print values. */
	public static final int DEFAULT_DECIMALS = Defaults.DECIMALS;
	/** Largest {@link Settings#decimals()}. */
	public static final int MAX_DECIMALS = Defaults.MAX_TEXT_DECIMALS;
	/** A dominant row holds at least this many times an even share (1 / rows) of the total. */
	public static final double EVEN_SHARE_FACTOR = 1.5;
	/** When no row reaches the dominant share, the largest must hold this many times the runner-up. */
	public static final double RUNNER_UP_FACTOR = 2.0;

	/**
	 * How many entries to list and where the thresholds are.
	 *
	 * @param topCells           largest positive and most negative cells to list, each; 0 or more
	 * @param topTokensPerColumn top input tokens to list per output column; 0 or more
	 * @param dominantShare      share of the total |attribution| that makes a row dominant, in (0, 1]
	 * @param nearZeroFraction   fraction of the largest |value| below which a row is near zero, in [0, 1]
	 * @param decimals           digits after the decimal point of the values in the sentences, 0 to
	 *                           {@link KeyObservations#MAX_DECIMALS}
	 */
	public record Settings(int topCells, int topTokensPerColumn, double dominantShare, double nearZeroFraction,
			int decimals) {

		/** 3 cells, 3 tokens per column, 25%, 1%, 4 decimals. */
		public static final Settings DEFAULTS = new Settings(DEFAULT_TOP_CELLS, DEFAULT_TOP_TOKENS_PER_COLUMN,
				DEFAULT_DOMINANT_SHARE, AttributionStatistics.DEFAULT_NEAR_ZERO_FRACTION, DEFAULT_DECIMALS);

		/** @throws IllegalArgumentException when a value is out of its range */
		public Settings {
			if (topCells < 0 || topTokensPerColumn < 0) {
				throw new IllegalArgumentException("top sizes must not be negative, got " + topCells + " and " //$NON-NLS-1$ //$NON-NLS-2$
						+ topTokensPerColumn);
			}
			if (!(dominantShare > 0 && dominantShare <= 1)) {
				throw new IllegalArgumentException("dominantShare must be in (0, 1], got " + dominantShare); //$NON-NLS-1$
			}
			if (!(nearZeroFraction >= 0 && nearZeroFraction <= 1)) {
				throw new IllegalArgumentException("nearZeroFraction must be in [0, 1], got " + nearZeroFraction); //$NON-NLS-1$
			}
			if (decimals < 0 || decimals > MAX_DECIMALS) {
				throw new IllegalArgumentException("decimals must be between 0 and " + MAX_DECIMALS + ", got " + decimals); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		public Settings withTopCells(int count) {
			return new Settings(count, topTokensPerColumn, dominantShare, nearZeroFraction, decimals);
		}

		public Settings withTopTokensPerColumn(int count) {
			return new Settings(topCells, count, dominantShare, nearZeroFraction, decimals);
		}

		public Settings withDominantShare(double share) {
			return new Settings(topCells, topTokensPerColumn, share, nearZeroFraction, decimals);
		}

		public Settings withNearZeroFraction(double fraction) {
			return new Settings(topCells, topTokensPerColumn, dominantShare, fraction, decimals);
		}

		public Settings withDecimals(int digits) {
			return new Settings(topCells, topTokensPerColumn, dominantShare, nearZeroFraction, digits);
		}
	}

	private final AttributionMatrix matrix;
	private final Settings settings;
	private final double totalAbs;
	private final List<CellObservation> largestPositive;
	private final List<CellObservation> mostNegative;
	private final List<RowObservation> dominantRows;
	private final List<RowObservation> nearZeroRows;
	private final List<OutputObservation> dominantOutputs;
	private final List<OutputObservation> nearZeroOutputs;
	private final List<RowObservation> sequenceAttribution;
	private final List<ColumnObservation> columns;

	private KeyObservations(AttributionMatrix matrix, Settings settings, double totalAbs,
			List<CellObservation> largestPositive, List<CellObservation> mostNegative, List<RowObservation> dominantRows,
			List<RowObservation> nearZeroRows, List<OutputObservation> dominantOutputs,
			List<OutputObservation> nearZeroOutputs, List<ColumnObservation> columns) {
		this.matrix = matrix;
		this.settings = settings;
		this.totalAbs = totalAbs;
		this.largestPositive = List.copyOf(largestPositive);
		this.mostNegative = List.copyOf(mostNegative);
		this.dominantRows = List.copyOf(dominantRows);
		this.nearZeroRows = List.copyOf(nearZeroRows);
		this.dominantOutputs = List.copyOf(dominantOutputs);
		this.nearZeroOutputs = List.copyOf(nearZeroOutputs);
		this.sequenceAttribution = List.copyOf(topSequenceAttribution(matrix, settings));
		this.columns = List.copyOf(columns);
	}

	/** The observations with the {@linkplain Settings#DEFAULTS default settings}. */
	public static KeyObservations of(AttributionMatrix matrix) {
		return of(matrix, Settings.DEFAULTS);
	}

	public static KeyObservations of(AttributionMatrix matrix, Settings settings) {
		Objects.requireNonNull(matrix, "matrix"); //$NON-NLS-1$
		Objects.requireNonNull(settings, "settings"); //$NON-NLS-1$
		return new Analysis(matrix, settings).result();
	}

	/** The matrix observed. */
	public AttributionMatrix matrix() {
		return matrix;
	}

	public Settings settings() {
		return settings;
	}

	/** Sum of |value| over all non-missing cells, the denominator of the row shares. */
	public double totalAbs() {
		return totalAbs;
	}

	/** Largest first, at most {@link Settings#topCells()}; unmodifiable. */
	public List<CellObservation> largestPositive() {
		return largestPositive;
	}

	/** Most negative first, at most {@link Settings#topCells()}; unmodifiable. */
	public List<CellObservation> mostNegative() {
		return mostNegative;
	}

	/** Largest share first; often one row, possibly none; unmodifiable. */
	public List<RowObservation> dominantRows() {
		return dominantRows;
	}

	/** In row order; unmodifiable. */
	public List<RowObservation> nearZeroRows() {
		return nearZeroRows;
	}

	/**
	 * The input tokens with the largest |{@code seq_attr}| (Captum's attribution of each input to the
	 * whole output), largest first, as many as {@link Settings#topCells()}; empty when the file has
	 * none. Each selects the input's largest cell.
	 */
	public List<RowObservation> sequenceAttribution() {
		return sequenceAttribution;
	}

	private static List<RowObservation> topSequenceAttribution(AttributionMatrix matrix, Settings settings) {
		Optional<float[]> values = matrix.sequenceAttribution();
		if (values.isEmpty()) {
			return List.of();
		}
		List<RowObservation> result = new ArrayList<>();
		for (RankedValue ranked : TokenScores.of(values.get()).topByMagnitude(settings.topCells())) {
			int input = ranked.index();
			int peak = -1;
			float peakAbs = -1;
			for (int output = 0; output < matrix.columns(); output++) {
				float value = matrix.value(input, output);
				if (!Float.isNaN(value) && Math.abs(value) > peakAbs) {
					peakAbs = Math.abs(value);
					peak = output;
				}
			}
			String text = Messages.format(Messages.SEQ_ATTR, Messages.token(matrix.rowToken(input)),
					Messages.number(ranked.value(), settings.decimals()));
			result.add(new RowObservation(Kind.SEQ_ATTR, input, Math.abs(ranked.value()), Double.NaN, peak,
					peak < 0 ? Float.NaN : matrix.value(input, peak), text));
		}
		return result;
	}

	/** Output tokens receiving a large share, largest first; often none; unmodifiable. */
	public List<OutputObservation> dominantOutputs() {
		return dominantOutputs;
	}

	/** Output tokens whose largest |value| is below the near-zero fraction, in order; unmodifiable. */
	public List<OutputObservation> nearZeroOutputs() {
		return nearZeroOutputs;
	}

	/** One per output column, in column order; unmodifiable. */
	public List<ColumnObservation> columns() {
		return columns;
	}

	/**
	 * Every top-level entry in the order an outline lists them: largest positive, most negative,
	 * dominant rows, near-zero rows, columns (whose {@link ColumnObservation#topTokens()} are their
	 * children).
	 */
	public List<Observation> all() {
		List<Observation> all = new ArrayList<>(largestPositive.size() + mostNegative.size() + dominantRows.size()
				+ nearZeroRows.size() + dominantOutputs.size() + nearZeroOutputs.size() + sequenceAttribution.size()
				+ columns.size());
		all.addAll(largestPositive);
		all.addAll(mostNegative);
		all.addAll(dominantRows);
		all.addAll(nearZeroRows);
		all.addAll(dominantOutputs);
		all.addAll(nearZeroOutputs);
		all.addAll(sequenceAttribution);
		all.addAll(columns);
		return Collections.unmodifiableList(all);
	}

	/** All sentences, one per line in the order of {@link #all()}, a column's tokens indented below it. */
	public String toText() {
		StringBuilder text = new StringBuilder();
		for (Observation observation : all()) {
			text.append(observation.text()).append('\n');
			if (observation instanceof ColumnObservation column) {
				for (TokenShare token : column.topTokens()) {
					text.append("  ").append(token.text()).append('\n'); //$NON-NLS-1$
				}
			}
		}
		return text.toString();
	}

	@Override
	public String toString() {
		return "KeyObservations[" + matrix + ", " + largestPositive.size() + " positive, " + mostNegative.size() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " negative, " + dominantRows.size() + " dominant, " + nearZeroRows.size() + " near zero]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Inserts into a descending top list; an equal key goes after the entries already there. */
	static int insert(float[] keys, int[] ids, int offset, int count, int capacity, float key, int id) {
		if (capacity == 0 || (count == capacity && !(key > keys[offset + count - 1]))) {
			return count;
		}
		int i = count == capacity ? count - 1 : count;
		while (i > 0 && key > keys[offset + i - 1]) {
			keys[offset + i] = keys[offset + i - 1];
			ids[offset + i] = ids[offset + i - 1];
			i--;
		}
		keys[offset + i] = key;
		ids[offset + i] = id;
		return count == capacity ? count : count + 1;
	}

	/** The computation, in one pass over the cells plus a pass over rows and columns. */
	private static final class Analysis {
		private final AttributionMatrix matrix;
		private final Settings settings;
		private final AttributionStatistics stats;
		private final int rows;
		private final int columns;
		private final Map<String, Integer> rowTokenCounts = new HashMap<>();
		private final Map<String, Integer> columnTokenCounts = new HashMap<>();
		private final int topCells;
		private final int topPerColumn;

		private final float[] positiveKeys;
		private final int[] positiveCells;
		private int positiveCount;
		private final float[] negativeKeys;
		private final int[] negativeCells;
		private int negativeCount;
		private final int[] rowPeakColumn;
		private final float[] rowPeakValue;
		private final int[] columnPeakRow;
		private final float[] columnPeakAbs;
		private final float[] columnPeakValue;
		private final float[] columnTopAbs;
		private final int[] columnTopRows;
		private final int[] columnTopCount;

		Analysis(AttributionMatrix matrix, Settings settings) {
			this.matrix = matrix;
			this.settings = settings;
			this.stats = matrix.statistics();
			this.rows = matrix.rows();
			this.columns = matrix.columns();
			// no list can be longer than the matrix has cells or rows: a huge setting costs no memory
			int top = (int) Math.min(settings.topCells(), (long) rows * columns);
			topCells = top;
			topPerColumn = Math.min(settings.topTokensPerColumn(), rows);
			positiveKeys = new float[top];
			positiveCells = new int[top];
			negativeKeys = new float[top];
			negativeCells = new int[top];
			rowPeakColumn = new int[rows];
			rowPeakValue = new float[rows];
			columnPeakRow = new int[columns];
			Arrays.fill(columnPeakRow, -1);
			columnPeakAbs = new float[columns];
			Arrays.fill(columnPeakAbs, -1);
			columnPeakValue = new float[columns];
			columnTopAbs = new float[Math.multiplyExact(columns, topPerColumn)];
			columnTopRows = new int[columnTopAbs.length];
			columnTopCount = new int[columns];
			matrix.rowTokens().forEach(token -> rowTokenCounts.merge(token, 1, Integer::sum));
			matrix.columnTokens().forEach(token -> columnTokenCounts.merge(token, 1, Integer::sum));
		}

		KeyObservations result() {
			scan();
			Side inputs = new Side(false);
			Side outputs = new Side(true);
			// each side's total is summed over its own lines, in their order: the outputs' shares are of
			// the sum of the column totals, exactly as when they were asked of the matrix turned
			double inputTotal = inputs.total();
			double outputTotal = outputs.total();
			return new KeyObservations(matrix, settings, inputTotal, cells(true), cells(false),
					inputs.dominant(inputTotal).stream().map(fact -> fact.asRow(Kind.DOMINANT_ROW)).toList(),
					inputs.nearZero(inputTotal).stream().map(fact -> fact.asRow(Kind.NEAR_ZERO_ROW)).toList(),
					outputs.dominant(outputTotal).stream().map(fact -> fact.asOutput(Kind.DOMINANT_OUTPUT)).toList(),
					outputs.nearZero(outputTotal).stream().map(fact -> fact.asOutput(Kind.NEAR_ZERO_OUTPUT)).toList(),
					columnObservations());
		}

		private void scan() {
			int top = topCells;
			int perColumn = topPerColumn;
			for (int row = 0; row < rows; row++) {
				int peakColumn = -1;
				float peakAbs = -1;
				for (int column = 0; column < columns; column++) {
					float value = matrix.value(row, column);
					if (Float.isNaN(value)) {
						continue;
					}
					float abs = Math.abs(value);
					if (abs > peakAbs) {
						peakAbs = abs;
						peakColumn = column;
					}
					// rows come in order: the first row wins ties, as the row's own peak does
					if (abs > columnPeakAbs[column]) {
						columnPeakAbs[column] = abs;
						columnPeakRow[column] = row;
					}
					if (value > 0) {
						positiveCount = insert(positiveKeys, positiveCells, 0, positiveCount, top, value,
								row * columns + column);
					} else if (value < 0) {
						negativeCount = insert(negativeKeys, negativeCells, 0, negativeCount, top, -value,
								row * columns + column);
					}
					if (abs > 0) {
						columnTopCount[column] = insert(columnTopAbs, columnTopRows, column * perColumn,
								columnTopCount[column], perColumn, abs, row);
					}
				}
				rowPeakColumn[row] = peakColumn;
				rowPeakValue[row] = peakColumn < 0 ? Float.NaN : matrix.value(row, peakColumn);
			}
			for (int column = 0; column < columns; column++) {
				columnPeakValue[column] = columnPeakRow[column] < 0 ? Float.NaN
						: matrix.value(columnPeakRow[column], column);
			}
		}

		private List<CellObservation> cells(boolean positive) {
			int count = positive ? positiveCount : negativeCount;
			int[] cells = positive ? positiveCells : negativeCells;
			List<CellObservation> result = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				int row = cells[i] / columns;
				int column = cells[i] % columns;
				float value = matrix.value(row, column);
				int rank = i + 1;
				String pattern = positive ? (rank == 1 ? Messages.CELL_POSITIVE_FIRST : Messages.CELL_POSITIVE_RANKED)
						: (rank == 1 ? Messages.CELL_NEGATIVE_FIRST : Messages.CELL_NEGATIVE_RANKED);
				String text = Messages.format(pattern, number(value), rowLabel(row), columnLabel(column),
						Messages.ordinal(rank));
				Observation.Kind kind = positive ? Observation.Kind.LARGEST_POSITIVE : Observation.Kind.MOST_NEGATIVE;
				result.add(new CellObservation(kind, rank, row, column, value, text));
			}
			return result;
		}

		/**
		 * A dominant or near-zero line of one side: an input token (a row) or an output token (a
		 * column), with its largest |value| on the other side.
		 */
		private record LineFact(int line, double absTotal, double share, int peak, float peakValue, String text) {
			RowObservation asRow(Kind kind) {
				return new RowObservation(kind, line, absTotal, share, peak, peakValue, text);
			}

			OutputObservation asOutput(Kind kind) {
				return new OutputObservation(kind, line, absTotal, share, peak, peakValue, text);
			}
		}

		/**
		 * The input tokens (rows) or the output tokens (columns), of which the same questions are
		 * asked: which hold much of the total |attribution|, which almost none.
		 */
		private final class Side {
			private final boolean outputs;

			Side(boolean outputs) {
				this.outputs = outputs;
			}

			int count() {
				return outputs ? columns : rows;
			}

			double absTotal(int line) {
				return outputs ? stats.columnAbsTotal(line) : stats.rowAbsTotal(line);
			}

			double total() {
				double total = 0;
				for (int line = 0; line < count(); line++) {
					total += absTotal(line);
				}
				return total;
			}

			private int peak(int line) {
				return outputs ? columnPeakRow[line] : rowPeakColumn[line];
			}

			private float peakValue(int line) {
				return outputs ? columnPeakValue[line] : rowPeakValue[line];
			}

			private String label(int line) {
				return outputs ? columnLabel(line) : rowLabel(line);
			}

			private LineFact fact(int line, double share, String text) {
				return new LineFact(line, absTotal(line), share, peak(line), peakValue(line), text);
			}

			List<LineFact> dominant(double total) {
				List<LineFact> result = new ArrayList<>();
				int lines = count();
				if (lines < 2 || !(total > 0)) {
					return result;
				}
				double evenShare = EVEN_SHARE_FACTOR / lines;
				double threshold = Math.max(settings.dominantShare(), evenShare);
				List<Integer> dominant = new ArrayList<>();
				int largest = 0;
				for (int line = 0; line < lines; line++) {
					if (absTotal(line) / total >= threshold) {
						dominant.add(line);
					}
					if (absTotal(line) > absTotal(largest)) {
						largest = line;
					}
				}
				if (dominant.isEmpty()) {
					double runnerUp = 0;
					for (int line = 0; line < lines; line++) {
						if (line != largest) {
							runnerUp = Math.max(runnerUp, absTotal(line));
						}
					}
					double largestTotal = absTotal(largest);
					if (largestTotal >= RUNNER_UP_FACTOR * runnerUp && largestTotal / total >= evenShare) {
						dominant.add(largest);
					}
				}
				// largest share first; the sort is stable, so equal totals stay in line order
				dominant.sort((a, b) -> Double.compare(absTotal(b), absTotal(a)));
				for (int line : dominant) {
					double share = absTotal(line) / total;
					result.add(fact(line, share, Messages.format(outputs ? Messages.OUTPUT_DOMINANT : Messages.ROW_DOMINANT,
							label(line), Messages.percent(share))));
				}
				return result;
			}

			List<LineFact> nearZero(double total) {
				int[] nearZero = outputs ? stats.nearZeroColumns(settings.nearZeroFraction())
						: stats.nearZeroRows(settings.nearZeroFraction());
				List<LineFact> result = new ArrayList<>(nearZero.length);
				String fraction = fractionPercent(settings.nearZeroFraction());
				String largest = number(stats.maxAbs());
				for (int line : nearZero) {
					double lineMaxAbs = outputs ? stats.columnMaxAbs(line) : stats.rowMaxAbs(line);
					String text = peak(line) < 0
							? Messages.format(outputs ? Messages.OUTPUT_NEAR_ZERO_EMPTY : Messages.ROW_NEAR_ZERO_EMPTY,
									label(line))
							: Messages.format(outputs ? Messages.OUTPUT_NEAR_ZERO : Messages.ROW_NEAR_ZERO, label(line),
									number(lineMaxAbs), fraction, largest);
					result.add(fact(line, total > 0 ? absTotal(line) / total : Double.NaN, text));
				}
				return result;
			}
		}

		private List<ColumnObservation> columnObservations() {
			int perColumn = topPerColumn;
			List<ColumnObservation> result = new ArrayList<>(columns);
			for (int column = 0; column < columns; column++) {
				double columnTotal = stats.columnAbsTotal(column);
				List<TokenShare> tokens = new ArrayList<>(columnTopCount[column]);
				List<String> entries = new ArrayList<>(columnTopCount[column]);
				for (int i = 0; i < columnTopCount[column]; i++) {
					int row = columnTopRows[column * perColumn + i];
					float value = matrix.value(row, column);
					// clamped because rounding in a long sum must never yield a share above 1
					double share = Math.min(1.0, Math.abs(value) / columnTotal);
					String percent = Messages.percent(share);
					tokens.add(new TokenShare(i + 1, row, column, value, share,
							Messages.format(Messages.TOKEN_SHARE, rowLabel(row), number(value), percent)));
					entries.add(Messages.format(Messages.COLUMN_TOP_ENTRY, quotedRowLabel(row), percent));
				}
				String text;
				if (!tokens.isEmpty()) {
					text = Messages.format(Messages.COLUMN_TOP, columnLabel(column),
							String.join(Messages.COLUMN_TOP_SEPARATOR, entries));
				} else if (columnTotal > 0) {
					// no token asked for (topTokensPerColumn 0): still say how much the column holds
					text = Messages.format(Messages.COLUMN_TOTAL, columnLabel(column), number(columnTotal));
				} else {
					text = Messages.format(Messages.COLUMN_NONE, columnLabel(column));
				}
				result.add(new ColumnObservation(column, columnTotal, tokens, text));
			}
			return result;
		}

		private String number(double value) {
			return Messages.number(value, settings.decimals());
		}

		private String rowLabel(int row) {
			String token = matrix.rowToken(row);
			String label = Messages.token(token);
			return rowTokenCounts.get(token) > 1 ? Messages.format(rowPosition(), label, row) : label;
		}

		private String quotedRowLabel(int row) {
			String token = matrix.rowToken(row);
			String label = Messages.quoted(token);
			return rowTokenCounts.get(token) > 1 ? Messages.format(rowPosition(), label, row) : label;
		}

		private String columnLabel(int column) {
			String token = matrix.columnToken(column);
			String label = Messages.token(token);
			return columnTokenCounts.get(token) > 1 ? Messages.format(columnPosition(), label, column) : label;
		}

		/** "(input 3)" after a repeated input token. */
		private static String rowPosition() {
			return Messages.LABEL_INPUT;
		}

		/** "(output 3)" after a repeated output token. */
		private static String columnPosition() {
			return Messages.LABEL_OUTPUT;
		}

		/** 0.01 as "1%", 0.005 as "0.5%". */
		private static String fractionPercent(double fraction) {
			String percent = new BigDecimal(String.format(Locale.ROOT, "%.4f", fraction * 100)).stripTrailingZeros() //$NON-NLS-1$
					.toPlainString();
			return percent + "%"; //$NON-NLS-1$
		}
	}
}
