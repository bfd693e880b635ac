package org.attributionlens.internal.properties;

import java.math.BigDecimal;
import java.util.Locale;

import org.attributionlens.model.TokenLabels;

/** How numbers and tokens read in the Properties view. */
final class Formats {
	private Formats() {
	}

	/**
	 * The shortest decimal that reads back as the same 32-bit float, without an exponent:
	 * {@code 0.3934}, never {@code 0.39340001} nor a rounded {@code 0.3934 (0.3934)} pair.
	 */
	static String value(float value) {
		if (Float.isNaN(value) || Float.isInfinite(value)) {
			return Float.toString(value);
		}
		return new BigDecimal(Float.toString(value)).toPlainString();
	}

	static String percent(double share) {
		return Double.isNaN(share) ? Messages.Cell_missing : String.format(Locale.ROOT, "%.2f %%", share * 100); //$NON-NLS-1$
	}

	static String token(String token) {
		return '"' + TokenLabels.visible(token) + '"';
	}
}
