package org.attributionlens.model.color;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TicksTest {

	@Test
	void halfStepsForTheDivisionFigure() {
		// the colour bar of the division figure: -1.5 .. 1.5
		assertArrayEquals(new double[] { -1.5, -1, -0.5, 0, 0.5, 1, 1.5 }, Ticks.nice(-1.5, 1.5, 7));
	}

	@Test
	void fewerTicksAllowedMeansALargerStep() {
		assertArrayEquals(new double[] { -1, 0, 1 }, Ticks.nice(-1.5, 1.5, 5));
		assertArrayEquals(new double[] { -1, 0, 1 }, Ticks.nice(-1.9074, 1.9074, 3));
		assertArrayEquals(new double[] { -1.5, -1, -0.5, 0, 0.5, 1, 1.5 }, Ticks.nice(-1.9074, 1.9074, 9));
	}

	@Test
	void decimalsAreExact() {
		double[] ticks = Ticks.nice(-0.3675, 0.3675, 8);
		assertArrayEquals(new double[] { -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3 }, ticks);
		assertEquals("[-0.3, -0.2, -0.1, 0.0, 0.1, 0.2, 0.3]", Arrays.toString(ticks), "no 0.30000000000000004");
		assertEquals("[0.0, 2.0E-4, 4.0E-4, 6.0E-4]", Arrays.toString(Ticks.nice(0, 0.0007, 5)));
	}

	@Test
	void zeroIsNeverNegative() {
		double[] ticks = Ticks.nice(-2, 2, 5);
		assertEquals(0, Double.compare(0.0, ticks[2]));
	}

	@Test
	void largeRangesUseLargeSteps() {
		assertArrayEquals(new double[] { 0, 200, 400, 600, 800, 1000 }, Ticks.nice(0, 1000, 6));
		assertArrayEquals(new double[] { 20, 25, 30 }, Ticks.nice(17, 33, 4));
	}

	@Test
	void neverMoreThanAllowed() {
		for (int max = 2; max < 30; max++) {
			double[] ticks = Ticks.nice(-1.3714, 1.3714, max);
			assertTrue(ticks.length <= max && ticks.length >= 1, max + " -> " + Arrays.toString(ticks));
		}
	}

	@Test
	void degenerateAndInvalidInput() {
		assertArrayEquals(new double[] { 0.5 }, Ticks.nice(0.5, 0.5, 5));
		assertThrows(IllegalArgumentException.class, () -> Ticks.nice(1, 0, 5));
		assertThrows(IllegalArgumentException.class, () -> Ticks.nice(0, Double.NaN, 5));
		assertThrows(IllegalArgumentException.class, () -> Ticks.nice(0, 1, 1));
	}
}
