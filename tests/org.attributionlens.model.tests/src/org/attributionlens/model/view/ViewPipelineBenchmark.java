package org.attributionlens.model.view;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.attributionlens.model.AttributionMatrix;

/**
 * Times {@link ViewPipeline#apply} on a 4096 x 4096 matrix and reports the bytes it allocates; a
 * program to run by hand, not a test (timings on shared machines make poor assertions):
 * {@code java -Xmx2g -cp <model classes>:<test classes> org.attributionlens.model.view.ViewPipelineBenchmark [size]}.
 */
public final class ViewPipelineBenchmark {

	private ViewPipelineBenchmark() {
	}

	public static void main(String[] args) {
		int size = args.length > 0 ? Integer.parseInt(args[0]) : 4096;
		Random random = new Random(1);
		List<String> inputs = new ArrayList<>(size);
		List<String> outputs = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			// SentencePiece-like: about one word start in three tokens
			inputs.add(random.nextInt(3) == 0 ? "piece" + i : "\u2581word" + i);
			outputs.add("\u2581out" + i);
		}
		float[] values = new float[size * size];
		for (int i = 0; i < values.length; i++) {
			values[i] = (float) random.nextGaussian() * 0.1f;
		}
		values[12345] = Float.NaN;
		AttributionMatrix raw = AttributionMatrix.of(inputs, outputs, values, "benchmark", null);
		List<ColumnSpan> spans = List.of(new ColumnSpan(0, 4), new ColumnSpan(100, 164));
		Object[][] cases = {
				{ "default (no change)", ViewSettings.DEFAULT },
				{ "column L1", ViewSettings.DEFAULT.withNormalization(Normalization.COLUMN_L1) },
				{ "transpose", ViewSettings.DEFAULT.withTranspose(true) },
				{ "AUTO words + sum", ViewSettings.DEFAULT.withRowAggregation(RowAggregation.AUTO) },
				{ "AUTO words + spans + mean + L1 + transpose",
						ViewSettings.DEFAULT.withRowAggregation(RowAggregation.AUTO).withColumnSpans(spans)
								.withReducer(Reducer.MEAN).withNormalization(Normalization.COLUMN_L1).withTranspose(true) },
				{ "top-5 per column", ViewSettings.DEFAULT.withHighlight(Highlight.topKPerColumn(5)) },
				{ "top-5 per column, transposed",
						ViewSettings.DEFAULT.withTranspose(true).withHighlight(Highlight.topKPerColumn(5)) },
				{ "threshold 0.2 + global max-abs",
						ViewSettings.DEFAULT.withNormalization(Normalization.GLOBAL_MAX_ABS).withHighlight(Highlight.threshold(0.2)) } };
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long thread = Thread.currentThread().threadId();
		System.out.printf("ViewPipeline.apply on %d x %d (%d MB of floats), median of 5 after 2 warm-ups%n", size, size,
				(long) size * size * 4 / 1_000_000);
		for (Object[] c : cases) {
			ViewSettings settings = (ViewSettings) c[1];
			long[] times = new long[7];
			long allocated = 0;
			DisplayedMatrix view = null;
			for (int run = 0; run < times.length; run++) {
				long before = threads.getThreadAllocatedBytes(thread);
				long start = System.nanoTime();
				view = ViewPipeline.apply(raw, settings);
				times[run] = System.nanoTime() - start;
				allocated = threads.getThreadAllocatedBytes(thread) - before;
			}
			long[] measured = Arrays.copyOfRange(times, 2, times.length);
			Arrays.sort(measured);
			System.out.printf("  %-45s %7.1f ms  %7.1f MB allocated  -> %d x %d%n", c[0], measured[2] / 1e6,
					allocated / 1e6, view.rows(), view.columns());
		}
	}
}
