package org.attributionlens.internal.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReaders;
import org.attributionlens.model.io.ReadOptions;

/** Loads a file named on the command line, turning every failure into one line a user can act on. */
final class FileLoader {

	private FileLoader() {
	}

	/**
	 * @param file    as typed by the user; echoed back unchanged in messages
	 * @param options which sequence of a file holding several (Inseq batches), and the limits
	 */
	static AttributionMatrix load(String file, ReadOptions options) throws FileFailure {
		try {
			Path path = Path.of(file);
			if (Files.isDirectory(path)) {
				throw new FileFailure(Messages.format(Messages.ERROR_DIRECTORY, file));
			}
			return AttributionReaders.read(path, options);
		} catch (AttributionFormatException e) {
			throw new FileFailure(e.line() > 0
					? Messages.format(Messages.ERROR_LOCATION, file, e.line(), e.column(), e.reason())
					: Messages.format(Messages.ERROR_NO_LOCATION, file, e.reason()));
		} catch (NoSuchFileException | InvalidPathException e) {
			throw new FileFailure(Messages.format(Messages.ERROR_NO_SUCH_FILE, file));
		} catch (AccessDeniedException e) {
			throw new FileFailure(Messages.format(Messages.ERROR_ACCESS_DENIED, file));
		} catch (IOException e) {
			String detail = e.getMessage() == null ? "I/O error" : e.getMessage();
			throw new FileFailure(Messages.format(Messages.ERROR_UNREADABLE, file, detail));
		} catch (RuntimeException e) {
			// a bug in the reader must still not show a stack trace to the user
			String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			throw new FileFailure(Messages.format(Messages.ERROR_INTERNAL, file, detail));
		}
	}
}
