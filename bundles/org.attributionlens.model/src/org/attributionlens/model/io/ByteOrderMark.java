package org.attributionlens.model.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The charset a text file announces with a byte-order mark (UTF-8, UTF-16 LE or
 * BE), UTF-8 when it has none; shared by every text reader.
 *
 * @param charset the text's charset
 * @param length  how many leading bytes are the mark (0 without one)
 */
public record ByteOrderMark(Charset charset, int length) {
	/** How many bytes {@link #detect(byte[], int)} needs to look at. */
	public static final int MAX_LENGTH = 3;

	/** @param read how many of {@code head}'s bytes were read (at most {@link #MAX_LENGTH}) */
	public static ByteOrderMark detect(byte[] head, int read) {
		if (read >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			return new ByteOrderMark(StandardCharsets.UTF_8, 3);
		}
		if (read >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return new ByteOrderMark(StandardCharsets.UTF_16LE, 2);
		}
		if (read >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return new ByteOrderMark(StandardCharsets.UTF_16BE, 2);
		}
		return new ByteOrderMark(StandardCharsets.UTF_8, 0);
	}
}
