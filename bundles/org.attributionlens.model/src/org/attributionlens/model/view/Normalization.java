package org.attributionlens.model.view;

/**
 * How displayed values are scaled, applied after aggregation. "Column" always means an output
 * (generated) token, whether or not the view is transposed. A column or matrix whose divisor is 0
 * (all zero or all missing) keeps its values.
 */
public enum Normalization {

	/** The file's values (after aggregation). The default. */
	RAW,
	/**
	 * Each output column divided by the sum of |value| of its non-missing cells (an L1
	 * normalisation per generated token, as Inseq normalises): the |values| of a column then add up
	 * to 1.
	 */
	COLUMN_L1,
	/** Each output column divided by its largest |value|: the values of a column lie in [-1, 1]. */
	COLUMN_MAX_ABS,
	/** All values divided by the largest |value| of the matrix: everything lies in [-1, 1]. */
	GLOBAL_MAX_ABS
}
