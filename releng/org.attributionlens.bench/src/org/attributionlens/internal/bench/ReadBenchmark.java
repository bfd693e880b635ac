package org.attributionlens.internal.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReaders;
import org.attributionlens.model.io.DelimitedWriter;

/**
 * Measures how fast and in how much memory a big native file is read: writes a deterministic
 * N x N {@code *.attr.json} file the way Python's {@code json.dump} writes one (float reprs,
 * {@code \u2581} escapes, Captum's key order), reads it once to warm up and five times measured,
 * and prints the file size, the median parse time, the throughput, and the heap the read needed.
 * <p>
 * A program that prints numbers, not a test: run it on a quiet machine, e.g.
 * {@code java -Xmx1g -cp MODEL.jar:CLI.jar:JACKSON.jar org.attributionlens.internal.bench.ReadBenchmark 4096}.
 * Arguments: {@code [N] [--runs R] [--decimals D] [--token-attr-first] [--keep] [--file PATH]};
 * {@code --file} reads an existing file instead of writing one, {@code --token-attr-first} writes
 * {@code token_attr} before the token arrays (the reader then keeps the rows until the end).
 * <p>
 * Heap: before each read the heap is collected and the peak usage of every heap pool reset; the
 * "peak" is the sum of the pools' peaks during the read, garbage included (so an upper bound of
 * what the read needs), and "retained" what the loaded matrix keeps. Both are net of what the heap
 * held before the read.
 */
public final class ReadBenchmark {

	private static final int WARM_UP = 1;

	private ReadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int size = 4096;
		int runs = 5;
		int decimals = 10;
		boolean keep = false;
		boolean tokenAttrFirst = false;
		Path existing = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--runs" -> runs = Integer.parseInt(args[++i]);
			case "--decimals" -> decimals = Integer.parseInt(args[++i]);
			case "--keep" -> keep = true;
			case "--token-attr-first" -> tokenAttrFirst = true;
			case "--file" -> existing = Path.of(args[++i]);
			default -> size = Integer.parseInt(args[i]);
			}
		}
		Path file = existing;
		Path dir = null;
		if (file == null) {
			dir = Files.createTempDirectory("attributionlens-benchmark");
			file = dir.resolve("benchmark-" + size + "x" + size + ".attr.json");
			long start = System.nanoTime();
			write(file, size, decimals, tokenAttrFirst);
			System.out.printf(Locale.ROOT, "wrote %s in %.1f s%n", file, (System.nanoTime() - start) / 1e9);
		}
		try {
			measure(file, runs);
		} finally {
			if (dir != null && !keep) {
				Files.deleteIfExists(file);
				Files.deleteIfExists(dir);
			} else if (dir != null) {
				System.out.println("kept " + file);
			}
		}
	}

	private static void measure(Path file, int runs) throws IOException, AttributionFormatException, InterruptedException {
		long bytes = Files.size(file);
		long maxHeap = Runtime.getRuntime().maxMemory();
		System.out.printf(Locale.ROOT, "file: %,d bytes (%.1f MB), max heap %,d MB, %s%n", bytes, bytes / 1e6,
				maxHeap >> 20, System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		List<Double> seconds = new ArrayList<>();
		List<Long> peaks = new ArrayList<>();
		AttributionMatrix matrix = null;
		long retained = 0;
		for (int run = 0; run < WARM_UP + runs; run++) {
			matrix = null;
			HeapUse use = heapDuringRead(file);
			matrix = use.matrix();
			double elapsed = use.nanos() / 1e9;
			long peak = use.peakBytes();
			retained = use.retainedBytes();
			long cells = use.cells();
			boolean measured = run >= WARM_UP;
			System.out.printf(Locale.ROOT, "%s %d: %.3f s, %.1f MB/s, peak %,d MB (%.2f B/cell), retained %,d MB"
					+ " (%.2f B/cell)%n", measured ? "run" : "warm-up", measured ? run - WARM_UP + 1 : run + 1, elapsed,
					bytes / 1e6 / elapsed, peak >> 20, (double) peak / cells, retained >> 20, (double) retained / cells);
			if (measured) {
				seconds.add(elapsed);
				peaks.add(peak);
			}
		}
		long cells = (long) matrix.rows() * matrix.columns();
		double median = median(seconds.stream().mapToDouble(Double::doubleValue).toArray());
		double peak = median(peaks.stream().mapToDouble(Long::doubleValue).toArray());
		System.out.printf(Locale.ROOT, "%n%d x %d = %,d cells, %s%n", matrix.rows(), matrix.columns(), cells, matrix.format());
		System.out.printf(Locale.ROOT, "median of %d runs: %.3f s, %.1f MB/s%n", runs, median, bytes / 1e6 / median);
		System.out.printf(Locale.ROOT, "peak heap during a read (median): %.0f MB = %.2f bytes per cell (garbage included)%n",
				peak / (1 << 20), peak / cells);
		System.out.printf(Locale.ROOT, "retained by the matrix: %d MB = %.2f bytes per cell%n", retained >> 20,
				(double) retained / cells);
	}

	/**
	 * What one read of a file needed on the heap, net of what the heap held before: the sum of the
	 * heap pools' peaks during the read (garbage included, an upper bound) and what the loaded
	 * matrix keeps once garbage is collected.
	 *
	 * @param matrix the matrix read, still referenced so that it counts as retained
	 * @param nanos  how long the read took (with the pools' bookkeeping, not the collections)
	 */
	public record HeapUse(AttributionMatrix matrix, long nanos, long peakBytes, long retainedBytes) {
		public long cells() {
			return (long) matrix.rows() * matrix.columns();
		}

		public double peakBytesPerCell() {
			return (double) peakBytes / cells();
		}

		public double retainedBytesPerCell() {
			return (double) retainedBytes / cells();
		}
	}

	/**
	 * Reads {@code file} once with {@link AttributionReaders#read(Path)}, after collecting the heap and
	 * resetting the pools' peaks, and measures what the read needed (see the class comment).
	 */
	public static HeapUse heapDuringRead(Path file)
			throws IOException, AttributionFormatException, InterruptedException {
		long baseline = settledHeap();
		List<MemoryPoolMXBean> pools = heapPools();
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		AttributionMatrix matrix = AttributionReaders.read(file);
		long nanos = System.nanoTime() - start;
		long peak = pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() - baseline;
		long retained = settledHeap() - baseline;
		return new HeapUse(matrix, nanos, peak, retained);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
				.filter(MemoryPoolMXBean::isValid).toList();
	}

	/** Heap in use once garbage is collected. */
	private static long settledHeap() throws InterruptedException {
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(50);
			used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		}
		return used;
	}

	/**
	 * Writes the file as {@code json.dump} does with its defaults: {@code ", "} and {@code ": "}
	 * separators, non-ASCII escaped, float reprs; Captum's keys in the README's order, or
	 * {@code token_attr} first. Values are deterministic Gaussian attributions rounded to
	 * {@code decimals} places.
	 */
	static void write(Path file, int size, int decimals, boolean tokenAttrFirst) throws IOException {
		write(file, size, size, decimals, tokenAttrFirst);
	}

	/**
	 * The same for a {@code rows x columns} matrix (rows = input tokens, columns = output tokens:
	 * {@code token_attr} holds {@code columns} arrays of {@code rows} values). Square files are the
	 * ones {@link #write(Path, int, int, boolean)} writes.
	 */
	public static void write(Path file, int rows, int columns, int decimals, boolean tokenAttrFirst)
			throws IOException {
		SplittableRandom random = new SplittableRandom(20260101L);
		try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
			out.write("{\"format\": \"token-attribution\", \"version\": 1, ");
			if (!tokenAttrFirst) {
				tokenArrays(out, rows, columns);
			}
			out.write("\"token_attr\": [");
			StringBuilder row = new StringBuilder(rows * 16);
			for (int output = 0; output < columns; output++) {
				row.setLength(0);
				row.append(output == 0 ? "[" : ", [");
				for (int input = 0; input < rows; input++) {
					if (input > 0) {
						row.append(", ");
					}
					double value = Math.round(gaussian(random) * 0.05 * Math.pow(10, decimals)) / Math.pow(10, decimals);
					row.append(DelimitedWriter.repr(value));
				}
				row.append(']');
				out.append(row);
			}
			out.write("], ");
			if (tokenAttrFirst) {
				tokenArrays(out, rows, columns);
			}
			out.write("\"meta\": {\"method\": \"LayerIntegratedGradients\", \"model\": \"benchmark\"}}");
		}
	}

	private static void tokenArrays(Writer out, int rows, int columns) throws IOException {
		out.write("\"input_tokens\": [");
		tokens(out, rows, "\\u2581in");
		out.write("], \"output_tokens\": [");
		tokens(out, columns, "\\u2581out");
		out.write("], ");
	}

	private static void tokens(Writer out, int count, String prefix) throws IOException {
		for (int i = 0; i < count; i++) {
			out.write((i == 0 ? "\"" : ", \"") + prefix + i + "\"");
		}
	}

	private static double gaussian(SplittableRandom random) {
		// Box-Muller: SplittableRandom has no nextGaussian before Java 17's RandomGenerator
		double u = 1 - random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}
}
