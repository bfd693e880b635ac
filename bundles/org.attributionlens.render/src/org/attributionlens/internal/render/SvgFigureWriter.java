package org.attributionlens.internal.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Writes a figure as a standalone SVG document in UTF-8. */
public final class SvgFigureWriter {

	private SvgFigureWriter() {
	}

	/** Writes and flushes; does not close {@code out}. */
	public static void write(FigureLayout layout, FigureMetadata metadata, OutputStream out) throws IOException {
		OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		SvgCanvas canvas = new SvgCanvas(new SvgOut(writer));
		try {
			canvas.begin(layout.width(), layout.height(), metadata);
			new FigurePainter(layout).paint(canvas);
			canvas.end();
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}
}
