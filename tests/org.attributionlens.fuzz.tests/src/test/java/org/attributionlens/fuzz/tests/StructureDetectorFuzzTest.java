package org.attributionlens.fuzz.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.attributionlens.internal.model.io.StructureDetector;
import org.attributionlens.internal.model.io.StructureDetector.Kind;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Format detection by structure on any bytes: it always comes to a decision (no exception for
 * bytes in memory, no hang), it never reads past its bound, and it only says INSEQ or NATIVE for
 * a document that names a key of that format.
 */
class StructureDetectorFuzzTest {

	@FuzzTest(maxDuration = "10s")
	void fuzz(byte[] data) throws IOException {
		// a bound inside the data as often as beyond it
		long bound = data.length == 0 ? 1 : 1 + (data[0] & 0xFF) * (long) Math.max(1, data.length / 128);
		Counting in = new Counting(data);
		Kind kind = StructureDetector.detect(in, bound, 32);
		if (kind == null) {
			throw new AssertionError("no decision");
		}
		if (in.read > bound) {
			throw new AssertionError("read " + in.read + " bytes, beyond the bound of " + bound);
		}
		if (kind == Kind.INSEQ || kind == Kind.NATIVE) {
			// the key may be written with escapes or in UTF-16/32, so only plain ASCII UTF-8 is checked
			String text = new String(data, StandardCharsets.ISO_8859_1);
			boolean ascii = text.chars().allMatch(c -> c < 0x80 && c != '\\' && c != 0);
			if (ascii && !(text.contains("sequence_attributions") || text.contains("__instance_type__")
					|| text.contains("token_attr") || text.contains("input_tokens") || text.contains("output_tokens"))) {
				throw new AssertionError(kind + " without any of its keys");
			}
		}
	}

	private static final class Counting extends ByteArrayInputStream {
		long read;

		Counting(byte[] data) {
			super(data);
		}

		@Override
		public synchronized int read(byte[] b, int off, int len) {
			int n = super.read(b, off, len);
			read += Math.max(0, n);
			return n;
		}

		@Override
		public synchronized int read() {
			int n = super.read();
			read += n < 0 ? 0 : 1;
			return n;
		}
	}
}
