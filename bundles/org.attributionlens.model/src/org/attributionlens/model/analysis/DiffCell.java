package org.attributionlens.model.analysis;

/**
 * One cell of a {@link MatrixDiff}: what A and B hold at the same position and their difference,
 * for a Properties view showing A, B and A - B.
 *
 * @param row        0-based row of the diff (the same position in A and B)
 * @param column     0-based column of the diff
 * @param a          A's value; NaN when missing in A or outside A
 * @param b          B's value; NaN when missing in B or outside B
 * @param difference {@code a - b} as shown in the diff matrix; NaN when either side is NaN
 */
public record DiffCell(int row, int column, float a, float b, float difference) {

	/** Whether both sides hold a value, so that the cell counts in the comparison. */
	public boolean compared() {
		return !Float.isNaN(a) && !Float.isNaN(b);
	}

	/**
	 * {@code a - b} computed in double precision, exact for any two floats; NaN when not
	 * {@linkplain #compared() compared}. Differs from {@link #difference()} only by the rounding to
	 * float (or its clamping to the float range).
	 */
	public double exactDifference() {
		return (double) a - (double) b;
	}
}
