package org.attributionlens.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionReadersTest {

	@Test
	void readsAPath() throws Exception {
		AttributionMatrix matrix = AttributionReaders.read(Fixtures.sample("division.attr.json"));
		assertEquals(13, matrix.rows());
	}

	@Test
	void readsAStreamWhateverItsName() throws Exception {
		byte[] json = "{\"input_tokens\":[\"a\"],\"output_tokens\":[\"b\"],\"token_attr\":[[2]]}"
				.getBytes(StandardCharsets.UTF_8);
		assertEquals(2f, AttributionReaders.read(new ByteArrayInputStream(json), "x.attr.json").value(0, 0));
		assertEquals(2f, AttributionReaders.read(new ByteArrayInputStream(json), "").value(0, 0));
	}

	@Test
	void missingFileIsAnIoErrorNotAFormatError(@TempDir Path dir) {
		IOException e = assertThrows(IOException.class, () -> AttributionReaders.read(dir.resolve("absent.attr.json")));
		assertEquals(NoSuchFileException.class, e.getClass());
	}
}
