package org.attributionlens.internal.render;

import java.util.List;

import org.attributionlens.internal.render.FigureCanvas.Anchor;
import org.attributionlens.internal.render.FigureCanvas.Group;
import org.attributionlens.internal.render.FigureLayout.Line;
import org.attributionlens.internal.render.FigureLayout.Text;
import org.attributionlens.model.color.TextContrast;

/** Draws a {@link FigureLayout} on a {@link FigureCanvas}; the one drawing routine of SVG and PNG. */
public final class FigurePainter {

	private final FigureLayout layout;

	public FigurePainter(FigureLayout layout) {
		this.layout = layout;
	}

	public void paint(FigureCanvas canvas) {
		canvas.fillRect(0, 0, layout.width(), layout.height(), FigureLayout.WHITE);
		canvas.beginGroup(Group.CELLS);
		canvas.fillCells(cellGrid());
		canvas.endGroup();
		if (layout.showsValues()) {
			canvas.beginGroup(Group.VALUES);
			paintValues(canvas);
			canvas.endGroup();
		}
		canvas.beginGroup(Group.AXES);
		paintLines(canvas, layout.axisLines());
		paintTexts(canvas, layout.axisTexts());
		canvas.endGroup();
		if (!layout.strips().isEmpty()) {
			canvas.beginGroup(Group.STRIPS);
			for (BarStrip strip : layout.strips()) {
				paintStrip(canvas, strip);
			}
			canvas.endGroup();
		}
		canvas.beginGroup(Group.COLOR_BAR);
		paintColorBar(canvas);
		canvas.endGroup();
		Text title = layout.title();
		if (title != null) {
			canvas.beginGroup(Group.TITLE);
			paintTexts(canvas, List.of(title));
			canvas.endGroup();
		}
	}

	/** How much of a dimmed cell's colour shows over white: as the editor paints it (alpha 60 of 255). */
	private static final double DIMMED_OPACITY = 60 / 255.0;
	/** The value of a dimmed cell: grey, still readable on the faded fill. */
	private static final int DIMMED_TEXT = 0x8C8C8C;

	/** A colour faded towards white, as a highlight dims the cells it does not keep. */
	static int faded(int rgb) {
		int red = fade((rgb >> 16) & 0xFF);
		int green = fade((rgb >> 8) & 0xFF);
		int blue = fade(rgb & 0xFF);
		return red << 16 | green << 8 | blue;
	}

	private static int fade(int channel) {
		return (int) Math.round(255 - (255 - channel) * DIMMED_OPACITY);
	}

	/** The heatmap cells in figure coordinates. */
	public CellGrid cellGrid() {
		MatrixView view = layout.view();
		return new CellGrid() {
			@Override
			public int rows() {
				return view.rows();
			}

			@Override
			public int columns() {
				return view.columns();
			}

			@Override
			public double x() {
				return layout.offsetX();
			}

			@Override
			public double y() {
				return layout.offsetY();
			}

			@Override
			public double cellWidth() {
				return layout.cellWidth();
			}

			@Override
			public double cellHeight() {
				return layout.cellHeight();
			}

			@Override
			public int rgb(int row, int column) {
				int rgb = layout.rgb(view.value(row, column));
				return rgb != CellGrid.MISSING && view.dimmed(row, column) ? faded(rgb) : rgb;
			}
		};
	}

	private void paintValues(FigureCanvas canvas) {
		MatrixView view = layout.view();
		TextMetrics metrics = layout.metrics();
		double size = FigureLayout.FONT_SIZE;
		double baseline = (layout.cellHeight() + metrics.ascent(size) - metrics.descent(size)) / 2;
		for (int row = 0; row < view.rows(); row++) {
			for (int column = 0; column < view.columns(); column++) {
				float value = view.value(row, column);
				if (Float.isNaN(value)) {
					continue;
				}
				int rgb = view.dimmed(row, column) ? DIMMED_TEXT
						: TextContrast.prefersWhite(layout.scale(), layout.position(value)) ? FigureLayout.WHITE
								: FigureLayout.BLACK;
				canvas.drawText(layout.formatValue(value), layout.cellX(column) + layout.cellWidth() / 2.0,
						layout.cellY(row) + baseline, size, rgb, Anchor.MIDDLE, 0);
			}
		}
	}

	/**
	 * The scale in bands from low (bottom) to high (top), one per level for a 256-level scale as
	 * long as the bar is that many units tall. Each band but the lowest reaches one unit into the
	 * band below, which is painted later, so that no hairline gap can show between two bands.
	 */
	private void paintColorBar(FigureCanvas canvas) {
		double x = layout.colorBarX();
		double top = layout.colorBarY();
		double height = layout.colorBarHeight();
		int bands = (int) Math.max(1, Math.min(256, Math.floor(height)));
		double band = height / bands;
		for (int i = bands - 1; i >= 0; i--) {
			double bandTop = top + height - (i + 1) * band;
			double bandHeight = i == 0 ? band : Math.min(band + 1, top + height - bandTop);
			canvas.fillRect(x, bandTop, layout.colorBarWidth(), bandHeight, layout.scale().rgb((i + 0.5) / bands));
		}
		paintLines(canvas, layout.colorBarLines());
		paintTexts(canvas, layout.colorBarTexts());
	}

	private void paintStrip(FigureCanvas canvas, BarStrip strip) {
		double dx = layout.offsetX();
		double dy = layout.offsetY();
		for (BarStrip.Rect slot : strip.missing()) {
			canvas.fillHatched(dx + slot.x(), dy + slot.y(), slot.width(), slot.height());
		}
		for (BarStrip.Rect bar : strip.bars()) {
			canvas.fillRect(dx + bar.x(), dy + bar.y(), bar.width(), bar.height(), bar.rgb());
		}
		paintLines(canvas, strip.lines());
		paintTexts(canvas, strip.texts());
	}

	private void paintLines(FigureCanvas canvas, List<Line> lines) {
		double dx = layout.offsetX();
		double dy = layout.offsetY();
		for (Line line : lines) {
			canvas.drawLine(dx + line.x1(), dy + line.y1(), dx + line.x2(), dy + line.y2(), line.width(), line.rgb());
		}
	}

	private void paintTexts(FigureCanvas canvas, List<Text> texts) {
		double dx = layout.offsetX();
		double dy = layout.offsetY();
		for (Text text : texts) {
			canvas.drawText(text.text(), dx + text.x(), dy + text.y(), text.size(), text.rgb(), text.anchor(),
					text.angle());
		}
	}
}
