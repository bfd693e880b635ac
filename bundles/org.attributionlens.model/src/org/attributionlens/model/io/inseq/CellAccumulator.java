package org.attributionlens.model.io.inseq;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Turns the elements of a tensor, fed one at a time in row-major order, into one value per cell:
 * each run of {@code inner} consecutive elements is one cell. The output grows with the elements
 * actually received, so a header that declares far more data than the payload holds never makes
 * the reader allocate for the declared size: it doubles until an eighth of the cells has arrived,
 * and then takes the declared size at once. Growing that way needs at most 5 bytes per cell at
 * the moment of the last copy, where doubling to the end would need 6.
 */
final class CellAccumulator {

	private static final int INITIAL = 4096;
	private static final VarHandle LITTLE_ENDIAN_INT = MethodHandles.byteArrayViewVarHandle(int[].class,
			ByteOrder.LITTLE_ENDIAN);
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
	CellAccumulator(Reduction reduction, int cells, long inner) {
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

	/**
	 * {@link #accept(float)} for {@code count} little-endian float32 elements from {@code bytes}:
	 * without a reduction they go into the output in runs, about twice as fast as one call per
	 * element (the 67 MB tensor of 4096 x 4096: 83 ms a call per element, 35-43 ms in runs).
	 */
	void acceptFloat32(byte[] bytes, int offset, int count) {
		if (reduction != Reduction.NONE) {
			for (int i = 0; i < count; i++) {
				accept(DType.F32.decode(bytes, offset + i * Float.BYTES));
			}
			return;
		}
		int from = offset;
		int left = count;
		while (left > 0) {
			if (emitted == out.length) {
				if (emitted == cells) {
					return; // more elements than declared: the caller compares counts
				}
				grow();
			}
			int run = Math.min(left, out.length - emitted);
			for (int i = 0; i < run; i++) {
				out[emitted + i] = Float.intBitsToFloat((int) LITTLE_ENDIAN_INT.get(bytes, from + i * Float.BYTES));
			}
			emitted += run;
			from += run * Float.BYTES;
			left -= run;
		}
	}

	private void emit(float value) {
		if (emitted == out.length) {
			if (emitted == cells) {
				return; // more elements than declared: the caller compares counts
			}
			grow();
		}
		out[emitted++] = value;
	}

	private void grow() {
		int grown = emitted >= cells / FULL_SIZE_AFTER ? cells : (int) Math.min(cells, Math.max(INITIAL, 2L * out.length));
		out = Arrays.copyOf(out, grown);
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
