package org.attributionlens.internal.bench;

import java.util.Arrays;

/**
 * A warmed timing harness: calls an operation until it has run at least {@code warmups} times and
 * for at least {@code warmupNanos} (so that the JIT has compiled its hot paths), then takes
 * {@code runs} timed samples in the same JVM and reports their median. An operation that takes
 * less than {@code minSampleNanos} is repeated within a sample and the sample divided by the
 * repetitions, so that fast operations are not timed at the clock's resolution.
 */
final class Harness {

	/** An operation to time; what it returns is kept alive so that the JIT cannot drop the work. */
	@FunctionalInterface
	interface Operation {
		Object run() throws Exception;
	}

	/** Nanoseconds per operation: median, minimum and maximum over the timed samples. */
	record Timing(double medianNanos, double minNanos, double maxNanos, int samples, int repetitions) {
		double medianMillis() {
			return medianNanos / 1e6;
		}

		/** Megabytes (10^6 bytes) per second for {@code bytes} per operation, at the median. */
		double megabytesPerSecond(long bytes) {
			return bytes / 1e6 / (medianNanos / 1e9);
		}
	}

	private static volatile int sink;

	private final int warmups;
	private final long warmupNanos;
	private final int runs;
	private final long minSampleNanos;

	Harness(int warmups, long warmupNanos, int runs, long minSampleNanos) {
		this.warmups = Math.max(0, warmups);
		this.warmupNanos = Math.max(0, warmupNanos);
		this.runs = Math.max(1, runs);
		this.minSampleNanos = Math.max(1, minSampleNanos);
	}

	int runs() {
		return runs;
	}

	long warmupNanos() {
		return warmupNanos;
	}

	int warmups() {
		return warmups;
	}

	Timing measure(Operation operation) throws Exception {
		long start = System.nanoTime();
		keep(operation.run());
		long perOperation = System.nanoTime() - start;
		int repetitions = repetitions(perOperation);
		int warmedUp = 1;
		long warmupStart = System.nanoTime();
		while (warmedUp < warmups || System.nanoTime() - warmupStart < warmupNanos) {
			perOperation = sample(operation, repetitions);
			repetitions = repetitions(perOperation);
			warmedUp++;
		}
		double[] samples = new double[runs];
		for (int run = 0; run < runs; run++) {
			samples[run] = sample(operation, repetitions);
		}
		Arrays.sort(samples);
		int middle = samples.length / 2;
		double median = samples.length % 2 == 1 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
		return new Timing(median, samples[0], samples[samples.length - 1], runs, repetitions);
	}

	/** Nanoseconds per operation over one sample of {@code repetitions} calls. */
	private static long sample(Operation operation, int repetitions) throws Exception {
		long start = System.nanoTime();
		for (int i = 0; i < repetitions; i++) {
			keep(operation.run());
		}
		return (System.nanoTime() - start) / repetitions;
	}

	private int repetitions(long perOperation) {
		return (int) Math.max(1, Math.min(1_000_000, minSampleNanos / Math.max(1, perOperation)));
	}

	private static void keep(Object result) {
		sink += System.identityHashCode(result);
	}
}
