package org.attributionlens.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReader;

/**
 * For the tests of the readers' fast lanes, which must change nothing but speed: a reader with
 * its lane against the same reader without it, on the same bytes, must give the same tokens and
 * the same bits in every cell, or the same error message (line and column included).
 */
public final class LaneComparison {

	/** What a reader made of some bytes: a matrix or an error. */
	public record Outcome(AttributionMatrix matrix, AttributionFormatException error) {
	}

	private LaneComparison() {
	}

	/**
	 * Reads the bytes with both readers and asserts that the outcomes are the same.
	 *
	 * @return the outcome with the lane
	 */
	public static Outcome assertSameOutcome(AttributionReader withLane, AttributionReader reference, byte[] bytes)
			throws IOException {
		String text = new String(bytes, StandardCharsets.UTF_8);
		Outcome lane = read(withLane, bytes);
		Outcome general = read(reference, bytes);
		if (general.error != null) {
			assertTrue(lane.error != null, () -> "the lane accepted what the general path refuses: " + general.error
					+ "\n" + text);
			assertEquals(general.error.getMessage(), lane.error.getMessage(), text);
		} else {
			assertTrue(lane.error == null, () -> "the lane refused what the general path accepts: " + lane.error
					+ "\n" + text);
			assertEquals(general.matrix.rowTokens(), lane.matrix.rowTokens(), text);
			assertEquals(general.matrix.columnTokens(), lane.matrix.columnTokens(), text);
			assertEquals(bits(general.matrix.toRowMajorArray()), bits(lane.matrix.toRowMajorArray()), text);
		}
		return lane;
	}

	private static Outcome read(AttributionReader reader, byte[] bytes) throws IOException {
		try {
			return new Outcome(reader.read(new ByteArrayInputStream(bytes)), null);
		} catch (AttributionFormatException e) {
			return new Outcome(null, e);
		}
	}

	/** The raw bits of every value, so that -0.0 and NaN payloads count. */
	public static String bits(float[] values) {
		int[] bits = new int[values.length];
		for (int i = 0; i < values.length; i++) {
			bits[i] = Float.floatToRawIntBits(values[i]);
		}
		return Arrays.toString(bits);
	}

	/** Deletes, inserts or replaces one character at a random place in {@code [from, to)}. */
	public static void damage(StringBuilder text, Random random, String alphabet, int from, int to) {
		int at = from + random.nextInt(to - from);
		switch (random.nextInt(3)) {
		case 0 -> text.deleteCharAt(at);
		case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
		default -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
		}
	}
}
