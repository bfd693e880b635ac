package org.attributionlens.model.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.attributionlens.internal.model.io.CancellableStream;
import org.attributionlens.model.AttributionMatrix;

/**
 * Entry point for loading attribution files, so that callers (editor, Properties view, command
 * line) never choose a format: gzip-compressed content (magic bytes {@code 1f 8b}), whatever the
 * file's name, is decompressed on the fly, at most {@link ReadLimits#maxDecompressedBytes()} of it
 * (a {@code .gz} suffix is ignored for what follows); then the format that claims the content most
 * strongly reads it ({@link AttributionFormats}): by its structure first, then by the file's name,
 * then by its shape.
 */
public final class AttributionReaders {

	/** How much of the head the format detection may look at as bytes. */
	static final int HEAD = FileHead.SIZE;

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
		String name = fileName == null ? "" : fileName; //$NON-NLS-1$
		if (head.length < 2 || (head[0] & 0xFF) != 0x1F || (head[1] & 0xFF) != 0x8B) {
			return readText(buffered, head, name, options, file);
		}
		GzipSource source = GzipSource.open(buffered, options.limits());
		try {
			BufferedInputStream text = new BufferedInputStream(CancellableStream.of(source, options), HEAD);
			AttributionMatrix matrix = readText(text, peek(text), name, options, null);
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
		FileHead fileHead = AttributionFormats.head(in, head, name, options.limits());
		return AttributionFormats.choose(fileHead).read(in, fileHead, options, source);
	}

	/** Up to {@link #HEAD} bytes from the start, without consuming them. */
	private static byte[] peek(BufferedInputStream in) throws IOException {
		in.mark(HEAD);
		byte[] head = in.readNBytes(HEAD);
		in.reset();
		return head;
	}
}
