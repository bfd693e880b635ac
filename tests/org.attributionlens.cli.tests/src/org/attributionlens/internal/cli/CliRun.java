package org.attributionlens.internal.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One run of the tool with captured output, and where the repository's samples are. */
record CliRun(int exitCode, String out, String err) {

	static CliRun of(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/**
	 * A file under samples/. Tycho runs tests in this fragment's directory, other launchers often at
	 * the repository root, so the root is found by walking up.
	 */
	static String sample(String name) {
		return repositoryFile("samples/" + name).toString();
	}

	/** A file of the repository, by its path from the root. */
	static Path repositoryFile(String relativePath) {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve(relativePath);
			if (Files.isRegularFile(candidate) && Files.isDirectory(dir.resolve("samples"))) {
				return candidate;
			}
		}
		throw new IllegalStateException(relativePath + " not found above " + Path.of("").toAbsolutePath());
	}
}
