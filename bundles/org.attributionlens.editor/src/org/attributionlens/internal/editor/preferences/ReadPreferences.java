package org.attributionlens.internal.editor.preferences;

import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The read limits the user chose (Window > Preferences > Attribution Lens), with
 * the model's defaults as default values.
 */
public final class ReadPreferences {
	public static final String QUALIFIER = "org.attributionlens.editor"; //$NON-NLS-1$
	public static final String MAX_CELLS = "maxCells"; //$NON-NLS-1$
	public static final String MAX_DECOMPRESSED_MIB = "maxDecompressedMiB"; //$NON-NLS-1$
	public static final String MAX_TOKEN_LENGTH = "maxTokenLength"; //$NON-NLS-1$
	public static final String MAX_NESTING_DEPTH = "maxNestingDepth"; //$NON-NLS-1$
	public static final String MAX_STRING_LENGTH = "maxStringLength"; //$NON-NLS-1$

	private static final long MIB = 1L << 20;

	private ReadPreferences() {
	}

	/** Writes the model's defaults into the default scope; called by the preference initializer. */
	static void initializeDefaults() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(QUALIFIER);
		ReadLimits limits = ReadLimits.DEFAULTS;
		defaults.putLong(MAX_CELLS, limits.maxCells());
		defaults.putLong(MAX_DECOMPRESSED_MIB, limits.maxDecompressedBytes() / MIB);
		defaults.putInt(MAX_TOKEN_LENGTH, limits.maxTokenLength());
		defaults.putInt(MAX_NESTING_DEPTH, limits.maxNestingDepth());
		defaults.putInt(MAX_STRING_LENGTH, limits.maxStringLength());
	}

	public static IPreferenceStore store() {
		return new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
	}

	/** The options every editor reads with; out-of-range values fall back to the defaults. */
	public static ReadOptions readOptions() {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(QUALIFIER);
		ReadLimits defaults = ReadLimits.DEFAULTS;
		try {
			return new ReadOptions(0, new ReadLimits(
					node.getLong(MAX_CELLS, defaults.maxCells()),
					node.getLong(MAX_DECOMPRESSED_MIB, defaults.maxDecompressedBytes() / MIB) * MIB,
					node.getInt(MAX_TOKEN_LENGTH, defaults.maxTokenLength()),
					node.getInt(MAX_NESTING_DEPTH, defaults.maxNestingDepth()),
					node.getInt(MAX_STRING_LENGTH, defaults.maxStringLength())));
		} catch (IllegalArgumentException e) {
			return ReadOptions.DEFAULTS;
		}
	}
}
