package org.attributionlens.internal.editor;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;

/**
 * The workspace calls anything that is not a folder a file, a named pipe or a device too. The
 * platform's {@code IFile.getContents}, {@code getContentDescription} and {@code getCharset} open
 * it for reading, which for a pipe without a writer waits for ever (on the UI thread, for a
 * dialog). Ask this first.
 */
public final class SpecialFiles {

	private SpecialFiles() {
	}

	/** Whether the file exists on disk as something other than a regular file (a link is followed). */
	public static boolean isSpecial(IFile file) {
		IPath location = file.getLocation();
		if (location == null) {
			// in another file system: nothing to ask it without opening
			return false;
		}
		Path path = location.toPath();
		return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
	}
}
