package org.attributionlens.model.view;

import java.util.Objects;

import org.attributionlens.model.AttributionFile;
import org.attributionlens.model.AttributionMatrix;

/**
 * A cell selected in a heatmap, in the model's terms whatever the screen shows: an input token (or
 * the word it was merged into) and an output token (or span), with the view it was selected in, so
 * that readers can give the displayed value, the raw one behind it and a merged cell's members.
 *
 * @param file   the file as read: its location and raw matrix (the file's shape is this matrix's)
 * @param view   the view the cell was selected in, made from {@code file.matrix()}
 * @param input  0-based input group of the view (a row of {@link DisplayedMatrix#semantic()})
 * @param output 0-based output group of the view (a column of {@link DisplayedMatrix#semantic()})
 */
public record DisplayedCell(AttributionFile file, DisplayedMatrix view, int input, int output) {
	public DisplayedCell {
		Objects.requireNonNull(file, "file"); //$NON-NLS-1$
		Objects.requireNonNull(view, "view"); //$NON-NLS-1$
		Objects.checkIndex(input, view.semantic().rows());
		Objects.checkIndex(output, view.semantic().columns());
	}

	/** The cell of a file shown as written, without transforms. */
	public static DisplayedCell of(AttributionFile file, int input, int output) {
		return new DisplayedCell(file, ViewPipeline.apply(file.matrix(), ViewSettings.DEFAULT), input, output);
	}

	/** The view's matrix in the model's orientation. */
	public AttributionMatrix matrix() {
		return view.semantic();
	}

	/** The value as displayed (merged, normalised); NaN when missing. */
	public float value() {
		return view.semantic().value(input, output);
	}

	public boolean missing() {
		return Float.isNaN(value());
	}

	/** The input token as displayed: a merged word's label when merged. */
	public String inputToken() {
		return view.semantic().rowToken(input);
	}

	/** The output token as displayed: a merged span's label when merged. */
	public String outputToken() {
		return view.semantic().columnToken(output);
	}

	/** Whether the displayed value may differ from the file's: cells merged or values normalised. */
	public boolean transformed() {
		return view.merges() || view.settings().normalization() != Normalization.RAW;
	}

	/** The file's value behind the cell when it stands for exactly one raw cell; NaN otherwise or when missing. */
	public float rawValue() {
		int[] inputs = view.inputMembers(input);
		int[] outputs = view.outputMembers(output);
		return inputs.length == 1 && outputs.length == 1 ? file.matrix().value(inputs[0], outputs[0]) : Float.NaN;
	}

	/** Whether the cell merges several raw cells. */
	public boolean merged() {
		return view.inputMembers(input).length > 1 || view.outputMembers(output).length > 1;
	}
}
