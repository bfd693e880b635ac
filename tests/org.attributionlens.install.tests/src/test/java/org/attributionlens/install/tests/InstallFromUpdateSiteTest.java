package org.attributionlens.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The whole path a user takes, on the built artifacts: the p2 director installs
 * our feature from the update site into the minimal IDE, the IDE starts, opens a
 * sample in the heatmap editor and reports what the editor shows. Runs the same
 * launcher a user runs ({@code ./attributionlens ide}).
 */
class InstallFromUpdateSiteTest {
	private static final Path ROOT = Path.of(System.getProperty("attributionlens.root", "../..")).toAbsolutePath()
			.normalize();
	private static final Path WORK = Path.of(System.getProperty("attributionlens.work", "target/install-test"))
			.toAbsolutePath();

	@Test
	void installedFeatureOpensTheDivisionSampleInTheHeatmapEditor() throws Exception {
		Path install = WORK.resolve("ide");
		Path workspace = WORK.resolve("workspace");
		Path report = WORK.resolve("report.txt");
		deleteRecursively(WORK);
		Files.createDirectories(WORK);

		Path log = WORK.resolve("ide.log");
		Process ide = new ProcessBuilder(ROOT.resolve("attributionlens").toString(), "ide", "--no-build",
				"--install-dir", install.toString(), "--workspace", workspace.toString(), "--report",
				report.toString())
				.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		boolean finished = ide.waitFor(5, TimeUnit.MINUTES);
		if (!finished) {
			ide.descendants().forEach(ProcessHandle::destroyForcibly);
			ide.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		assertTrue(finished, "the IDE did not finish within 5 minutes:\n" + output);

		try (Stream<Path> plugins = Files.list(install.resolve("plugins"))) {
			List<String> names = plugins.map(p -> p.getFileName().toString()).toList();
			for (String bundle : List.of("org.attributionlens.model_", "org.attributionlens.editor_",
					"org.attributionlens.properties_", "org.attributionlens.help_",
					"org.eclipse.nebula.widgets.nattable.core_")) {
				assertTrue(names.stream().anyMatch(n -> n.startsWith(bundle)), bundle + " was not installed");
			}
			// the IDE a user tries the README's install path in: Help > Install New Software... and the
			// help system that shows the guide
			for (String bundle : List.of("org.eclipse.equinox.p2.ui.sdk_", "org.eclipse.help.webapp_",
					"org.eclipse.equinox.http.jetty_")) {
				assertTrue(names.stream().anyMatch(n -> n.startsWith(bundle)), bundle + " is not in the IDE");
			}
		}
		assertTrue(Files.exists(report), "the IDE wrote no report:\n" + output);
		String shown = Files.readString(report, StandardCharsets.UTF_8).trim();
		assertEquals("editor=org.attributionlens.editor.HeatmapEditor title=division.attr.json rows=13 columns=5"
				+ " max=1.9074@7,2 painted=true\nhelp=Attribution Lens user guide topics=" + guideSections(), shown,
				output);
		assertTrue(output.contains("Attribution Lens opened /samples/division.attr.json"), output);
	}

	/** The "## " sections of the user guide: one topic each in Help Contents. */
	private static long guideSections() throws IOException {
		boolean fenced = false;
		long sections = 0;
		for (String line : Files.readAllLines(ROOT.resolve("docs/user-guide.md"), StandardCharsets.UTF_8)) {
			fenced ^= line.stripLeading().startsWith("```");
			if (!fenced && line.startsWith("## ")) {
				sections++;
			}
		}
		return sections;
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
