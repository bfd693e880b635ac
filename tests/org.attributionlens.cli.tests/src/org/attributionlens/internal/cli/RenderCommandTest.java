package org.attributionlens.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code render}: figure files, options, and the usual exit codes and messages. */
class RenderCommandTest {

	@TempDir
	Path dir;

	@Test
	void rendersTheDivisionFigureAsSvg() throws Exception {
		String svg = dir.resolve("division.svg").toString();
		CliRun run = CliRun.of("render", CliRun.sample("division.attr.json"), "-o", svg);
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("", run.err());
		assertTrue(run.out().startsWith(svg + ": "), run.out());
		assertTrue(run.out().contains("5 input tokens x 13 output tokens, output tokens as rows"), run.out());
		List<String> texts = texts(svg);
		assertTrue(texts.contains("1.9074"));
		assertTrue(texts.contains("Token Attribution"));
		assertTrue(texts.contains("4900 / 100 = 49"));
	}

	@Test
	void rendersPngAtAScale() throws IOException {
		Path one = dir.resolve("one.png");
		Path two = dir.resolve("two.PNG");
		assertEquals(0, CliRun.of("render", CliRun.sample("arithmetic.attr.json"), "-o", one.toString()).exitCode());
		CliRun run = CliRun.of("render", CliRun.sample("arithmetic.attr.json"), "--scale", "2", "--output",
				two.toString());
		assertEquals(0, run.exitCode(), run.err());
		BufferedImage small = ImageIO.read(one.toFile());
		BufferedImage large = ImageIO.read(two.toFile());
		assertNotNull(small);
		assertEquals(2 * small.getWidth(), large.getWidth());
		assertEquals(2 * small.getHeight(), large.getHeight());
		assertTrue(run.out().contains(large.getWidth() + " x " + large.getHeight() + " px"), run.out());
	}

	@Test
	void decimalsTransposeAndColormapOptions() throws Exception {
		String file = CliRun.sample("division.attr.json");
		String plain = dir.resolve("plain.svg").toString();
		String options = dir.resolve("options.svg").toString();
		assertEquals(0, CliRun.of("render", file, "-o", plain).exitCode());
		CliRun run = CliRun.of("render", file, "-o", options, "--decimals=2", "--transpose", "--colormap", "rdylgn");
		assertEquals(0, run.exitCode(), run.err());
		List<String> texts = texts(options);
		assertTrue(texts.contains("1.91"));
		assertFalse(texts.contains("1.9074"));
		// a 13 x 5 matrix: turned, a tall figure becomes a wide one and a wide one a tall one
		assertTrue(width(options) > height(options) != width(plain) > height(plain));
	}

	@Test
	void largeMatrixRendersWithoutValues() throws Exception {
		Path input = dir.resolve("large.attr.json");
		StringBuilder json = new StringBuilder("{\"input_tokens\": [");
		int rows = 1000;
		int columns = 200;
		for (int row = 0; row < rows; row++) {
			json.append(row == 0 ? "" : ",").append("\"in").append(row).append('"');
		}
		json.append("], \"output_tokens\": [");
		for (int column = 0; column < columns; column++) {
			json.append(column == 0 ? "" : ",").append("\"out").append(column).append('"');
		}
		json.append("], \"token_attr\": [");
		for (int column = 0; column < columns; column++) {
			json.append(column == 0 ? "[" : ",[");
			for (int row = 0; row < rows; row++) {
				json.append(row == 0 ? "" : ",").append((row * 7 + column * 13) % 201 / 100.0 - 1);
			}
			json.append(']');
		}
		Files.writeString(input, json.append("]}").toString());
		String svg = dir.resolve("large.svg").toString();
		CliRun run = CliRun.of("render", input.toString(), "-o", svg);
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("cells too small for values"), run.out());
		List<String> texts = texts(svg);
		assertTrue(texts.size() < 600, texts.size() + " texts");
		assertFalse(texts.contains("0.5000"));
	}

	@Test
	void unknownColormapIsAUsageErrorListingTheNames() {
		CliRun run = CliRun.of("render", CliRun.sample("division.attr.json"), "-o", dir.resolve("x.svg").toString(),
				"--colormap", "viridisss");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("unknown colour map \"viridisss\"; available: "), run.err());
		assertTrue(run.err().lines().findFirst().orElseThrow().contains("RdYlGn"), run.err());
		assertFalse(Files.exists(dir.resolve("x.svg")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "render", "render IN", "render IN -o", "render IN -o OUT.jpg", "render IN -o OUT.svg --decimals 9",
			"render IN -o OUT.svg --decimals two", "render IN -o OUT.png --scale 0", "render IN -o OUT.png --scale 17",
			"render IN -o OUT.svg --scale 2", "render IN -o OUT.svg --frobnicate", "render IN IN -o OUT.svg",
			"render IN -o OUT.svg -o OTHER.svg", "render IN -o OUT.svg --sequence -1", "render IN -o IN",
			"convert", "convert IN", "convert IN -o IN", "convert IN -o OUT.attr.json --decimals 2" })
	void usageErrorsExitWithTwo(String commandLine) {
		String input = CliRun.sample("division.attr.json");
		String[] args = commandLine.replace("OUT", dir.resolve("out").toString()).split(" ");
		for (int i = 0; i < args.length; i++) {
			args[i] = args[i].equals("IN") ? input : args[i];
		}
		CliRun run = CliRun.of(args);
		assertEquals(2, run.exitCode(), run.err());
		assertEquals("", run.out());
		assertTrue(run.err().contains("usage: attribution-lens <command> [options]"), run.err());
		try (var files = Files.list(dir)) {
			assertEquals(0, files.count(), "nothing written");
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	@Test
	void usageErrorsSayWhatIsWrong() {
		String input = CliRun.sample("division.attr.json");
		assertTrue(CliRun.of("render", input).err().startsWith("render needs the option -o"));
		assertTrue(CliRun.of("render", input, "-o", "x.gif").err().startsWith("the figure file \"x.gif\" must end in .svg or .png"));
		assertTrue(CliRun.of("render", input, "-o", "x.svg", "--decimals", "9").err()
				.startsWith("option \"--decimals\" needs a whole number from 0 to 8, got \"9\""));
		assertTrue(CliRun.of("render", input, "-o", input.replace(".attr.json", ".svg"), "--scale", "2").err()
				.startsWith("--scale applies to PNG output only"));
		assertTrue(CliRun.of("convert", input, "-o", input).err().startsWith(input + ": is the input file"));
		assertTrue(CliRun.of("render", input, "-o").err().startsWith("option \"-o\" needs a value"));
	}

	@Test
	void fileProblemsExitWithOne() throws IOException {
		String absent = dir.resolve("absent.attr.json").toString();
		CliRun missing = CliRun.of("render", absent, "-o", dir.resolve("a.svg").toString());
		assertEquals(1, missing.exitCode());
		assertEquals(absent + ": no such file", missing.err().strip());

		Path bad = dir.resolve("bad.attr.json");
		Files.writeString(bad, "{\"input_tokens\": [\"a\"], \"token_attr\": [[1");
		CliRun invalid = CliRun.of("render", bad.toString(), "-o", dir.resolve("b.png").toString());
		assertEquals(1, invalid.exitCode());
		assertTrue(invalid.err().startsWith(bad + ":1:"), invalid.err());

		String nowhere = dir.resolve("no/such/dir/c.svg").toString();
		CliRun unwritable = CliRun.of("render", CliRun.sample("division.attr.json"), "-o", nowhere);
		assertEquals(1, unwritable.exitCode());
		assertEquals(nowhere + ": cannot write the file (its directory does not exist)", unwritable.err().strip());
		assertFalse(unwritable.err().contains("Exception"));
	}

	@Test
	void failedRenderKeepsTheOldFile() throws IOException {
		Path target = dir.resolve("figure.png");
		Files.writeString(target, "old");
		Path bad = dir.resolve("bad.attr.json");
		Files.writeString(bad, "{}");
		assertEquals(1, CliRun.of("render", bad.toString(), "-o", target.toString()).exitCode());
		assertEquals("old", Files.readString(target));
		try (var files = Files.list(dir)) {
			assertEquals(2, files.count(), "no temporary file left");
		}
	}

	@Test
	void helpListsTheNewCommands() {
		String help = CliRun.of("--help").out();
		assertTrue(help.contains("render FILE -o OUT.svg|OUT.png"), help);
		assertTrue(help.contains("--colormap NAME     colour scale: RdYlGn"), help);
		assertTrue(help.contains("convert FILE -o OUT.attr.json"), help);
		assertTrue(help.contains("(Captum's native format: output"), "the quote survives MessageFormat");
	}

	/**
	 * By default a figure is drawn as the tool that wrote the file draws it (Captum's native format:
	 * output tokens as rows; Inseq: input tokens as rows); --transpose turns it; the file says so.
	 */
	@Test
	void followsTheWritingToolsOrientationUnlessTransposed() throws Exception {
		String captum = CliRun.repositoryFile(
				"tests/org.attributionlens.model.tests/fixtures/captum/feature-ablation.attr.json").toString();
		String plain = dir.resolve("plain.svg").toString();
		CliRun run = CliRun.of("render", captum, "-o", plain);
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("5 input tokens x 8 output tokens, output tokens as rows"), run.out());
		assertEquals("playing", axisLabels(plain).get(0), "the first row label is the first output token");
		assertTrue(description(plain).startsWith("Rows: the 8 output tokens; columns: the 5 input tokens. This is how"
				+ " the tool that wrote the file draws it."), description(plain));
		String turned = dir.resolve("turned.svg").toString();
		assertEquals(0, CliRun.of("render", captum, "-o", turned, "--transpose").exitCode());
		assertEquals("Dave", axisLabels(turned).get(0));
		assertTrue(description(turned).startsWith("Rows: the 5 input tokens; columns: the 8 output tokens. Turned"
				+ " from how the tool that wrote the file draws it."), description(turned));

		String inseq = dir.resolve("inseq.svg").toString();
		CliRun second = CliRun.of("render", CliRun.repositoryFile(
				"tests/org.attributionlens.model.tests/fixtures/inseq/two-sequences.json").toString(), "-o", inseq,
				"--sequence", "1");
		assertEquals(0, second.exitCode(), second.err());
		assertTrue(second.out().contains("input tokens as rows"), second.out());
		assertTrue(description(inseq).contains("This is how the tool that wrote the file draws it. Sequence 1 of the 2"
				+ " in the file (0-based)."), description(inseq));
	}

	@Test
	void barsOfSeqAttrAndOutputProbabilitiesInSvgAndPng() throws Exception {
		String captum = CliRun.repositoryFile(
				"tests/org.attributionlens.model.tests/fixtures/captum/feature-ablation.attr.json").toString();
		String svg = dir.resolve("bars.svg").toString();
		assertEquals(0, CliRun.of("render", captum, "-o", svg).exitCode());
		List<String> texts = texts(svg);
		assertTrue(texts.containsAll(List.of("seq_attr", "-1.4188 to 1.9421", "output probability", "0.0000 to 1.0000")),
				texts.toString());
		assertTrue(description(svg).endsWith("Bars along the input tokens: seq_attr. Bars along the output tokens:"
				+ " output probability."), description(svg));
		Path png = dir.resolve("bars.png");
		assertEquals(0, CliRun.of("render", captum, "-o", png.toString()).exitCode());
		String chunks = new String(Files.readAllBytes(png), StandardCharsets.ISO_8859_1);
		assertTrue(chunks.contains("tEXtDescription\0" + description(svg)), "the PNG says the same as the SVG");
	}

	/** The token labels, rows first. */
	private static List<String> axisLabels(String svg) throws Exception {
		NodeList groups = parse(svg).getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (group.getAttribute("id").equals("axes")) {
				NodeList labels = group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
				List<String> texts = new ArrayList<>();
				for (int j = 0; j < labels.getLength(); j++) {
					texts.add(labels.item(j).getTextContent());
				}
				return texts;
			}
		}
		throw new AssertionError("no axes in " + svg);
	}

	private static String description(String svg) throws Exception {
		return parse(svg).getElementsByTagNameNS("http://www.w3.org/2000/svg", "desc").item(0).getTextContent();
	}

	private static List<String> texts(String svg) throws Exception {
		NodeList nodes = parse(svg).getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	private static double width(String svg) throws Exception {
		return Double.parseDouble(parse(svg).getDocumentElement().getAttribute("width"));
	}

	private static double height(String svg) throws Exception {
		return Double.parseDouble(parse(svg).getDocumentElement().getAttribute("height"));
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(Path.of(svg).toFile());
	}
}
