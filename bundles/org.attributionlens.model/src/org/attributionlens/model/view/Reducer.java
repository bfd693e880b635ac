package org.attributionlens.model.view;

/**
 * How the values of merged cells are combined into one. Missing (NaN) members are skipped; a
 * merged cell is missing only when all of its members are.
 */
public enum Reducer {

	/** The sum of the members (the default): a word's attribution is the sum of its subwords'. */
	SUM,
	/** The mean of the non-missing members. */
	MEAN,
	/**
	 * The member with the largest |value|, sign kept; on equal |value| the first member in raw
	 * row-major order wins.
	 */
	MAX_ABS
}
