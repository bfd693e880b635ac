package org.attributionlens.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.InertText;
import org.attributionlens.render.HeatmapFigure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The hostile corpus of issue 14 ({@code hostile/make_hostile.py}, generated here into a temporary
 * folder) through the real command line, each case in its own JVM with a 256 MB heap, as the
 * launcher runs it: the exit code, one located error line, nothing raw for a terminal on stdout or
 * stderr, a small stderr, no stack trace, no hang, and every file of the corpus as it was (type,
 * content, permissions) apart from the output a case is meant to create. The largest resident set
 * and the longest time of any case are printed.
 */
class HostileCorpusTest {

	/** The child's heap: small, so that a reader that allocates in proportion to the file fails here. */
	private static final String HEAP = "-Xmx256m";
	/** Far beyond any case's time (the slowest decompresses 700 MB); a case that takes longer hangs. */
	private static final long TIMEOUT_SECONDS = 120;
	private static final int MAX_STDERR = 16 * 1024;
	private static final int MAX_STDOUT = 1 << 20;
	/** The child's resident set: its heap of 256 MB and the JVM's own memory, with room to spare. */
	private static final long MAX_RSS_KIB = 512 * 1024;

	@TempDir
	static Path corpus;

	private static String classPath;
	private static long largestRssKiB;
	private static String largestRssCase = "";
	private static long longestMillis;
	private static String longestCase = "";
	private static final Map<String, Integer> perClass = new TreeMap<>();

	@BeforeAll
	static void generate() throws Exception {
		Path script = findUp("tests/org.attributionlens.cli.tests/hostile/make_hostile.py");
		Path fixtures = findUp("tests/org.attributionlens.model.tests/fixtures/inseq");
		Process process = new ProcessBuilder("python3", script.toString(), corpus.toString(), fixtures.toString())
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the generator hung");
		assertEquals(0, process.exitValue(), "make_hostile.py failed: " + output);
		classPath = childClassPath();
	}

	@AfterAll
	static void report() {
		System.out.printf(Locale.ROOT, "hostile corpus: %s cases by class %s%n",
				perClass.values().stream().mapToInt(Integer::intValue).sum(), perClass);
		System.out.printf(Locale.ROOT, "hostile corpus: largest RSS %d MiB (%s), longest time %.1f s (%s)%n",
				largestRssKiB / 1024, largestRssCase, longestMillis / 1000.0, longestCase);
	}

	@TestFactory
	Stream<DynamicTest> everyCase() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		tests.add(DynamicTest.dynamicTest("the child JVM runs the tool", () -> {
			Outcome help = run(List.of("--help"));
			assertEquals(0, help.exitCode(), help.stderr());
			assertTrue(help.stdout().contains("usage"), help.stdout());
		}));
		for (Case c : cases()) {
			perClass.merge(c.cls(), 1, Integer::sum);
			tests.add(DynamicTest.dynamicTest(c.cls() + ": " + c.name(), () -> check(c)));
		}
		assertTrue(tests.size() > 80, "the corpus has " + (tests.size() - 1) + " cases");
		return tests.stream();
	}

	private record Case(String name, String cls, List<String> args, int exit, boolean located,
			List<String> contains, String creates, List<String> stdoutHas) {
	}

	private record Outcome(int exitCode, String stdout, String stderr, long stdoutBytes, long stderrBytes,
			long millis, long rssKiB) {
	}

	private static void check(Case c) throws Exception {
		Map<String, String> before = snapshot();
		Outcome outcome = run(c.args());
		if (outcome.rssKiB() > largestRssKiB) {
			largestRssKiB = outcome.rssKiB();
			largestRssCase = c.name();
		}
		if (outcome.millis() > longestMillis) {
			longestMillis = outcome.millis();
			longestCase = c.name();
		}
		String what = c.name() + "\nstderr: " + outcome.stderr();
		assertTrue(outcome.rssKiB() <= MAX_RSS_KIB, "resident set of " + outcome.rssKiB() / 1024 + " MiB: " + what);
		assertTrue(outcome.stderrBytes() <= MAX_STDERR, "stderr of " + outcome.stderrBytes() + " bytes: " + what);
		assertTrue(outcome.stdoutBytes() <= MAX_STDOUT, "stdout of " + outcome.stdoutBytes() + " bytes: " + what);
		assertInert(outcome.stdout(), "stdout", c);
		assertInert(outcome.stderr(), "stderr", c);
		assertFalse(outcome.stderr().contains("\tat ") || outcome.stderr().contains("Exception in thread"),
				"a stack trace: " + what);
		assertFalse(outcome.stderr().contains("internal error"), what);
		assertEquals(c.exit(), outcome.exitCode(), what);
		List<String> lines = outcome.stderr().lines().toList();
		if (c.exit() == Main.FILE_ERROR) {
			assertEquals(1, lines.size(), "one error, one line: " + what);
		}
		if (c.exit() != Main.OK) {
			String first = lines.isEmpty() ? "" : lines.get(0);
			if (c.located()) {
				assertTrue(first.matches("(?s).+:[0-9]+:[0-9]+: .+"), "not located: " + what);
			}
			for (String word : c.contains()) {
				assertTrue(first.contains(word), "\"" + word + "\" missing: " + what);
			}
		} else {
			assertEquals("", outcome.stderr(), what);
		}
		for (String text : c.stdoutHas()) {
			assertTrue(outcome.stdout().contains(text), "\"" + text + "\" not in stdout of " + c.name());
		}
		Map<String, String> after = snapshot();
		if (c.creates() != null) {
			String created = after.remove(c.creates());
			before.remove(c.creates());
			assertTrue(created != null && created.startsWith("regular"), c.creates() + " not written: " + created);
			assertNormalPermissions(c);
		}
		assertEquals(before, after, "files changed by " + c.name());
	}

	/** A written file has the permissions a new file gets (or the replaced one had), never 0600. */
	private static void assertNormalPermissions(Case c) throws IOException {
		Path file = corpus.resolve(c.creates());
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
		if (c.name().contains("keeping its permissions")) {
			assertEquals("rw-r-----", PosixFilePermissions.toString(permissions), c.name());
		} else {
			assertTrue(permissions.contains(PosixFilePermission.GROUP_READ)
					|| permissions.contains(PosixFilePermission.OTHERS_READ),
					"only the owner may read " + c.creates() + ": " + PosixFilePermissions.toString(permissions));
		}
		Files.delete(file);
	}

	private static void assertInert(String printed, String stream, Case c) {
		for (int i = 0; i < printed.length(); i++) {
			char ch = printed.charAt(i);
			if (ch != '\n' && !Character.isSurrogate(ch) && InertText.needsEscape(ch)) {
				fail(String.format(Locale.ROOT, "raw U+%04X on %s of %s: %s", (int) ch, stream, c.name(),
						InertText.escape(printed.length() > 2000 ? printed.substring(0, 2000) : printed)));
			}
		}
	}

	/** Every entry of the corpus folder: its type, permissions and, for a regular file, a digest. */
	private static Map<String, String> snapshot() throws IOException, NoSuchAlgorithmException {
		Map<String, String> entries = new TreeMap<>();
		try (Stream<Path> all = Files.walk(corpus)) {
			for (Path entry : (Iterable<Path>) all::iterator) {
				String name = corpus.relativize(entry).toString();
				if (name.isEmpty() || name.equals("out") || name.startsWith("out" + File.separator)) {
					continue;
				}
				String description;
				if (Files.isSymbolicLink(entry)) {
					description = "link to " + Files.readSymbolicLink(entry);
				} else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
					description = "regular " + PosixFilePermissions.toString(Files.getPosixFilePermissions(entry))
							+ " " + digest(entry);
				} else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
					description = "directory";
				} else {
					description = "special " + Files.getAttribute(entry, "unix:mode", LinkOption.NOFOLLOW_LINKS);
				}
				entries.put(name, description);
			}
		}
		return entries;
	}

	private static String digest(Path file) throws IOException, NoSuchAlgorithmException {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		try (var in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			int read;
			while ((read = in.read(buffer)) > 0) {
				sha.update(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	/**
	 * Runs the tool in a new JVM in the corpus folder; stdout and stderr go to files (a flood of
	 * output must not fill this JVM). The resident set is sampled while it runs: VmHWM is the peak
	 * so far, so the last sample is the closest to the true peak.
	 */
	private static Outcome run(List<String> args) throws IOException, InterruptedException {
		Path out = Files.createTempFile("hostile", ".out");
		Path err = Files.createTempFile("hostile", ".err");
		try {
			List<String> command = new ArrayList<>(List.of(javaExecutable(), HEAP, "-XX:+UseSerialGC",
					"-Djava.awt.headless=true", "-cp", classPath, Main.class.getName()));
			command.addAll(args);
			long start = System.nanoTime();
			Process process = new ProcessBuilder(command).directory(corpus.toFile())
					.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			long rss = 0;
			long deadline = start + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
			while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
				rss = Math.max(rss, peakRssKiB(process.pid()));
				if (System.nanoTime() > deadline) {
					process.destroyForcibly().waitFor();
					fail("no result after " + TIMEOUT_SECONDS + " s (killed): " + args);
				}
			}
			long millis = (System.nanoTime() - start) / 1_000_000;
			return new Outcome(process.exitValue(), head(out, MAX_STDOUT), head(err, MAX_STDERR), Files.size(out),
					Files.size(err), millis, rss);
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	private static long peakRssKiB(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		} catch (IOException | RuntimeException e) {
			// the process has just ended, or there is no /proc: no sample
		}
		return 0;
	}

	private static String head(Path file, int bytes) throws IOException {
		try (var in = Files.newInputStream(file)) {
			return new String(in.readNBytes(bytes), StandardCharsets.UTF_8);
		}
	}

	private static List<Case> cases() throws IOException {
		List<Case> cases = new ArrayList<>();
		try (JsonParser json = new JsonFactory().createParser(corpus.resolve("cases.json").toFile())) {
			if (json.nextToken() != JsonToken.START_ARRAY) {
				throw new IOException("cases.json is not a list");
			}
			while (json.nextToken() == JsonToken.START_OBJECT) {
				String name = null;
				String cls = null;
				String creates = null;
				List<String> args = List.of();
				List<String> contains = List.of();
				List<String> stdoutHas = List.of();
				int exit = -1;
				boolean located = false;
				while (json.nextToken() == JsonToken.FIELD_NAME) {
					String key = json.currentName();
					JsonToken value = json.nextToken();
					switch (key) {
					case "name" -> name = json.getText();
					case "class" -> cls = json.getText();
					case "creates" -> creates = value == JsonToken.VALUE_NULL ? null : json.getText();
					case "exit" -> exit = json.getIntValue();
					case "located" -> located = json.getBooleanValue();
					case "args" -> args = strings(json);
					case "contains" -> contains = strings(json);
					case "stdoutHas" -> stdoutHas = strings(json);
					default -> json.skipChildren();
					}
				}
				cases.add(new Case(name, cls, args, exit, located, contains, creates, stdoutHas));
			}
		}
		return cases;
	}

	private static List<String> strings(JsonParser json) throws IOException {
		List<String> values = new ArrayList<>();
		while (json.nextToken() == JsonToken.VALUE_STRING) {
			values.add(json.getText());
		}
		return values;
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * The tool's class path as the launcher builds it: our three bundles and the four libraries. In
	 * the test runtime each class's code source is its bundle: a jar, or a project folder whose
	 * classes are in target/classes.
	 */
	private static String childClassPath() throws URISyntaxException, ClassNotFoundException {
		Set<String> entries = new LinkedHashSet<>();
		// Commons CSV is the model's import, not this bundle's: found through the model's loader
		Class<?> csv = AttributionMatrix.class.getClassLoader().loadClass("org.apache.commons.csv.CSVFormat");
		// and Commons IO is Commons CSV's
		Class<?> io = csv.getClassLoader().loadClass("org.apache.commons.io.output.AppendableOutputStream");
		Class<?> codec = csv.getClassLoader().loadClass("org.apache.commons.codec.binary.Base64OutputStream");
		for (Class<?> type : List.of(Main.class, AttributionMatrix.class, HeatmapFigure.class, JsonFactory.class, csv,
				io, codec)) {
			Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
			if (Files.isDirectory(location) && Files.isDirectory(location.resolve("target/classes"))) {
				location = location.resolve("target/classes");
			}
			entries.add(location.toString());
		}
		return String.join(File.pathSeparator, entries);
	}

	private static Path findUp(String relative) {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.exists(dir.resolve(relative))) {
				return dir.resolve(relative);
			}
		}
		throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
	}
}
