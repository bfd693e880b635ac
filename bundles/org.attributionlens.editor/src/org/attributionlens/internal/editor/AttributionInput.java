package org.attributionlens.internal.editor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReaders;
import org.attributionlens.model.io.ReadOptions;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;

/**
 * What the heatmap editor can read: a workspace file, or a file outside the
 * workspace (File > Open File..., or the launcher's command line). Reading never
 * writes, and never keeps the stream open.
 */
public final class AttributionInput {
	private final IFile file;
	private final URI uri;
	private final String name;

	private AttributionInput(IFile file, URI uri, String name) {
		this.file = file;
		this.uri = uri;
		this.name = name;
	}

	/** @return the readable input, or null when the editor input is neither a file nor a file URI */
	public static AttributionInput of(IEditorInput input) {
		if (input instanceof IFileEditorInput fileInput) {
			return of(fileInput.getFile());
		}
		if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) { //$NON-NLS-1$
			return new AttributionInput(null, uriInput.getURI(), input.getName());
		}
		return null;
	}

	/** A workspace file. */
	public static AttributionInput of(IFile file) {
		return new AttributionInput(file, file.getLocationURI(), file.getName());
	}

	/** A file outside the workspace. */
	public static AttributionInput of(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		return new AttributionInput(null, absolute.toUri(), absolute.getFileName().toString());
	}

	/** Whether the file is there to be read. */
	public boolean exists() {
		return file != null ? file.exists() : Files.isRegularFile(Path.of(uri));
	}

	/** The workspace file, or null for a file outside the workspace. */
	public IFile workspaceFile() {
		return file;
	}

	/** The path the user knows the file by: workspace path, or file system path. */
	public String location() {
		return file != null ? file.getFullPath().toString() : Path.of(uri).toString();
	}

	public String name() {
		return name;
	}

	public AttributionMatrix read(ReadOptions options) throws IOException, AttributionFormatException, CoreException {
		Path local = localFile();
		if (local != null) {
			// from the file itself rather than a stream: a special file (a FIFO put in its place) is
			// refused before anything opens it, where opening a stream on it would block
			return AttributionReaders.read(local, name, options);
		}
		try (InputStream in = open()) {
			return AttributionReaders.read(in, name, options);
		}
	}

	/** The file in the local file system; null for one in another file system (EFS). */
	private Path localFile() {
		if (file != null) {
			IPath location = file.getLocation();
			return location != null ? location.toPath() : null;
		}
		return "file".equals(uri.getScheme()) ? Path.of(uri) : null; //$NON-NLS-1$
	}

	/** The same workspace file, or the same file outside it. */
	@Override
	public boolean equals(Object other) {
		return other instanceof AttributionInput input
				&& (file != null ? file.equals(input.file) : input.file == null && uri.equals(input.uri));
	}

	@Override
	public int hashCode() {
		return file != null ? file.hashCode() : Objects.hashCode(uri);
	}

	@Override
	public String toString() {
		return location();
	}

	private InputStream open() throws IOException, CoreException {
		if (file != null) {
			// force: the file may have changed on disk before the workspace was refreshed
			return file.getContents(true);
		}
		return Files.newInputStream(Path.of(uri));
	}
}
