package org.attributionlens.model.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.stats.CellValue;

/**
 * The difference A - B of two attribution matrices, cell by cell, aligned <b>by position</b>: row
 * i of A is compared with row i of B whatever their tokens, and likewise columns. Immutable and
 * thread-safe.
 * <p>
 * The diff covers the union of both shapes: {@code max(rows)} x {@code max(columns)}. Rows and
 * columns that exist in only one matrix are kept, with the other side missing, so their difference
 * is missing (a blank cell); nothing is cropped. Everything that does not line up is said in
 * {@link #explanations()}: different counts of input or output tokens, tokens that differ at the
 * same position (the first {@link #DEFAULT_LISTED_MISMATCHES} per axis, then a count), cells missing
 * on one side.
 * <p>
 * Tokens of the diff matrix: the token where A and B agree, {@code "A-token | B-token"} where they
 * differ, and the one token there is where a row or column exists in only one matrix (see
 * {@link #rowSide(int)}). Values: {@code a - b} rounded to float; the rare difference beyond the
 * float range (two values of opposite sign near {@link Float#MAX_VALUE}) is clamped to
 * {@code ±Float.MAX_VALUE} and explained, since a matrix holds no infinities. The summary numbers are
 * computed in double precision from A and B themselves.
 */
public final class MatrixDiff {

	/** How many differing tokens {@link #explanations()} lists per axis before it only counts. */
	public static final int DEFAULT_LISTED_MISMATCHES = 5;
	/** {@link AttributionMatrix#format()} of the diff matrix. */
	public static final String FORMAT = "difference (A - B)"; //$NON-NLS-1$
	/** Between the two tokens of a position where A and B differ. */
	public static final String TOKEN_SEPARATOR = " | "; //$NON-NLS-1$

	/** Where a row or column of the diff comes from. */
	public enum Side {
		/** Present in A and in B. */
		BOTH,
		/** Present only in A (A is the longer one). */
		A_ONLY,
		/** Present only in B (B is the longer one). */
		B_ONLY
	}

	private final AttributionMatrix a;
	private final AttributionMatrix b;
	private final AttributionMatrix diff;
	private final int rowTokenMismatches;
	private final int columnTokenMismatches;
	private final List<String> explanations;
	private final int comparedCells;
	private final int oneSidedCells;
	private final CellValue maxAbsDifference;
	private final double maxAbsExact;
	private final double meanAbsDifference;
	private final int clampedCells;

	private MatrixDiff(AttributionMatrix a, AttributionMatrix b, int maxListed) {
		this.a = a;
		this.b = b;
		int rows = Math.max(a.rows(), b.rows());
		int columns = Math.max(a.columns(), b.columns());
		int sharedRows = Math.min(a.rows(), b.rows());
		int sharedColumns = Math.min(a.columns(), b.columns());

		List<String> rowTokens = mergedTokens(a.rowTokens(), b.rowTokens());
		List<String> columnTokens = mergedTokens(a.columnTokens(), b.columnTokens());
		rowTokenMismatches = countMismatches(a.rowTokens(), b.rowTokens());
		columnTokenMismatches = countMismatches(a.columnTokens(), b.columnTokens());

		float[] values = new float[Math.multiplyExact(rows, columns)];
		int compared = 0;
		int oneSided = 0;
		int clamped = 0;
		double sumAbs = 0;
		double maxAbs = -1;
		int maxRow = -1;
		int maxColumn = -1;
		for (int row = 0; row < rows; row++) {
			for (int column = 0; column < columns; column++) {
				float valueA = valueOf(a, row, column);
				float valueB = valueOf(b, row, column);
				int index = row * columns + column;
				if (Float.isNaN(valueA) || Float.isNaN(valueB)) {
					values[index] = Float.NaN;
					if (row < sharedRows && column < sharedColumns) {
						oneSided++;
					}
					continue;
				}
				double exact = (double) valueA - (double) valueB;
				float rounded = (float) exact;
				if (Float.isInfinite(rounded)) {
					rounded = Math.copySign(Float.MAX_VALUE, rounded);
					clamped++;
				}
				values[index] = rounded;
				compared++;
				double abs = Math.abs(exact);
				sumAbs += abs;
				// strict: the first cell in row-major order wins ties
				if (abs > maxAbs) {
					maxAbs = abs;
					maxRow = row;
					maxColumn = column;
				}
			}
		}
		this.comparedCells = compared;
		this.oneSidedCells = oneSided;
		this.clampedCells = clamped;
		this.maxAbsExact = compared == 0 ? Double.NaN : maxAbs;
		this.meanAbsDifference = compared == 0 ? Double.NaN : sumAbs / compared;
		this.diff = AttributionMatrix.builder(rowTokens, columnTokens, values, FORMAT).build();
		this.maxAbsDifference = compared == 0 ? null
				: new CellValue(maxRow, maxColumn, diff.value(maxRow, maxColumn));
		this.explanations = Collections.unmodifiableList(explain(maxListed, sharedRows * sharedColumns));
	}

	/** A - B with up to {@link #DEFAULT_LISTED_MISMATCHES} differing tokens listed per axis. */
	public static MatrixDiff of(AttributionMatrix a, AttributionMatrix b) {
		return of(a, b, DEFAULT_LISTED_MISMATCHES);
	}

	/**
	 * A - B.
	 *
	 * @param maxListedMismatches how many differing tokens to list per axis in
	 *                            {@link #explanations()}, 0 or more; the rest are counted
	 */
	public static MatrixDiff of(AttributionMatrix a, AttributionMatrix b, int maxListedMismatches) {
		Objects.requireNonNull(a, "a"); //$NON-NLS-1$
		Objects.requireNonNull(b, "b"); //$NON-NLS-1$
		if (maxListedMismatches < 0) {
			throw new IllegalArgumentException("maxListedMismatches must not be negative, got " + maxListedMismatches); //$NON-NLS-1$
		}
		return new MatrixDiff(a, b, maxListedMismatches);
	}

	public AttributionMatrix a() {
		return a;
	}

	public AttributionMatrix b() {
		return b;
	}

	/**
	 * The difference as a matrix to show as a heatmap: {@link #rows()} x {@link #columns()}, NaN
	 * where either side is missing; format {@link #FORMAT}, no meta.
	 */
	public AttributionMatrix diff() {
		return diff;
	}

	/** Rows of the diff: the larger of A's and B's. */
	public int rows() {
		return diff.rows();
	}

	/** Columns of the diff: the larger of A's and B's. */
	public int columns() {
		return diff.columns();
	}

	/** A's value at a position of the diff; NaN when missing in A or outside A. */
	public float valueA(int row, int column) {
		checkCell(row, column);
		return valueOf(a, row, column);
	}

	/** B's value at a position of the diff; NaN when missing in B or outside B. */
	public float valueB(int row, int column) {
		checkCell(row, column);
		return valueOf(b, row, column);
	}

	/** The diff's value, {@code a - b}; NaN when either side is missing. */
	public float difference(int row, int column) {
		return diff.value(row, column);
	}

	/** A, B and A - B at a position of the diff. */
	public DiffCell cell(int row, int column) {
		return new DiffCell(row, column, valueA(row, column), valueB(row, column), difference(row, column));
	}

	public Side rowSide(int row) {
		Objects.checkIndex(row, rows());
		return side(row < a.rows(), row < b.rows());
	}

	public Side columnSide(int column) {
		Objects.checkIndex(column, columns());
		return side(column < a.columns(), column < b.columns());
	}

	/** A's input token at a row of the diff; empty when the row exists only in B. */
	public Optional<String> rowTokenA(int row) {
		Objects.checkIndex(row, rows());
		return row < a.rows() ? Optional.of(a.rowToken(row)) : Optional.empty();
	}

	/** B's input token at a row of the diff; empty when the row exists only in A. */
	public Optional<String> rowTokenB(int row) {
		Objects.checkIndex(row, rows());
		return row < b.rows() ? Optional.of(b.rowToken(row)) : Optional.empty();
	}

	/** A's output token at a column of the diff; empty when the column exists only in B. */
	public Optional<String> columnTokenA(int column) {
		Objects.checkIndex(column, columns());
		return column < a.columns() ? Optional.of(a.columnToken(column)) : Optional.empty();
	}

	/** B's output token at a column of the diff; empty when the column exists only in A. */
	public Optional<String> columnTokenB(int column) {
		Objects.checkIndex(column, columns());
		return column < b.columns() ? Optional.of(b.columnToken(column)) : Optional.empty();
	}

	/** Whether A and B have the same number of rows and of columns. */
	public boolean sameShape() {
		return a.rows() == b.rows() && a.columns() == b.columns();
	}

	/** Whether A and B have the same shape and the same tokens at every position. */
	public boolean sameTokens() {
		return sameShape() && rowTokenMismatches == 0 && columnTokenMismatches == 0;
	}

	/** Positions among the shared rows where A's and B's input tokens differ. */
	public int rowTokenMismatches() {
		return rowTokenMismatches;
	}

	/** Positions among the shared columns where A's and B's output tokens differ. */
	public int columnTokenMismatches() {
		return columnTokenMismatches;
	}

	/**
	 * Sentences saying how A and B line up, in this order: the shared shape and tokens when all
	 * agree; otherwise the row count, the column count, the differing input tokens, the differing
	 * output tokens (each line only when it applies); then cells of the shared part missing on a
	 * side, and clamped differences. E.g. {@code A has 13 input tokens, B has 9 input tokens: rows 9
	 * to 12 exist only in A} and {@code input token 3 differs: A "," vs B "▁x"}. Positions are
	 * 0-based; tokens are shown visible and shortened, in double quotes. Unmodifiable.
	 */
	public List<String> explanations() {
		return explanations;
	}

	/** Cells holding a value in both A and B: the cells the summary numbers are about. */
	public int comparedCells() {
		return comparedCells;
	}

	/**
	 * The cell with the largest |A - B| (the first in row-major order on ties), with the signed
	 * difference as in {@link #diff()}; empty when no cell was compared.
	 */
	public Optional<CellValue> maxAbsDifference() {
		return Optional.ofNullable(maxAbsDifference);
	}

	/** Mean of |A - B| over the compared cells, in double precision; NaN when none was compared. */
	public double meanAbsDifference() {
		return meanAbsDifference;
	}

	/**
	 * One sentence with the summary numbers, values printed with {@code decimals} digits, e.g.
	 * {@code Cells compared: 45; largest difference 1.9051 at ▁/ | ▁ under 4900 / 100 = 49 | 6 - 4 = 2;
	 * mean |A - B| 0.2045}.
	 *
	 * @param decimals 0 to {@link KeyObservations#MAX_DECIMALS}
	 */
	public String summary(int decimals) {
		if (decimals < 0 || decimals > KeyObservations.MAX_DECIMALS) {
			throw new IllegalArgumentException(
					"decimals must be between 0 and " + KeyObservations.MAX_DECIMALS + ", got " + decimals); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (maxAbsDifference == null) {
			return Messages.DIFF_SUMMARY_NONE;
		}
		double signedMax = (double) valueOf(a, maxAbsDifference.row(), maxAbsDifference.column())
				- valueOf(b, maxAbsDifference.row(), maxAbsDifference.column());
		return Messages.format(Messages.DIFF_SUMMARY, comparedCells, Messages.number(signedMax, decimals),
				Messages.token(diff.rowToken(maxAbsDifference.row())),
				Messages.token(diff.columnToken(maxAbsDifference.column())),
				Messages.number(meanAbsDifference, decimals));
	}

	/** The largest |A - B| in double precision; NaN when no cell was compared. */
	public double maxAbsDifferenceExact() {
		return maxAbsExact;
	}

	@Override
	public String toString() {
		return "MatrixDiff[" + a.rows() + "x" + a.columns() + " - " + b.rows() + "x" + b.columns() + ", " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ comparedCells + " cells compared]"; //$NON-NLS-1$
	}

	private void checkCell(int row, int column) {
		Objects.checkIndex(row, rows());
		Objects.checkIndex(column, columns());
	}

	private static Side side(boolean inA, boolean inB) {
		return inA && inB ? Side.BOTH : inA ? Side.A_ONLY : Side.B_ONLY;
	}

	private static float valueOf(AttributionMatrix matrix, int row, int column) {
		return row < matrix.rows() && column < matrix.columns() ? matrix.value(row, column) : Float.NaN;
	}

	private static List<String> mergedTokens(List<String> tokensA, List<String> tokensB) {
		int count = Math.max(tokensA.size(), tokensB.size());
		List<String> merged = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			if (i >= tokensB.size()) {
				merged.add(tokensA.get(i));
			} else if (i >= tokensA.size()) {
				merged.add(tokensB.get(i));
			} else if (tokensA.get(i).equals(tokensB.get(i))) {
				merged.add(tokensA.get(i));
			} else {
				merged.add(tokensA.get(i) + TOKEN_SEPARATOR + tokensB.get(i));
			}
		}
		return merged;
	}

	private static int countMismatches(List<String> tokensA, List<String> tokensB) {
		int count = 0;
		for (int i = 0; i < Math.min(tokensA.size(), tokensB.size()); i++) {
			if (!tokensA.get(i).equals(tokensB.get(i))) {
				count++;
			}
		}
		return count;
	}

	private List<String> explain(int maxListed, int sharedCells) {
		List<String> lines = new ArrayList<>();
		if (sameTokens()) {
			lines.add(Messages.format(Messages.DIFF_SAME_TOKENS, Messages.plural(Messages.DIFF_INPUT_TOKENS, a.rows()),
					Messages.plural(Messages.DIFF_OUTPUT_TOKENS, a.columns())));
		}
		if (a.rows() != b.rows()) {
			lines.add(Messages.format(Messages.DIFF_ROW_COUNTS, Messages.plural(Messages.DIFF_INPUT_TOKENS, a.rows()),
					Messages.plural(Messages.DIFF_INPUT_TOKENS, b.rows()),
					onlyIn(a.rows(), b.rows(), Messages.DIFF_ONE_ROW_ONLY, Messages.DIFF_ROWS_ONLY)));
		}
		if (a.columns() != b.columns()) {
			lines.add(Messages.format(Messages.DIFF_COLUMN_COUNTS,
					Messages.plural(Messages.DIFF_OUTPUT_TOKENS, a.columns()),
					Messages.plural(Messages.DIFF_OUTPUT_TOKENS, b.columns()),
					onlyIn(a.columns(), b.columns(), Messages.DIFF_ONE_COLUMN_ONLY, Messages.DIFF_COLUMNS_ONLY)));
		}
		listMismatches(lines, a.rowTokens(), b.rowTokens(), maxListed, Messages.DIFF_ROW_TOKEN,
				Messages.DIFF_MORE_ROW_TOKENS, rowTokenMismatches);
		listMismatches(lines, a.columnTokens(), b.columnTokens(), maxListed, Messages.DIFF_COLUMN_TOKEN,
				Messages.DIFF_MORE_COLUMN_TOKENS, columnTokenMismatches);
		if (oneSidedCells > 0) {
			lines.add(Messages.format(Messages.DIFF_MISSING, oneSidedCells, sharedCells));
		}
		if (clampedCells > 0) {
			lines.add(Messages.format(Messages.DIFF_CLAMPED, clampedCells, Float.MAX_VALUE));
		}
		return lines;
	}

	/** "rows 9 to 12 exist only in A" for counts 13 (A) and 9 (B). */
	private static String onlyIn(int countA, int countB, String one, String many) {
		int first = Math.min(countA, countB);
		int last = Math.max(countA, countB) - 1;
		String side = countA > countB ? "A" : "B"; //$NON-NLS-1$ //$NON-NLS-2$
		return Messages.format(first == last ? one : many, first, last, side);
	}

	private static void listMismatches(List<String> lines, List<String> tokensA, List<String> tokensB, int maxListed,
			String pattern, String moreKey, int total) {
		int listed = 0;
		for (int i = 0; i < Math.min(tokensA.size(), tokensB.size()) && listed < maxListed; i++) {
			if (!tokensA.get(i).equals(tokensB.get(i))) {
				lines.add(Messages.format(pattern, i, Messages.quoted(tokensA.get(i)), Messages.quoted(tokensB.get(i))));
				listed++;
			}
		}
		if (total > listed) {
			lines.add(Messages.plural(moreKey, total - listed, total));
		}
	}
}
