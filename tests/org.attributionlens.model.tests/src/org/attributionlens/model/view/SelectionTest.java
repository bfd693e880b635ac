package org.attributionlens.model.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SelectionTest {

	@Test
	void agreesWithSortingOnRandomTiedSortedAndReversedData() {
		Random random = new Random(7);
		for (int round = 0; round < 300; round++) {
			int count = 1 + random.nextInt(200);
			int from = random.nextInt(5);
			float[] values = new float[from + count + 3];
			int kind = round % 4;
			for (int i = 0; i < values.length; i++) {
				values[i] = switch (kind) {
				case 0 -> random.nextFloat();
				case 1 -> random.nextInt(3);
				case 2 -> i;
				default -> values.length - i;
				};
			}
			float[] sorted = Arrays.copyOfRange(values, from, from + count);
			Arrays.sort(sorted);
			int k = random.nextInt(count);
			float[] outside = { values[0], values[values.length - 1] };
			assertEquals(sorted[k], Selection.select(values.clone(), from, count, k), "round " + round);
			float[] work = values.clone();
			Selection.select(work, from, count, k);
			assertEquals(outside[0], from == 0 ? outside[0] : work[0], "untouched before from");
			assertEquals(outside[1], work[work.length - 1], "untouched after the range");
		}
	}

	@Test
	void kthLargestAgreesWithSortingForSmallAndLargeK() {
		Random random = new Random(11);
		for (int round = 0; round < 400; round++) {
			int count = 1 + random.nextInt(300);
			int from = random.nextInt(4);
			float[] values = new float[from + count];
			for (int i = 0; i < values.length; i++) {
				values[i] = round % 2 == 0 ? random.nextFloat() : random.nextInt(4);
			}
			float[] sorted = Arrays.copyOfRange(values, from, from + count);
			Arrays.sort(sorted);
			int k = 1 + (round % 3 == 0 ? random.nextInt(count) : random.nextInt(Math.min(count, Selection.SMALL_K)));
			assertEquals(sorted[count - k], Selection.kthLargest(values.clone(), from, count, k), "round " + round + " k " + k);
		}
		assertThrows(IndexOutOfBoundsException.class, () -> Selection.kthLargest(new float[3], 0, 3, 0));
		assertThrows(IndexOutOfBoundsException.class, () -> Selection.kthLargest(new float[3], 0, 3, 4));
	}

	@Test
	void allEqualAndBounds() {
		float[] same = new float[1000];
		Arrays.fill(same, 0.5f);
		assertEquals(0.5f, Selection.select(same, 0, same.length, 999));
		assertThrows(IndexOutOfBoundsException.class, () -> Selection.select(same, 0, 10, 10));
		assertThrows(IndexOutOfBoundsException.class, () -> Selection.select(same, 0, 10, -1));
	}
}
