package org.attributionlens.internal.editor.grid;

import java.util.function.Consumer;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.CellRef;
import org.attributionlens.model.TokenLabels;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The whole matrix in one picture, for matrices whose cells would be smaller
 * than a pixel at "fit": one image instead of thousands of tiny text cells,
 * with token labels thinned so they never overlap. A click opens the grid at
 * 100% on the clicked cell.
 */
public final class OverviewCanvas {
	private static final int LABEL_GAP = 4;
	private static final int MAX_LABEL_CHARS = 16;

	private final Canvas canvas;
	private final AttributionMatrix matrix;
	private final HeatmapStyle style;
	private Image image;
	private Rectangle imageBounds = new Rectangle(0, 0, 0, 0);
	private int rowLabelWidth;
	private int columnLabelHeight;

	public OverviewCanvas(Composite parent, AttributionMatrix matrix, HeatmapStyle style, Consumer<CellRef> opened) {
		this.matrix = matrix;
		this.style = style;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.addListener(SWT.Resize, e -> rebuildImage());
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
		canvas.addListener(SWT.MouseDown, e -> {
			CellRef cell = cellAt(e.x, e.y);
			if (cell != null) {
				opened.accept(cell);
			}
		});
		canvas.addListener(SWT.Dispose, e -> disposeImage());
		measureLabels();
	}

	public Canvas getControl() {
		return canvas;
	}

	/** The area where the matrix is drawn, in canvas coordinates. */
	public Rectangle imageBounds() {
		return new Rectangle(imageBounds.x, imageBounds.y, imageBounds.width, imageBounds.height);
	}

	/** The cell drawn at a point of the canvas, or null outside the image. */
	public CellRef cellAt(int x, int y) {
		if (!imageBounds.contains(x, y)) {
			return null;
		}
		int row = (int) ((long) (y - imageBounds.y) * matrix.rows() / imageBounds.height);
		int column = (int) ((long) (x - imageBounds.x) * matrix.columns() / imageBounds.width);
		return new CellRef(row, column);
	}

	private void measureLabels() {
		GC gc = new GC(canvas);
		try {
			gc.setFont(style.valueFont());
			rowLabelWidth = gc.textExtent("0000  " + "M".repeat(8)).x + LABEL_GAP; //$NON-NLS-1$ //$NON-NLS-2$
			columnLabelHeight = gc.getFontMetrics().getHeight() + 2 * LABEL_GAP;
		} finally {
			gc.dispose();
		}
	}

	private void rebuildImage() {
		disposeImage();
		Rectangle area = canvas.getClientArea();
		int width = area.width - rowLabelWidth - LABEL_GAP;
		int height = area.height - columnLabelHeight - LABEL_GAP;
		if (width < 1 || height < 1) {
			imageBounds = new Rectangle(0, 0, 0, 0);
			return;
		}
		int missing = rgb(style.missingFill().getRGB());
		int[] colours = PooledRaster.of(matrix, style.palette().scale(), style.range(), width, height, missing);
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		for (int y = 0; y < height; y++) {
			data.setPixels(0, y, width, colours, y * width);
		}
		image = new Image(canvas.getDisplay(), data);
		imageBounds = new Rectangle(rowLabelWidth, columnLabelHeight, width, height);
	}

	private static int rgb(RGB rgb) {
		return rgb.red << 16 | rgb.green << 8 | rgb.blue;
	}

	private void paint(GC gc) {
		if (image == null) {
			return;
		}
		gc.drawImage(image, imageBounds.x, imageBounds.y);
		gc.setFont(style.valueFont());
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		int lineHeight = gc.getFontMetrics().getHeight();
		// one label every `step` rows, so that labels never overlap
		int rowStep = Math.max(1, (int) Math.ceil(lineHeight * (double) matrix.rows() / imageBounds.height));
		for (int row = 0; row < matrix.rows(); row += rowStep) {
			int y = imageBounds.y + (int) ((long) row * imageBounds.height / matrix.rows());
			String label = row + "  " + TokenLabels.abbreviate(TokenLabels.visible(matrix.rowToken(row)), 8); //$NON-NLS-1$
			gc.drawText(label, 2, y, true);
		}
		int columnWidth = gc.textExtent("0000").x + LABEL_GAP * 2; //$NON-NLS-1$
		int columnStep = Math.max(1, (int) Math.ceil(columnWidth * (double) matrix.columns() / imageBounds.width));
		for (int column = 0; column < matrix.columns(); column += columnStep) {
			int x = imageBounds.x + (int) ((long) column * imageBounds.width / matrix.columns());
			String label = columnStep == 1
					? TokenLabels.abbreviate(TokenLabels.visible(matrix.columnToken(column)), MAX_LABEL_CHARS)
					: String.valueOf(column);
			Point extent = gc.textExtent(label);
			if (x + extent.x <= imageBounds.x + imageBounds.width + rowLabelWidth) {
				gc.drawText(label, x, LABEL_GAP, true);
			}
		}
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}
}
