package org.attributionlens.model;

/**
 * The one place for the numbers the editor, the renderer and the command line share by default,
 * so that a figure drawn by {@code render} and the grid of the same file print alike.
 */
public final class Defaults {

	/** Digits after the decimal point, as the published Captum figures print ({@code "%.4f"}). */
	public static final int DECIMALS = 4;

	/** The most digits a cell or a figure prints: a float32 holds about 7 significant ones. */
	public static final int MAX_DECIMALS = 8;

	/**
	 * The most digits a text may print (copies, CSV, summaries of differences), where there is no
	 * cell to fit: two more than a cell, so that differences in the last digits stay visible.
	 */
	public static final int MAX_TEXT_DECIMALS = 10;

	private Defaults() {
	}
}
