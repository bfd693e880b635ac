package org.attributionlens.internal.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;

/**
 * A file the tool writes: a new name, or an existing regular file that it replaces. The content
 * goes to a temporary file beside the target that replaces it only when complete (an atomic
 * rename), so that a failure never leaves a truncated file or destroys an older one.
 * <p>
 * What must never be written to: the input (by any name: a symbolic or hard link to it is the
 * same file), and anything that is not a regular file. Replacing a named pipe or a device by a
 * regular file would break whatever uses it (as root, {@code -o /dev/null} would replace the
 * system's /dev/null), and writing into one would block or vanish. A symbolic link to a regular
 * file is followed: the file it points to is replaced, as a shell's {@code >} would write to it.
 * A new file gets the permissions the user's umask gives; a replaced one keeps its own.
 */
final class OutputFile {

	/** Writes the content to a stream; the stream is buffered and closed by the caller. */
	interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String name;
	private final Path path;
	private final Path input;

	private OutputFile(String name, Path path, Path input) {
		this.name = name;
		this.path = path;
		this.input = input;
	}

	/**
	 * @param name  as typed by the user; echoed back (escaped) in messages
	 * @param input the input file as typed, which must not be overwritten
	 */
	static OutputFile of(String name, String input) throws UsageException {
		Path path;
		Path in;
		try {
			path = Path.of(name);
			in = Path.of(input);
		} catch (InvalidPathException e) {
			throw new UsageException(Messages.format(Messages.ERROR_BAD_OUTPUT, name));
		}
		if (path.getFileName() == null) {
			throw new UsageException(Messages.format(Messages.ERROR_BAD_OUTPUT, name));
		}
		OutputFile output = new OutputFile(name, path, in);
		try {
			output.checkTarget();
		} catch (FileFailure e) {
			throw new UsageException(e.getMessage());
		}
		return output;
	}

	/**
	 * The file to replace or create: the target of a symbolic link, the path itself otherwise.
	 *
	 * @throws FileFailure when it is the input, or exists and is not a regular file
	 */
	private Path checkTarget() throws FileFailure {
		Path target = path.toAbsolutePath();
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(target, BasicFileAttributes.class);
		} catch (IOException e) {
			// nothing there (or a dangling link, which the rename replaces): a new name
			if (isSameFile(target)) {
				throw new FileFailure(Messages.format(Messages.ERROR_SAME_FILE, name));
			}
			return target;
		}
		if (attributes.isDirectory()) {
			throw new FileFailure(Messages.format(Messages.ERROR_DIRECTORY, name));
		}
		if (!attributes.isRegularFile()) {
			throw new FileFailure(Messages.format(Messages.ERROR_OUTPUT_NOT_REGULAR, name));
		}
		if (isSameFile(target)) {
			throw new FileFailure(Messages.format(Messages.ERROR_SAME_FILE, name));
		}
		try {
			return target.toRealPath();
		} catch (IOException e) {
			return target;
		}
	}

	/** Whether the output is the input: the same path, or the same file by a link (same device and inode). */
	private boolean isSameFile(Path output) {
		try {
			if (input.toAbsolutePath().normalize().equals(output.normalize())) {
				return true;
			}
			return Files.exists(output) && Files.exists(input) && Files.isSameFile(input, output);
		} catch (IOException | InvalidPathException | SecurityException e) {
			return false;
		}
	}

	String name() {
		return name;
	}

	/** The file name in lower case, for telling the type by the extension. */
	String lowerCaseFileName() {
		Path fileName = path.getFileName();
		return fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
	}

	void write(Content content) throws FileFailure {
		// checked again: the input was read in between, and the path may have changed meanwhile
		Path target = checkTarget();
		Path temporary = null;
		try {
			temporary = createTemporary(target);
			try (OutputStream out = new BufferedOutputStream(
					Files.newOutputStream(temporary, StandardOpenOption.WRITE), 1 << 16)) {
				content.writeTo(out);
			}
			keepPermissions(target, temporary);
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
			temporary = null;
		} catch (NoSuchFileException e) {
			throw new FileFailure(Messages.format(Messages.ERROR_NO_SUCH_DIRECTORY, name));
		} catch (AccessDeniedException e) {
			throw new FileFailure(Messages.format(Messages.ERROR_ACCESS_DENIED, name));
		} catch (IOException e) {
			throw new FileFailure(Messages.format(Messages.ERROR_CANNOT_WRITE, name,
					e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
		} finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				} catch (IOException e) {
					// nothing more can be done; the write itself has been reported
				}
			}
		}
	}

	/**
	 * A new, empty, hidden file beside the target (the rename must not cross file systems).
	 * Created like any new file, so the umask decides its permissions (Files.createTempFile would
	 * make it readable by its owner only); a random name that must not exist yet, so that nothing
	 * placed there beforehand (a link, a pipe) is written through.
	 */
	private static Path createTemporary(Path target) throws IOException {
		for (int attempt = 0;; attempt++) {
			Path temporary = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) //$NON-NLS-1$ //$NON-NLS-2$
					+ ".tmp"); //$NON-NLS-1$
			try {
				Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
				return temporary;
			} catch (FileAlreadyExistsException e) {
				if (attempt >= 10) {
					throw e;
				}
			}
		}
	}

	/** A replaced file keeps its permissions; where there are no POSIX permissions, nothing to do. */
	private static void keepPermissions(Path target, Path temporary) {
		try {
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
			Files.setPosixFilePermissions(temporary, permissions);
		} catch (IOException | UnsupportedOperationException | SecurityException e) {
			// a new file, or a file system without them: the umask's permissions stay
		}
	}
}
