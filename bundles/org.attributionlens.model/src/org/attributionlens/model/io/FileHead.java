package org.attributionlens.model.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import org.attributionlens.internal.model.io.StructureDetector;

/**
 * What format detection may look at: the first bytes of the (decompressed) content, the file's
 * name without a {@code .gz}, and, computed once when a format asks, the structure of a JSON
 * document ({@link StructureDetector}), read as far as its keys need within the limits and the
 * free memory.
 */
public final class FileHead {

	/** How much of the head the formats see as bytes. */
	public static final int SIZE = 64 * 1024;

	private final byte[] bytes;
	private final String name;
	private final BufferedInputStream in;
	private final ReadLimits limits;
	private StructureDetector.Structure structure;

	/**
	 * @param in the content, buffered, at its start (marked and reset around detection); null when
	 *           only {@code bytes} are known (then the structure is read from them alone)
	 */
	FileHead(byte[] bytes, String fileName, BufferedInputStream in, ReadLimits limits) {
		this.bytes = bytes;
		String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT); //$NON-NLS-1$
		this.name = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower; //$NON-NLS-1$
		this.in = in;
		this.limits = limits;
	}

	/** A head for content alone, as the IDE's content describer sees it. */
	public static FileHead ofContent(byte[] bytes, StructureDetector.Kind structure) {
		FileHead head = new FileHead(bytes, "", null, ReadLimits.DEFAULTS); //$NON-NLS-1$
		head.structure = StructureDetector.Structure.of(structure);
		return head;
	}

	/** Up to {@link #SIZE} bytes from the start. */
	public byte[] bytes() {
		return bytes;
	}

	/** The file's name in lower case, without a {@code .gz} suffix; empty when unknown. */
	public String name() {
		return name;
	}

	/** Whether the name ends with {@code .EXTENSION} for one of these. */
	public boolean hasExtension(Iterable<String> extensions) {
		for (String extension : extensions) {
			if (name.endsWith("." + extension)) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}

	/** Whether the head starts with these bytes: a binary format's magic. */
	public boolean startsWith(byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	/** Whether {@code part} occurs in the head between byte {@code from} and byte {@code to} (exclusive, clipped to the head). */
	public boolean contains(byte[] part, int from, int to) {
		int end = Math.min(to, bytes.length);
		for (int k = Math.max(0, from); k + part.length <= end; k++) {
			if (Arrays.equals(bytes, k, k + part.length, part, 0, part.length)) {
				return true;
			}
		}
		return false;
	}

	/** The first byte that is not whitespace, a byte-order mark or a UTF-16 zero byte; -1 if none. */
	public int firstNonSpace() {
		for (byte value : bytes) {
			int b = value & 0xFF;
			if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0 && b != 0xEF && b != 0xBB && b != 0xBF
					&& b != 0xFE && b != 0xFF) {
				return b;
			}
		}
		return -1;
	}

	/**
	 * JSON starts with a bracket; an empty file counts too, so that the JSON reader's message says
	 * what a file should contain.
	 */
	public boolean looksLikeJson() {
		int first = firstNonSpace();
		return first < 0 || first == '{' || first == '[';
	}

	/** What the JSON document is by its top-level keys; {@link StructureDetector.Kind#NOT_JSON} when it is no object. */
	public StructureDetector.Kind structure() throws IOException {
		return topLevel().kind();
	}

	/**
	 * The same, with where the top-level object starts and which keys of the known layouts it
	 * has: what a message about a JSON document that is none of them needs.
	 */
	public StructureDetector.Structure topLevel() throws IOException {
		if (structure == null) {
			structure = firstNonSpace() != '{' ? StructureDetector.Structure.of(StructureDetector.Kind.NOT_JSON) : detect();
		}
		return structure;
	}

	/**
	 * The bytes looked at are buffered, so the bound keeps them within the limits and the memory
	 * free; the stream is back at its start afterwards.
	 */
	private StructureDetector.Structure detect() throws IOException {
		if (in == null) {
			return StructureDetector.scan(new ByteArrayInputStream(bytes), bytes.length, limits.maxNestingDepth());
		}
		long bound = Math.min(Math.min(limits.maxDecompressedBytes(), 4L * limits.maxStringLength() + (1 << 20)),
				Math.max(SIZE, MemoryBudget.available() / 2));
		bound = Math.min(bound, Integer.MAX_VALUE - 16);
		in.mark((int) bound + 1);
		try {
			return StructureDetector.scan(in, bound, limits.maxNestingDepth());
		} finally {
			in.reset();
			// a mark left in place would make the stream keep everything the reader reads next
			in.mark(0);
		}
	}
}
