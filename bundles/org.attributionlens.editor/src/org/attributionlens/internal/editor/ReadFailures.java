package org.attributionlens.internal.editor;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import org.eclipse.osgi.util.NLS;

/**
 * The sentence for a file that could not be read at all. Java's own message for the two common
 * cases is only the path, which says nothing of what went wrong: say it.
 */
public final class ReadFailures {

	private ReadFailures() {
	}

	/** @param location the path the user knows the file by */
	public static String message(String location, Exception failure) {
		if (failure instanceof NoSuchFileException) {
			return NLS.bind(Messages.Editor_fileMissing, location);
		}
		if (failure instanceof AccessDeniedException) {
			return NLS.bind(Messages.Editor_notReadable, location);
		}
		return NLS.bind(Messages.Editor_readFailed, location, failure.getMessage());
	}
}
