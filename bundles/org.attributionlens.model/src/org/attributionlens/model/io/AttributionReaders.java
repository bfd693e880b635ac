package org.attributionlens.model.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import org.attributionlens.internal.model.io.StructureDetector;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.csv.CsvAttributionReader;
import org.attributionlens.model.io.csv.CsvAttributionReader.Delimiter;
import org.attributionlens.model.io.inseq.InseqJsonReader;

/**
 * Entry point for loading attribution files: picks the reader for a file by its first bytes and
 * its name, so that callers (editor, Properties view, command line) never choose a format.
 * <ol>
 * <li>gzip-compressed content (magic bytes {@code 1f 8b}), whatever the file's name, is
 * decompressed on the fly, at most {@link ReadLimits#maxDecompressedBytes()} of it; a
 * {@code .gz} suffix is ignored for what follows;</li>
 * <li>Inseq's {@code FeatureAttributionOutput.save(...)} JSON, recognised by its top-level keys,
 * however far into the file they are ({@link StructureDetector});</li>
 * <li>CSV and TSV tables ({@code .csv}, {@code .tsv}, {@code .tab}), or files of another name
 * whose first character is not a JSON bracket, the delimiter then sniffed from the first
 * line;</li>
 * <li>otherwise the native JSON format.</li>
 * </ol>
 */
public final class AttributionReaders {

	/** How much of the head the format detection may look at. */
	static final int HEAD = 64 * 1024;

	private AttributionReaders() {
	}

	public static AttributionMatrix read(Path file) throws IOException, AttributionFormatException {
		return read(file, ReadOptions.DEFAULTS);
	}

	/**
	 * Reads a regular file, which is opened once: a named pipe, a device, a socket or a directory
	 * is refused before anything opens it (opening a pipe without a writer, or reading a device
	 * such as /dev/zero, would block or never end).
	 */
	public static AttributionMatrix read(Path file, ReadOptions options) throws IOException, AttributionFormatException {
		return read(file, file.getFileName() == null ? "" : file.getFileName().toString(), options);
	}

	/**
	 * As {@link #read(Path, ReadOptions)}, choosing the format by another name than the file's
	 * own: a workspace link, or an editor input, may call a file otherwise than its disk does.
	 */
	public static AttributionMatrix read(Path file, String fileName, ReadOptions options)
			throws IOException, AttributionFormatException {
		RegularFile.check(file);
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			InputStream in = Channels.newInputStream(channel);
			return read(in, fileName, options, channel);
		}
	}

	/**
	 * @param in       read to the end, not closed
	 * @param fileName the file's name, used to choose the format; may be empty
	 */
	public static AttributionMatrix read(InputStream in, String fileName) throws IOException, AttributionFormatException {
		return read(in, fileName, ReadOptions.DEFAULTS);
	}

	/**
	 * @param in       read to the end, not closed
	 * @param fileName the file's name, used to choose the format; may be empty
	 * @param options  which sequence to read and the limits to enforce
	 */
	public static AttributionMatrix read(InputStream in, String fileName, ReadOptions options)
			throws IOException, AttributionFormatException {
		return read(in, fileName, options, null);
	}

	/** @param file the open file {@code in} reads, when there is one: a table's records are counted in it first */
	private static AttributionMatrix read(InputStream in, String fileName, ReadOptions options, FileChannel file)
			throws IOException, AttributionFormatException {
		BufferedInputStream buffered = new BufferedInputStream(CancellableStream.of(in, options), HEAD);
		byte[] head = peek(buffered);
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (head.length < 2 || (head[0] & 0xFF) != 0x1F || (head[1] & 0xFF) != 0x8B) {
			return readText(buffered, head, name, options, file);
		}
		GzipSource source = GzipSource.open(buffered, options.limits());
		try {
			BufferedInputStream text = new BufferedInputStream(CancellableStream.of(source, options), HEAD);
			AttributionMatrix matrix = readText(text, peek(text), name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name,
					options, null);
			// a reader may stop at the end of its content: the gzip trailer still has to be checked
			text.transferTo(OutputStream.nullOutputStream());
			return matrix;
		} catch (IOException | AttributionFormatException | RuntimeException e) {
			if (source.failure() != null) {
				throw source.failure();
			}
			throw e;
		}
	}

	/** @param source the uncompressed file {@code in} reads, or null */
	private static AttributionMatrix readText(BufferedInputStream in, byte[] head, String name, ReadOptions options,
			FileChannel source) throws IOException, AttributionFormatException {
		if (firstNonSpace(head) == '{' && detect(in, options.limits()) == StructureDetector.Kind.INSEQ) {
			return new InseqJsonReader(options).read(in);
		}
		if (name.endsWith(".csv")) {
			return table(options, Delimiter.COMMA, head, source).read(in);
		}
		if (name.endsWith(".tsv") || name.endsWith(".tab")) {
			return table(options, Delimiter.TAB, head, source).read(in);
		}
		if (name.endsWith(".json") || looksLikeJson(head)) {
			return new NativeJsonReader(options).read(in, source);
		}
		return table(options, CsvAttributionReader.sniff(head, head.length), head, source).read(in);
	}

	/** A table reader; one that counts the records first when they are a file's UTF-8 bytes. */
	private static CsvAttributionReader table(ReadOptions options, Delimiter delimiter, byte[] head, FileChannel source)
			throws IOException {
		CsvAttributionReader reader = new CsvAttributionReader(options, delimiter);
		if (source != null && !ByteOrderMark.detect(head, head.length).charset().name().startsWith("UTF-16")) {
			// a second pass over the same open file, beside the read's own position
			reader.countingRecordsOf(CancellableStream.of(new FileChannelSlice(source, 0), options));
		}
		return reader;
	}

	/**
	 * What the JSON object at the start of {@code in} is, by its top-level keys, read as far as they
	 * need (Inseq writes {@code info}, with the prompt, before {@code sequence_attributions}); the
	 * stream is back at its start afterwards. The bytes looked at are buffered, so the bound keeps
	 * them within the limits and the memory free.
	 */
	private static StructureDetector.Kind detect(BufferedInputStream in, ReadLimits limits) throws IOException {
		long bound = Math.min(Math.min(limits.maxDecompressedBytes(), 4L * limits.maxStringLength() + (1 << 20)),
				Math.max(HEAD, MemoryBudget.available() / 2));
		bound = Math.min(bound, Integer.MAX_VALUE - 16);
		in.mark((int) bound + 1);
		try {
			return StructureDetector.detect(in, bound, limits.maxNestingDepth());
		} finally {
			in.reset();
			// a mark left in place would make the stream keep everything the reader reads next
			in.mark(0);
		}
	}

	/**
	 * JSON starts with a bracket; an empty file is left to the JSON reader too, whose message
	 * says what a file should contain.
	 */
	private static boolean looksLikeJson(byte[] head) {
		int first = firstNonSpace(head);
		return first < 0 || first == '{' || first == '[';
	}

	/** The first byte that is not whitespace, a byte-order mark or a UTF-16 zero byte; -1 if none. */
	static int firstNonSpace(byte[] head) {
		for (byte value : head) {
			int b = value & 0xFF;
			if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0 && b != 0xEF && b != 0xBB && b != 0xBF
					&& b != 0xFE && b != 0xFF) {
				return b;
			}
		}
		return -1;
	}

	/** Up to {@link #HEAD} bytes from the start, without consuming them. */
	private static byte[] peek(BufferedInputStream in) throws IOException {
		in.mark(HEAD);
		byte[] head = in.readNBytes(HEAD);
		in.reset();
		return head;
	}
}
