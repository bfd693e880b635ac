package org.attributionlens.internal.render;

import java.util.Objects;

/**
 * Values drawn as bars beside the heatmap, one per token of one axis: Captum's {@code seq_attr}
 * along the input tokens, output probabilities or Inseq's step scores along the output tokens.
 * NaN and infinite values have no bar; their place is hatched like a missing cell.
 *
 * @param title       what the values are, shown beside the strip
 * @param values      one per token of the axis; not copied, never written
 * @param probability true for probabilities: drawn from 0 to 1 when they all lie there, in one colour;
 *                    false for signed attributions, drawn from zero in the colours of Captum's
 *                    {@code plot_seq_attr}
 */
public record BarSeries(String title, float[] values, boolean probability) {

	public BarSeries {
		Objects.requireNonNull(title, "title"); //$NON-NLS-1$
		Objects.requireNonNull(values, "values"); //$NON-NLS-1$
	}
}
