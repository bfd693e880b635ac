package org.attributionlens.internal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.attributionlens.internal.bench.Report.Row;
import org.junit.jupiter.api.Test;

/**
 * The targets' lines: the reading ratio is judged by the reads timed in turns where there are some,
 * the raw read by the disk.
 */
class TargetsTest {

	private static final List<Size> SIZES = List.of(Size.parse("2048x512"));

	@Test
	void theRatioOfReadsInTurnsDecidesOverThatOfReadsMinutesApart() {
		Report report = reads();
		report.add(new Row("2048x512", Benchmark.READ_NATIVE_PAIRED, 50.0, 300.0, "300", 300.0, 10.0, "",
				"5 rounds ...; Python/ours by round: 5.80x, 6.10x"));
		String line = ratioLine(report);
		assertTrue(line.contains("timed in turns: 6.00x faster"), line);
		assertTrue(line.contains("rounds: 5.80x, 6.10x"), line);
		assertTrue(line.contains("4.00x timed minutes apart"), line);
		assertTrue(line.endsWith(": met"), line);
	}

	@Test
	void withoutReadsInTurnsTheReadRowDecides() {
		String line = ratioLine(reads());
		assertTrue(line.contains("4.00x faster"), line);
		assertTrue(line.contains("MISSED by 20%"), line);
	}

	@Test
	void theOneCoreReaderInNewJvmsDecidesTheSpeedTarget() {
		Report report = reads();
		report.add(new Row("2048x512", Benchmark.READ_NATIVE_ONE_CORE, 100.0, 150.0, "200", 200.0, 20.0, "", ""));
		report.add(new Row("2048x512", "read native, 2 new JVMs", 40.0, 375.0, null, null, 8.0, "", ""));
		report.add(new Row("2048x512", Benchmark.READ_NATIVE_ONE_CORE + ", 2 new JVMs", 60.0, 250.0, null, null, 12.0,
				"", ""));
		String line = speedLine(report);
		assertTrue(line.startsWith("read native 2048x512 on one core in new JVMs: 250 MB/s (150 MB/s in the benchmark's"
				+ " JVM; 300 MB/s with a second core; 375 MB/s with a second core in new JVMs)"), line);
		assertTrue(line.endsWith(": met"), line);
	}

	@Test
	void withoutNewJvmsTheOneCoreReaderInTheBenchmarksJvmDecides() {
		Report report = reads();
		report.add(new Row("2048x512", Benchmark.READ_NATIVE_ONE_CORE, 100.0, 150.0, "200", 200.0, 20.0, "", ""));
		String line = speedLine(report);
		assertTrue(line.startsWith("read native 2048x512 on one core: 150 MB/s (300 MB/s with a second core)"), line);
		assertTrue(line.contains("MISSED by 25%"), line);
	}

	private static String speedLine(Report report) {
		return Targets.compare(report, Map.of(), Map.of(), SIZES).stream().filter(text -> text.contains("on one core"))
				.filter(text -> text.contains("target >= 200")).findFirst().orElseThrow();
	}

	@Test
	void theDiskDecidesTheRawReadTargetAndThePageCacheIsSetAgainstSimdjson() {
		Report report = reads();
		report.add(new Row("2048x512", Benchmark.DISK + ", native file", 20.0, 750.0, null, null, null, "", ""));
		report.add(new Row("2048x512", Benchmark.READ_NATIVE_ONE_CORE, 100.0, 150.0, "200", 200.0, 20.0, "", ""));
		report.add(new Row("2048x512", Benchmark.SIMDJSON, 40.0, 375.0, null, null, 8.0, "", ""));
		List<String> lines = Targets.compare(report, Map.of(), Map.of(), SIZES);

		String disk = line(lines, "from the disk");
		assertTrue(disk.contains("2.50x the time (5.00x on one core), target <= 4x: met"), disk);
		// "read native" reads 300 MB/s in 10x the page cache's time: the page cache gives 3,000 MB/s
		String pageCache = line(lines, "page cache");
		assertTrue(pageCache.contains("10x the time; 4x would take 750 MB/s, 2.00x simdjson's speed on one core"),
				pageCache);
		assertFalse(pageCache.contains("MISSED") || pageCache.contains("met"), pageCache);
		String simdjson = line(lines, "simdjson (C++, SIMD)");
		assertTrue(simdjson.endsWith("ours takes 2.50x its time on one core, 1.25x with a second core"), simdjson);
	}

	private static String line(List<String> lines, String part) {
		List<String> matching = lines.stream().filter(line -> line.contains(part)).toList();
		assertEquals(1, matching.size(), lines.toString());
		return matching.get(0);
	}

	/** "read native" 50 ms against Python's 200 ms: 4x, short of the 5x target. */
	private static Report reads() {
		Report report = new Report();
		report.add(new Row("2048x512", "read native", 50.0, 300.0, "200", 200.0, 10.0, "", ""));
		return report;
	}

	private static String ratioLine(Report report) {
		List<String> lines = Targets.compare(report, Map.of(), Map.of(), SIZES).stream()
				.filter(line -> line.contains("json.load")).toList();
		assertEquals(1, lines.size(), lines.toString());
		return lines.get(0);
	}
}
