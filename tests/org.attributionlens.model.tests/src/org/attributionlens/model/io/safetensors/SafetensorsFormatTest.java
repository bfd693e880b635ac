package org.attributionlens.model.io.safetensors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReaders;
import org.attributionlens.model.tests.ArrayFixtures;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** safetensors files, compared cell by cell with the arrays make_array_fixtures.py wrote by hand. */
class SafetensorsFormatTest {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "run-f16.safetensors", "run-bf16.safetensors", "run-f32.safetensors",
			"run-f64.safetensors", "token_attr-only.safetensors" })
	void readsTheKnownArrays(String name) {
		AttributionMatrix matrix = ArrayFixtures.assertAsExpected(name);
		assertEquals(SafetensorsReader.FORMAT_LABEL, matrix.format());
	}

	/** Bytes written here, as the format says: 8-byte little-endian length, JSON header, little-endian data. */
	@Test
	void readsBytesWrittenByHand() throws IOException, AttributionFormatException {
		String header = "{\"__metadata__\":{\"input_tokens\":\"[\\\"a\\\",\\\"b\\\"]\",\"output_tokens\":\"[\\\"X\\\"]\","
				+ "\"note\":\"hi\"},\"token_attr\":{\"dtype\":\"F32\",\"shape\":[1,2],\"data_offsets\":[0,8]}}";
		byte[] json = header.getBytes(StandardCharsets.UTF_8);
		ByteBuffer file = ByteBuffer.allocate(8 + json.length + 8).order(ByteOrder.LITTLE_ENDIAN);
		file.putLong(json.length).put(json).putFloat(0.25f).putFloat(Float.NaN);
		AttributionMatrix matrix = AttributionReaders.read(new ByteArrayInputStream(file.array()), "x.bin");
		assertEquals(List.of("a", "b"), matrix.rowTokens());
		assertEquals(List.of("X"), matrix.columnTokens());
		assertEquals(0.25f, matrix.value(0, 0));
		assertTrue(matrix.isMissing(1, 0));
		assertEquals(Map.of("note", "hi"), matrix.meta());
	}

	/** Without a file size (a stream), offsets beyond the data are found when the data ends. */
	@Test
	void aTruncatedStreamIsRefusedWhenItEnds() throws IOException {
		byte[] bytes = Files.readAllBytes(Fixtures.fixture("arrays/run-f32.safetensors"));
		ByteArrayOutputStream cut = new ByteArrayOutputStream();
		cut.write(bytes, 0, bytes.length - 10);
		AttributionFormatException e = assertThrows(AttributionFormatException.class,
				() -> AttributionReaders.read(new ByteArrayInputStream(cut.toByteArray()), "a.safetensors"));
		assertTrue(e.reason().contains("(truncated?)"), e.reason());
	}
}
