package org.attributionlens.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.attributionlens.internal.editor.export.ExportHeatmapWizard;
import org.attributionlens.internal.editor.export.HeatmapExport;
import org.attributionlens.internal.editor.handlers.ViewHandler;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionReaders;
import org.attributionlens.model.view.Highlight;
import org.attributionlens.model.view.Normalization;
import org.attributionlens.model.view.ViewSettings;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export wizard writes what the editor shows. */
class ExportWizardTest extends DivisionSampleTest {
	@TempDir
	Path out;

	private Path export(HeatmapExport.Format format, String name) {
		ExportHeatmapWizard wizard = new ExportHeatmapWizard();
		wizard.init(editor);
		WizardDialog dialog = new WizardDialog(editor.getSite().getShell(), wizard);
		dialog.create();
		try {
			Path target = out.resolve(name);
			wizard.getExportPage().setFormat(format);
			wizard.getExportPage().setDestinationText(target.toString());
			assertTrue(wizard.canFinish());
			assertTrue(wizard.performFinish(), () -> String.valueOf(wizard.getExportPage().getErrorMessage()));
			return target;
		} finally {
			dialog.close();
		}
	}

	@Test
	void svgHasTheTokensTheValuesAndTheColourBar() throws Exception {
		String svg = Files.readString(export(HeatmapExport.Format.SVG, "division.svg"), StandardCharsets.UTF_8);
		assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), svg.substring(0, 40));
		assertTrue(svg.contains(">1.9074<"), "the maximum is printed");
		assertTrue(svg.contains("4900 / 100 = 49"));
		assertTrue(svg.contains("Token Attribution"));
		assertTrue(svg.toLowerCase().contains("#006837"), "the maximum's RdYlGn colour");
	}

	@Test
	void pngIsAnImageAtTheChosenScale() throws Exception {
		Path png = export(HeatmapExport.Format.PNG, "division.png");
		var image = ImageIO.read(png.toFile());
		assertTrue(image.getWidth() > 200 && image.getHeight() > 100, image.getWidth() + "x" + image.getHeight());
	}

	@Test
	void csvHoldsTheDisplayedMatrixAfterTransposing() throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ViewHandler.TRANSPOSE, null);
		WorkbenchFixture.drain();
		List<String> lines = Files.readAllLines(export(HeatmapExport.Format.CSV, "division.csv"), StandardCharsets.UTF_8);
		assertEquals(1 + 1 + 5, lines.size(), "a comment, a header and one line per input token: transposed, they are the rows");
		assertEquals("# Input tokens as rows, output tokens as columns (as Inseq draws it).", lines.get(0));
		assertTrue(lines.get(4).startsWith("4900 / 100 = 49,"), lines.get(4));
		assertTrue(lines.get(4).contains("1.9074"), lines.get(4));
	}

	@Test
	void csvSaysInItsFirstLineWhatWasDoneAndReadsBackAsShown() throws Exception {
		ViewSettings view = editor.getViewState().view().withNormalization(Normalization.COLUMN_MAX_ABS)
				.withHighlight(new Highlight.TopKPerColumn(3));
		editor.setViewState(editor.getViewState().withView(view));
		WorkbenchFixture.drain();
		Path csv = export(HeatmapExport.Format.CSV, "normalised.csv");
		assertEquals("# Normalised: each output token's largest |value| is 1."
				+ " Highlight: each output token's 3 largest |values| lit, the others dimmed."
				+ " Output tokens as rows, input tokens as columns (as Captum draws it).",
				Files.readAllLines(csv, StandardCharsets.UTF_8).get(0));
		// our own reader skips the comment: the table is the grid's, row for row
		AttributionMatrix back = AttributionReaders.read(csv);
		AttributionMatrix shown = editor.getMatrix();
		assertEquals(shown.rowTokens(), back.rowTokens());
		assertEquals(shown.columnTokens(), back.columnTokens());
		assertArrayEquals(shown.toRowMajorArray(), back.toRowMajorArray());
		assertEquals(1.0f, back.value(7, 2), "▁/'s largest |value|, normalised");
	}

	@Test
	void svgHonoursTheHighlightAndSaysWhatWasDone() throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ViewHandler.HIGHLIGHT_TOP_K, null);
		WorkbenchFixture.drain();
		String svg = Files.readString(export(HeatmapExport.Format.SVG, "top3.svg"), StandardCharsets.UTF_8);
		String description = svg.substring(svg.indexOf("<desc>"), svg.indexOf("</desc>"));
		assertTrue(description.contains("Output tokens as rows"), description);
		assertTrue(description.contains("3 largest |values| lit, the others dimmed"), description);
		assertTrue(svg.toLowerCase().contains("#006837"), "1.9074, lit, keeps its colour");
		// 7 x 5 = 35 is the smallest of ▁/'s five inputs: dimmed, its RdYlGn yellow-green faded to white
		int lit = editor.getGrid().getStyle().palette().scale().rgb(editor.getGrid().getStyle().range().position(0.0909f));
		assertTrue(svg.contains(hex(fade(lit))), "the faded colour of 0.0909, " + hex(fade(lit)));
	}

	private static int fade(int rgb) {
		int faded = 0;
		for (int shift = 16; shift >= 0; shift -= 8) {
			int channel = (rgb >> shift) & 0xFF;
			faded |= (int) Math.round(255 - (255 - channel) * (60 / 255.0)) << shift;
		}
		return faded;
	}

	private static String hex(int rgb) {
		return String.format("#%06x", rgb);
	}
}
