package org.attributionlens.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

import org.attributionlens.internal.render.BarSeries;
import org.attributionlens.internal.render.FigureDescription;
import org.attributionlens.internal.render.FigureLayout;
import org.attributionlens.internal.render.FigureMetadata;
import org.attributionlens.internal.render.MatrixView;
import org.attributionlens.internal.render.Messages;
import org.attributionlens.internal.render.PngFigureWriter;
import org.attributionlens.internal.render.SvgFigureWriter;
import org.attributionlens.internal.render.TextMetrics;
import org.attributionlens.internal.render.TokenBars;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.Defaults;
import org.attributionlens.model.Orientation;
import org.attributionlens.model.color.ColorScale;
import org.attributionlens.model.color.ColorScales;
import org.attributionlens.model.color.ValueRange;

/**
 * A publication-style heatmap of an attribution matrix, as Captum's {@code plot_token_attr} draws
 * it: tokens on both axes, each cell coloured on a diverging scale symmetric around zero and
 * showing its value, a colour bar titled "Token Attribution". Written as SVG (vector shapes and
 * real text) or PNG, both from one layout, headless (no display, SWT or workbench needed).
 *
 * <pre>
 * HeatmapFigure.builder(matrix).decimals(2).build().writeSvg(out);
 * </pre>
 *
 * By default rows are the matrix's rows (input tokens) and columns its columns;
 * {@link Builder#orientation(Orientation)} turns it, e.g. to {@link AttributionMatrix#writtenOrientation()}
 * (Captum's native format: output tokens as rows, as {@code plot_token_attr} draws them). Values are
 * printed when the cells are large enough, which they are unless the matrix has many hundreds of
 * rows or columns. Missing cells are hatched. Values the matrix has per token are bars beside the
 * grid, in step with its cells: {@code seq_attr} along the input tokens, output probabilities and
 * step scores along the output tokens. The files say what they show: an SVG in its
 * {@code <title>} and {@code <desc>}, a PNG in "Title" and "Description" text chunks (which tokens
 * are rows, colours, the transforms applied). Immutable; the layout is computed once by
 * {@link Builder#build()}.
 */
public final class HeatmapFigure {

	/** Most digits after the decimal point. */
	public static final int MAX_DECIMALS = Defaults.MAX_DECIMALS;
	/** Largest PNG scale. */
	public static final double MAX_SCALE = 16;
	/**
	 * Smallest PNG scale: every figure is far more than ten units wide and high, so at this scale it
	 * still has pixels on both axes; below it a scale is a typing slip, not a figure.
	 */
	public static final double MIN_SCALE = 0.1;
	/** Largest PNG, in pixels (4 bytes each in memory while it is drawn). */
	public static final long MAX_PNG_PIXELS = 100_000_000L;

	private final FigureLayout layout;
	private final FigureMetadata metadata;

	private HeatmapFigure(FigureLayout layout, FigureMetadata metadata) {
		this.layout = layout;
		this.metadata = metadata;
	}

	/** Starts a figure of {@code matrix} with the defaults: RdYlGn, 4 decimals, rows = input tokens, bars. */
	public static Builder builder(AttributionMatrix matrix) {
		return new Builder(matrix);
	}

	/** Width of the figure in pixels at scale 1 (the SVG's user units). */
	public int width() {
		return layout.width();
	}

	/** Height of the figure in pixels at scale 1. */
	public int height() {
		return layout.height();
	}

	/** The title the figure file states: the drawn title, or a generic one when there is none. */
	public String documentTitle() {
		return metadata.title();
	}

	/** What the figure file says about how it was made, as sentences: orientation, colours, transforms. */
	public String description() {
		return metadata.description();
	}

	/** Whether the cells are large enough for their values to be printed. */
	public boolean showsValues() {
		return layout.showsValues();
	}

	/** Width of the PNG at a scale. */
	public int pngWidth(double scale) {
		return PngFigureWriter.pixels(layout.width(), scale);
	}

	/** Height of the PNG at a scale. */
	public int pngHeight(double scale) {
		return PngFigureWriter.pixels(layout.height(), scale);
	}

	/**
	 * Checks that a PNG can be written at this scale: {@link #MIN_SCALE} {@code <= scale <=}
	 * {@link #MAX_SCALE} and at most {@link #MAX_PNG_PIXELS} pixels.
	 *
	 * @throws IllegalArgumentException with a message for the user otherwise
	 */
	public void checkPngScale(double scale) {
		if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
			throw new IllegalArgumentException(Messages.format(Messages.ERROR_SCALE, MIN_SCALE, MAX_SCALE, scale));
		}
		long pixels = (long) pngWidth(scale) * pngHeight(scale);
		if (pixels > MAX_PNG_PIXELS) {
			throw new IllegalArgumentException(Messages.format(Messages.ERROR_TOO_LARGE, pngWidth(scale),
					pngHeight(scale), MAX_PNG_PIXELS / 1_000_000));
		}
	}

	/**
	 * Writes the figure as an SVG document (UTF-8). The stream is flushed, not closed.
	 */
	public void writeSvg(OutputStream out) throws IOException {
		SvgFigureWriter.write(layout, metadata, out);
	}

	/**
	 * Writes the figure as a PNG image of {@link #pngWidth(double)} x {@link #pngHeight(double)}
	 * pixels; scale 2 suits print and high-density screens. The stream is flushed, not closed.
	 *
	 * @throws IllegalArgumentException see {@link #checkPngScale(double)}
	 */
	public void writePng(OutputStream out, double scale) throws IOException {
		checkPngScale(scale);
		PngFigureWriter.write(layout, metadata, out, scale);
	}

	/** For tests in this bundle's fragment. */
	FigureLayout layout() {
		return layout;
	}

	/** Options of a figure; every one has a default. */
	public static final class Builder {

		private final AttributionMatrix matrix;
		private ColorScale colorScale = ColorScales.RD_YL_GN;
		private int decimals = Defaults.DECIMALS;
		private Orientation orientation = Orientation.INPUTS_AS_ROWS;
		private boolean bars = true;
		private List<String> transforms = List.of();
		private String title;
		private boolean titleSet;
		private ValueRange range;
		private BiPredicate<Integer, Integer> dimmed = (input, output) -> false;

		private Builder(AttributionMatrix matrix) {
			this.matrix = Objects.requireNonNull(matrix, "matrix"); //$NON-NLS-1$
		}

		/** Default {@link ColorScales#RD_YL_GN}; see {@link ColorScaleCatalog}. */
		public Builder colorScale(ColorScale scale) {
			this.colorScale = Objects.requireNonNull(scale, "scale"); //$NON-NLS-1$
			return this;
		}

		/**
		 * Digits after the decimal point of the printed values, 0 to {@link HeatmapFigure#MAX_DECIMALS};
		 * default 4 as in Captum's figures.
		 */
		public Builder decimals(int digits) {
			if (digits < 0 || digits > MAX_DECIMALS) {
				throw new IllegalArgumentException(Messages.format(Messages.ERROR_DECIMALS, MAX_DECIMALS, digits));
			}
			this.decimals = digits;
			return this;
		}

		/**
		 * Which tokens are the rows. Default {@link Orientation#INPUTS_AS_ROWS}, the matrix as it is
		 * stored; pass {@link AttributionMatrix#writtenOrientation()} to draw it as the tool that wrote
		 * the file does.
		 */
		public Builder orientation(Orientation rows) {
			this.orientation = Objects.requireNonNull(rows, "rows"); //$NON-NLS-1$
			return this;
		}

		/**
		 * Whether the values the matrix has per token ({@code seq_attr}, output probabilities, step
		 * scores) are drawn as bars beside the grid. Default true.
		 */
		public Builder bars(boolean shown) {
			this.bars = shown;
			return this;
		}

		/**
		 * Sentences saying what was done to the matrix before it was handed over (normalised,
		 * words merged, ...), for the figure file's description. Default none.
		 */
		public Builder transforms(List<String> sentences) {
			this.transforms = List.copyOf(sentences);
			return this;
		}

		/** The title above the figure; null or blank for none. Default: the matrix's meta "title" if it is a string. */
		public Builder title(String text) {
			this.title = text;
			this.titleSet = true;
			return this;
		}

		/**
		 * Which cells a highlight dims (drawn faded, their values grey), by (input, output) of the
		 * matrix as stored, whatever the orientation; say which highlight in {@link #transforms(List)}.
		 * Default none.
		 */
		public Builder dimmed(BiPredicate<Integer, Integer> inputOutput) {
			this.dimmed = Objects.requireNonNull(inputOutput, "inputOutput"); //$NON-NLS-1$
			return this;
		}

		/** The values at the ends of the colour scale. Default: symmetric around zero at the largest |value|. */
		public Builder range(ValueRange valueRange) {
			this.range = Objects.requireNonNull(valueRange, "valueRange"); //$NON-NLS-1$
			return this;
		}

		public HeatmapFigure build() {
			String figureTitle = titleSet ? title
					: matrix.meta().get("title") instanceof String text ? text : null; //$NON-NLS-1$
			ValueRange valueRange = range != null ? range : ValueRange.of(matrix.statistics());
			boolean rowsAreOutputs = orientation.rowsAreOutputs();
			List<BarSeries> inputBars = bars ? TokenBars.alongInputs(matrix) : List.of();
			List<BarSeries> outputBars = bars ? TokenBars.alongOutputs(matrix) : List.of();
			FigureLayout layout = new FigureLayout(new MatrixView(matrix, rowsAreOutputs, dimmed), colorScale, valueRange,
					decimals, figureTitle, Messages.COLOR_BAR_TITLE, TextMetrics.get(),
					rowsAreOutputs ? outputBars : inputBars, rowsAreOutputs ? inputBars : outputBars);
			return new HeatmapFigure(layout,
					FigureDescription.of(matrix, orientation, layout, figureTitle, transforms));
		}
	}
}
