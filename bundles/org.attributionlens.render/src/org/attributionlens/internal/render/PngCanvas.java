package org.attributionlens.internal.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Draws into an RGB image with Java2D, at a scale: fills straight into the pixels with edges
 * rounded to whole pixels (so that neighbouring cells tile without seams or blending and a cell's
 * colour is exact), axis-parallel lines likewise, and text and slanted lines antialiased with
 * fractional metrics, as {@link TextMetrics} measures.
 */
final class PngCanvas implements FigureCanvas {

	private final BufferedImage image;
	private final int[] pixels;
	private final int width;
	private final int height;
	private final double scale;
	private final Graphics2D graphics;
	private final TextMetrics metrics;

	/** The caller must {@link #dispose()} it. */
	PngCanvas(int width, int height, double scale, TextMetrics metrics) {
		this.width = width;
		this.height = height;
		this.scale = scale;
		this.metrics = metrics;
		image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		graphics = image.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
	}

	BufferedImage image() {
		return image;
	}

	void dispose() {
		graphics.dispose();
	}

	@Override
	public void fillRect(double x, double y, double w, double h, int rgb) {
		int left = clamp(Math.round(x * scale), width);
		int right = clamp(Math.round((x + w) * scale), width);
		int top = clamp(Math.round(y * scale), height);
		int bottom = clamp(Math.round((y + h) * scale), height);
		for (int row = top; row < bottom; row++) {
			int offset = row * width;
			for (int column = left; column < right; column++) {
				pixels[offset + column] = rgb;
			}
		}
	}

	private static int clamp(long value, int limit) {
		return (int) Math.max(0, Math.min(limit, value));
	}

	@Override
	public void fillHatched(double x, double y, double w, double h) {
		fillRect(x, y, w, h, FigureLayout.MISSING_FILL);
		int left = clamp(Math.round(x * scale), width);
		int right = clamp(Math.round((x + w) * scale), width);
		int top = clamp(Math.round(y * scale), height);
		int bottom = clamp(Math.round((y + h) * scale), height);
		if (right - left < 3 || bottom - top < 3) {
			return;
		}
		// crisp hatch pixels in the exact colour, as the editor draws it
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
		graphics.setClip(left, top, right - left, bottom - top);
		graphics.setColor(new Color(FigureLayout.MISSING_HATCH));
		graphics.setStroke(new BasicStroke((float) scale));
		double step = FigureLayout.HATCH_STEP * scale;
		// the lines "/" of the SVG pattern, which is anchored at the figure's origin: x + y = k * step
		for (double c = Math.floor((left + top) / step) * step; c <= right + bottom; c += step) {
			graphics.draw(new Line2D.Double(c - bottom, bottom, c - top, top));
		}
		graphics.setClip(null);
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
	}

	@Override
	public void drawLine(double x1, double y1, double x2, double y2, double lineWidth, int rgb) {
		double half = lineWidth / 2;
		if (y1 == y2) {
			fillRect(Math.min(x1, x2), y1 - half, Math.abs(x2 - x1), lineWidth, rgb);
		} else if (x1 == x2) {
			fillRect(x1 - half, Math.min(y1, y2), lineWidth, Math.abs(y2 - y1), rgb);
		} else {
			graphics.setColor(new Color(rgb));
			graphics.setStroke(new BasicStroke((float) (lineWidth * scale)));
			graphics.draw(new Line2D.Double(x1 * scale, y1 * scale, x2 * scale, y2 * scale));
		}
	}

	@Override
	public void drawText(String text, double x, double y, double size, int rgb, Anchor anchor, double angle) {
		double shift = switch (anchor) {
		case START -> 0;
		case MIDDLE -> -metrics.width(text, size) / 2;
		case END -> -metrics.width(text, size);
		};
		AffineTransform saved = graphics.getTransform();
		graphics.scale(scale, scale);
		graphics.translate(x, y);
		if (angle != 0) {
			graphics.rotate(Math.toRadians(angle));
		}
		graphics.setFont(metrics.font(size));
		graphics.setColor(new Color(rgb));
		graphics.drawString(text, (float) shift, 0f);
		graphics.setTransform(saved);
	}
}
