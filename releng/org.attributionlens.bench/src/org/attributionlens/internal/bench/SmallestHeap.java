package org.attributionlens.internal.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import org.attributionlens.model.io.AttributionReaders;

/**
 * The smallest maximum heap ({@code -Xmx}, whole megabytes) with which a new JVM reads a file:
 * found by bisection, one JVM per try. Unlike the heap pools' peaks, which count garbage the
 * collector had no reason to collect yet, this is what the reader really needs at its peak,
 * plus what an otherwise idle JVM holds on its heap: an upper bound on the reader's own need.
 */
final class SmallestHeap {

	static final String FORK_OPTION = "--fork-load";
	/** Exit code of a try that ran out of heap. */
	private static final int OUT_OF_MEMORY = 3;
	private static final long MEGABYTE = 1 << 20;
	/** Below this the matrix alone (4 bytes per cell) does not fit. */
	private static final int MATRIX_BYTES_PER_CELL = 4;
	/** The first upper bound: far above any reader's need, so that it is only a check. */
	private static final int GENEROUS_BYTES_PER_CELL = 16;

	private SmallestHeap() {
	}

	/** @return the megabytes, or empty when not even the generous bound reads the file */
	static OptionalLong megabytes(String java, String classPath, Path file, long cells)
			throws IOException, InterruptedException {
		return bisect(java, classPath, file, Math.max(1, cells * MATRIX_BYTES_PER_CELL / MEGABYTE),
				cells * GENEROUS_BYTES_PER_CELL / MEGABYTE + 64);
	}

	/**
	 * The heap an otherwise idle JVM needs to read a tiny file: its classes' static data, the
	 * parser's buffers. Subtracted from {@link #megabytes}, what is left is the matrix's own need.
	 */
	static OptionalLong baseline(String java, String classPath, Path tinyFile) throws IOException, InterruptedException {
		return bisect(java, classPath, tinyFile, 1, 64);
	}

	private static OptionalLong bisect(String java, String classPath, Path file, long lowest, long highest)
			throws IOException, InterruptedException {
		long low = lowest;
		long high = highest;
		if (!reads(java, classPath, file, high)) {
			return OptionalLong.empty();
		}
		// invariant: high reads it, low - 1 does not (or is below the matrix)
		while (high - low > Math.max(1, high / 50)) {
			long middle = (low + high) / 2;
			if (reads(java, classPath, file, middle)) {
				high = middle;
			} else {
				low = middle + 1;
			}
		}
		return OptionalLong.of(high);
	}

	private static boolean reads(String java, String classPath, Path file, long megabytes)
			throws IOException, InterruptedException {
		List<String> command = List.of(java, "-Xmx" + megabytes + "m", "-Djava.awt.headless=true", "-cp", classPath,
				Benchmark.class.getName(), FORK_OPTION, file.toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IOException("reading " + file + " with -Xmx" + megabytes + "m did not end within 10 minutes");
		}
		// besides running out of heap (exit code 3), a JVM may not even start with a tiny heap;
		// a file that cannot be read at all fails at the generous bound, which is checked first
		return process.exitValue() == 0;
	}

	/** Entry point of a try: {@code --fork-load FILE}; exit code 0 when read, 3 when out of heap. */
	static int forkLoad(String[] args, PrintStream out) {
		try {
			AttributionReaders.read(Path.of(args[1]));
			return 0;
		} catch (OutOfMemoryError e) {
			return OUT_OF_MEMORY;
		} catch (Exception e) {
			out.println("fork-load failed: " + e);
			return 1;
		}
	}
}
