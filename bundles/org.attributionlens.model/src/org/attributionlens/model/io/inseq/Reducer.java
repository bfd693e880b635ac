package org.attributionlens.model.io.inseq;

import java.util.Arrays;

/**
 * Turns the elements of a tensor, fed one at a time in row-major order, into one value per cell:
 * each run of {@code inner} consecutive elements is one cell. The output grows with the elements
 * actually received, so a header that declares far more data than the payload holds never makes
 * the reader allocate for the declared size: it doubles until an eighth of the cells has arrived,
 * and then takes the declared size at once. Growing that way needs at most 5 bytes per cell at
 * the moment of the last copy, where doubling to the end would need 6.
 */
final class Reducer {

	private static final int INITIAL = 4096;
	/** The part of the cells that must have arrived before the output takes its declared size. */
	private static final int FULL_SIZE_AFTER = 8;

	private final Reduction reduction;
	private final int cells;
	private final long inner;
	private float[] out;
	private int emitted;
	private long inCell;
	private double accumulator;

	/**
	 * @param cells number of output values, already checked against the limits
	 * @param inner elements per cell, at least 1
	 */
	Reducer(Reduction reduction, int cells, long inner) {
		this.reduction = reduction;
		this.cells = cells;
		this.inner = inner;
		this.out = new float[Math.min(cells, INITIAL)];
	}

	void accept(float value) {
		if (reduction == Reduction.NONE) {
			emit(value);
			return;
		}
		accumulator += reduction == Reduction.L2 ? (double) value * value : value;
		if (++inCell == inner) {
			emit(reduction == Reduction.L2 ? (float) Math.sqrt(accumulator) : (float) (accumulator / inner));
			accumulator = 0;
			inCell = 0;
		}
	}

	private void emit(float value) {
		if (emitted == out.length) {
			if (emitted == cells) {
				return; // more elements than declared: the caller compares counts
			}
			int grown = emitted >= cells / FULL_SIZE_AFTER ? cells
					: (int) Math.min(cells, Math.max(INITIAL, 2L * out.length));
			out = Arrays.copyOf(out, grown);
		}
		out[emitted++] = value;
	}

	/** Whether every cell has its value. */
	boolean complete() {
		return emitted == cells && inCell == 0;
	}

	/** The values, one per cell; only after {@link #complete()}. */
	float[] values() {
		return out.length == cells ? out : Arrays.copyOf(out, cells);
	}
}
