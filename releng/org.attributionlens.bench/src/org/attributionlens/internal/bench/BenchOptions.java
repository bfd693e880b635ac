package org.attributionlens.internal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options of {@code ./attributionlens bench}; see {@link #USAGE}. */
record BenchOptions(List<Size> sizes, boolean quick, long pythonTimeoutSeconds, long pythonDrawMaxCells,
		String python, boolean noPython, Path out, Path pythonScript, Path simdjsonSource, boolean noSimdjson, int forks,
		Integer runs, boolean regenerate, boolean help) {

	static final List<Size> DEFAULT_SIZES = List.of(new Size(13, 5), new Size(512, 128), new Size(2048, 512),
			new Size(4096, 4096));
	static final long DEFAULT_DRAW_MAX_CELLS = 2048L * 512;
	static final String SCRIPT = "releng/org.attributionlens.bench/sides/python_side.py";
	static final String SIMDJSON_SOURCE = "releng/org.attributionlens.bench/sides/simdjson_side.cpp";

	static final String USAGE = """
			Usage: ./attributionlens bench [options]
			Generates deterministic native, CSV and Inseq files, times our readers, summary and render
			against json.load + numpy and a matplotlib re-implementation of Captum's plot_token_attr,
			prints one table and writes it to OUT/bench.md. Run it on a quiet machine.
			  --sizes LIST              ROWSxCOLUMNS (input x output tokens), comma-separated
			                            (default 13x5,512x128,2048x512,4096x4096)
			  --quick                   few runs, no JVM forks: a smoke test, not a measurement
			  --runs N                  timed runs per measurement (default 7, quick 3)
			  --forks N                 separate JVMs for the native reader at 1M cells and more (default 2, quick 0)
			  --out DIR                 where files, figures, logs and bench.md go (default target/bench)
			  --regenerate              write the input files even when those of an earlier run are there
			  --python PATH             the interpreter (default /usr/bin/python3, else python3 on the PATH)
			  --python-script PATH      python_side.py (default releng/org.attributionlens.bench/sides/python_side.py of the repository)
			  --python-timeout S        limit of each Python process, seconds (default 300)
			  --python-draw-max-cells N largest size drawn with matplotlib with a value in every cell
			                            (default 1048576 = 2048x512; larger sizes are reported as skipped)
			  --no-python               no Python side
			  --no-simdjson             no C++ reference (simdjson reading the native file on one core; it is
			                            compiled when g++ and libsimdjson-dev are installed)
			""";

	static BenchOptions parse(String[] args, Path root) {
		List<Size> sizes = DEFAULT_SIZES;
		boolean quick = false;
		long timeout = 300;
		long drawMax = DEFAULT_DRAW_MAX_CELLS;
		String python = null;
		boolean noPython = false;
		boolean noSimdjson = false;
		Path out = null;
		Path script = null;
		Integer forks = null;
		Integer runs = null;
		boolean regenerate = false;
		boolean help = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
			case "--sizes" -> {
				List<Size> parsed = new ArrayList<>();
				for (String part : value(args, ++i, arg).split(",")) {
					if (!part.isBlank()) {
						parsed.add(Size.parse(part));
					}
				}
				if (parsed.isEmpty()) {
					throw new IllegalArgumentException("--sizes: no size given");
				}
				sizes = List.copyOf(parsed);
			}
			case "--quick" -> quick = true;
			case "--runs" -> runs = positive(value(args, ++i, arg), arg);
			case "--forks" -> forks = nonNegative(value(args, ++i, arg), arg);
			case "--out" -> out = Path.of(value(args, ++i, arg));
			case "--regenerate" -> regenerate = true;
			case "--python" -> python = value(args, ++i, arg);
			case "--python-script" -> script = Path.of(value(args, ++i, arg));
			case "--python-timeout" -> timeout = positive(value(args, ++i, arg), arg);
			case "--python-draw-max-cells" -> drawMax = cells(value(args, ++i, arg), arg);
			case "--no-python" -> noPython = true;
			case "--no-simdjson" -> noSimdjson = true;
			case "--root" -> root = Path.of(value(args, ++i, arg));
			case "-h", "--help" -> help = true;
			default -> throw new IllegalArgumentException("unknown option " + arg);
			}
		}
		Path base = root != null ? root : findRoot();
		if (out == null) {
			out = (base != null ? base : Path.of("")).resolve("target").resolve("bench");
		}
		if (script == null && base != null) {
			script = base.resolve(SCRIPT);
		}
		Path simdjsonSource = base != null ? base.resolve(SIMDJSON_SOURCE) : null;
		return new BenchOptions(sizes, quick, timeout, drawMax, python, noPython, out, script, simdjsonSource,
				noSimdjson, forks != null ? forks : quick ? 0 : 2, runs, regenerate, help);
	}

	/** The repository: the first directory up from the working directory that holds the Python script. */
	private static Path findRoot() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve(SCRIPT))) {
				return dir;
			}
		}
		return null;
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[index];
	}

	private static int positive(String text, String option) {
		int value = integer(text, option);
		if (value < 1) {
			throw new IllegalArgumentException(option + " must be at least 1: " + text);
		}
		return value;
	}

	private static int nonNegative(String text, String option) {
		int value = integer(text, option);
		if (value < 0) {
			throw new IllegalArgumentException(option + " must not be negative: " + text);
		}
		return value;
	}

	private static long cells(String text, String option) {
		try {
			long value = Long.parseLong(text.strip().replace("_", "").replace(",", ""));
			if (value >= 0) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException(option + " expects a number of cells (0 or more): " + text);
	}

	private static int integer(String text, String option) {
		try {
			return Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(option + " expects a whole number: " + text);
		}
	}
}
