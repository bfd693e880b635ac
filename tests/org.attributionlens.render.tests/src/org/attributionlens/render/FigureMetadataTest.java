package org.attributionlens.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.Orientation;
import org.junit.jupiter.api.Test;

/**
 * A figure file says what it shows: which tokens are the rows, whether that is how the file's tool
 * draws it, the colours, and the transforms the caller names, in the SVG's {@code <title>} and
 * {@code <desc>} and in the PNG's "Title" and "Description" text chunks.
 */
class FigureMetadataTest {

	/** Written by Captum: its tool draws output tokens as rows. */
	private static AttributionMatrix captumLike(String title) {
		return AttributionMatrix.builder(List.of("in0", "in1", "in2"), List.of("out0", "out1"),
				new float[] { 0.5f, -1f, 0.25f, 0f, Float.NaN, 1f }, "test").meta(title == null ? null : Map.of("title", title))
				.writtenOrientation(Orientation.OUTPUTS_AS_ROWS).sequence(1, 3).build();
	}

	@Test
	void descriptionStatesOrientationColoursAndTransforms() {
		HeatmapFigure asWritten = HeatmapFigure.builder(captumLike(null)).orientation(Orientation.OUTPUTS_AS_ROWS)
				.transforms(List.of("Normalised per output token (L1).")).build();
		assertEquals("Token attribution heatmap", asWritten.documentTitle());
		assertEquals("Rows: the 2 output tokens; columns: the 3 input tokens. This is how the tool that wrote the"
				+ " file draws it. Sequence 1 of the 3 in the file (0-based). Normalised per output token (L1)."
				+ " Colours: RdYlGn, from -1.0000 at the low end to 1.0000 at the high end. Each cell shows its value"
				+ " with 4 decimals. Hatched cells are missing.", asWritten.description());
		HeatmapFigure turned = HeatmapFigure.builder(captumLike("Run 7")).build();
		assertEquals("Run 7", turned.documentTitle());
		assertTrue(turned.description().startsWith("Rows: the 3 input tokens; columns: the 2 output tokens. Turned"
				+ " from how the tool that wrote the file draws it."), turned.description());
	}

	@Test
	void svgHasTitleAndDescription() {
		HeatmapFigure figure = HeatmapFigure.builder(captumLike("A <b> & c")).orientation(Orientation.OUTPUTS_AS_ROWS)
				.build();
		SvgDocument svg = Figures.svg(figure);
		assertEquals(svg.root(), svg.elements("title").get(0).getParentNode(), "a title of the document itself");
		assertEquals("A <b> & c", svg.elements("title").get(0).getTextContent());
		assertEquals(figure.description(), svg.elements("desc").get(0).getTextContent());
	}

	@Test
	void pngHasTitleAndDescriptionChunks() throws IOException {
		HeatmapFigure latin = HeatmapFigure.builder(captumLike("Café")).build();
		Map<String, String> texts = textChunks(latin);
		assertEquals(Map.of("tEXt Title", "Café", "tEXt Description", latin.description()), texts);
		HeatmapFigure unicode = HeatmapFigure.builder(captumLike("\u2581The cat")).build();
		assertEquals("\u2581The cat", textChunks(unicode).get("iTXt Title"), "not Latin-1: an iTXt chunk in UTF-8");
	}

	/** "TYPE Keyword" to text of every tEXt and iTXt chunk (the latter uncompressed, without language). */
	private static Map<String, String> textChunks(HeatmapFigure figure) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		figure.writePng(out, 1);
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(out.toByteArray()));
		in.skipNBytes(8);
		Map<String, String> texts = new LinkedHashMap<>();
		while (true) {
			int length = in.readInt();
			String type = new String(in.readNBytes(4), StandardCharsets.US_ASCII);
			byte[] data = in.readNBytes(length);
			in.readInt();
			if (type.equals("IEND")) {
				return texts;
			}
			int nul = 0;
			while (data[nul] != 0) {
				nul++;
			}
			String keyword = new String(data, 0, nul, StandardCharsets.ISO_8859_1);
			if (type.equals("tEXt")) {
				texts.put("tEXt " + keyword, new String(data, nul + 1, length - nul - 1, StandardCharsets.ISO_8859_1));
			} else if (type.equals("iTXt")) {
				assertEquals(0, data[nul + 1], "not compressed");
				int start = nul + 5; // flag, method, empty language tag and translated keyword, each ended by NUL
				texts.put("iTXt " + keyword, new String(data, start, length - start, StandardCharsets.UTF_8));
			}
		}
	}
}
