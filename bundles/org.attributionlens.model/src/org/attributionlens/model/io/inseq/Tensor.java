package org.attributionlens.model.io.inseq;

import org.attributionlens.internal.model.io.SourcePosition;

/**
 * A tensor read from the file, already reduced to one value per cell: for an attribution tensor
 * of shape [tokens, steps, ...] the cells are [tokens, steps] in row-major order, for a score
 * vector the elements themselves.
 *
 * @param name     where it sits in the file, e.g. "source_attributions", for messages
 * @param at       the location of the JSON value holding it
 * @param shape    the declared (or, for nested lists, found) shape
 * @param cells    one value per cell; NaN = missing
 * @param encoding how it was stored, for the format label
 * @param dtype    the element type's name as the file writes it, or null for nested lists
 */
record Tensor(String name, SourcePosition at, long[] shape, float[] cells, Encoding encoding, String dtype) {

	enum Encoding {
		SAFETENSORS("safetensors tensors"),
		NDARRAY("legacy __ndarray__ tensors"),
		NESTED_LISTS("nested-list tensors");

		final String label;

		Encoding(String label) {
			this.label = label;
		}
	}

	int dims() {
		return shape.length;
	}

	/** Rows of the reduced matrix: the first dimension. */
	int tokens() {
		return (int) shape[0];
	}

	/** Columns of the reduced matrix: the second dimension. */
	int steps() {
		return (int) shape[1];
	}

	String shapeText() {
		return shapeText(shape);
	}

	static String shapeText(long[] shape) {
		StringBuilder text = new StringBuilder("[");
		for (int i = 0; i < shape.length; i++) {
			text.append(i == 0 ? "" : ", ").append(shape[i]);
		}
		return text.append(']').toString();
	}
}
