package org.attributionlens.internal.render;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The renderer's texts, in messages.properties. */
public final class Messages {

	private static final ResourceBundle BUNDLE = ResourceBundle
			.getBundle("org.attributionlens.internal.render.messages", Locale.ROOT); //$NON-NLS-1$

	/** Title of the colour bar, as in Captum's figures. */
	public static final String COLOR_BAR_TITLE = get("colorBar.title"); //$NON-NLS-1$
	public static final String ERROR_DECIMALS = get("error.decimals"); //$NON-NLS-1$
	public static final String ERROR_SCALE = get("error.scale"); //$NON-NLS-1$
	public static final String ERROR_TOO_LARGE = get("error.tooLarge"); //$NON-NLS-1$
	public static final String STRIP_SEQ_ATTR = get("strip.seqAttr"); //$NON-NLS-1$
	public static final String STRIP_OUTPUT_PROBABILITY = get("strip.outputProbability"); //$NON-NLS-1$
	public static final String STRIP_RANGE = get("strip.range"); //$NON-NLS-1$
	public static final String FIGURE_TITLE = get("figure.title"); //$NON-NLS-1$
	public static final String DESC_ROWS_OUTPUTS = get("desc.rowsOutputs"); //$NON-NLS-1$
	public static final String DESC_ROWS_INPUTS = get("desc.rowsInputs"); //$NON-NLS-1$
	public static final String DESC_AS_WRITTEN = get("desc.asWritten"); //$NON-NLS-1$
	public static final String DESC_TURNED = get("desc.turned"); //$NON-NLS-1$
	public static final String DESC_SEQUENCE = get("desc.sequence"); //$NON-NLS-1$
	public static final String DESC_REDUCTION = get("desc.reduction"); //$NON-NLS-1$
	public static final String DESC_COLORS = get("desc.colors"); //$NON-NLS-1$
	public static final String DESC_VALUES = get("desc.values"); //$NON-NLS-1$
	public static final String DESC_VALUES_HIDDEN = get("desc.valuesHidden"); //$NON-NLS-1$
	public static final String DESC_MISSING = get("desc.missing"); //$NON-NLS-1$
	public static final String DESC_BARS_INPUTS = get("desc.barsInputs"); //$NON-NLS-1$
	public static final String DESC_BARS_OUTPUTS = get("desc.barsOutputs"); //$NON-NLS-1$

	private Messages() {
	}

	private static String get(String key) {
		return BUNDLE.getString(key);
	}

	/** Fills a pattern; arguments are turned into strings first, so no locale number formatting applies. */
	public static String format(String pattern, Object... arguments) {
		Object[] texts = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			texts[i] = String.valueOf(arguments[i]);
		}
		return new MessageFormat(pattern, Locale.ROOT).format(texts);
	}
}
