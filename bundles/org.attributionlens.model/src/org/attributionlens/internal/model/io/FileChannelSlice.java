package org.attributionlens.internal.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The bytes of an open file from a given offset, read with positional reads: the channel's own
 * position, which the main read of the same file advances, is never touched. This is how a second
 * pass over a file (counting a table's records, reading the second half of token_attr on another
 * thread) shares the one channel the file was opened with, instead of opening it again: a file is
 * opened once, so a second open can neither block (a FIFO) nor find another file (a rename).
 */
public final class FileChannelSlice extends InputStream {

	private final FileChannel channel;
	private long position;

	/** Does not close the channel: its owner does. */
	public FileChannelSlice(FileChannel channel, long from) {
		this.channel = channel;
		this.position = from;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		int read = channel.read(ByteBuffer.wrap(buffer, offset, length), position);
		if (read > 0) {
			position += read;
		}
		return read;
	}

	@Override
	public long skip(long n) {
		long skipped = Math.max(0, n);
		position += skipped;
		return skipped;
	}
}
