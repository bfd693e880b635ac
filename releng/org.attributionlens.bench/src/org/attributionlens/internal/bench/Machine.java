package org.attributionlens.internal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** What the numbers were measured on: CPU, cores, memory, OS, JVM, and the load average. */
final class Machine {

	private Machine() {
	}

	static String now() {
		return ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	/** e.g. "AMD EPYC 7B13, 2 cores, 23.5 GiB, Debian GNU/Linux 12 (bookworm), OpenJDK 64-Bit Server VM 25, -Xmx2048m". */
	static String describe() {
		String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name", System.getProperty("os.arch"));
		String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal", null);
		String memoryText = "";
		if (memory != null) {
			try {
				long kib = Long.parseLong(memory.replace("kB", "").strip());
				memoryText = String.format(Locale.ROOT, ", %.1f GiB RAM", kib / 1024.0 / 1024.0);
			} catch (NumberFormatException e) {
				memoryText = ", " + memory + " RAM";
			}
		}
		String os = firstValue(Path.of("/etc/os-release"), "PRETTY_NAME", System.getProperty("os.name"));
		return String.format(Locale.ROOT, "%s, %d cores%s, %s (%s %s), %s %s, -Xmx%dm", cpu,
				Runtime.getRuntime().availableProcessors(), memoryText, os.replace("\"", ""),
				System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.vm.name"),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
	}

	/** The 1, 5 and 15 minute load averages as {@code uptime} shows them, or "unknown". */
	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
			return parts[0] + ", " + parts[1] + ", " + parts[2];
		} catch (IOException | RuntimeException e) {
			return "unknown";
		}
	}

	/** The value of the first line {@code key: value} or {@code key=value} of a file, or the fallback. */
	private static String firstValue(Path file, String key, String fallback) {
		try {
			List<String> lines = Files.readAllLines(file);
			for (String line : lines) {
				if (line.startsWith(key)) {
					int separator = line.indexOf(line.contains(":") ? ':' : '=');
					if (separator > 0) {
						return line.substring(separator + 1).strip();
					}
				}
			}
		} catch (IOException | RuntimeException e) {
			// not Linux, or not readable: the fallback
		}
		return fallback;
	}
}
