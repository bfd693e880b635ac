package org.attributionlens.model.io.csv;

import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the records of a UTF-8 table in one pass over its bytes, the way Commons CSV's default
 * format splits them: line breaks ({@code \n}, {@code \r}, {@code \r\n}) end a record unless they
 * are inside double quotes, and empty lines are no records. A doubled quote inside quotes toggles
 * twice, so the count needs no other parsing. Knowing the count before reading lets the values go
 * into an array of their final size, without the copies of a growing one.
 */
final class RecordCount {

	private RecordCount() {
	}

	/**
	 * @param records the records, the header included
	 * @param bytes   the bytes read
	 */
	record Tally(long records, long bytes) {
		/**
		 * How many values the table's data rows hold if every record has {@code columns} values,
		 * or 0 when that is more than the bytes can spell (each value takes at least a digit and a
		 * separator): a small file must not make the reader allocate for a huge table.
		 */
		long values(int columns) {
			long values = records > 1 ? (records - 1) * columns : 0;
			return values <= bytes / 2 ? values : 0;
		}
	}

	/** @param in UTF-8 (or ASCII) bytes, read to the end, not closed */
	static Tally of(InputStream in) throws IOException {
		byte[] buffer = new byte[1 << 16];
		long records = 0;
		long bytes = 0;
		boolean quoted = false;
		boolean content = false;
		int read;
		while ((read = in.read(buffer)) > 0) {
			bytes += read;
			for (int i = 0; i < read; i++) {
				byte b = buffer[i];
				if (b == '"') {
					quoted = !quoted;
					content = true;
				} else if ((b == '\n' || b == '\r') && !quoted) {
					if (content) {
						records++;
						content = false;
					}
				} else {
					content = true;
				}
			}
		}
		return new Tally(content ? records + 1 : records, bytes);
	}
}
