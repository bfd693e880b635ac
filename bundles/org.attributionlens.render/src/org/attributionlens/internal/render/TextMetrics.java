package org.attributionlens.internal.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text sizes of the figure's font, the logical "SansSerif" font of Java2D (DejaVu Sans on a
 * typical Linux system, like matplotlib's default), measured with antialiasing and fractional
 * metrics, exactly as {@link PngCanvas} draws it. The SVG names the generic family
 * {@code sans-serif}; viewers substitute a similar or narrower font, which the layout's gaps absorb.
 * <p>
 * Uses only the headless-safe part of java.awt (no window, no display). Thread-safe.
 */
public final class TextMetrics {

	private static final TextMetrics INSTANCE = new TextMetrics();

	private final FontRenderContext context = new FontRenderContext(null, true, true);
	private final Font base = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
	private final Map<Double, Font> fonts = new ConcurrentHashMap<>();
	private final Map<Double, LineMetrics> lines = new ConcurrentHashMap<>();

	private TextMetrics() {
	}

	public static TextMetrics get() {
		return INSTANCE;
	}

	public Font font(double size) {
		return fonts.computeIfAbsent(size, s -> base.deriveFont(s.floatValue()));
	}

	public FontRenderContext context() {
		return context;
	}

	/** Advance width of a one-line text. */
	public double width(String text, double size) {
		if (text.isEmpty()) {
			return 0;
		}
		return font(size).getStringBounds(text, context).getWidth();
	}

	/** Distance from the baseline to the top of tall glyphs. */
	public double ascent(double size) {
		return lineMetrics(size).getAscent();
	}

	/** Distance from the baseline to the bottom of descending glyphs. */
	public double descent(double size) {
		return lineMetrics(size).getDescent();
	}

	/** {@link #ascent(double)} plus {@link #descent(double)}. */
	public double lineHeight(double size) {
		return ascent(size) + descent(size);
	}

	private LineMetrics lineMetrics(double size) {
		return lines.computeIfAbsent(size, s -> font(s).getLineMetrics("Ag", context)); //$NON-NLS-1$
	}
}
