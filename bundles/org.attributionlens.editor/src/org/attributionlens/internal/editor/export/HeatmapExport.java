package org.attributionlens.internal.editor.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

import org.attributionlens.internal.editor.preferences.ViewPreferences;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.Orientation;
import org.attributionlens.model.view.DisplayedMatrix;
import org.attributionlens.model.view.ViewDescription;
import org.attributionlens.model.color.ColorScale;
import org.attributionlens.model.color.ValueRange;
import org.attributionlens.model.io.DelimitedWriter;
import org.attributionlens.render.HeatmapFigure;

/**
 * What the export wizard writes: the heatmap as shown (orientation, merged tokens, normalisation,
 * highlight dimming) as a figure drawn by the same renderer as the command line's {@code render},
 * its description stating those transforms, or as a CSV table of the displayed values whose first
 * line, a {@code #} comment, states them. Written to
 * a temporary file first, so that a failed export never leaves half a file.
 *
 * @param view     the view as displayed
 * @param scale    the colour scale shown
 * @param range    the value range of the colours shown
 * @param decimals digits printed in the cells
 */
public record HeatmapExport(DisplayedMatrix view, ColorScale scale, ValueRange range, int decimals) {
	public enum Format {
		SVG("svg"), PNG("png"), CSV("csv"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		private final String extension;

		Format(String extension) {
			this.extension = extension;
		}

		public String extension() {
			return extension;
		}
	}

	/** @param pngScale pixels per figure unit, for PNG only */
	public void write(Format format, double pngScale, Path target) throws IOException {
		Path parent = target.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		// created like any new file, so that the umask gives the export its permissions
		// (Files.createTempFile would leave it readable by its owner only once renamed)
		Path temporary = parent.resolve(".export-" + Long.toUnsignedString(new SecureRandom().nextLong(), 36) //$NON-NLS-1$
				+ '.' + format.extension());
		try {
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				switch (format) {
				case SVG -> figure().writeSvg(out);
				case PNG -> figure().writePng(out, pngScale);
				// the table is the view as shown, rows as on the screen: its first line says which
				// tokens the rows are and what was done to the values, as the figures' descriptions do
				case CSV -> DelimitedWriter.csv().withFormulaSafety(ViewPreferences.formulaSafeCsv())
						.withComment(String.join(" ", ViewDescription.ofTable(view))).write(view.matrix(), out); //$NON-NLS-1$
				}
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private HeatmapFigure figure() {
		// the figure is drawn from the view in the model's orientation, so that its bars and its
		// description know which tokens are inputs; the orientation turns it as the editor does
		AttributionMatrix semantic = view.semantic();
		Object title = semantic.meta().get("title"); //$NON-NLS-1$
		HeatmapFigure.Builder builder = HeatmapFigure.builder(semantic).colorScale(scale).range(range).decimals(decimals)
				.orientation(Orientation.of(view.transposed())).transforms(ViewDescription.sentences(view))
				.dimmed((input, output) -> view.dimmed(view.rowOf(input, output), view.columnOf(input, output)));
		if (title != null) {
			builder.title(String.valueOf(title));
		}
		return builder.build();
	}
}
