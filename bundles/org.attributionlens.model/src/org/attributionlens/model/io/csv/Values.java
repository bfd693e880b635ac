package org.attributionlens.model.io.csv;

import java.util.Arrays;

import org.attributionlens.model.io.MemoryBudget;

/**
 * The values of a table in row-major order, in one growing array: never boxed, and never more
 * than the cell limit allows (the caller checks each row against it before reserving room).
 */
final class Values {

	private final long capacity;
	private float[] data = new float[1024];
	private int size;

	/** @param capacity most values ever held */
	Values(long capacity) {
		this.capacity = capacity;
	}

	/**
	 * @param capacity most values ever held
	 * @param expected how many values the table holds, counted beforehand (0 if unknown): the
	 *                 array takes that size at once, so it is never copied
	 */
	Values(long capacity, long expected) {
		this(capacity);
		if (expected > 0 && expected <= capacity && MemoryBudget.fits(expected * Float.BYTES)) {
			data = new float[(int) expected];
		}
	}

	/**
	 * Makes room for {@code count} more values, growing by half again at a time; false, with
	 * nothing changed, when the larger array would not fit in the memory free (the old one is
	 * still held while it is copied).
	 */
	boolean reserve(int count) {
		long needed = (long) size + count;
		if (needed <= data.length) {
			return true;
		}
		long grown = Math.min(Math.max(needed, data.length + (data.length >> 1)), Math.max(needed, capacity));
		if (!MemoryBudget.fits(grown * Float.BYTES)) {
			return false;
		}
		data = Arrays.copyOf(data, (int) grown);
		return true;
	}

	/** The bytes the values would need with {@code count} more: for the message when they do not fit. */
	long bytesWith(int count) {
		return ((long) size + count) * Float.BYTES * 2;
	}

	/** Adds a value; {@link #reserve(int)} must have made room. */
	void add(float value) {
		data[size++] = value;
	}

	/** How many values were added. */
	int size() {
		return size;
	}

	/** Forgets the values added after the first {@code size}: a record the fast lane began but could not finish. */
	void truncate(int size) {
		this.size = size;
	}

	/** The values; the array itself when it is exactly full, so that no copy is made. */
	float[] toArray() {
		return size == data.length ? data : Arrays.copyOf(data, size);
	}
}
