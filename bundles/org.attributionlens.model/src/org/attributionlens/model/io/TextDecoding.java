package org.attributionlens.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a file into characters. The parser gets characters rather than bytes so that
 * the columns it reports count characters, as editors do, even on lines with non-ASCII tokens.
 * UTF-8 is the default (what Python writes); a byte-order mark selects UTF-16, which Windows
 * shells produce when output is redirected to a file. Undecodable bytes are reported, not
 * silently replaced, so that mis-encoded tokens never show up as plausible text.
 */
final class TextDecoding {

	private TextDecoding() {
	}

	static Reader open(InputStream in) throws IOException {
		PushbackInputStream bytes = new PushbackInputStream(in, 3);
		byte[] head = new byte[3];
		int read = bytes.readNBytes(head, 0, 3);
		Charset charset = StandardCharsets.UTF_8;
		int skip = 0;
		if (read >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			skip = 3;
		} else if (read >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			charset = StandardCharsets.UTF_16LE;
			skip = 2;
		} else if (read >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			charset = StandardCharsets.UTF_16BE;
			skip = 2;
		}
		if (read > skip) {
			bytes.unread(head, skip, read - skip);
		}
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		return new InputStreamReader(bytes, decoder);
	}
}
