package org.attributionlens.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Only regular files are read. A named pipe blocks the reader until some other process writes
 * to it (and forever when none does), a device such as /dev/zero or /dev/urandom never ends, a
 * socket cannot be opened as a file: each is refused with a sentence that says what it is, before
 * anything opens it. Symbolic links are followed: a link to a regular file is read.
 */
final class RegularFile {

	private RegularFile() {
	}

	/**
	 * @throws AttributionFormatException (without a location) when {@code file} exists and is not
	 *                                    a regular file
	 * @throws java.nio.file.NoSuchFileException when it does not exist
	 */
	static void check(Path file) throws IOException, AttributionFormatException {
		BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
		if (!attributes.isRegularFile()) {
			throw new AttributionFormatException(0, 0, "is " + describe(file, attributes)
					+ ", not a regular file; only regular files are read");
		}
	}

	/** "a directory", "a named pipe (FIFO)", ... as far as Java can tell without native calls. */
	static String describe(Path file, BasicFileAttributes attributes) {
		if (attributes.isDirectory()) {
			return "a directory";
		}
		String type = posixType(file);
		return type != null ? type : "a special file (a device, pipe or socket)";
	}

	/**
	 * The kind of special file from the mode bits Linux and macOS report through the "unix" view;
	 * null where that view is missing.
	 */
	private static String posixType(Path file) {
		try {
			Object mode = Files.getAttribute(file, "unix:mode"); //$NON-NLS-1$
			if (!(mode instanceof Integer bits)) {
				return null;
			}
			return switch (bits & 0170000) {
			case 0010000 -> "a named pipe (FIFO)";
			case 0020000 -> "a character device";
			case 0060000 -> "a block device";
			case 0140000 -> "a socket";
			default -> null;
			};
		} catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
			return null;
		}
	}
}
