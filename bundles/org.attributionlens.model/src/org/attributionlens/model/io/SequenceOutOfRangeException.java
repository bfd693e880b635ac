package org.attributionlens.model.io;

/**
 * The file reads, but holds no sequence of the index asked for ({@link ReadOptions#sequence()}):
 * a mistake of the caller rather than of the file, which callers may report as such (the command
 * line as a usage error), with the number of sequences there are.
 */
public final class SequenceOutOfRangeException extends AttributionFormatException {

	private static final long serialVersionUID = 1L;

	private final int requested;
	private final int sequenceCount;

	/**
	 * @param line          1-based line where the file's sequences are, 0 when there is no such place
	 * @param column        1-based column, 0 when unknown
	 * @param reason        a sentence without the location
	 * @param requested     the 0-based index asked for
	 * @param sequenceCount how many sequences the file holds
	 */
	public SequenceOutOfRangeException(int line, int column, String reason, int requested, int sequenceCount) {
		super(line, column, reason);
		this.requested = requested;
		this.sequenceCount = sequenceCount;
	}

	/** The 0-based index that was asked for. */
	public int requested() {
		return requested;
	}

	/** How many sequences the file holds; valid indices are 0 to this minus 1. */
	public int sequenceCount() {
		return sequenceCount;
	}
}
