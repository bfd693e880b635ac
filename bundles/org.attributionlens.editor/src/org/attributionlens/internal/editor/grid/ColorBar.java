package org.attributionlens.internal.editor.grid;

import java.util.Locale;

import org.attributionlens.internal.editor.Messages;
import org.attributionlens.model.color.Ticks;
import org.attributionlens.model.color.ValueRange;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The colour bar beside the grid, as in the reference figures: the scale from
 * low (bottom) to high (top), nice ticks, and the title "Token Attribution"
 * written along the bar.
 */
public final class ColorBar {
	private static final int BAR_WIDTH = 22;
	private static final int MARGIN = 12;
	private static final int TICK = 5;

	private final Canvas canvas;
	private HeatmapStyle style;

	public ColorBar(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.addPaintListener(e -> paint(e.gc));
	}

	public Canvas getControl() {
		return canvas;
	}

	public void setStyle(HeatmapStyle style) {
		this.style = style;
		canvas.redraw();
	}

	/** The tick values written beside the bar. */
	public double[] ticks() {
		ValueRange range = style.range();
		return Ticks.nice(range.low(), range.high(), 7);
	}

	public Point preferredSize(GC gc) {
		int labelWidth = 0;
		if (style != null) {
			gc.setFont(style.valueFont());
			for (double tick : ticks()) {
				labelWidth = Math.max(labelWidth, gc.textExtent(tickLabel(tick)).x);
			}
		}
		int titleHeight = gc.getFontMetrics().getHeight();
		int width = MARGIN + BAR_WIDTH + TICK + 4 + labelWidth + 8 + titleHeight + MARGIN;
		// the legend beneath (scale, range) must fit too
		return new Point(style == null ? width : Math.max(width, gc.textExtent(legend()).x + MARGIN), SWT.DEFAULT);
	}

	/** The scale and the range it spans, so that a figure never leaves them to guesswork. */
	private String legend() {
		ValueRange range = style.range();
		return NLS.bind(Messages.ColorBar_range, new Object[] { style.palette().scale().name(), tickLabel4(range.low()),
				tickLabel4(range.high()) });
	}

	private void paint(GC gc) {
		if (style == null) {
			return;
		}
		Rectangle area = canvas.getClientArea();
		int top = MARGIN + 8;
		int height = Math.max(10, area.height - 2 * top - gc.getFontMetrics().getHeight() * 2);
		int x = MARGIN;
		for (int y = 0; y < height; y++) {
			double t = 1.0 - y / (double) (height - 1);
			gc.setForeground(style.palette().color(t));
			gc.drawLine(x, top + y, x + BAR_WIDTH - 1, top + y);
		}
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		gc.drawRectangle(x, top, BAR_WIDTH - 1, height - 1);

		gc.setFont(style.valueFont());
		ValueRange range = style.range();
		int labelRight = 0;
		for (double tick : ticks()) {
			int y = top + (int) Math.round((1.0 - range.position(tick)) * (height - 1));
			gc.drawLine(x + BAR_WIDTH, y, x + BAR_WIDTH + TICK, y);
			String label = tickLabel(tick);
			Point extent = gc.textExtent(label);
			gc.drawText(label, x + BAR_WIDTH + TICK + 4, y - extent.y / 2, true);
			labelRight = Math.max(labelRight, x + BAR_WIDTH + TICK + 4 + extent.x);
		}
		paintTitle(gc, labelRight + 8, top, height);
		gc.drawText(legend(), MARGIN / 2, top + height + 4, true);
	}

	private static void paintTitle(GC gc, int x, int top, int height) {
		String title = Messages.ColorBar_title;
		Point extent = gc.textExtent(title);
		Transform transform = new Transform(gc.getDevice());
		try {
			// rotated by 90 degrees so that it reads top to bottom, as matplotlib's colour bar label
			transform.translate(x + extent.y, top + (height - extent.x) / 2f);
			transform.rotate(90);
			gc.setTransform(transform);
			gc.drawText(title, 0, 0, true);
			gc.setTransform(null);
		} finally {
			transform.dispose();
		}
	}

	private String tickLabel4(double value) {
		return style.format(value);
	}

	static String tickLabel(double tick) {
		String text = String.format(Locale.ROOT, "%.2f", tick); //$NON-NLS-1$
		// 1.50 -> 1.5, 1.00 -> 1.0: as matplotlib's default tick labels
		while (text.endsWith("0") && text.indexOf('.') >= 0 && text.indexOf('.') < text.length() - 2) { //$NON-NLS-1$
			text = text.substring(0, text.length() - 1);
		}
		return text.equals("-0.0") ? "0.0" : text; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
