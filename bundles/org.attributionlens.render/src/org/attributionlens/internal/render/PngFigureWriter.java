package org.attributionlens.internal.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Rasterises a figure with {@link PngCanvas} and encodes it with the JDK's PNG encoder. */
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
	public static void write(FigureLayout layout, OutputStream out, double scale) throws IOException {
		PngCanvas canvas = new PngCanvas(pixels(layout.width(), scale), pixels(layout.height(), scale), scale,
				layout.metrics());
		try {
			new FigurePainter(layout).paint(canvas);
		} finally {
			canvas.dispose();
		}
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png"); //$NON-NLS-1$
		if (!writers.hasNext()) {
			throw new IOException("this Java runtime has no PNG encoder"); //$NON-NLS-1$
		}
		ImageWriter writer = writers.next();
		// a memory cache: ImageIO would otherwise buffer through a temporary file
		try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.write(null, new IIOImage(canvas.image(), null, null), null);
		} finally {
			writer.dispose();
		}
		out.flush();
	}
}
