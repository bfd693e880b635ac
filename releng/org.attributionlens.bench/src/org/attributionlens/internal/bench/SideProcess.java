package org.attributionlens.internal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program of the other side of the benchmark (Python, C++) as a child process bounded by a
 * timeout, its output and errors logged to files, and reads the one line
 * {@code result key=value ...} it prints.
 */
final class SideProcess {

	/** What one run gave. */
	record Outcome(Status status, Map<String, String> values, String message, double wallMillis) {
		boolean ok() {
			return status == Status.OK;
		}

		double medianMillis() {
			return Double.parseDouble(values.get("median_ms"));
		}
	}

	enum Status {
		OK, TIMEOUT, FAILED
	}

	private final Path logDir;
	private final String logPrefix;
	private final Map<String, String> environment;
	private int logCounter;

	/**
	 * @param logPrefix   names the log files: {@code PREFIX-001.out}, {@code PREFIX-001.err}, ...
	 * @param environment set for every child
	 */
	SideProcess(Path logDir, String logPrefix, Map<String, String> environment) {
		this.logDir = logDir;
		this.logPrefix = logPrefix;
		this.environment = Map.copyOf(environment);
	}

	/** Runs the command; kills it (and what it started) after the timeout. */
	Outcome run(List<String> command, long timeoutSeconds) throws InterruptedException {
		Path out;
		Path err;
		try {
			Files.createDirectories(logDir);
			int id = ++logCounter;
			out = logDir.resolve(String.format(Locale.ROOT, "%s-%03d.out", logPrefix, id));
			err = logDir.resolve(String.format(Locale.ROOT, "%s-%03d.err", logPrefix, id));
		} catch (IOException e) {
			return new Outcome(Status.FAILED, Map.of(), "cannot write logs to " + logDir + ": " + e.getMessage(), 0);
		}
		long start = System.nanoTime();
		Process process;
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
					.redirectError(err.toFile());
			builder.environment().putAll(environment);
			process = builder.start();
		} catch (IOException e) {
			return new Outcome(Status.FAILED, Map.of(), e.getMessage(), 0);
		}
		boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
		double wall = (System.nanoTime() - start) / 1e6;
		if (!finished) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
			return new Outcome(Status.TIMEOUT, Map.of(), "did not finish in " + timeoutSeconds + " s", wall);
		}
		if (process.exitValue() != 0) {
			String stderr = read(err).strip();
			String last = stderr.isEmpty() ? "exit code " + process.exitValue()
					: stderr.substring(stderr.lastIndexOf('\n') + 1);
			return new Outcome(Status.FAILED, Map.of(), "failed: " + last + " (" + err + ")", wall);
		}
		return new Outcome(Status.OK, results(read(out)), null, wall);
	}

	/** The pairs of the {@code result} lines of a child's output. */
	static Map<String, String> results(String output) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String line : output.split("\n")) {
			if (line.startsWith("result ")) {
				for (String pair : line.substring("result ".length()).strip().split(" ")) {
					int equals = pair.indexOf('=');
					if (equals > 0) {
						values.put(pair.substring(0, equals), pair.substring(equals + 1));
					}
				}
			}
		}
		return values;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "";
		}
	}
}
