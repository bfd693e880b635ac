package org.attributionlens.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attributionlens.model.AttributionMatrix;

/**
 * Entry point for loading attribution files: picks the reader for a file. Today every file is
 * read as the native JSON format; other formats will be dispatched here by name or content.
 */
public final class AttributionReaders {

	private static final AttributionReader NATIVE = new NativeJsonReader();

	private AttributionReaders() {
	}

	public static AttributionMatrix read(Path file) throws IOException, AttributionFormatException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.getFileName() == null ? "" : file.getFileName().toString());
		}
	}

	/**
	 * @param in       read to the end, not closed
	 * @param fileName the file's name, used to choose the format; may be empty
	 */
	public static AttributionMatrix read(InputStream in, String fileName)
			throws IOException, AttributionFormatException {
		return readerFor(fileName).read(in);
	}

	static AttributionReader readerFor(String fileName) {
		return NATIVE;
	}
}
