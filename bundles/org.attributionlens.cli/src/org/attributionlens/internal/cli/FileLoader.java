package org.attributionlens.internal.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReaders;
import org.attributionlens.model.io.ReadOptions;
import org.attributionlens.model.io.SequenceOutOfRangeException;

/**
 * Loads the FILE of a command, turning every failure into one line a user can act on. Every
 * command reads its FILE with the same options: {@code --sequence N} (which sequence of a file
 * holding several, 0-based) and the read limits ({@link LimitOptions}).
 */
final class FileLoader {

	static final String SEQUENCE = "--sequence";

	private FileLoader() {
	}

	/** A command's own value options together with the ones of reading its FILE. */
	static Set<String> withReadOptions(Set<String> commandOptions) {
		Set<String> all = new HashSet<>(LimitOptions.and(commandOptions));
		all.add(SEQUENCE);
		return all;
	}

	/**
	 * Reads the command's FILE (as typed by the user, and echoed back unchanged in messages). A
	 * sequence the file does not have is a usage error that says how many it has.
	 */
	static AttributionMatrix load(Arguments arguments) throws UsageException, FileFailure {
		String file = arguments.file();
		ReadOptions options = LimitOptions.readOptions(arguments, arguments.integer(SEQUENCE, 0, Integer.MAX_VALUE, 0));
		try {
			Path path = Path.of(file);
			if (Files.isDirectory(path)) {
				throw new FileFailure(Messages.format(Messages.ERROR_DIRECTORY, file));
			}
			return AttributionReaders.read(path, options);
		} catch (SequenceOutOfRangeException e) {
			int count = e.sequenceCount();
			throw new UsageException(Messages.format(count == 1 ? Messages.ERROR_SEQUENCE_ONE
					: Messages.ERROR_SEQUENCE_MANY, SEQUENCE, e.requested(), file, count, count - 1));
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
