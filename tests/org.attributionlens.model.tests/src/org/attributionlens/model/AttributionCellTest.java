package org.attributionlens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AttributionCellTest {

	private static final AttributionFile FILE = new AttributionFile("/p/f.attr.json", AttributionMatrix.of(
			List.of("▁in", "put"), List.of("out"), new float[] { 0.25f, Float.NaN }, "test", null));

	@Test
	void exposesTheCellOfItsFile() {
		AttributionCell cell = new AttributionCell(FILE, 0, 0);
		assertEquals(0.25f, cell.value());
		assertEquals("▁in", cell.rowToken());
		assertEquals("out", cell.columnToken());
		assertFalse(cell.missing());
		assertEquals(new CellRef(0, 0), cell.ref());
		assertTrue(new AttributionCell(FILE, 1, 0).missing());
	}

	@Test
	void indicesAreValidatedUpFront() {
		assertThrows(IndexOutOfBoundsException.class, () -> new AttributionCell(FILE, 2, 0));
		assertThrows(IndexOutOfBoundsException.class, () -> new AttributionCell(FILE, 0, 1));
		assertThrows(NullPointerException.class, () -> new AttributionCell(null, 0, 0));
	}

	@Test
	void fileAndRefRejectNonsense() {
		assertThrows(NullPointerException.class, () -> new AttributionFile(null, FILE.matrix()));
		assertThrows(IllegalArgumentException.class, () -> new CellRef(-1, 0));
		assertEquals(new AttributionCell(FILE, 1, 0), new AttributionCell(FILE, 1, 0), "usable as selection value");
	}
}
