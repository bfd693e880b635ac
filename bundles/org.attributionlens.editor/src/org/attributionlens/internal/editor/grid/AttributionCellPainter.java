package org.attributionlens.internal.editor.grid;

import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.AbstractCellPainter;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Paints one heatmap cell: its colour on the scale, the value centred in black or
 * white for contrast, a hatch for a missing cell (so it never looks like zero),
 * a blank where the token strips meet, and a frame when selected. The value is hidden when the cell is too small to
 * print it whole.
 */
public final class AttributionCellPainter extends AbstractCellPainter {
	private static final int HATCH_STEP = 6;
	private static final int DIMMED_ALPHA = 60;
	private static final int CLIP_MARK = 7;

	@Override
	public void paintCell(ILayerCell cell, GC gc, Rectangle bounds, IConfigRegistry configRegistry) {
		HeatmapStyle style = configRegistry.getConfigAttribute(HeatmapStyle.ATTRIBUTE, DisplayMode.NORMAL);
		Object data = cell.getDataValue();
		Rectangle inner = new Rectangle(bounds.x, bounds.y, bounds.width - 1, bounds.height - 1);
		if (data instanceof StepScoreValue step) {
			gc.setBackground(style.stepScoreFill());
			gc.fillRectangle(inner);
			paintValue(gc, inner, Float.isNaN(step.value()) ? "" : style.format(step.value()), style, 0.5); //$NON-NLS-1$
		} else if (data instanceof Float value && !value.isNaN()) {
			double t = style.range().position(value);
			if (style.dimmed(cell.getRowIndex(), cell.getColumnIndex())) {
				// a highlight is on and this cell is not in it: a faint wash of its colour, no value
				gc.setBackground(style.missingFill());
				gc.fillRectangle(inner);
				gc.setAlpha(DIMMED_ALPHA);
				gc.setBackground(style.palette().color(t));
				gc.fillRectangle(inner);
				gc.setAlpha(255);
			} else {
				gc.setBackground(style.palette().color(t));
				gc.fillRectangle(inner);
				paintValue(gc, inner, style.format(value), style, t);
				if (style.range().clips(value)) {
					paintClipMark(gc, inner, style, t);
				}
			}
		} else if (data == null) {
			// where the strips beside and beneath the grid meet: no token pair and no value. Left as
			// blank as the lines between cells, so that it does not read as a missing attribution
			gc.setBackground(style.gridLine());
			gc.fillRectangle(inner);
		} else {
			paintMissing(gc, inner, style);
		}
		gc.setForeground(style.gridLine());
		gc.drawLine(bounds.x, bounds.y + bounds.height - 1, bounds.x + bounds.width - 1, bounds.y + bounds.height - 1);
		gc.drawLine(bounds.x + bounds.width - 1, bounds.y, bounds.x + bounds.width - 1, bounds.y + bounds.height - 1);
		if (cell.getDisplayMode() == DisplayMode.SELECT) {
			paintSelection(gc, inner, style);
		}
	}

	private static void paintValue(GC gc, Rectangle inner, String text, HeatmapStyle style, double t) {
		gc.setFont(style.valueFont());
		Point extent = gc.textExtent(text);
		if (extent.x + 4 > inner.width || extent.y > inner.height) {
			return;
		}
		gc.setForeground(style.textColor(t));
		gc.drawText(text, inner.x + (inner.width - extent.x) / 2, inner.y + (inner.height - extent.y) / 2, true);
	}

	/** A small corner triangle: the value lies beyond the colour range and shows its end colour. */
	private static void paintClipMark(GC gc, Rectangle inner, HeatmapStyle style, double t) {
		int size = Math.min(CLIP_MARK, Math.min(inner.width, inner.height) / 3);
		if (size < 2) {
			return;
		}
		gc.setBackground(style.textColor(t));
		int right = inner.x + inner.width;
		gc.fillPolygon(new int[] { right - size, inner.y, right, inner.y, right, inner.y + size });
	}

	private static void paintMissing(GC gc, Rectangle inner, HeatmapStyle style) {
		gc.setBackground(style.missingFill());
		gc.fillRectangle(inner);
		gc.setForeground(style.missingHatch());
		Rectangle oldClip = gc.getClipping();
		gc.setClipping(inner.intersection(oldClip));
		for (int d = -inner.height; d < inner.width; d += HATCH_STEP) {
			gc.drawLine(inner.x + d, inner.y + inner.height, inner.x + d + inner.height, inner.y);
		}
		gc.setClipping(oldClip);
	}

	private static void paintSelection(GC gc, Rectangle inner, HeatmapStyle style) {
		gc.setForeground(style.selectionBorder());
		gc.setLineWidth(2);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.drawRectangle(inner.x + 1, inner.y + 1, inner.width - 2, inner.height - 2);
		gc.setLineWidth(1);
	}

	@Override
	public int getPreferredWidth(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
		HeatmapStyle style = configRegistry.getConfigAttribute(HeatmapStyle.ATTRIBUTE, DisplayMode.NORMAL);
		gc.setFont(style.valueFont());
		return gc.textExtent(style.format(-0.0)).x + 12;
	}

	@Override
	public int getPreferredHeight(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
		HeatmapStyle style = configRegistry.getConfigAttribute(HeatmapStyle.ATTRIBUTE, DisplayMode.NORMAL);
		gc.setFont(style.valueFont());
		return gc.getFontMetrics().getHeight() + 8;
	}

	/** Registers this painter for the body region, in every display mode. */
	static void register(IConfigRegistry registry, String regionLabel) {
		AttributionCellPainter painter = new AttributionCellPainter();
		registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, painter, DisplayMode.NORMAL, regionLabel);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, painter, DisplayMode.SELECT, regionLabel);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, painter, DisplayMode.HOVER, regionLabel);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, painter, DisplayMode.SELECT_HOVER, regionLabel);
	}
}
