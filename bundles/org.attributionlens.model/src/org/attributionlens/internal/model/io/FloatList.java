package org.attributionlens.internal.model.io;

import java.util.Arrays;

/** A growable float array, so that numbers are never boxed while a file is read. */
public final class FloatList {

	private float[] data;
	private int size;

	public FloatList(int initialCapacity) {
		data = new float[Math.max(4, initialCapacity)];
	}

	public void add(float value) {
		if (size == data.length) {
			// callers bound the size (the cell limit), so this never needs to pass the largest array
			data = Arrays.copyOf(data, (int) Math.min(ArrayLength.MAX, data.length * 2L));
		}
		data[size++] = value;
	}

	public int size() {
		return size;
	}

	public float get(int index) {
		return data[index];
	}

	public float[] toArray() {
		return Arrays.copyOf(data, size);
	}
}
