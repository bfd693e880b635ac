package org.attributionlens.model.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Records are counted as Commons CSV splits them, so that a table's values are allocated once. */
class RecordCountTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { //
			"''|0", //
			"a,b|1", //
			"a,b\\n|1", //
			"a,b\\n1,2\\n|2", //
			"a,b\\r\\n1,2\\r\\n3,4|3", //
			"a,b\\r1,2\\r|2", //
			"a,b\\n\\n\\n1,2\\n\\n|2", //
			"'\"x\\ny\",b\\n1,2'|2", //
			"'\"say \"\"hi\"\"\\n\",b\\n1,2\\n'|2" })
	void countsRecordsLikeCommonsCsv(String text, long records) throws IOException {
		String unescaped = text.replace("\\n", "\n").replace("\\r", "\r");
		assertEquals(records, RecordCount.of(bytes(unescaped)).records(), unescaped);
	}

	@Test
	void neverExpectsMoreValuesThanTheBytesCanSpell() throws IOException {
		String header = "t" + ",c".repeat(10_000) + "\n";
		String rows = "a\n".repeat(1000);
		RecordCount.Tally tally = RecordCount.of(bytes(header + rows));
		assertEquals(1001, tally.records());
		assertEquals(0, tally.values(10_000), "1000 rows of 10,000 values cannot fit in 42 KB");
		assertEquals(2000, RecordCount.of(bytes("t,a,b\nx,1,2\n".repeat(1) + "y,3,4\n".repeat(999))).values(2));
	}

	/** Read from a file (counted first) and from a stream (not counted): the same matrix. */
	@Test
	void aCountedTableReadsTheSame(@TempDir Path dir) throws Exception {
		StringBuilder text = new StringBuilder("token,\"out, 1\",out2\n");
		for (int row = 0; row < 500; row++) {
			text.append(row % 7 == 0 ? "\"multi\nline\"" : "tok" + row).append(',').append(row * 0.5).append(',')
					.append(-row).append(row % 3 == 0 ? "\r\n" : "\n");
		}
		Path file = dir.resolve("table.csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		AttributionMatrix counted = AttributionReaders.read(file);
		AttributionMatrix streamed;
		try (InputStream in = Files.newInputStream(file)) {
			streamed = AttributionReaders.read(in, "table.csv");
		}
		assertEquals(500, counted.rows());
		assertEquals(streamed.rowTokens(), counted.rowTokens());
		assertEquals(streamed.columnTokens(), counted.columnTokens());
		assertArrayEquals(streamed.toRowMajorArray(), counted.toRowMajorArray());
	}

	private static InputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
