package org.attributionlens.model.view;

import java.util.List;
import java.util.Objects;

import org.attributionlens.model.AttributionFile;
import org.attributionlens.model.AttributionMatrix;

/**
 * An input or output token selected by its header in a heatmap (or a word or span it was merged
 * into), with the view it was selected in.
 *
 * @param file   the file as read: its location and raw matrix
 * @param view   the view, made from {@code file.matrix()}
 * @param output whether it is an output token (else an input token)
 * @param index  0-based group of the view along that axis
 */
public record DisplayedToken(AttributionFile file, DisplayedMatrix view, boolean output, int index) {
	public DisplayedToken {
		Objects.requireNonNull(file, "file"); //$NON-NLS-1$
		Objects.requireNonNull(view, "view"); //$NON-NLS-1$
		Objects.checkIndex(index, output ? view.semantic().columns() : view.semantic().rows());
	}

	/** The token as displayed. */
	public String token() {
		AttributionMatrix semantic = view.semantic();
		return output ? semantic.columnToken(index) : semantic.rowToken(index);
	}

	/** The file's tokens it stands for. */
	public List<String> members() {
		return output ? view.outputMemberTokens(index) : view.inputMemberTokens(index);
	}

	/** Sum of the displayed values along the other axis (over all outputs of an input, or inputs of an output), missing skipped. */
	public double sum() {
		return total(false);
	}

	/** Sum of |displayed value| along the other axis, missing skipped. */
	public double sumAbs() {
		return total(true);
	}

	private double total(boolean abs) {
		AttributionMatrix semantic = view.semantic();
		int count = output ? semantic.rows() : semantic.columns();
		double sum = 0;
		for (int other = 0; other < count; other++) {
			float value = output ? semantic.value(other, index) : semantic.value(index, other);
			if (!Float.isNaN(value)) {
				sum += abs ? Math.abs(value) : value;
			}
		}
		return sum;
	}
}
