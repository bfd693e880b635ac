package org.attributionlens.internal.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Rasterises a figure with {@link PngCanvas} and encodes it with {@link PngEncoder}. */
public final class PngFigureWriter {

	private PngFigureWriter() {
	}

	/** Pixel width of the image at a scale: the figure width times the scale, rounded up. */
	public static int pixels(int figureUnits, double scale) {
		return (int) Math.min(Integer.MAX_VALUE, Math.ceil(figureUnits * scale - 1e-9));
	}

	/**
	 * Writes and flushes; does not close {@code out}. The caller has checked the scale and the
	 * image size.
	 */
	public static void write(FigureLayout layout, FigureMetadata metadata, OutputStream out, double scale)
			throws IOException {
		PngCanvas canvas = new PngCanvas(pixels(layout.width(), scale), pixels(layout.height(), scale), scale,
				layout.metrics());
		try {
			new FigurePainter(layout).paint(canvas);
		} finally {
			canvas.dispose();
		}
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put(PngEncoder.TITLE, metadata.title());
		texts.put(PngEncoder.DESCRIPTION, metadata.description());
		PngEncoder.write(canvas.image(), out, texts);
	}
}
