package org.attributionlens.model.io;

/**
 * Bounds that protect the IDE and the command line from hostile or absurd files:
 * a reader refuses a file that would exceed one of them, with a located message,
 * before it allocates for it.
 *
 * @param maxCells             largest rows x columns accepted
 * @param maxDecompressedBytes largest size of a gzip-compressed file once decompressed (stops gzip bombs early)
 * @param maxTokenLength       longest token, in chars
 * @param maxNestingDepth      deepest nesting of JSON arrays and objects
 * @param maxStringLength      longest string of any other kind taken from a file, in chars:
 *                             meta and info keys and values, tensor and dtype names, table fields
 *                             (tokens have their own, smaller limit; tensor data is bounded by
 *                             the cells)
 */
public record ReadLimits(long maxCells, long maxDecompressedBytes, int maxTokenLength, int maxNestingDepth,
		int maxStringLength) {
	/** The default {@link #maxStringLength()}: 16 Mi chars. */
	public static final int DEFAULT_MAX_STRING_LENGTH = 16 << 20;
	/** 100 million cells, 2 GiB decompressed, 64 Ki chars per token, depth 64, 16 Mi chars per other string. */
	public static final ReadLimits DEFAULTS = new ReadLimits(100_000_000L, 2L << 30, 65_536, 64,
			DEFAULT_MAX_STRING_LENGTH);

	public ReadLimits {
		if (maxCells < 1 || maxDecompressedBytes < 1 || maxTokenLength < 1 || maxNestingDepth < 2
				|| maxStringLength < 1) {
			throw new IllegalArgumentException("limits must be positive (nesting depth at least 2)"); //$NON-NLS-1$
		}
	}

	/** The four limits of earlier versions, with the default {@link #maxStringLength()}. */
	public ReadLimits(long maxCells, long maxDecompressedBytes, int maxTokenLength, int maxNestingDepth) {
		this(maxCells, maxDecompressedBytes, maxTokenLength, maxNestingDepth, DEFAULT_MAX_STRING_LENGTH);
	}

	/** The same limits with another {@link #maxStringLength()}. */
	public ReadLimits withMaxStringLength(int chars) {
		return new ReadLimits(maxCells, maxDecompressedBytes, maxTokenLength, maxNestingDepth, chars);
	}

	/**
	 * The most tokens (or rows, or per-token values) a reader keeps along one axis, derived from
	 * the cell limit: a token costs about as much memory as 16 cells, so that a file of millions of
	 * tiny tokens or empty rows cannot take more memory than a matrix at the cell limit would. Never
	 * less than the cell limit itself up to 65,536, so that small limits keep their plain meaning.
	 * The default allows 6,250,000.
	 */
	public long maxTokens() {
		long cells = Math.min(maxCells, Integer.MAX_VALUE - 8);
		return Math.max(cells / 16, Math.min(cells, 1 << 16));
	}
}
