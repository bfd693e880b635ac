package org.attributionlens.internal.properties;

import java.util.Locale;

import org.attributionlens.model.TokenLabels;

/** How numbers and tokens read in the Properties view. */
final class Formats {
	private Formats() {
	}

	/** As printed in the heatmap's cells. */
	static String value(float value) {
		return String.format(Locale.ROOT, "%.4f", value); //$NON-NLS-1$
	}

	/** The 4-decimal value the grid shows, and the exact float stored in the file. */
	static String exactValue(float value) {
		return value(value) + "  (" + Float.toString(value) + ')'; //$NON-NLS-1$
	}

	static String percent(double share) {
		return Double.isNaN(share) ? Messages.Cell_missing : String.format(Locale.ROOT, "%.2f %%", share * 100); //$NON-NLS-1$
	}

	static String token(String token) {
		return '"' + TokenLabels.visible(token) + '"';
	}
}
