package org.attributionlens.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttributionFormatExceptionTest {

	@Test
	void messageIsLineColonColumnColonReason() {
		AttributionFormatException e = new AttributionFormatException(12, 7, "token_attr[0][0] is Infinity");
		assertEquals("12:7: token_attr[0][0] is Infinity", e.getMessage());
		assertEquals("token_attr[0][0] is Infinity", e.reason());
		assertEquals(12, e.line());
		assertEquals(7, e.column());
	}

	@Test
	void unknownLocationIsZeroAndLeftOutOfTheMessage() {
		AttributionFormatException e = new AttributionFormatException(0, 0, "unreadable");
		assertEquals("unreadable", e.getMessage());
		assertEquals(0, e.line());
		assertEquals(0, new AttributionFormatException(-3, -1, "x").column(), "negative means unknown too");
	}
}
