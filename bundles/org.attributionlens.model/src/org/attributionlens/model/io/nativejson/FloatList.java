package org.attributionlens.model.io.nativejson;

import java.util.Arrays;

import org.attributionlens.internal.model.io.ArrayLength;

/** A growable float array, so that numbers are never boxed while a file is read. */
final class FloatList {

	private float[] data;
	private int size;

	FloatList(int initialCapacity) {
		data = new float[Math.max(4, initialCapacity)];
	}

	void add(float value) {
		if (size == data.length) {
			// callers bound the size (the cell limit), so this never needs to pass the largest array
			data = Arrays.copyOf(data, (int) Math.min(ArrayLength.MAX, data.length * 2L));
		}
		data[size++] = value;
	}

	int size() {
		return size;
	}

	float get(int index) {
		return data[index];
	}

	float[] toArray() {
		return Arrays.copyOf(data, size);
	}
}
