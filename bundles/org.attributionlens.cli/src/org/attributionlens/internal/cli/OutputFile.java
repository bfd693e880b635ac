package org.attributionlens.internal.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * A file the tool writes. The content goes to a hidden temporary file beside it that replaces the
 * target only when complete, so that a failure never leaves a truncated file or destroys an older
 * one.
 */
final class OutputFile {

	/** Writes the content to a stream; the stream is buffered and closed by the caller. */
	interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private final String name;
	private final Path path;

	private OutputFile(String name, Path path) {
		this.name = name;
		this.path = path;
	}

	/**
	 * @param name  as typed by the user; echoed back unchanged in messages
	 * @param input the input file as typed, which must not be overwritten
	 */
	static OutputFile of(String name, String input) throws UsageException {
		Path path;
		try {
			path = Path.of(name);
		} catch (InvalidPathException e) {
			throw new UsageException(Messages.format(Messages.ERROR_BAD_OUTPUT, name));
		}
		if (isSameFile(path, input)) {
			throw new UsageException(Messages.format(Messages.ERROR_SAME_FILE, name));
		}
		return new OutputFile(name, path);
	}

	private static boolean isSameFile(Path output, String input) {
		try {
			Path in = Path.of(input);
			if (in.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
				return true;
			}
			return Files.exists(output) && Files.exists(in) && Files.isSameFile(in, output);
		} catch (IOException | InvalidPathException e) {
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
		if (Files.isDirectory(path)) {
			throw new FileFailure(Messages.format(Messages.ERROR_DIRECTORY, name));
		}
		Path target = path.toAbsolutePath();
		Path temporary = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
		try {
			try (OutputStream out = new BufferedOutputStream(
					Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
				content.writeTo(out);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (NoSuchFileException e) {
			throw new FileFailure(Messages.format(Messages.ERROR_NO_SUCH_DIRECTORY, name));
		} catch (AccessDeniedException e) {
			throw new FileFailure(Messages.format(Messages.ERROR_ACCESS_DENIED, name));
		} catch (IOException e) {
			throw new FileFailure(Messages.format(Messages.ERROR_CANNOT_WRITE, name,
					e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
		} finally {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException e) {
				// nothing more can be done; the write itself has been reported
			}
		}
	}
}
