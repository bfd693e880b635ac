package org.attributionlens.internal.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.attributionlens.internal.bench.SideProcess.Outcome;

/**
 * The C++ reference: {@code releng/org.attributionlens.bench/sides/simdjson_side.cpp}, simdjson's DOM parser reading a native
 * file into floats on one core, compiled into the benchmark's output folder when a C++ compiler and
 * simdjson are installed (Debian packages {@code g++}, {@code libsimdjson-dev}); says precisely what
 * is missing otherwise. Installs nothing. Nobody reads attributions this way today: it shows how fast
 * a SIMD parser reads the same file on this machine, a yardstick beside the raw read.
 */
final class SimdjsonSide {

	/** The compilers looked for on the PATH, in this order. */
	static final List<String> COMPILERS = List.of("c++", "g++", "clang++");
	private static final String HEADER = "simdjson.h";

	private final Path binary;
	private final String unavailable;
	private final SideProcess process;

	private SimdjsonSide(Path binary, String unavailable, Path logDir) {
		this.binary = binary;
		this.unavailable = unavailable;
		this.process = logDir == null ? null : new SideProcess(logDir, "simdjson", Map.of());
	}

	/** A reference that is not run, and why. */
	static SimdjsonSide skipped(String why) {
		return new SimdjsonSide(null, why, null);
	}

	/**
	 * Compiles {@code source} into {@code dir} unless the program there is newer, with the first of
	 * {@code compilers} found on the {@code path}.
	 *
	 * @param path the directories to look for the compilers in ({@code PATH})
	 */
	static SimdjsonSide prepare(Path source, Path dir, List<String> compilers, String path)
			throws InterruptedException {
		String skipped = ": C++ reference (simdjson) skipped";
		if (source == null || !Files.isRegularFile(source)) {
			return skipped("releng/org.attributionlens.bench/sides/simdjson_side.cpp not found" + (source == null ? "" : " at " + source) + skipped);
		}
		Path compiler = find(compilers, path);
		if (compiler == null) {
			return skipped("g++ (Debian package) not found on the PATH" + skipped);
		}
		Path logs = dir.resolve("logs");
		Path binary = dir.resolve("simdjson_side");
		try {
			if (Files.isExecutable(binary)
					&& Files.getLastModifiedTime(binary).compareTo(Files.getLastModifiedTime(source)) > 0) {
				return new SimdjsonSide(binary, null, logs);
			}
		} catch (IOException e) {
			// compiled again below
		}
		Outcome compiled = new SideProcess(logs, "simdjson-compile", Map.of()).run(List.of(compiler.toString(), "-O3",
				"-std=c++17", source.toString(), "-lsimdjson", "-o", binary.toString()), 600);
		if (compiled.ok()) {
			return new SimdjsonSide(binary, null, logs);
		}
		if (!headerInstalled()) {
			return skipped("libsimdjson-dev (Debian package) not found: no " + HEADER + skipped);
		}
		return skipped("compiling " + source.getFileName() + " with " + compiler + " " + compiled.message() + skipped);
	}

	private static Path find(List<String> compilers, String path) {
		if (path == null) {
			return null;
		}
		for (String name : compilers) {
			for (String dir : path.split(File.pathSeparator)) {
				Path candidate = dir.isEmpty() ? null : Path.of(dir, name);
				if (candidate != null && Files.isExecutable(candidate)) {
					return candidate;
				}
			}
		}
		return null;
	}

	private static boolean headerInstalled() {
		return Files.isRegularFile(Path.of("/usr/include", HEADER))
				|| Files.isRegularFile(Path.of("/usr/local/include", HEADER));
	}

	boolean available() {
		return unavailable == null;
	}

	/** Why it is not run; null when it is. */
	String unavailable() {
		return unavailable;
	}

	/**
	 * Reads the native file: {@code warmups} runs and at least {@code warmupMillis} of them, then
	 * the median of {@code runs}. The values include {@code simdjson} (its version) and
	 * {@code implementation} (the kernels it chose for this CPU).
	 */
	Outcome read(Path file, int warmups, long warmupMillis, int runs, long timeoutSeconds)
			throws InterruptedException {
		List<String> command = new ArrayList<>(List.of(binary.toString(), file.toString(), "--warmups",
				Integer.toString(warmups), "--min-ms", Long.toString(warmupMillis), "--runs", Integer.toString(runs)));
		return process.run(command, timeoutSeconds);
	}
}
