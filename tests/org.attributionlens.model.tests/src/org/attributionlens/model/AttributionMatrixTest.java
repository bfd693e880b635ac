package org.attributionlens.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import org.attributionlens.model.stats.AttributionStatistics;
import org.junit.jupiter.api.Test;

class AttributionMatrixTest {

	private static AttributionMatrix twoByThree() {
		// rows a, b; columns x, y, z
		return AttributionMatrix.of(List.of("a", "b"), List.of("x", "y", "z"),
				new float[] { 1, 2, 3, 4, Float.NaN, 6 }, "test", Map.of());
	}

	@Test
	void valuesAreRowMajorWithRowsAsInputs() {
		AttributionMatrix matrix = twoByThree();
		assertEquals(2, matrix.rows());
		assertEquals(3, matrix.columns());
		assertEquals(3f, matrix.value(0, 2));
		assertEquals(4f, matrix.value(1, 0));
		assertEquals("b", matrix.rowToken(1));
		assertEquals("z", matrix.columnToken(2));
		assertTrue(matrix.isMissing(1, 1));
		assertTrue(Float.isNaN(matrix.value(1, 1)));
	}

	@Test
	void indicesAreChecked() {
		AttributionMatrix matrix = twoByThree();
		assertThrows(IndexOutOfBoundsException.class, () -> matrix.value(2, 0));
		assertThrows(IndexOutOfBoundsException.class, () -> matrix.value(0, 3));
		assertThrows(IndexOutOfBoundsException.class, () -> matrix.value(-1, 0));
		// (0, 3) would alias (1, 0) in the flat array if only the flat index were checked
		assertThrows(IndexOutOfBoundsException.class, () -> matrix.isMissing(0, 3));
	}

	@Test
	void infinitiesAreRefusedWhereverTheyAreAndNothingElseIs() {
		List<String> inputs = IntStream.range(0, 100).mapToObj(i -> "t" + i).toList();
		List<String> outputs = List.of("x", "y", "z");
		float[] edge = { Float.MAX_VALUE, -Float.MAX_VALUE, Float.NaN, Float.MIN_VALUE, -0f,
				Float.intBitsToFloat(0x7fc00001), Float.intBitsToFloat(0xff800001) };
		float[] values = new float[300];
		System.arraycopy(edge, 0, values, 0, edge.length);
		assertEquals(Float.MAX_VALUE, AttributionMatrix.of(inputs, outputs, values, "f", null).value(0, 0));
		for (int index : new int[] { 0, 1, 7, 150, 299 }) {
			for (float infinity : new float[] { Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY }) {
				float[] bad = values.clone();
				bad[index] = infinity;
				IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
						() -> AttributionMatrix.of(inputs, outputs, bad, "f", null));
				assertEquals("values[" + index + "] is infinite", e.getMessage());
			}
		}
	}

	@Test
	void shapesAreValidated() {
		List<String> two = List.of("a", "b");
		assertThrows(IllegalArgumentException.class, () -> AttributionMatrix.of(two, two, new float[3], "f", null));
		assertThrows(IllegalArgumentException.class, () -> AttributionMatrix.of(List.of(), two, new float[0], "f", null));
		assertThrows(IllegalArgumentException.class,
				() -> AttributionMatrix.of(two, two, new float[] { 1, Float.POSITIVE_INFINITY, 0, 0 }, "f", null));
		assertThrows(IllegalArgumentException.class,
				() -> AttributionMatrix.of(two, two, new float[4], "f", null, new float[3], null));
		assertThrows(IllegalArgumentException.class,
				() -> AttributionMatrix.of(two, two, new float[4], "f", null, new float[] { 0, Float.NEGATIVE_INFINITY }, null));
		assertThrows(IllegalArgumentException.class,
				() -> AttributionMatrix.of(two, List.of("x"), new float[2], "f", null, null, new float[2]));
		assertThrows(NullPointerException.class,
				() -> AttributionMatrix.of(List.of("a"), List.of("x"), new float[1], null, null));
	}

	@Test
	void tokenListsAndMetaAreCopiedAndUnmodifiable() {
		List<String> rows = new ArrayList<>(List.of("a"));
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("z", 1);
		meta.put("a", null);
		AttributionMatrix matrix = AttributionMatrix.of(rows, List.of("x"), new float[1], "f", meta);
		rows.set(0, "changed");
		meta.put("late", true);
		assertEquals(List.of("a"), matrix.rowTokens());
		assertEquals(List.of("z", "a"), new ArrayList<>(matrix.meta().keySet()), "insertion order, null values kept");
		assertThrows(UnsupportedOperationException.class, () -> matrix.rowTokens().add("b"));
		assertThrows(UnsupportedOperationException.class, () -> matrix.meta().put("b", 2));
	}

	@Test
	void metaValuesMustBeScalars() {
		Map<String, Object> meta = new HashMap<>();
		meta.put("nested", List.of(1));
		assertThrows(IllegalArgumentException.class,
				() -> AttributionMatrix.of(List.of("a"), List.of("x"), new float[1], "f", meta));
	}

	@Test
	void optionalArraysComeBackAsCopies() {
		float[] seq = { 0.5f, -0.5f };
		AttributionMatrix matrix = AttributionMatrix.of(List.of("a", "b"), List.of("x"), new float[2], "f", null, seq,
				new float[] { 0.9f });
		float[] first = matrix.sequenceAttribution().orElseThrow();
		first[0] = 99;
		assertArrayEquals(new float[] { 0.5f, -0.5f }, matrix.sequenceAttribution().orElseThrow());
		assertArrayEquals(new float[] { 0.9f }, matrix.outputProbabilities().orElseThrow());
		assertTrue(twoByThree().sequenceAttribution().isEmpty());
		assertTrue(twoByThree().outputProbabilities().isEmpty());
	}

	@Test
	void rowMajorArrayIsACopy() {
		AttributionMatrix matrix = twoByThree();
		float[] copy = matrix.toRowMajorArray();
		copy[0] = 42;
		assertEquals(1f, matrix.value(0, 0));
		assertNotSame(copy, matrix.toRowMajorArray());
	}

	@Test
	void statisticsAreComputedOnceEvenUnderContention() throws Exception {
		AttributionMatrix matrix = twoByThree();
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<AttributionStatistics>> futures = IntStream.range(0, 8)
				.mapToObj(i -> CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
					return matrix.statistics();
				})).toList();
		start.countDown();
		AttributionStatistics first = futures.get(0).get();
		for (CompletableFuture<AttributionStatistics> future : futures) {
			assertSame(first, future.get());
		}
		assertSame(first, matrix.statistics());
		assertEquals(1, first.missingCount());
	}
}
