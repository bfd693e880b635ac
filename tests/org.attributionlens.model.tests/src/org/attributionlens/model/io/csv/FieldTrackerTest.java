package org.attributionlens.model.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The tracker must cut the text into records and fields exactly as Commons CSV does, or its
 * locations would point at the wrong place: checked on many random texts made of the characters
 * that matter (delimiters, quotes, line breaks, whitespace).
 */
class FieldTrackerTest {

	private static final char[] ALPHABET = { 'a', 'b', ',', '\t', '"', '"', '\n', '\r', ' ', '\u000B', 'x' };

	@Test
	void recordsAndFieldsAgreeWithCommonsCsv() throws IOException {
		Random random = new Random(20260101);
		int parseErrors = 0;
		for (int iteration = 0; iteration < 50_000; iteration++) {
			char delimiter = random.nextBoolean() ? ',' : '\t';
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(30); i > 0; i--) {
				text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
			}
			String input = text.toString();
			FieldTracker tracker = new FieldTracker(new StringReader(input), delimiter, 1 << 20, 1 << 20, 1 << 20);
			List<Integer> sizes = new ArrayList<>();
			boolean failed = false;
			try {
				CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(tracker);
				for (CSVRecord record : parser) {
					sizes.add(record.size());
				}
			} catch (UncheckedIOException e) {
				failed = true;
			}
			String shown = input.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
			if (failed) {
				parseErrors++;
				assertNotNull(tracker.anomaly(), "the tracker sees why the parser failed on: " + shown);
				continue;
			}
			assertNull(tracker.anomaly(), shown);
			int[] lineStarts = lineStarts(input);
			for (int size : sizes) {
				long[] fields = tracker.nextRecord();
				assertNotNull(fields, shown);
				assertEquals(size, fields.length, shown);
				for (long field : fields) {
					int offset = lineStarts[FieldTracker.line(field) - 1] + FieldTracker.column(field) - 1;
					if (offset > 0) {
						char before = input.charAt(offset - 1);
						if (before != delimiter && before != '\n' && before != '\r') {
							fail("a field starts after '" + before + "' in " + shown);
						}
					}
				}
			}
			assertNull(tracker.nextRecord(), shown);
		}
		// the random texts exercise both sides
		assertEquals(true, parseErrors > 5_000 && parseErrors < 45_000, "parse errors: " + parseErrors);
	}

	@Test
	void locatesFieldsAcrossQuotedLineBreaksAndCrLf() throws IOException {
		String text = ",a,\"b\"\r\n\"x\ny\",1,  2\r\n\r\nz,\"\"\"3\"\"\",4";
		FieldTracker tracker = drain(text, ',');
		assertArrayEquals(new long[] { at(1, 1), at(1, 2), at(1, 4) }, tracker.nextRecord());
		assertArrayEquals(new long[] { at(2, 1), at(3, 4), at(3, 6) }, tracker.nextRecord());
		assertArrayEquals(new long[] { at(5, 1), at(5, 3), at(5, 11) }, tracker.nextRecord());
		assertNull(tracker.nextRecord());
		assertEquals(at(5, 12), tracker.end());
	}

	@Test
	void columnsCountUtf16Chars() throws IOException {
		FieldTracker tracker = drain("▁é😀,x\n", ',');
		assertArrayEquals(new long[] { at(1, 1), at(1, 6) }, tracker.nextRecord());
	}

	@Test
	void stopsAtAFieldLongerThanATokenMayBe() throws IOException {
		String text = ",a,b\nx,1,2\ny," + "9".repeat(50) + ",3\n";
		FieldTracker tracker = new FieldTracker(new StringReader(text), ',', 100, 20, 100);
		char[] buffer = new char[text.length()];
		int delivered = tracker.read(buffer, 0, buffer.length);
		assertEquals(text.indexOf("9".repeat(21)) + 20, delivered, "everything before the 21st character is delivered");
		assertThrows(FieldTracker.Stopped.class, () -> tracker.read(buffer, 0, buffer.length));
		assertEquals(FieldTracker.Stop.FIELD_TOO_LONG, tracker.stop());
		assertEquals(2, tracker.stopRow());
		assertEquals(1, tracker.stopField());
		assertEquals(at(3, 3), tracker.stopAt());
		assertEquals("y", tracker.stopFirstField());
	}

	@Test
	void stopsAtAHeaderWiderThanTheCellLimit() throws IOException {
		FieldTracker tracker = new FieldTracker(new StringReader(",a,b,c,d\n"), ',', 100, 100, 3);
		char[] buffer = new char[64];
		assertEquals(6, tracker.read(buffer, 0, 64), "up to the delimiter before the fifth column");
		assertThrows(FieldTracker.Stopped.class, () -> tracker.read(buffer, 0, 64));
		assertEquals(FieldTracker.Stop.TOO_MANY_FIELDS, tracker.stop());
		assertEquals(0, tracker.stopRow());
		assertEquals(at(1, 8), tracker.stopAt());
	}

	@Test
	void stopsAtARowWithFarMoreFieldsThanTheHeader() throws IOException {
		String text = ",a\nx," + "1,".repeat(5000);
		FieldTracker tracker = drainUntilStopped(text);
		assertEquals(FieldTracker.Stop.TOO_MANY_FIELDS, tracker.stop());
		assertEquals(1, tracker.stopRow());
		assertEquals(2 * 2 + 1024, tracker.stopField());
	}

	private static FieldTracker drainUntilStopped(String text) {
		FieldTracker tracker = new FieldTracker(new StringReader(text), ',', 100, 100, 1000);
		assertThrows(FieldTracker.Stopped.class, () -> {
			char[] buffer = new char[100];
			while (tracker.read(buffer, 0, buffer.length) >= 0) {
				// keep reading
			}
		});
		return tracker;
	}

	private static FieldTracker drain(String text, char delimiter) throws IOException {
		FieldTracker tracker = new FieldTracker(new StringReader(text), delimiter, 1000, 1000, 1000);
		Reader reader = tracker;
		char[] buffer = new char[3];
		while (reader.read(buffer, 0, buffer.length) >= 0) {
			// small reads: state carries over between them
		}
		return tracker;
	}

	private static long at(int line, int column) {
		return FieldTracker.pack(line, column);
	}

	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>(List.of(0));
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				i++;
			}
			if (c == '\r' || c == '\n') {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}
}
