package org.attributionlens.model.io.nativejson;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.attributionlens.internal.model.io.FileChannelSlice;
import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.ReadLimits;

import org.attributionlens.internal.model.io.StrictText;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads the second half of a large {@code token_attr} on a second core while the native reader
 * reads the first half, straight into the same matrix.
 * <p>
 * The native reader tells it where {@code token_attr} starts (in characters). This thread then
 * looks at the file's bytes: it picks the first row boundary ({@code ], [}) a little after the
 * middle of the rest of the file, counts the rows before it (every {@code [} inside {@code token_attr} opens
 * a row), and parses from that boundary to the end of {@code token_attr} with the same parser and
 * fast lane, as if the rows were the elements of an array of their own, writing them into their
 * columns of the matrix.
 * <p>
 * Nothing here is trusted: when the native reader has read exactly the rows before the boundary
 * and stands exactly at it ({@link #reached}), and this thread has read every row after it with
 * the right length up to the end of {@code token_attr}, the reader skips the text read here.
 * Otherwise (an error or anything unusual in either half, a guess that was wrong) this thread is
 * stopped before the reader writes a row it may have written, and the reader reads on itself, so
 * that what it accepts, and every error it reports, stay exactly as without this.
 */
final class TailReader {

	/**
	 * What was read here, for the reader of the start to skip: {@code chars} ASCII characters
	 * from the boundary to the end of the last row, with their line breaks.
	 */
	record Tail(int rows, long chars, int lineBreaks, long lastLineStart) {
	}

	/**
	 * A row boundary in the file: the byte after a row's ']', the byte of the next row's '[',
	 * and the line breaks between them, counted as Jackson counts them ({@code \r\n} is one),
	 * with the last byte of the last one (-1 without).
	 */
	private record Boundary(long afterRow, long rowStart, int lineBreaks, long lastLineBreak) {
	}

	/** How many tails the readers of the start have taken: for tests, which must see it happen. */
	static final AtomicLong TAKEN = new AtomicLong();

	/**
	 * The part of the text from token_attr on that the reader of the start reads: more than half,
	 * because this thread first counts the rows in that part (at 4-5 times the speed of parsing).
	 */
	private static final double START_SHARE = 0.56;

	/** Bytes scanned at a time: the count of rows before the tail runs through half the file. */
	private static final int SCAN = 64 * 1024;

	/** The file, opened once by the reader of the start; read here with positional reads only. */
	private final FileChannel file;
	private final long tokenAttrChar;
	private final float[] matrix;
	private final int inputs;
	private final int outputs;
	private final ReadLimits limits;
	private final JsonFactory factory;
	private final Thread thread;
	private volatile boolean cancelled;
	/** Counted down once the tail's first row is known, or will never be. */
	private final CountDownLatch placed = new CountDownLatch(1);
	private volatile Tail result;

	/** The byte of token_attr's '['; from there on, characters are bytes (checked). */
	private long tokenAttrByte;

	private final Object lock = new Object();
	// guarded by lock: the first row of the tail, once counted, and how far the start has got
	private int firstRow = -1;
	private long startChar;
	private int rowsReadFromStart;

	/** Set once the start has reached or passed the tail's first row; on the start's thread. */
	private boolean decided;

	private TailReader(FileChannel file, long tokenAttrChar, float[] matrix, int inputs, int outputs, ReadLimits limits,
			JsonFactory factory) {
		this.file = file;
		this.tokenAttrChar = tokenAttrChar;
		this.matrix = matrix;
		this.inputs = inputs;
		this.outputs = outputs;
		this.limits = limits;
		this.factory = factory;
		this.thread = new Thread(this::run, "Attribution Lens: reading the end of token_attr"); //$NON-NLS-1$
		thread.setDaemon(true);
	}

	/**
	 * @param tokenAttrChar the offset, in characters, of the {@code [} that opens token_attr
	 * @param matrix        the matrix {@code [input][output]} the start is read into
	 */
	static TailReader start(FileChannel file, long tokenAttrChar, float[] matrix, int inputs, int outputs, ReadLimits limits,
			JsonFactory factory) {
		TailReader reader = new TailReader(file, tokenAttrChar, matrix, inputs, outputs, limits, factory);
		reader.thread.start();
		return reader;
	}

	/**
	 * Called by the reader of the start after each row.
	 *
	 * @param rowsRead   rows read from the start so far
	 * @param charOffset where the reader stands, in characters
	 * @return the tail to skip, when it starts exactly here and was read whole; else null, and
	 *         this thread has stopped once the start is at or past its first row
	 */
	Tail reached(int rowsRead, long charOffset) {
		if (decided) {
			return null;
		}
		int first;
		long start;
		synchronized (lock) {
			rowsReadFromStart = rowsRead;
			first = firstRow;
			start = startChar;
		}
		if (first < 0 || rowsRead < first) {
			return null;
		}
		decided = true;
		if (rowsRead != first || charOffset != start) {
			close();
			return null;
		}
		join();
		if (result != null) {
			TAKEN.incrementAndGet();
		}
		return result;
	}

	/** Stops this thread; after this, nothing is written into the matrix here. */
	void close() {
		cancelled = true;
		join();
	}

	private void join() {
		boolean interrupted = false;
		while (thread.isAlive()) {
			try {
				thread.join();
			} catch (InterruptedException e) {
				// the matrix is shared: the start must not read on while this thread writes
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Waits until the tail's first row is known, or will never be. Only tests wait: for small
	 * files the start would otherwise pass the middle before the tail's rows are counted.
	 */
	void awaitPlace() throws InterruptedException {
		placed.await();
	}

	private void run() {
		try {
			result = read(file);
		} catch (IOException | AttributionFormatException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
			// the start reads on by itself, and reports whatever is wrong; an error here must not
			// reach the thread's default handler, which would print a stack trace
			result = null;
		} finally {
			placed.countDown();
		}
	}

	private Tail read(FileChannel channel) throws IOException, AttributionFormatException {
		long size = channel.size();
		ByteBuffer buffer = ByteBuffer.allocate(SCAN);
		tokenAttrByte = byteOf(channel, buffer, tokenAttrChar);
		if (tokenAttrByte < 0) {
			return null;
		}
		long split = tokenAttrByte + (long) ((size - tokenAttrByte) * START_SHARE);
		Boundary boundary = boundaryAfter(channel, buffer, split);
		if (boundary == null) {
			return null;
		}
		long rowsBefore = rowsBetween(channel, tokenAttrByte + 1, boundary.afterRow());
		if (rowsBefore <= 0 || rowsBefore >= outputs) {
			return null;
		}
		int first = (int) rowsBefore;
		synchronized (lock) {
			if (rowsReadFromStart >= first) {
				return null;
			}
			firstRow = first;
			startChar = charAt(boundary.afterRow());
		}
		placed.countDown();
		return parse(channel, boundary, first);
	}

	/**
	 * Parses from the {@code [} of the tail's first row to the end of token_attr, as the elements
	 * of an array that token_attr's own closing bracket ends.
	 */
	private Tail parse(FileChannel channel, Boundary boundary, int first) throws IOException, AttributionFormatException {
		long rowStart = boundary.rowStart();
		// from the tail's first row, without moving the channel's position, which the start reads by
		InputStream bytes = new FileChannelSlice(channel, rowStart);
		InputStream text = new SequenceInputStream(new ByteArrayInputStream(new byte[] { '[' }), bytes);
		try (JsonParser parser = factory.createParser(StrictText.open(text))) {
			if (!(parser instanceof TokenAttrParser lane) || parser.nextToken() != JsonToken.START_ARRAY) {
				return null;
			}
			TokenAttrRows rows = TokenAttrRows.tail(limits, () -> SourcePosition.START, inputs, outputs, matrix, first);
			// where the last row ends, and the line breaks before it (not those after it)
			long[] end = { -1, 0, 0 };
			new TokenAttrRowReader(parser).readRows(rows, done -> {
				if (cancelled) {
					throw new NotATail();
				}
				end[0] = lane.charOffset();
				end[1] = lane.lineBreaks();
				end[2] = lane.lineStart();
			});
			if (!rows.filledToTheEnd() || end[0] < 0) {
				return null;
			}
			// character c of this parser is byte rowStart + c - 1: the '[' in front is not in the file
			int breaks = (int) end[1];
			long lastLineStart = breaks > 0 ? charAt(rowStart + end[2] - 1)
					: boundary.lineBreaks() > 0 ? charAt(boundary.lastLineBreak() + 1) : -1;
			return new Tail(outputs - first, rowStart + end[0] - 1 - boundary.afterRow(),
					boundary.lineBreaks() + breaks, lastLineStart);
		}
	}

	/** The character at a byte of token_attr, where both are ASCII. */
	private long charAt(long position) {
		return tokenAttrChar + position - tokenAttrByte;
	}

	/** The byte at which the given character starts, in UTF-8 after an optional byte-order mark; -1 if not a '['. */
	private static long byteOf(FileChannel channel, ByteBuffer buffer, long charOffset) throws IOException {
		long chars = 0;
		long position = 0;
		boolean first = true;
		while (true) {
			buffer.clear();
			int read = channel.read(buffer, position);
			if (read < 0) {
				return -1;
			}
			byte[] bytes = buffer.array();
			int from = 0;
			if (first) {
				first = false;
				if (read >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
					from = 3;
				}
			}
			for (int i = from; i < read; i++) {
				int b = bytes[i] & 0xFF;
				if ((b & 0xC0) == 0x80) {
					continue;
				}
				if (chars == charOffset) {
					return b == '[' ? position + i : -1;
				}
				// four-byte sequences are two chars (a surrogate pair)
				chars += b >= 0xF0 ? 2 : 1;
			}
			position += read;
		}
	}

	/**
	 * The first {@code ] , [} after {@code from}, with nothing but JSON white space between; null
	 * when there is none before the end of the file.
	 */
	private static Boundary boundaryAfter(FileChannel channel, ByteBuffer buffer, long from) throws IOException {
		long position = from;
		while (true) {
			buffer.clear();
			int read = channel.read(buffer, position);
			if (read <= 0) {
				return null;
			}
			byte[] bytes = buffer.array();
			int i = 0;
			for (; i < read; i++) {
				if (bytes[i] != ']') {
					continue;
				}
				int p = i + 1;
				int breaks = 0;
				long lastBreak = -1;
				boolean comma = false;
				for (; p < read; p++) {
					byte b = bytes[p];
					if (b == '\r' || b == '\n') {
						// \r\n is one line break, as Jackson counts them
						breaks += b == '\n' && bytes[p - 1] == '\r' ? 0 : 1;
						lastBreak = position + p;
					} else if (b == ',' && !comma) {
						comma = true;
					} else if (b != ' ' && b != '\t') {
						break;
					}
				}
				if (p == read) {
					// it may go on in the next buffer: read again from this ']'
					break;
				}
				if (comma && bytes[p] == '[') {
					return new Boundary(position + i + 1, position + p, breaks, lastBreak);
				}
			}
			if (i == 0) {
				// more white space after a ']' than a buffer holds
				return null;
			}
			position += i;
		}
	}

	/**
	 * How many '[' lie in [from, to); -1 when a byte there is not ASCII. Half the file passes
	 * through here before the tail can start, so it reads into memory outside the heap (one copy
	 * less) and looks at eight bytes at a time.
	 */
	private static long rowsBetween(FileChannel channel, long from, long to) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocateDirect(COUNT_BUFFER).order(ByteOrder.LITTLE_ENDIAN);
		long rows = 0;
		long high = 0;
		long position = from;
		while (position < to) {
			buffer.clear();
			buffer.limit((int) Math.min(buffer.capacity(), to - position));
			int read = channel.read(buffer, position);
			if (read <= 0) {
				return -1;
			}
			int i = 0;
			for (; i + Long.BYTES <= read; i += Long.BYTES) {
				long word = buffer.getLong(i);
				high |= word;
				// a byte of x is zero where the text has a '['
				long x = word ^ BRACKETS;
				long nonZero = ((x & LOW_SEVEN) + LOW_SEVEN | x) & HIGH_BITS;
				rows += Long.bitCount(nonZero ^ HIGH_BITS);
			}
			for (; i < read; i++) {
				byte b = buffer.get(i);
				high |= b & 0xFF;
				rows += b == '[' ? 1 : 0;
			}
			position += read;
		}
		return (high & HIGH_BITS) != 0 ? -1 : rows;
	}

	private static final int COUNT_BUFFER = 256 * 1024;
	private static final long BRACKETS = 0x5B5B5B5B5B5B5B5BL;
	private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
	private static final long HIGH_BITS = 0x8080808080808080L;
}
