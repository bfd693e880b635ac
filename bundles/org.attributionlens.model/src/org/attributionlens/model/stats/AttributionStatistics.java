package org.attributionlens.model.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.attributionlens.model.AttributionMatrix;

/**
 * Summary figures of one matrix over its non-missing cells: extremes, totals per row and column,
 * rankings and near-zero rows and columns. The whole-matrix figures are computed in one pass on creation;
 * per-column orderings are computed on first use. Thread-safe.
 * <p>
 * Rankings are by magnitude (|value|), because for attributions a large negative value matters as
 * much as a large positive one; the values reported stay signed.
 */
public final class AttributionStatistics {

	/**
	 * Fraction of the largest |value| below which {@link #nearZeroRows()} calls a row near zero, and
	 * {@link #nearZeroColumns()} a column.
	 */
	public static final double DEFAULT_NEAR_ZERO_FRACTION = 0.01;

	private final AttributionMatrix matrix;
	private final CellValue max;
	private final CellValue min;
	private final double maxAbs;
	private final int missingCount;
	private final double[] rowMaxAbs;
	private final double[] columnMaxAbs;
	private final double[] rowAbsTotal;
	private final double[] columnAbsTotal;
	private final ColumnOrder columnOrder;

	private AttributionStatistics(AttributionMatrix matrix) {
		this.matrix = matrix;
		int rows = matrix.rows();
		int columns = matrix.columns();
		rowMaxAbs = new double[rows];
		columnMaxAbs = new double[columns];
		rowAbsTotal = new double[rows];
		columnAbsTotal = new double[columns];
		int maxRow = -1, maxColumn = -1, minRow = -1, minColumn = -1, missing = 0;
		float maxValue = Float.NEGATIVE_INFINITY, minValue = Float.POSITIVE_INFINITY, largestAbs = 0f;
		for (int row = 0; row < rows; row++) {
			float rowLargest = 0f;
			double rowTotal = 0;
			for (int column = 0; column < columns; column++) {
				float value = matrix.value(row, column);
				if (Float.isNaN(value)) {
					missing++;
					continue;
				}
				float abs = Math.abs(value);
				rowLargest = Math.max(rowLargest, abs);
				rowTotal += abs;
				columnAbsTotal[column] += abs;
				columnMaxAbs[column] = Math.max(columnMaxAbs[column], abs);
				// strict comparisons keep the first cell in row-major order on ties
				if (value > maxValue) {
					maxValue = value;
					maxRow = row;
					maxColumn = column;
				}
				if (value < minValue) {
					minValue = value;
					minRow = row;
					minColumn = column;
				}
			}
			rowMaxAbs[row] = rowLargest;
			rowAbsTotal[row] = rowTotal;
			largestAbs = Math.max(largestAbs, rowLargest);
		}
		this.max = maxRow < 0 ? null : new CellValue(maxRow, maxColumn, maxValue);
		this.min = minRow < 0 ? null : new CellValue(minRow, minColumn, minValue);
		this.maxAbs = largestAbs;
		this.missingCount = missing;
		this.columnOrder = new ColumnOrder(matrix);
	}

	public static AttributionStatistics of(AttributionMatrix matrix) {
		return new AttributionStatistics(Objects.requireNonNull(matrix, "matrix"));
	}

	/** The largest signed value (first in row-major order on ties); empty when every cell is missing. */
	public Optional<CellValue> max() {
		return Optional.ofNullable(max);
	}

	/** The smallest signed value (first in row-major order on ties); empty when every cell is missing. */
	public Optional<CellValue> min() {
		return Optional.ofNullable(min);
	}

	/** The largest |value|; 0 when every cell is missing. */
	public double maxAbs() {
		return maxAbs;
	}

	public int missingCount() {
		return missingCount;
	}

	/** All cells, missing ones included: {@code rows * columns}. */
	public int cellCount() {
		return matrix.rows() * matrix.columns();
	}

	/** Cells that hold a value: {@link #cellCount()} minus {@link #missingCount()}. */
	public int valueCount() {
		return cellCount() - missingCount;
	}

	/** Near-zero rows at {@link #DEFAULT_NEAR_ZERO_FRACTION} (1%). */
	public int[] nearZeroRows() {
		return nearZeroRows(DEFAULT_NEAR_ZERO_FRACTION);
	}

	/**
	 * Rows that carry (almost) nothing: rows whose largest |value| is below
	 * {@code fraction * maxAbs()}, in ascending order. A row whose cells are all missing or all zero
	 * also counts, since it carries no attribution either; consequently every row is near zero in an
	 * all-zero matrix.
	 *
	 * @param fraction in [0, 1]
	 */
	public int[] nearZeroRows(double fraction) {
		return nearZero(rowMaxAbs, fraction);
	}

	/** Near-zero columns at {@link #DEFAULT_NEAR_ZERO_FRACTION} (1%). */
	public int[] nearZeroColumns() {
		return nearZeroColumns(DEFAULT_NEAR_ZERO_FRACTION);
	}

	/**
	 * Columns that carry (almost) nothing, by the same rule as {@link #nearZeroRows(double)}: their
	 * largest |value| is zero (or every cell missing) or below {@code fraction * maxAbs()}.
	 *
	 * @param fraction in [0, 1]
	 */
	public int[] nearZeroColumns(double fraction) {
		return nearZero(columnMaxAbs, fraction);
	}

	private int[] nearZero(double[] lineMaxAbs, double fraction) {
		if (!(fraction >= 0 && fraction <= 1)) {
			throw new IllegalArgumentException("fraction must be in [0, 1], got " + fraction);
		}
		double threshold = fraction * maxAbs;
		int[] result = new int[lineMaxAbs.length];
		int count = 0;
		for (int line = 0; line < lineMaxAbs.length; line++) {
			if (lineMaxAbs[line] == 0 || lineMaxAbs[line] < threshold) {
				result[count++] = line;
			}
		}
		return Arrays.copyOf(result, count);
	}

	/** The largest |value| in a row; 0 when the row is entirely missing. */
	public double rowMaxAbs(int row) {
		return rowMaxAbs[Objects.checkIndex(row, rowMaxAbs.length)];
	}

	/** The largest |value| in a column; 0 when the column is entirely missing. */
	public double columnMaxAbs(int column) {
		return columnMaxAbs[Objects.checkIndex(column, columnMaxAbs.length)];
	}

	/**
	 * Up to {@code k} rows of a column, largest |value| first with signed values; ties go to the
	 * lower row; missing cells are skipped, so fewer than {@code k} entries may come back.
	 */
	public List<RankedValue> topInColumn(int column, int k) {
		Objects.checkIndex(column, matrix.columns());
		if (k < 0) {
			throw new IllegalArgumentException("k must not be negative, got " + k);
		}
		int[] order = columnOrder.rowsByMagnitude(column);
		int count = Math.min(k, order.length);
		List<RankedValue> top = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			top.add(new RankedValue(order[i], matrix.value(order[i], column)));
		}
		return List.copyOf(top);
	}

	/**
	 * 1-based rank of a cell's |value| within its column, largest first, with competition ranking
	 * (equal magnitudes share a rank and the next rank is skipped: 1, 2, 2, 4); 0 for a missing cell.
	 */
	public int rankInColumn(int row, int column) {
		float magnitude = Math.abs(matrix.value(row, column));
		if (Float.isNaN(magnitude)) {
			return 0;
		}
		int larger = 0;
		for (int other = 0; other < matrix.rows(); other++) {
			// NaN compares false, so missing cells never count as larger
			if (Math.abs(matrix.value(other, column)) > magnitude) {
				larger++;
			}
		}
		return larger + 1;
	}

	/** Like {@link #rankInColumn(int, int)}, within the cell's row. */
	public int rankInRow(int row, int column) {
		float magnitude = Math.abs(matrix.value(row, column));
		if (Float.isNaN(magnitude)) {
			return 0;
		}
		int larger = 0;
		for (int other = 0; other < matrix.columns(); other++) {
			if (Math.abs(matrix.value(row, other)) > magnitude) {
				larger++;
			}
		}
		return larger + 1;
	}

	/** Sum of |value| over the non-missing cells of a column. */
	public double columnAbsTotal(int column) {
		return columnAbsTotal[Objects.checkIndex(column, columnAbsTotal.length)];
	}

	/** Sum of |value| over the non-missing cells of a row. */
	public double rowAbsTotal(int row) {
		return rowAbsTotal[Objects.checkIndex(row, rowAbsTotal.length)];
	}

	/**
	 * The cell's share of its column's total magnitude, {@code |value| / columnAbsTotal}, in [0, 1];
	 * NaN when the cell is missing or the column total is 0.
	 */
	public double columnShare(int row, int column) {
		float value = matrix.value(row, column);
		double total = columnAbsTotal(column);
		if (Float.isNaN(value) || total == 0) {
			return Double.NaN;
		}
		// clamped because rounding in a long sum must never yield a share above 1
		return Math.min(1.0, Math.abs(value) / total);
	}
}
