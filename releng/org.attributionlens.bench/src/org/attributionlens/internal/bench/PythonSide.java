package org.attributionlens.internal.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.attributionlens.internal.bench.SideProcess.Outcome;

/**
 * Runs {@code releng/org.attributionlens.bench/sides/python_side.py}, one process per measurement, each bounded by a
 * timeout; finds an interpreter with numpy (and matplotlib for drawing) and says precisely what is
 * missing otherwise. Installs nothing.
 */
final class PythonSide {

	private final String interpreter;
	private final Path script;
	private final boolean canRead;
	private final boolean canDraw;
	private final String unavailable;
	private final String drawingUnavailable;
	private final Map<String, String> versions;
	private final SideProcess process;

	private PythonSide(String interpreter, Path script, Path logDir, Map<String, String> versions, String unavailable,
			String drawingUnavailable) {
		this.interpreter = interpreter;
		this.script = script;
		this.process = logDir == null ? null
				: new SideProcess(logDir, "python", Map.of("PYTHONDONTWRITEBYTECODE", "1", "MPLBACKEND", "Agg"));
		this.versions = versions;
		this.unavailable = unavailable;
		this.drawingUnavailable = unavailable != null ? unavailable : drawingUnavailable;
		this.canRead = unavailable == null;
		this.canDraw = this.drawingUnavailable == null;
	}

	/** A Python side that is not run, and why. */
	static PythonSide skipped(String why) {
		return new PythonSide(null, null, null, Map.of(), why, why);
	}

	/**
	 * Looks for {@code explicit} if given, else {@code /usr/bin/python3} and then every
	 * {@code python3} on the PATH; takes the first with numpy and matplotlib, else the first with
	 * numpy (drawing then skipped).
	 */
	static PythonSide detect(String explicit, Path script, Path logDir) throws InterruptedException {
		if (script == null || !Files.isRegularFile(script)) {
			return skipped("releng/org.attributionlens.bench/sides/python_side.py not found" + (script == null ? "" : " at " + script)
					+ ": Python side skipped");
		}
		List<String> candidates = new ArrayList<>();
		if (explicit != null) {
			candidates.add(explicit);
		} else {
			candidates.add("/usr/bin/python3");
			String path = System.getenv("PATH");
			if (path != null) {
				for (String dir : path.split(File.pathSeparator)) {
					if (!dir.isEmpty()) {
						candidates.add(Path.of(dir, "python3").toString());
					}
				}
			}
		}
		PythonSide withNumpy = null;
		String firstFound = null;
		for (String candidate : candidates.stream().distinct().toList()) {
			if (explicit == null && !Files.isExecutable(Path.of(candidate))) {
				continue;
			}
			PythonSide probe = new PythonSide(candidate, script, logDir, Map.of(), null, null);
			Outcome outcome = probe.run(60, "probe");
			if (!outcome.ok()) {
				continue;
			}
			firstFound = firstFound == null ? candidate : firstFound;
			Map<String, String> versions = outcome.values();
			if ("missing".equals(versions.get("numpy"))) {
				continue;
			}
			if (!"missing".equals(versions.get("matplotlib"))) {
				return new PythonSide(candidate, script, logDir, versions, null, null);
			}
			if (withNumpy == null) {
				withNumpy = new PythonSide(candidate, script, logDir, versions, null,
						"python3-matplotlib (Debian package) not found for " + candidate
								+ ": Python drawing skipped");
			}
		}
		if (withNumpy != null) {
			return withNumpy;
		}
		if (firstFound != null) {
			return skipped("python3-numpy (Debian package) not found for " + firstFound + ": Python side skipped");
		}
		return skipped((explicit != null ? explicit + " does not run" : "python3 not found (/usr/bin/python3, PATH)")
				+ ": Python side skipped");
	}

	boolean canRead() {
		return canRead;
	}

	boolean canDraw() {
		return canDraw;
	}

	/** Why nothing is run; null when reading is. */
	String unavailable() {
		return unavailable;
	}

	/** Why drawing is not run; null when it is. */
	String drawingUnavailable() {
		return drawingUnavailable;
	}

	String interpreter() {
		return interpreter;
	}

	/** "Python 3.11.2, numpy 1.24.2, matplotlib 3.6.3 (/usr/bin/python3)", or why it is not run. */
	String describe() {
		if (interpreter == null) {
			return unavailable;
		}
		StringBuilder text = new StringBuilder("Python ").append(versions.getOrDefault("python", "?"));
		for (String module : List.of("numpy", "matplotlib", "pandas")) {
			text.append(", ").append(module).append(' ').append(versions.getOrDefault(module, "?"));
		}
		return text.append(" (").append(interpreter).append(')').toString();
	}

	/** Runs the script with these arguments; kills it (and what it started) after the timeout. */
	Outcome run(long timeoutSeconds, String... arguments) throws InterruptedException {
		List<String> command = new ArrayList<>(List.of(interpreter, script.toString()));
		command.addAll(Arrays.asList(arguments));
		return process.run(command, timeoutSeconds);
	}

	/**
	 * Median wall time in ms of {@code runs} runs of {@code python3 -c code} (interpreter start,
	 * imports, exit), or null when it fails.
	 */
	Double startupMillis(String code, int runs) throws InterruptedException {
		double[] times = new double[runs];
		for (int i = 0; i < runs; i++) {
			Outcome outcome = process.run(List.of(interpreter, "-c", code), 120);
			if (!outcome.ok()) {
				return null;
			}
			times[i] = outcome.wallMillis();
		}
		Arrays.sort(times);
		return times[runs / 2];
	}
}
