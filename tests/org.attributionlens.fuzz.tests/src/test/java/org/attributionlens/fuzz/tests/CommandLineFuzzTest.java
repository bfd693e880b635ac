package org.attributionlens.fuzz.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.attributionlens.internal.cli.Main;
import org.attributionlens.model.InertText;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The command line's argument parsing: any sequence of commands, options (known and unknown, with
 * or without "=") and values ends in exit code 0, 1 or 2, with nothing raw for a terminal on
 * stdout or stderr, a bounded stderr, one line for a file error and a first line that says what
 * is wrong for a usage error, never an internal error. The input is always one of two small files
 * in a folder of this run (a fuzzed path could name a pipe or a device, which must not be read
 * here), and -o always names a file in that folder, which is emptied after each run.
 */
class CommandLineFuzzTest {

	private static final String[] COMMANDS = { "summary", "validate", "render", "convert", "help", "--help", "",
			"summ\u001bary" };
	private static final String[] OPTIONS = { "--json", "--scale", "--decimals", "--colormap", "--transpose",
			"--sequence", "--max-cells", "--max-decompressed-size", "--max-token-length", "--max-nesting-depth",
			"--max-string-length", "--bogus", "-", "--" };
	private static final String[] VALUES = { "0", "1", "2", "-1", "0.1", "16", "1e-300", "NaN", "Infinity", "4G",
			"9999999999999999999", "RdYlGn", "", " ", "\u0663", "1_000", "2,5" };
	private static final Path DIR = folder();
	private static final Set<String> INPUTS = Set.of("in.attr.json", "in.csv");

	@FuzzTest(maxDuration = "10s")
	void fuzz(FuzzedDataProvider data) throws IOException {
		List<String> args = new ArrayList<>();
		args.add(data.pickValue(COMMANDS));
		int count = data.consumeInt(0, 8);
		for (int i = 0; i < count; i++) {
			switch (data.consumeInt(0, 4)) {
			case 0 -> args.add(DIR.resolve(data.pickValue(INPUTS)).toString());
			case 1 -> args.add(data.pickValue(OPTIONS));
			case 2 -> args.add(data.consumeBoolean() ? data.pickValue(VALUES) : data.consumeString(24));
			case 3 -> args.add(data.pickValue(OPTIONS) + "=" + data.consumeString(24));
			default -> {
				args.add("-o");
				args.add(DIR.resolve("out-" + data.consumeString(12).replaceAll("[/\\\\\\x00]|\\.\\.", "_")
						+ (data.consumeBoolean() ? ".svg" : data.consumeBoolean() ? ".png" : ".attr.json")).toString());
			}
			}
		}
		// only the -o made above may name an output: a fuzzed "-o" or "--output=..." could name any path
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			boolean madeHere = arg.equals("-o") && i + 1 < args.size()
					&& args.get(i + 1).startsWith(DIR.resolve("out-").toString());
			if (arg.equals("-o") && !madeHere || arg.equals("--output") || arg.startsWith("--output=")) {
				args.set(i, "--bogus");
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code;
		try {
			code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8));
		} finally {
			clean();
		}
		String stdout = out.toString(StandardCharsets.UTF_8);
		String stderr = err.toString(StandardCharsets.UTF_8);
		String what = args + " -> " + code + ": " + InertText.escape(stderr);
		if (code < 0 || code > 2) {
			throw new AssertionError("exit code " + what);
		}
		if (stderr.length() > 16 * 1024) {
			throw new AssertionError("stderr of " + stderr.length() + " chars: " + args);
		}
		// the message of a bug; unless the arguments, which messages echo, say so themselves
		if (stderr.contains("internal error") && args.stream().noneMatch(arg -> arg.contains("internal error"))) {
			throw new AssertionError(what);
		}
		List<String> lines = stderr.lines().toList();
		if (code == 1 && lines.size() != 1) {
			throw new AssertionError("a file error in " + lines.size() + " lines: " + what);
		}
		if (code == 2 && (lines.isEmpty() || lines.get(0).isBlank())) {
			throw new AssertionError("a usage error without a reason: " + what);
		}
		assertInert(stdout, what);
		assertInert(stderr, what);
	}

	private static void assertInert(String printed, String what) {
		for (int i = 0; i < printed.length(); i++) {
			char c = printed.charAt(i);
			if (c != '\n' && !Character.isSurrogate(c) && InertText.needsEscape(c)) {
				throw new AssertionError(String.format("raw U+%04X printed: %s", (int) c, what));
			}
		}
	}

	/** Removes everything but the two inputs; the inputs themselves must be unchanged. */
	private static void clean() throws IOException {
		try (Stream<Path> files = Files.list(DIR)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (!INPUTS.contains(file.getFileName().toString())) {
					Files.delete(file);
				}
			}
		}
		if (!Files.readString(DIR.resolve("in.csv")).equals(CSV)) {
			throw new AssertionError("the input in.csv was changed");
		}
		if (!Files.readString(DIR.resolve("in.attr.json")).equals(NATIVE)) {
			throw new AssertionError("the input in.attr.json was changed");
		}
	}

	private static final String NATIVE = "{\"input_tokens\": [\"=a\", \"\\u001b[2J\"], \"output_tokens\": [\"o\"],"
			+ " \"token_attr\": [[0.5, -0.25]], \"meta\": {\"t\": \"\\u202e\"}}";
	private static final String CSV = ",o\n\u2581a,0.5\n-b,0.25\n";

	private static Path folder() {
		try {
			Path dir = Files.createTempDirectory("command-line-fuzz");
			Files.writeString(dir.resolve("in.attr.json"), NATIVE);
			Files.writeString(dir.resolve("in.csv"), CSV);
			dir.toFile().deleteOnExit();
			return dir;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
