package org.attributionlens.internal.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.attributionlens.internal.cli.bench.Report.Row;
import org.junit.jupiter.api.Test;

/** The targets' lines judge the reading ratio by the reads timed in turns, where there are some. */
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
	void theOneCoreLineGivesTheNewJvmsOfEachReaderApart() {
		Report report = reads();
		report.add(new Row("2048x512", Benchmark.READ_NATIVE_ONE_CORE, 100.0, 150.0, "200", 200.0, 20.0, "", ""));
		report.add(new Row("2048x512", "read native, 2 new JVMs", 40.0, 375.0, null, null, 8.0, "", ""));
		report.add(new Row("2048x512", Benchmark.READ_NATIVE_ONE_CORE + ", 2 new JVMs", 60.0, 250.0, null, null, 12.0,
				"", ""));
		String line = Targets.compare(report, Map.of(), Map.of(), SIZES).stream()
				.filter(text -> text.contains("on one core:")).findFirst().orElseThrow();
		assertTrue(line.contains("150 MB/s (300 MB/s with a second core; 375 MB/s in new JVMs; 250 MB/s on one core"
				+ " in new JVMs)"), line);
		assertTrue(line.contains("MISSED by 25%"), line);
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
