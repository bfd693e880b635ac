package org.attributionlens.internal.editor.grid;

import java.util.function.Consumer;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.CellRef;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The whole matrix in small, with a frame where the grid's viewport is; a click
 * scrolls the grid there. For matrices larger than what one screen shows.
 */
public final class Minimap {
	private final Canvas canvas;
	private final AttributionMatrix matrix;
	private final HeatmapStyle style;
	private final ViewportLayer viewport;
	private Image image;

	Minimap(Composite parent, AttributionMatrix matrix, HeatmapStyle style, ViewportLayer viewport,
			Consumer<CellRef> jump) {
		this.matrix = matrix;
		this.style = style;
		this.viewport = viewport;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		canvas.addListener(SWT.Resize, e -> rebuildImage());
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
		canvas.addListener(SWT.Dispose, e -> disposeImage());
		canvas.addListener(SWT.MouseDown, e -> jump.accept(cellAt(e.x, e.y)));
	}

	public Canvas getControl() {
		return canvas;
	}

	/** The cell under a point of the minimap. */
	public CellRef cellAt(int x, int y) {
		Rectangle area = canvas.getClientArea();
		int row = (int) Math.min(matrix.rows() - 1L, Math.max(0, (long) y * matrix.rows() / Math.max(1, area.height)));
		int column = (int) Math.min(matrix.columns() - 1L,
				Math.max(0, (long) x * matrix.columns() / Math.max(1, area.width)));
		return new CellRef(row, column);
	}

	/** The part of the matrix the grid shows, in minimap pixels. */
	public Rectangle viewportFrame() {
		Rectangle area = canvas.getClientArea();
		int firstRow = Math.max(0, viewport.getRowIndexByPosition(0));
		int firstColumn = Math.max(0, viewport.getColumnIndexByPosition(0));
		int rows = Math.min(matrix.rows(), viewport.getRowCount());
		int columns = Math.min(matrix.columns(), viewport.getColumnCount());
		int x = (int) ((long) firstColumn * area.width / matrix.columns());
		int y = (int) ((long) firstRow * area.height / matrix.rows());
		int width = Math.max(2, (int) ((long) columns * area.width / matrix.columns()));
		int height = Math.max(2, (int) ((long) rows * area.height / matrix.rows()));
		return new Rectangle(x, y, width, height);
	}

	private void rebuildImage() {
		disposeImage();
		Rectangle area = canvas.getClientArea();
		if (area.width < 1 || area.height < 1) {
			return;
		}
		RGB missing = style.missingFill().getRGB();
		int[] colours = PooledRaster.of(matrix, style.palette().scale(), style.range(), area.width, area.height,
				missing.red << 16 | missing.green << 8 | missing.blue);
		ImageData data = new ImageData(area.width, area.height, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		for (int y = 0; y < area.height; y++) {
			data.setPixels(0, y, area.width, colours, y * area.width);
		}
		image = new Image(canvas.getDisplay(), data);
	}

	private void paint(GC gc) {
		if (image == null) {
			return;
		}
		gc.drawImage(image, 0, 0);
		gc.setForeground(style.selectionBorder());
		gc.setLineWidth(2);
		Rectangle frame = viewportFrame();
		gc.drawRectangle(frame.x, frame.y, frame.width - 1, frame.height - 1);
		gc.setLineWidth(1);
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}
}
