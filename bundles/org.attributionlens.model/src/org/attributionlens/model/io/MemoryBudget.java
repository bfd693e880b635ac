package org.attributionlens.model.io;

import org.attributionlens.internal.model.io.SourcePosition;

/**
 * The memory a read may still take, checked before a reader allocates in proportion to the file:
 * the limits bound what a file may declare, but a file within every limit can still need more
 * than the heap the JVM was given (a 3 MB gzip can hold a hundred million short tokens). Without
 * this check such a file ends in an OutOfMemoryError, which in the IDE can take the whole
 * workbench down; with it, the reader refuses the file with a sentence that says how much memory
 * it needs.
 * <p>
 * A check compares an estimate with {@code maxMemory - (totalMemory - freeMemory)} less a margin
 * for everything else the program does meanwhile. The used part counts garbage not yet collected,
 * so before refusing, the check asks for one collection and looks again.
 */
public final class MemoryBudget {

	/** Kept free for the rest of the program (the IDE's windows, the tool's output): an eighth of the heap, at least 16 MiB. */
	private static final long MIN_MARGIN = 16L << 20;

	private MemoryBudget() {
	}

	/** The bytes a read may still allocate now, margin deducted; never negative. */
	public static long available() {
		Runtime runtime = Runtime.getRuntime();
		long max = runtime.maxMemory();
		long used = runtime.totalMemory() - runtime.freeMemory();
		long margin = Math.max(MIN_MARGIN, max / 8);
		return Math.max(0, max - used - margin);
	}

	/**
	 * Whether {@code bytes} more fit; collects garbage once before saying no.
	 */
	public static boolean fits(long bytes) {
		if (bytes <= available()) {
			return true;
		}
		System.gc();
		return bytes <= available();
	}

	/**
	 * @param what what needs the memory, as the start of a sentence ("the matrix of 4,096 x 4,096 cells",
	 *             "keeping the tokens")
	 * @throws AttributionFormatException at {@code at} when {@code bytes} do not fit
	 */
	public static void check(long bytes, String what, SourcePosition at) throws AttributionFormatException {
		if (!fits(bytes)) {
			throw at.error(tooLarge(bytes, what));
		}
	}

	/** "... needs about 1.2 GiB of memory, but only 180.0 MiB are free (...)" */
	public static String tooLarge(long bytes, String what) {
		return what + " needs about " + LimitMessages.bytes(bytes) + " of memory, but only "
				+ LimitMessages.bytes(available()) + " are free for reading; give Java more memory (-Xmx)"
				+ " or lower the limits (" + LimitMessages.PREFERENCES + ", or the --max-... options)";
	}

	/**
	 * The strings a reader keeps (tokens, meta and info values), counted together: each may be
	 * short, but a file can hold millions of them. Checked in steps, so the cost is one look at
	 * the heap per step, not one per string.
	 */
	public static final class Strings {
		/** Chars between two looks at the heap: 1 Mi chars, about 2-3 MiB as Java strings. */
		private static final long STEP = 1 << 20;
		/** Bytes a kept string costs beyond its chars: the String, its array and the list's slot. */
		private static final long OVERHEAD = 56;

		private final String what;
		private long bytes;
		private long nextCheck = STEP;

		/** @param what what the strings are, for the message ("the tokens") */
		public Strings(String what) {
			this.what = what;
		}

		/** Counts one string of {@code chars} chars to be kept; refuses at {@code at} when the next step does not fit. */
		public void add(int chars, SourcePosition at) throws AttributionFormatException {
			if (!tryAdd(chars)) {
				throw at.error(refusal());
			}
		}

		/**
		 * Counts one string of {@code chars} chars to be kept; false when the next step does not
		 * fit, for a caller that reports it later, with {@link #refusal()}.
		 */
		public boolean tryAdd(int chars) {
			bytes += 2L * chars + OVERHEAD;
			if (bytes >= nextCheck) {
				// the step ahead must fit as well: that is what will be allocated before the next look
				if (!fits(STEP * 3)) {
					return false;
				}
				nextCheck = bytes + STEP;
			}
			return true;
		}

		/** Why the strings were refused. */
		public String refusal() {
			return tooLarge(bytes + STEP * 3, what + " (" + LimitMessages.bytes(bytes) + " so far)");
		}

		/** For readers outside this package: the same, located at a line and column. */
		public void add(int chars, int line, int column) throws AttributionFormatException {
			add(chars, new SourcePosition(line, column));
		}
	}
}
