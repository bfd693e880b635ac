package org.attributionlens.help.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The help bundle as built (its jar) against docs/user-guide.md: the table of contents lists
 * topics that are in the bundle, every section of the guide has its topic, and the topics are
 * what the generator makes of the guide today, so Help Contents cannot drift from the guide.
 */
class HelpBundleTest {
	private static final Path ROOT = Path.of(System.getProperty("attributionlens.root", "../..")).toAbsolutePath()
			.normalize();
	private static final Path GUIDE = ROOT.resolve("docs/user-guide.md");
	private static final Path GENERATOR = ROOT.resolve("bundles/org.attributionlens.help/generator/GuideToHelp.java");
	private static final Pattern HEADING = Pattern.compile("^(##|###) (.*)$");
	private static final Pattern LOCAL_REFERENCE = Pattern.compile("(?:href|src)=\"(?!https?:)([^\"#]*)(?:#([^\"]*))?\"");

	/** The bundle's files by path, as the built jar holds them. */
	private static Map<String, byte[]> bundle;
	private static Element toc;

	@BeforeAll
	static void readBundle() throws Exception {
		Path jar = Path.of(System.getProperty("attributionlens.helpJar",
				ROOT.resolve("bundles/org.attributionlens.help/target/org.attributionlens.help-0.1.0-SNAPSHOT.jar")
						.toString()));
		assertTrue(Files.isRegularFile(jar), "the help bundle is not built: " + jar);
		bundle = new TreeMap<>();
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			for (ZipEntry entry : zip.stream().filter(e -> !e.isDirectory()).toList()) {
				try (InputStream in = zip.getInputStream(entry)) {
					bundle.put(entry.getName(), in.readAllBytes());
				}
			}
		}
		Element plugin = xml(bundle.get("plugin.xml"));
		NodeList tocs = plugin.getElementsByTagName("toc");
		assertEquals(1, tocs.getLength(), "plugin.xml contributes one table of contents");
		Element declared = (Element) tocs.item(0);
		assertEquals("true", declared.getAttribute("primary"), "the guide is a book of its own in Help Contents");
		byte[] tocFile = bundle.get(declared.getAttribute("file"));
		assertNotNull(tocFile, "plugin.xml names " + declared.getAttribute("file") + ", which the bundle lacks");
		toc = xml(tocFile);
	}

	@Test
	void tableOfContentsListsTopicsThatExist() {
		List<Element> topics = elements(toc, "topic");
		assertFalse(topics.isEmpty());
		assertExists(toc.getAttribute("topic"), "the book's own topic");
		for (Element topic : topics) {
			assertFalse(topic.getAttribute("label").isBlank(), "a topic without a label: " + topic.getAttribute("href"));
			assertExists(topic.getAttribute("href"), topic.getAttribute("label"));
		}
	}

	@Test
	void everySectionOfTheGuideHasATopic() throws IOException {
		List<String> expected = new ArrayList<>();
		boolean fenced = false;
		for (String line : Files.readAllLines(GUIDE, StandardCharsets.UTF_8)) {
			fenced ^= line.stripLeading().startsWith("```");
			Matcher heading = HEADING.matcher(line);
			if (!fenced && heading.matches()) {
				String label = heading.group(2).replace("`", "").replace("**", "").strip();
				expected.add((heading.group(1).length() == 2 ? "" : "  ") + label);
			}
		}
		List<String> listed = new ArrayList<>();
		for (Element section : children(toc)) {
			listed.add(section.getAttribute("label"));
			for (Element subsection : children(section)) {
				listed.add("  " + subsection.getAttribute("label"));
			}
		}
		assertFalse(expected.isEmpty(), "the guide has no sections");
		assertEquals(String.join("\n", expected), String.join("\n", listed),
				"the table of contents lists the guide's sections and sub-sections, in order");
		assertEquals(firstLine("# "), toc.getAttribute("label"), "the book is named after the guide");
	}

	@Test
	void everyLinkAndImageOfATopicIsInTheBundle() {
		for (Map.Entry<String, byte[]> file : bundle.entrySet()) {
			if (!file.getKey().endsWith(".html")) {
				continue;
			}
			String html = new String(file.getValue(), StandardCharsets.UTF_8);
			String dir = file.getKey().substring(0, file.getKey().lastIndexOf('/') + 1);
			Matcher reference = LOCAL_REFERENCE.matcher(html);
			while (reference.find()) {
				String target = reference.group(1).isEmpty() ? file.getKey() : Path.of(dir + reference.group(1)).normalize()
						.toString().replace('\\', '/');
				assertExists(reference.group(2) == null ? target : target + "#" + reference.group(2), file.getKey());
			}
		}
		assertTrue(bundle.keySet().stream().anyMatch(name -> name.endsWith(".png")),
				"the screenshots the guide shows are in the bundle");
	}

	@Test
	void bundleHoldsWhatTheGuideMakesToday(@TempDir Path out) throws Exception {
		assertEquals(0, generate(GUIDE, out), "the generator failed on the guide");
		Map<String, byte[]> generated = new TreeMap<>();
		try (Stream<Path> files = Files.walk(out)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				generated.put(out.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
			}
		}
		for (Map.Entry<String, byte[]> file : generated.entrySet()) {
			assertArrayEquals(file.getValue(), bundle.get(file.getKey()),
					file.getKey() + " differs from what docs/user-guide.md gives: rebuild the help bundle");
		}
		List<String> stale = bundle.keySet().stream()
				.filter(name -> (name.startsWith("help/") || name.equals("toc.xml")) && !generated.containsKey(name))
				.toList();
		assertEquals(List.of(), stale, "topics the guide no longer has");
	}

	@Test
	void textFromTheGuideIsEscaped(@TempDir Path dir) throws Exception {
		Path guide = dir.resolve("guide.md");
		Files.writeString(guide, """
				# Book <b>"one"</b> & 'two'

				## Section <script>alert(1)</script>
				Text with <img src=x onerror=alert(1)> and `code <desc> & "x"`.

				| a | b |
				| --- | --- |
				| <i>cell</i> | [link <u>](https://example.org/?a=1&b=2) |

				```
				<pre> & </code>
				```
				""");
		Path out = dir.resolve("out");
		assertEquals(0, generate(guide, out));
		StringBuilder written = new StringBuilder();
		try (Stream<Path> files = Files.walk(out)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				written.append(Files.readString(file));
			}
		}
		String all = written.toString();
		for (String raw : List.of("<script", "<img src=x", "<b>", "<i>", "<u>", "<desc>", "<pre> &")) {
			assertFalse(all.contains(raw), raw + " went through unescaped:\n" + all);
		}
		assertTrue(all.contains("Section &lt;script&gt;alert(1)&lt;/script&gt;"), all);
		assertTrue(all.contains("<code>code &lt;desc&gt; &amp; &quot;x&quot;</code>"), all);
		assertTrue(all.contains("<a href=\"https://example.org/?a=1&amp;b=2\">link &lt;u&gt;</a>"), all);
		assertTrue(all.contains("<toc label=\"Book &lt;b&gt;&quot;one&quot;&lt;/b&gt; &amp; &#39;two&#39;\""), all);
		assertTrue(all.contains("<pre><code>&lt;pre&gt; &amp; &lt;/code&gt;\n</code></pre>"), all);
	}

	@Test
	void scriptLinksAndMissingFilesFailTheBuild(@TempDir Path dir) throws Exception {
		for (String link : List.of("[x](javascript:alert(1))", "[x](missing.png)", "![x](../README.md)", "[x](#nowhere)")) {
			Path guide = dir.resolve("guide.md");
			Files.writeString(guide, "# Book\n\n## Section\n" + link + "\n");
			assertNotEquals(0, generate(guide, dir.resolve("out")), link + " was accepted");
		}
	}

	private static int generate(Path guide, Path out) throws Exception {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				GENERATOR.toString(), guide.toString(), out.toString()).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the generator did not finish");
		System.out.print(new String(output, StandardCharsets.UTF_8));
		return process.exitValue();
	}

	/** A topic (with or without #anchor) that the bundle holds, the anchor an id of that page. */
	private static void assertExists(String href, String where) {
		String[] parts = href.split("#", 2);
		byte[] page = bundle.get(parts[0]);
		assertNotNull(page, where + " points to " + href + ", which the bundle lacks");
		if (parts.length == 2) {
			assertTrue(new String(page, StandardCharsets.UTF_8).contains("id=\"" + parts[1] + "\""),
					where + " points to " + href + ", which has no such anchor");
		}
	}

	private static String firstLine(String prefix) throws IOException {
		return Files.readAllLines(GUIDE, StandardCharsets.UTF_8).stream().filter(line -> line.startsWith(prefix))
				.findFirst().orElseThrow().substring(prefix.length()).strip();
	}

	private static Element xml(byte[] bytes) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
		return document.getDocumentElement();
	}

	private static List<Element> elements(Element parent, String tag) {
		NodeList nodes = parent.getElementsByTagName(tag);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	private static List<Element> children(Element parent) {
		List<Element> children = new ArrayList<>();
		for (int i = 0; i < parent.getChildNodes().getLength(); i++) {
			if (parent.getChildNodes().item(i) instanceof Element child && child.getTagName().equals("topic")) {
				children.add(child);
			}
		}
		return children;
	}
}
