package org.attributionlens.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

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
		ByteOrderMark mark = ByteOrderMark.detect(head, read);
		Charset charset = mark.charset();
		int skip = mark.length();
		if (read > skip) {
			bytes.unread(head, skip, read - skip);
		}
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		return new InputStreamReader(bytes, decoder);
	}
}
