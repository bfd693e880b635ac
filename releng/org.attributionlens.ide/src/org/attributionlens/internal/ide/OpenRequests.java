package org.attributionlens.internal.ide;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;

/**
 * Files that a second {@code ./attributionlens ide FILE} asks the IDE already running on the same
 * workspace to open. The launcher writes their paths, one per line, into a {@code *.request} file
 * in {@link #DIRECTORY} of this bundle's state location, renaming it into place so that it is
 * never read half written. The IDE reads the request, deletes it and opens the files; the
 * launcher takes the deletion as the answer.
 * <p>
 * A directory rather than a socket: nothing listens on the network, and only someone who may
 * write into the workspace can ask. Only IDEs that the launcher started watch it
 * ({@link LaunchRequests}).
 */
public final class OpenRequests implements AutoCloseable {
	/** The directory's name in the bundle's state location; the launcher uses the same. */
	public static final String DIRECTORY = "open-requests"; //$NON-NLS-1$
	static final String SUFFIX = ".request"; //$NON-NLS-1$

	private static final ILog LOG = ILog.of(OpenRequests.class);

	private final Path directory;
	private final Consumer<List<Path>> opener;
	private final WatchService watcher;
	private final Thread thread;

	private OpenRequests(Path directory, Consumer<List<Path>> opener, WatchService watcher) {
		this.directory = directory;
		this.opener = opener;
		this.watcher = watcher;
		this.thread = new Thread(this::run, "Attribution Lens: open requests"); //$NON-NLS-1$
		thread.setDaemon(true);
	}

	/**
	 * Creates the directory if needed, takes the requests already in it and watches it for more.
	 *
	 * @param opener gets the files of each request, on the watching thread
	 */
	public static OpenRequests watch(Path directory, Consumer<List<Path>> opener) throws IOException {
		Files.createDirectories(directory);
		WatchService watcher = directory.getFileSystem().newWatchService();
		try {
			directory.register(watcher, ENTRY_CREATE);
		} catch (IOException e) {
			watcher.close();
			throw e;
		}
		OpenRequests requests = new OpenRequests(directory, opener, watcher);
		// after registering: a request written meanwhile is then seen by one or the other
		requests.takeAll();
		requests.thread.start();
		return requests;
	}

	/** Stops watching; requests that arrive later stay for the next IDE on this workspace. */
	@Override
	public void close() {
		try {
			watcher.close();
			thread.join();
		} catch (IOException e) {
			LOG.error("Cannot stop watching " + directory, e); //$NON-NLS-1$
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void run() {
		try {
			while (true) {
				WatchKey key = watcher.take();
				// an event only says that something arrived: the directory says what
				key.pollEvents();
				takeAll();
				if (!key.reset()) {
					return;
				}
			}
		} catch (InterruptedException | ClosedWatchServiceException e) {
			// closed
		}
	}

	/** Hands on the files of every request in the directory, oldest first, and deletes the requests. */
	private void takeAll() {
		List<Path> requests;
		try (Stream<Path> files = Files.list(directory)) {
			requests = files.filter(file -> file.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
		} catch (IOException e) {
			LOG.error("Cannot read the open requests in " + directory, e); //$NON-NLS-1$
			return;
		}
		for (Path request : requests) {
			List<Path> files = take(request);
			if (!files.isEmpty()) {
				opener.accept(files);
			}
		}
	}

	/** The files a request names; the request is deleted, read or not, so that it is not retried forever. */
	private static List<Path> take(Path request) {
		List<Path> files = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(request, StandardCharsets.UTF_8)) {
				if (!line.isBlank()) {
					files.add(Path.of(line.strip()));
				}
			}
		} catch (IOException | InvalidPathException e) {
			LOG.error("Cannot read the open request " + request, e); //$NON-NLS-1$
		}
		try {
			Files.deleteIfExists(request);
		} catch (IOException e) {
			LOG.error("Cannot delete the open request " + request, e); //$NON-NLS-1$
		}
		return files;
	}
}
