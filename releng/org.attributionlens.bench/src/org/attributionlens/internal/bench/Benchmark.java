package org.attributionlens.internal.bench;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import org.attributionlens.internal.bench.Harness.Timing;
import org.attributionlens.internal.bench.ReadBenchmark.HeapUse;
import org.attributionlens.internal.bench.Report.Row;
import org.attributionlens.internal.cli.Main;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionReaders;
import org.attributionlens.model.io.ReadOptions;
import org.attributionlens.render.HeatmapFigure;

/**
 * {@code ./attributionlens bench}: Attribution Lens against what users run today, on the same
 * files in the same run (issue 5). For each size it generates deterministic native, CSV and Inseq
 * files ({@link BenchFiles}), then times, each operation alone:
 * <ul>
 * <li>the raw read of each file: all bytes into a reused buffer after a warm-up read (from the page
 * cache), and with direct I/O (from the disk: the physical reference);</li>
 * <li>our reader per format ({@link AttributionReaders#read(Path)}) in a warmed {@link Harness}
 * (median of the timed runs in this JVM), the peak heap during a read ({@link ReadBenchmark}), and
 * for sizes of 1M cells and more the native reader again in separate JVMs (the forks' spread);</li>
 * <li>{@code summary} as the command line runs it (read, statistics, the text summary);</li>
 * <li>our SVG and PNG figures ({@link HeatmapFigure}, layout and writing);</li>
 * <li>the Python side, when there is an interpreter with numpy (and matplotlib for drawing):
 * {@code json.load} + {@code numpy.asarray} and the like for reading, a re-implementation of
 * Captum's {@code plot_token_attr} for drawing, each process bounded by a timeout
 * ({@link PythonSide}, {@code releng/org.attributionlens.bench/sides/python_side.py});</li>
 * <li>simdjson reading the native file on one core, when g++ and simdjson are installed: a
 * yardstick for how fast JSON numbers parse on the machine ({@link SimdjsonSide},
 * {@code releng/org.attributionlens.bench/sides/simdjson_side.cpp}).</li>
 * </ul>
 * and prints one table ({@link Report}), also written to {@code OUT/bench.md} with the machine,
 * the load and how the targets of the issue compare. Not a test: numbers depend on the machine
 * and what else runs on it; nothing is asserted.
 */
public final class Benchmark {

	/** From this many cells on, the native reader is also timed in separate JVMs. */
	static final long FORK_MIN_CELLS = 1_000_000;
	static final String RAW = "raw read (page cache)";
	static final String DISK = "raw read (disk, direct I/O)";
	static final String SUMMARY = "summary (read + statistics + text)";
	/** The native reader kept to the caller's thread: the figure of the "one core" target. */
	static final String READ_NATIVE_ONE_CORE = "read native, one core";
	private static final ReadOptions ONE_CORE = ReadOptions.DEFAULTS.withParallel(false);
	/** The native reader and Python's, timed in turns: the figure of the "5x json.load" target. */
	static final String READ_NATIVE_PAIRED = "read native, in turns with Python";
	/** Where that row's note lists the ratio of each round, for the targets to quote. */
	static final String RATIO_BY_ROUND = "Python/ours by round: ";
	/** simdjson reading the native file on one core: a yardstick, not a competitor users run. */
	static final String SIMDJSON = "simdjson (C++ reference), read native, one core";
	static final String RENDER_SVG = "render SVG";
	static final String RENDER_PNG = "render PNG";

	private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream(), false,
			StandardCharsets.UTF_8);

	private final BenchOptions options;
	private final PrintStream log;
	private final Report report = new Report();
	private final Harness harness;
	private final Map<String, Double> heapPerCell = new HashMap<>();
	/**
	 * The smallest -Xmx that reads the file, less that which reads a 1-cell file, per cell, for
	 * sizes read in new JVMs.
	 */
	private final Map<String, Double> smallestHeapPerCell = new HashMap<>();
	/** Megabytes of -Xmx a 1-cell file needs; -1 until measured. */
	private long heapBaseline = -1;
	/** Our figure of each size, which sets the pixel size of matplotlib's. */
	private final Map<String, HeatmapFigure> figures = new HashMap<>();
	/** Our render medians, by "SIZE png" and "SIZE svg". */
	private final Map<String, Double> ourRender = new HashMap<>();
	private PythonSide python;
	private SimdjsonSide simdjson;
	/** The class path of the JVMs this one starts (forks, start-up). */
	private String childClassPath;
	/** Why annotated matplotlib figures are no longer attempted, once one did not finish. */
	private String drawingStopped;

	private Benchmark(BenchOptions options, PrintStream log) {
		this.options = options;
		this.log = log;
		int runs = options.runs() != null ? options.runs() : options.quick() ? 3 : 7;
		this.harness = options.quick() ? new Harness(1, 0, runs, 1_000_000L)
				: new Harness(3, 1_000_000_000L, runs, 20_000_000L);
	}

	public static void main(String[] args) {
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		if (args.length > 0 && args[0].equals("--fork-read")) {
			System.exit(forkRead(args, out));
		}
		if (args.length > 0 && args[0].equals(SmallestHeap.FORK_OPTION)) {
			System.exit(SmallestHeap.forkLoad(args, out));
		}
		BenchOptions options;
		try {
			options = BenchOptions.parse(args, null);
		} catch (IllegalArgumentException e) {
			out.println("bench: " + e.getMessage());
			out.println();
			out.print(BenchOptions.USAGE);
			System.exit(2);
			return;
		}
		if (options.help()) {
			out.print(BenchOptions.USAGE);
			System.exit(0);
		}
		try {
			run(options, out);
			System.exit(0);
		} catch (Exception e) {
			out.println("bench: failed: " + e);
			e.printStackTrace(out);
			System.exit(1);
		}
	}

	/** Runs the whole benchmark, printing progress and the table to {@code out}. */
	public static Report run(BenchOptions options, PrintStream out) throws Exception {
		return new Benchmark(options, out).run();
	}

	private Report run() throws Exception {
		Path dir = options.out().toAbsolutePath();
		Files.createDirectories(dir);
		childClassPath = childClassPath(dir.resolve("lib"));
		String startLoad = Machine.loadAverage();
		log.println("bench: " + Machine.describe());
		log.println("bench: load average at start: " + startLoad);
		log.printf(Locale.ROOT, "bench: harness: %d+ warm-up runs (and %s), then %d timed runs, median%n",
				harness.warmups(), options.quick() ? "no minimum time" : "at least 1 s", harness.runs());
		python = options.noPython() ? PythonSide.skipped("--no-python: Python side skipped")
				: PythonSide.detect(options.python(), options.pythonScript(), dir.resolve("logs"));
		log.println("bench: Python: " + python.describe());
		if (python.canRead() && !python.canDraw()) {
			log.println("bench: " + python.drawingUnavailable());
		}
		simdjson = options.noSimdjson() ? SimdjsonSide.skipped("--no-simdjson: C++ reference (simdjson) skipped")
				: SimdjsonSide.prepare(options.simdjsonSource(), dir, SimdjsonSide.COMPILERS, System.getenv("PATH"));
		log.println("bench: C++ reference: " + (simdjson.available() ? "simdjson, compiled" : simdjson.unavailable()));

		List<BenchFiles> all = new ArrayList<>();
		for (Size size : options.sizes()) {
			BenchFiles files = new BenchFiles(dir, size);
			if (!options.regenerate() && files.upToDate()) {
				log.println("bench: " + size.label() + ": reusing the files of an earlier run");
			} else {
				long start = System.nanoTime();
				files.generate();
				log.printf(Locale.ROOT, "bench: %s: files written in %.1f s%n", size.label(), seconds(start));
			}
			all.add(files);
			try {
				measureOurs(files, dir);
				measurePython(files, dir);
			} catch (Exception | OutOfMemoryError e) {
				// keep what was measured: the table of the other sizes is still worth printing
				log.println("bench: " + size.label() + " failed: " + e);
				report.add(new Row(size.label(), "failed", null, null, null, null, null, "", e.toString()));
			}
		}
		if (!options.quick() && !all.isEmpty()) {
			startup(all.get(0), dir);
		}
		addNotes();
		String endLoad = Machine.loadAverage();
		log.println("bench: load average at end: " + endLoad);
		List<String> targets = Targets.compare(report, heapPerCell, smallestHeapPerCell, options.sizes());
		String table = report.text();
		log.println();
		log.print(table);
		report.notes().forEach(note -> log.println("  " + note));
		if (!targets.isEmpty()) {
			log.println();
			log.println("Targets of issue 5 (compared, not asserted):");
			targets.forEach(line -> log.println("  " + line));
		}
		Path markdown = dir.resolve("bench.md");
		Files.writeString(markdown, markdown(startLoad, endLoad, targets), StandardCharsets.UTF_8);
		log.println();
		log.println("bench: table written to " + markdown);
		return report;
	}

	// ------------------------------------------------------------------ ours

	private void measureOurs(BenchFiles files, Path dir) throws Exception {
		String size = files.size.label();
		long cells = files.size.cells();
		Map<Format, Double> rawMillis = new HashMap<>();
		for (Format format : Format.values()) {
			Path file = files.file(format);
			long bytes = Files.size(file);
			Timing raw = rawRead(file);
			rawMillis.put(format, raw.medianMillis());
			report.add(new Row(size, RAW + ", " + format.label + " file", raw.medianMillis(),
					raw.megabytesPerSecond(bytes), null, null, null, "",
					String.format(Locale.ROOT, "%,d bytes", bytes)));
			progress(size, RAW + " " + format.label, raw);
			Timing disk = directRead(file);
			if (disk != null) {
				report.add(new Row(size, DISK + ", " + format.label + " file", disk.medianMillis(),
						disk.megabytesPerSecond(bytes), null, null, null, "",
						"O_DIRECT: from the disk, bypassing the page cache, like a first read"));
				progress(size, DISK + " " + format.label, disk);
			}

			Timing read = harness.measure(() -> AttributionReaders.read(file));
			String heap = heap(file, format, size, cells);
			String versusDisk = disk == null ? ""
					: String.format(Locale.ROOT, "; %.2fx the time of a direct disk read", read.medianMillis() / disk.medianMillis());
			report.add(new Row(size, "read " + format.label, read.medianMillis(), read.megabytesPerSecond(bytes),
					null, null, read.medianMillis() / raw.medianMillis(), heap, spread(read) + versusDisk));
			progress(size, "read " + format.label, read);
			if (format == Format.NATIVE) {
				Timing oneCore = harness.measure(() -> AttributionReaders.read(file, ONE_CORE));
				report.add(new Row(size, READ_NATIVE_ONE_CORE, oneCore.medianMillis(), oneCore.megabytesPerSecond(bytes),
						null, null, oneCore.medianMillis() / raw.medianMillis(), "as read native",
						spread(oneCore) + "; ReadOptions.withParallel(false): no second thread"));
				progress(size, READ_NATIVE_ONE_CORE, oneCore);
				if (simdjson.available()) {
					simdjson(file, bytes, files.size, raw.medianMillis(), read, oneCore);
				}
			}

			if (format == Format.NATIVE && cells >= FORK_MIN_CELLS && options.forks() > 0) {
				forks(file, bytes, size, raw.medianMillis(), false);
				// in the benchmark's JVM, readers compiled for the files before can make this one slower
				forks(file, bytes, size, raw.medianMillis(), true);
			}
		}

		Path nativeFile = files.nativeFile;
		Timing summary = harness.measure(() -> {
			int code = Main.run(new String[] { "summary", nativeFile.toString() }, NOWHERE, NOWHERE);
			if (code != 0) {
				throw new IllegalStateException("summary " + nativeFile + " exited with " + code);
			}
			return code;
		});
		report.add(new Row(size, SUMMARY, summary.medianMillis(), summary.megabytesPerSecond(Files.size(nativeFile)),
				"n/a", null, null, "", "native file; " + spread(summary)));
		progress(size, SUMMARY, summary);

		AttributionMatrix matrix = AttributionReaders.read(nativeFile);
		HeatmapFigure figure = HeatmapFigure.builder(matrix).build();
		figures.put(size, figure);
		Path svg = dir.resolve("ours-" + size + ".svg");
		Path png = dir.resolve("ours-" + size + ".png");
		Timing svgTiming = harness.measure(() -> {
			HeatmapFigure built = HeatmapFigure.builder(matrix).build();
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(svg), 1 << 16)) {
				built.writeSvg(out);
			}
			return built;
		});
		Timing pngTiming = harness.measure(() -> {
			HeatmapFigure built = HeatmapFigure.builder(matrix).build();
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(png), 1 << 16)) {
				built.writePng(out, 1);
			}
			return built;
		});
		String values = figure.showsValues() ? "values in every cell" : "values hidden (cells too small)";
		ourRender.put(size + " svg", svgTiming.medianMillis());
		ourRender.put(size + " png", pngTiming.medianMillis());
		report.add(new Row(size, RENDER_SVG, svgTiming.medianMillis(), null, null, null, null, "",
				String.format(Locale.ROOT, "%d x %d, %s, %,d bytes; %s", figure.width(), figure.height(), values,
						Files.size(svg), spread(svgTiming))));
		progress(size, RENDER_SVG, svgTiming);
		report.add(new Row(size, RENDER_PNG, pngTiming.medianMillis(), null, null, null, null, "",
				String.format(Locale.ROOT, "%d x %d px, %s, %,d bytes; %s", figure.pngWidth(1), figure.pngHeight(1),
						values, Files.size(png), spread(pngTiming))));
		progress(size, RENDER_PNG, pngTiming);
	}

	/** The C++ reference on the native file, timed like ours (warm-ups, then the median). */
	private void simdjson(Path file, long bytes, Size size, double rawMillis, Timing ours, Timing oursOneCore)
			throws InterruptedException {
		SideProcess.Outcome outcome = simdjson.read(file, harness.warmups(), harness.warmupNanos() / 1_000_000,
				harness.runs(), options.pythonTimeoutSeconds());
		String values = outcome.ok() ? outcome.values().get("values") : null;
		if (!outcome.ok() || !Long.toString(size.cells()).equals(values)) {
			String why = outcome.ok() ? "read " + values + " values, not " + size.cells() : outcome.message();
			report.add(new Row(size.label(), SIMDJSON, null, null, null, null, null, "", why));
			log.println("bench: " + size.label() + ": simdjson: " + why);
			return;
		}
		double millis = outcome.medianMillis();
		String note = String.format(Locale.ROOT,
				"simdjson %s, %s kernels: read() into a reused buffer, DOM parse, a float per value; min %s, max %s ms;"
						+ " our read takes %s its time, on one core %s",
				outcome.values().get("simdjson"), outcome.values().get("implementation"),
				Report.millis(Double.parseDouble(outcome.values().get("min_ms"))),
				Report.millis(Double.parseDouble(outcome.values().get("max_ms"))),
				Report.ratio(ours.medianMillis() / millis), Report.ratio(oursOneCore.medianMillis() / millis));
		report.add(new Row(size.label(), SIMDJSON, millis, bytes / 1e6 / (millis / 1e3), null, null, millis / rawMillis,
				"", note));
		log.printf(Locale.ROOT, "bench: %s: %s: %s ms%n", size.label(), SIMDJSON, Report.millis(millis));
	}

	/** All bytes of the file into one reused direct buffer, after a warm-up read (page cache). */
	private Timing rawRead(Path file) throws Exception {
		ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
		return harness.measure(() -> {
			long total = 0;
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
				int read;
				while ((read = channel.read(buffer.clear())) >= 0) {
					total += read;
				}
			}
			return total;
		});
	}

	/**
	 * All bytes of the file with direct I/O (O_DIRECT, through the JDK's ExtendedOpenOption, looked
	 * up by name because it is not part of the Java SE API): the disk's speed, the physical
	 * reference for a file that is not cached yet.
	 *
	 * @return null where the file system or the runtime does not offer direct I/O
	 */
	private Timing directRead(Path file) throws Exception {
		OpenOption direct;
		int block;
		try {
			@SuppressWarnings({ "unchecked", "rawtypes" })
			OpenOption option = (OpenOption) Enum.valueOf((Class) Class.forName("com.sun.nio.file.ExtendedOpenOption"),
					"DIRECT");
			direct = option;
			block = Math.toIntExact(Files.getFileStore(file).getBlockSize());
			try (FileChannel probe = FileChannel.open(file, StandardOpenOption.READ, direct)) {
				// opening tells whether the file system allows it
			}
		} catch (ReflectiveOperationException | IllegalArgumentException | UnsupportedOperationException
				| IOException e) {
			log.println("bench: no direct I/O for " + file + ": " + e);
			return null;
		}
		ByteBuffer buffer = ByteBuffer.allocateDirect((1 << 20) + block).alignedSlice(block);
		buffer.limit(1 << 20);
		ByteBuffer window = buffer.slice();
		return harness.measure(() -> {
			long total = 0;
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, direct)) {
				// a short read is the end: reading on from an unaligned offset is not allowed
				int read;
				do {
					read = channel.read(window.clear());
					total += Math.max(0, read);
				} while (read == window.capacity());
			}
			return total;
		});
	}

	private String heap(Path file, Format format, String size, long cells) throws Exception {
		int samples = options.quick() ? 1 : 3;
		double[] peaks = new double[samples];
		double[] retained = new double[samples];
		for (int i = 0; i < samples; i++) {
			HeapUse use = ReadBenchmark.heapDuringRead(file);
			peaks[i] = use.peakBytes();
			retained[i] = use.retainedBytes();
		}
		double peak = median(peaks);
		if (peak < 1 << 20) {
			// allocation inside thread-local buffers is not seen by the pools: too small to measure
			return "< 1 MB, not measurable";
		}
		heapPerCell.put(size + " " + format.name(), peak / cells);
		String pools = String.format(Locale.ROOT, "%.2f B/cell (%,.0f MB), retained %.2f", peak / cells,
				peak / (1 << 20), median(retained) / cells);
		if (cells < FORK_MIN_CELLS || options.forks() == 0) {
			return pools;
		}
		OptionalLong smallest = SmallestHeap.megabytes(java(), childClassPath, file, cells);
		if (smallest.isEmpty()) {
			return pools + "; not read with -Xmx of 16 B/cell";
		}
		long idle = heapBaseline(file.resolveSibling("heap-baseline.attr.json"));
		double perCell = Math.max(0, smallest.getAsLong() - idle) * (double) (1 << 20) / cells;
		smallestHeapPerCell.put(size + " " + format.name(), perCell);
		log.printf(Locale.ROOT, "bench: %s: %s reads with -Xmx%dm, a 1-cell file with -Xmx%dm: %.2f B/cell%n", size,
				format.label, smallest.getAsLong(), idle, perCell);
		return String.format(Locale.ROOT, "%.2f B/cell: reads with -Xmx%dm, a 1-cell file with %dm; pools' peaks %s",
				perCell, smallest.getAsLong(), idle, pools);
	}

	/** The smallest -Xmx that reads a 1-cell file, measured once (written to {@code file} first). */
	private long heapBaseline(Path file) throws Exception {
		if (heapBaseline < 0) {
			Files.writeString(file, "{\"input_tokens\": [\"a\"], \"output_tokens\": [\"b\"], \"token_attr\": [[0.5]]}",
					StandardCharsets.UTF_8);
			heapBaseline = SmallestHeap.baseline(java(), childClassPath, file).orElse(0);
			log.printf(Locale.ROOT, "bench: a 1-cell file reads with -Xmx%dm%n", heapBaseline);
		}
		return heapBaseline;
	}

	private static String java() {
		return ProcessHandle.current().info().command()
				.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	/** The native reader in {@link BenchOptions#forks()} new JVMs, each warmed and timed as here. */
	private void forks(Path file, long bytes, String size, double rawMillis, boolean oneCore) throws Exception {
		double[] medians = new double[options.forks()];
		String java = java();
		String reader = oneCore ? READ_NATIVE_ONE_CORE : "read native";
		for (int i = 0; i < medians.length; i++) {
			List<String> command = List.of(java, "-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m",
					"-Djava.awt.headless=true", "-cp", childClassPath, Benchmark.class.getName(),
					"--fork-read", file.toString(), "--warmups", Integer.toString(harness.warmups()), "--runs",
					Integer.toString(harness.runs()), "--one-core", Boolean.toString(oneCore));
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0 || !output.contains("median_ns=")) {
				process.destroyForcibly();
				String first = output.strip().lines().findFirst().orElse("exit code " + process.exitValue());
				report.add(new Row(size, reader + ", new JVMs", null, null, null, null, null, "",
						"JVM " + (i + 1) + " failed: " + first));
				log.println("bench: " + size + ": " + reader + " in a new JVM failed: " + output.strip());
				return;
			}
			String value = output.substring(output.indexOf("median_ns=") + "median_ns=".length()).strip().split("\\s")[0];
			medians[i] = Double.parseDouble(value) / 1e6;
		}
		double median = median(medians);
		double low = Arrays.stream(medians).min().orElse(median);
		double high = Arrays.stream(medians).max().orElse(median);
		StringBuilder each = new StringBuilder();
		for (double value : medians) {
			each.append(each.isEmpty() ? "" : ", ").append(Report.millis(value));
		}
		report.add(new Row(size, reader + ", " + medians.length + " new JVMs", median, bytes / 1e6 / (median / 1e3),
				null, null, median / rawMillis, "",
				String.format(Locale.ROOT, "medians of the JVMs: %s ms, spread %.1f%%", each, 100 * (high - low) / median)));
		log.printf(Locale.ROOT, "bench: %s: %s in %d new JVMs: %s ms%n", size, reader, medians.length, each);
	}

	/**
	 * This JVM's class path with its jars copied to {@code lib}: a build running meanwhile (the
	 * launcher's jars carry a build qualifier) may replace the jars of the update site, which this JVM
	 * keeps open but a new JVM would no longer find.
	 */
	private static String childClassPath(Path lib) throws IOException {
		List<String> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
			Path path = Path.of(entry);
			if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
				Files.createDirectories(lib);
				Path copy = lib.resolve(path.getFileName());
				Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
				entries.add(copy.toString());
			} else if (!entry.isEmpty()) {
				entries.add(entry);
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	/** Entry point of a fork: {@code --fork-read FILE --warmups W --runs R}; prints {@code median_ns=N}. */
	private static int forkRead(String[] args, PrintStream out) {
		try {
			Path file = Path.of(args[1]);
			int warmups = 3;
			int runs = 7;
			ReadOptions read = ReadOptions.DEFAULTS;
			for (int i = 2; i + 1 < args.length; i += 2) {
				switch (args[i]) {
				case "--warmups" -> warmups = Integer.parseInt(args[i + 1]);
				case "--runs" -> runs = Integer.parseInt(args[i + 1]);
				case "--one-core" -> read = Boolean.parseBoolean(args[i + 1]) ? ONE_CORE : ReadOptions.DEFAULTS;
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
				}
			}
			ReadOptions options = read;
			Timing timing = new Harness(warmups, 1_000_000_000L, runs, 20_000_000L)
					.measure(() -> AttributionReaders.read(file, options));
			out.printf(Locale.ROOT, "fork-read median_ns=%.0f min_ns=%.0f max_ns=%.0f%n", timing.medianNanos(),
					timing.minNanos(), timing.maxNanos());
			return 0;
		} catch (Exception e) {
			out.println("fork-read failed: " + e);
			return 1;
		}
	}

	// ------------------------------------------------------------------ Python

	private void measurePython(BenchFiles files, Path dir) throws Exception {
		String size = files.size.label();
		long cells = files.size.cells();
		long timeout = options.pythonTimeoutSeconds();
		boolean quick = options.quick();
		for (Format format : Format.values()) {
			Row ours = report.find(size, "read " + format.label);
			Row oneCore = format == Format.NATIVE ? report.find(size, READ_NATIVE_ONE_CORE) : null;
			if (!python.canRead()) {
				replace(ours, "skipped: " + python.unavailable(), null, null);
				if (oneCore != null) {
					replace(oneCore, "skipped: " + python.unavailable(), null, null);
				}
				continue;
			}
			SideProcess.Outcome outcome = python.run(timeout, "read", format.pythonName,
					files.file(format).toString(), "--runs", quick ? "2" : "5", "--warmups", "1", "--budget",
					quick ? "10" : "60");
			String method = outcome.ok() ? outcome.values().getOrDefault("method", "") : "";
			replace(ours, pythonText(outcome), outcome.ok() ? outcome.medianMillis() : null,
					method.isEmpty() ? null : "Python: " + method + " (" + outcome.values().get("runs") + " runs)");
			if (oneCore != null) {
				replace(oneCore, pythonText(outcome), outcome.ok() ? outcome.medianMillis() : null, null);
			}
			log.printf(Locale.ROOT, "bench: %s: Python read %s: %s%n", size, format.label, pythonText(outcome));
		}
		if (cells >= FORK_MIN_CELLS) {
			readInTurns(files);
		}

		HeatmapFigure figure = figures.get(size);
		int width = figure.pngWidth(1);
		int height = figure.pngHeight(1);
		for (String kind : List.of("png", "svg")) {
			Row ours = report.find(size, kind.equals("png") ? RENDER_PNG : RENDER_SVG);
			String skip = !python.canDraw() ? python.drawingUnavailable()
					: drawingStopped != null ? drawingStopped
							: cells > options.pythonDrawMaxCells()
									? String.format(Locale.ROOT, "%,d cells > --python-draw-max-cells %,d", cells,
											options.pythonDrawMaxCells())
									: null;
			if (skip != null) {
				replace(ours, "skipped: " + skip, null, null);
				continue;
			}
			Path out = dir.resolve("python-" + size + "." + kind);
			SideProcess.Outcome outcome = draw(files, out, width, height, false);
			replace(ours, pythonText(outcome), outcome.ok() ? outcome.medianMillis() : null,
					outcome.ok() ? "matplotlib: " + outcome.values().get("texts") + " texts, " + outcome.values().get("runs")
							+ " runs" : null);
			log.printf(Locale.ROOT, "bench: %s: matplotlib %s with values: %s%n", size, kind, pythonText(outcome));
			if (outcome.status() == SideProcess.Status.TIMEOUT) {
				drawingStopped = "the " + kind.toUpperCase(Locale.ROOT) + " at " + size + " did not finish in " + timeout
						+ " s";
			}
		}

		// where our figure leaves the values out, the like-for-like comparison is matplotlib without them
		if (!figure.showsValues() && python.canDraw()) {
			for (String kind : List.of("png", "svg")) {
				Double oursMillis = ourRender.get(size + " " + kind);
				Path out = dir.resolve("python-" + size + "-novalues." + kind);
				SideProcess.Outcome outcome = draw(files, out, width, height, true);
				report.add(new Row(size, "render " + kind.toUpperCase(Locale.ROOT) + ", no values in either", oursMillis,
						null, pythonText(outcome), outcome.ok() ? outcome.medianMillis() : null, null, "",
						"ours as above; matplotlib: imshow, colour bar and tick labels, no cell texts"));
				log.printf(Locale.ROOT, "bench: %s: matplotlib %s without values: %s%n", size, kind,
						pythonText(outcome));
			}
		}
	}

	/**
	 * Times our native reader and Python's in turns, a few reads each per round: this machine's
	 * speed drifts by up to a factor of two within minutes (one file read in 0.47 s and in 0.98 s
	 * in consecutive JVMs), so the two sides are only comparable when timed in the same minutes.
	 * The ratio is that of the medians over all rounds; each round's is in the note.
	 */
	private void readInTurns(BenchFiles files) throws Exception {
		Path file = files.nativeFile;
		String size = files.size.label();
		int rounds = options.quick() ? 2 : 5;
		Harness turn = new Harness(1, 0, 3, 20_000_000L);
		double[] ours = new double[rounds];
		double[] theirs = new double[rounds];
		List<String> ratios = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			ours[round] = turn.measure(() -> AttributionReaders.read(file)).medianMillis();
			SideProcess.Outcome outcome = python.run(options.pythonTimeoutSeconds(), "read", Format.NATIVE.pythonName,
					file.toString(), "--runs", "2", "--warmups", "1", "--budget", "60");
			if (!outcome.ok()) {
				log.printf(Locale.ROOT, "bench: %s: reads in turns stopped: Python %s%n", size, pythonText(outcome));
				return;
			}
			theirs[round] = outcome.medianMillis();
			ratios.add(Report.ratio(theirs[round] / ours[round]));
			log.printf(Locale.ROOT, "bench: %s: round %d: ours %s ms, Python %s ms%n", size, round + 1,
					Report.millis(ours[round]), Report.millis(theirs[round]));
		}
		double oursMedian = median(ours);
		double pythonMedian = median(theirs);
		Row raw = report.find(size, RAW + ", " + Format.NATIVE.label + " file");
		report.add(new Row(size, READ_NATIVE_PAIRED, oursMedian, Files.size(file) / 1e3 / oursMedian,
				Report.millis(pythonMedian), pythonMedian,
				raw == null || raw.oursMillis() == null ? null : oursMedian / raw.oursMillis(), "",
				String.format(Locale.ROOT, "%d rounds of 3 reads of ours, then 2 of Python's (after 1 unmeasured);"
						+ " %s%s", rounds, RATIO_BY_ROUND, String.join(", ", ratios))));
	}

	private SideProcess.Outcome draw(BenchFiles files, Path out, int width, int height, boolean noValues)
			throws InterruptedException {
		boolean quick = options.quick();
		List<String> arguments = new ArrayList<>(List.of("draw", files.nativeFile.toString(), out.toString(),
				"--width-px", Integer.toString(width), "--height-px", Integer.toString(height), "--runs",
				quick ? "1" : "3", "--warmups", !quick && files.size.cells() <= 10_000 ? "1" : "0", "--budget",
				quick ? "10" : "30"));
		if (noValues) {
			arguments.add("--no-values");
		}
		return python.run(options.pythonTimeoutSeconds(), arguments.toArray(String[]::new));
	}

	private String pythonText(SideProcess.Outcome outcome) {
		return switch (outcome.status()) {
		case OK -> Report.millis(outcome.medianMillis());
		case TIMEOUT -> "timeout >" + options.pythonTimeoutSeconds() + " s";
		case FAILED -> outcome.message();
		};
	}

	/** Fills in the Python side of a row of ours. */
	private void replace(Row row, String pythonText, Double pythonMillis, String note) {
		List<Row> rows = new ArrayList<>(report.rows());
		int index = rows.indexOf(row);
		String combined = note == null ? row.note() : row.note().isEmpty() ? note : row.note() + "; " + note;
		Row filled = new Row(row.size(), row.operation(), row.oursMillis(), row.megabytesPerSecond(), pythonText,
				pythonMillis, row.rawRatio(), row.heap(), combined);
		report.replace(index, filled);
	}

	// ------------------------------------------------------------------ start-up

	/** A new process each: our JVM running the command vs the interpreter importing what it needs. */
	private void startup(BenchFiles files, Path dir) throws Exception {
		String java = ProcessHandle.current().info().command()
				.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		String classPath = childClassPath;
		String file = files.nativeFile.toString();
		String size = files.size.label();
		Double summary = processMillis(List.of(java, "-Xmx1g", "-Djava.awt.headless=true", "-cp", classPath,
				Main.class.getName(), "summary", file), 3);
		Double render = processMillis(List.of(java, "-Xmx1g", "-Djava.awt.headless=true", "-cp", classPath,
				Main.class.getName(), "render", file, "-o", dir.resolve("ours-startup.png").toString()), 3);
		Double numpy = python.canRead() ? python.startupMillis("import json, numpy", 5) : null;
		Double matplotlib = python.canDraw()
				? python.startupMillis("import json, numpy, matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot", 3)
				: null;
		report.add(new Row("start-up", "new process: summary " + size + " / import json, numpy", summary, null,
				numpy != null ? Report.millis(numpy) : "skipped: " + python.unavailable(), numpy, null, "",
				"ours: JVM start + summary; Python: interpreter start + imports only, no work"));
		report.add(new Row("start-up", "new process: render PNG " + size + " / import matplotlib.pyplot", render,
				null, matplotlib != null ? Report.millis(matplotlib) : "skipped: " + python.drawingUnavailable(),
				matplotlib, null, "", "ours: JVM start + render; Python: interpreter start + imports only, no work"));
		log.printf(Locale.ROOT, "bench: start-up: ours summary %s ms, render %s ms; Python imports %s / %s ms%n",
				Report.millis(summary), Report.millis(render), Report.millis(numpy), Report.millis(matplotlib));
	}

	private static Double processMillis(List<String> command, int runs) throws Exception {
		double[] times = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
				process.destroyForcibly();
				return null;
			}
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		return median(times);
	}

	// ------------------------------------------------------------------ output

	private void addNotes() {
		report.note("raw read: all bytes of the file into one reused 1 MB buffer (FileChannel), after a warm-up read,"
				+ " so from the page cache; ours/raw = our read time / that time");
		report.note("peak heap (read): sum of the heap pools' peaks during one read, garbage included, net of the"
				+ " heap before it (ReadBenchmark.heapDuringRead), median of " + (options.quick() ? 1 : 3)
				+ " reads; retained = what the matrix keeps; in bytes per cell");
		if (python.canDraw()) {
			report.note("Python drawing: releng/org.attributionlens.bench/sides/python_side.py, our re-implementation of Captum's plot_token_attr"
					+ " (RdYlGn imshow, symmetric range, \"%.4f\" text per cell, colour bar, token tick labels), in our"
					+ " orientation and at our figure's pixel size, timed from the new figure to the written file");
		}
		if (drawingStopped != null) {
			report.note("matplotlib with values was not attempted after " + drawingStopped);
		}
	}

	private String markdown(String startLoad, String endLoad, List<String> targets) {
		StringBuilder text = new StringBuilder();
		text.append("# Attribution Lens benchmark\n\n");
		text.append("- date: ").append(Machine.now()).append('\n');
		text.append("- machine: ").append(Machine.describe()).append('\n');
		text.append("- load average (1, 5, 15 min): ").append(startLoad).append(" at start, ").append(endLoad)
				.append(" at end\n");
		text.append("- Python: ").append(python.describe()).append('\n');
		text.append("- C++ reference: ").append(simdjson.available() ? "simdjson (releng/org.attributionlens.bench/sides/simdjson_side.cpp)"
				: simdjson.unavailable()).append('\n');
		text.append(String.format(Locale.ROOT,
				"- ours: %d+ warm-up runs%s, then the median of %d timed runs in one JVM; %d new JVMs for the native"
						+ " reader from %,d cells; Python: median of up to 5 reads / 3 drawings in one process,"
						+ " each process limited to %d s%n",
				harness.warmups(), options.quick() ? "" : " (at least 1 s)", harness.runs(), options.forks(),
				FORK_MIN_CELLS, options.pythonTimeoutSeconds()));
		text.append("- MB = 10^6 bytes of the file; sizes are rows x columns = input x output tokens; ratios are"
				+ " Python / ours and ours / raw read of the same file\n\n");
		text.append(report.markdown());
		if (!report.notes().isEmpty()) {
			text.append('\n');
			report.notes().forEach(note -> text.append("- ").append(note).append('\n'));
		}
		if (!targets.isEmpty()) {
			text.append("\n## Targets of issue 5 (compared, not asserted)\n\n");
			targets.forEach(line -> text.append("- ").append(line).append('\n'));
		}
		return text.toString();
	}

	private void progress(String size, String operation, Timing timing) {
		log.printf(Locale.ROOT, "bench: %s: %s: %s ms%n", size, operation, Report.millis(timing.medianMillis()));
	}

	private static String spread(Timing timing) {
		return String.format(Locale.ROOT, "min %s, max %s ms", Report.millis(timing.minNanos() / 1e6),
				Report.millis(timing.maxNanos() / 1e6));
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}
}
