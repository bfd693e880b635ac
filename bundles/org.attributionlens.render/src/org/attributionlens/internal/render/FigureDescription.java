package org.attributionlens.internal.render;

import java.util.ArrayList;
import java.util.List;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.Orientation;

/**
 * The {@link FigureMetadata} of a figure: its title, or a generic one, and sentences that say
 * which tokens are the rows, how that relates to the way the file's tool draws it, the sequence,
 * any reduction of the values, the colours, what the cells and bars show, and the transforms the
 * caller applied before.
 */
public final class FigureDescription {

	private FigureDescription() {
	}

	/**
	 * @param matrix      the matrix drawn, rows = input tokens
	 * @param orientation which tokens the figure's rows are
	 * @param title       the figure's drawn title, or null
	 * @param transforms  sentences of the caller's about what it did to the values, in order
	 */
	public static FigureMetadata of(AttributionMatrix matrix, Orientation orientation, FigureLayout layout,
			String title, List<String> transforms) {
		List<String> sentences = new ArrayList<>();
		sentences.add(orientation.rowsAreOutputs()
				? Messages.format(Messages.DESC_ROWS_OUTPUTS, matrix.columns(), matrix.rows())
				: Messages.format(Messages.DESC_ROWS_INPUTS, matrix.rows(), matrix.columns()));
		sentences.add(orientation == matrix.writtenOrientation() ? Messages.DESC_AS_WRITTEN : Messages.DESC_TURNED);
		if (matrix.sequenceCount() > 1) {
			sentences.add(Messages.format(Messages.DESC_SEQUENCE, matrix.sequenceIndex(), matrix.sequenceCount()));
		}
		if (!matrix.reduction().isEmpty()) {
			sentences.add(Messages.format(Messages.DESC_REDUCTION, matrix.reduction()));
		}
		sentences.addAll(transforms);
		sentences.add(Messages.format(Messages.DESC_COLORS, layout.scale().name(),
				layout.formatValue(layout.range().low()), layout.formatValue(layout.range().high())));
		sentences.add(layout.showsValues() ? Messages.format(Messages.DESC_VALUES, layout.decimals())
				: Messages.DESC_VALUES_HIDDEN);
		if (matrix.statistics().missingCount() > 0) {
			sentences.add(Messages.DESC_MISSING);
		}
		List<String> inputBars = new ArrayList<>();
		List<String> outputBars = new ArrayList<>();
		for (BarStrip strip : layout.strips()) {
			// the strips under the heatmap go along its columns
			boolean alongInputs = strip.alongColumns() == orientation.rowsAreOutputs();
			(alongInputs ? inputBars : outputBars).add(strip.series().title());
		}
		if (!inputBars.isEmpty()) {
			sentences.add(Messages.format(Messages.DESC_BARS_INPUTS, String.join(", ", inputBars))); //$NON-NLS-1$
		}
		if (!outputBars.isEmpty()) {
			sentences.add(Messages.format(Messages.DESC_BARS_OUTPUTS, String.join(", ", outputBars))); //$NON-NLS-1$
		}
		boolean titled = title != null && !title.isBlank();
		return new FigureMetadata(titled ? title.strip().replaceAll("\\s+", " ") : Messages.FIGURE_TITLE, //$NON-NLS-1$ //$NON-NLS-2$
				String.join(" ", sentences)); //$NON-NLS-1$
	}
}
