package org.attributionlens.model.io.inseq;

import java.util.Arrays;

/**
 * A strict decoder of standard base64 (RFC 4648, "+/" alphabet, "=" padding optional) from a
 * range of characters, so that the text of a legacy {@code "b64:..."} string is decoded where the
 * parser holds it, without first copying it into a String and then into bytes.
 */
final class Base64Text {

	private static final int[] VALUES = new int[128];

	static {
		Arrays.fill(VALUES, -1);
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
		for (int i = 0; i < alphabet.length(); i++) {
			VALUES[alphabet.charAt(i)] = i;
		}
	}

	/** A problem at a character index relative to the start of the decoded range; -1 = the whole text. */
	static final class Malformed extends Exception {
		private static final long serialVersionUID = 1L;
		final long index;

		Malformed(long index, String reason) {
			super(reason, null, false, false);
			this.index = index;
		}
	}

	private Base64Text() {
	}

	/**
	 * @param maxBytes the decoding fails, before allocating, when more bytes than this would
	 *                 result; at most {@code Integer.MAX_VALUE - 8}
	 */
	static byte[] decode(char[] text, int offset, int length, long maxBytes) throws Malformed {
		int end = offset + length;
		while (end > offset && text[end - 1] == '=' && offset + length - end < 2) {
			end--;
		}
		int symbols = end - offset;
		if (symbols % 4 == 1) {
			throw new Malformed(length, "ends in the middle of a 4-character group (truncated?)");
		}
		long size = symbols / 4 * 3L + Math.max(0, symbols % 4 - 1);
		if (size > maxBytes) {
			throw new Malformed(-1, "decodes to " + size + " bytes, more than the limit of " + maxBytes + " bytes");
		}
		byte[] bytes = new byte[(int) size];
		int at = 0;
		int buffer = 0;
		int count = 0;
		for (int i = offset; i < end; i++) {
			char c = text[i];
			int value = c < 128 ? VALUES[c] : -1;
			if (value < 0) {
				throw new Malformed(i - offset, c == '=' ? "has '=' padding before its end"
						: "has " + describe(c) + ", which is not a base64 character");
			}
			buffer = buffer << 6 | value;
			if (++count == 4) {
				bytes[at++] = (byte) (buffer >> 16);
				bytes[at++] = (byte) (buffer >> 8);
				bytes[at++] = (byte) buffer;
				buffer = 0;
				count = 0;
			}
		}
		if (count == 2) {
			bytes[at] = (byte) (buffer >> 4);
		} else if (count == 3) {
			bytes[at++] = (byte) (buffer >> 10);
			bytes[at] = (byte) (buffer >> 2);
		}
		return bytes;
	}

	static String describe(char c) {
		return c < 0x20 || c == 0x7F || c > 0x7E ? String.format("U+%04X", (int) c) : "'" + c + "'";
	}
}
