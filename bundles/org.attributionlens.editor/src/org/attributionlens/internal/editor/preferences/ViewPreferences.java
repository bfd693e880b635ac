package org.attributionlens.internal.editor.preferences;

import org.attributionlens.internal.editor.ViewState;
import org.attributionlens.model.Defaults;
import org.attributionlens.model.color.ColorScale;
import org.attributionlens.model.color.ColorScales;
import org.attributionlens.model.view.Reducer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The view a file opens with when it has none of its own yet (Window >
 * Preferences > Attribution Lens): colour scale, decimals, the reducer used to
 * merge subwords, and the near-zero threshold of the key observations.
 */
public final class ViewPreferences {
	public static final String COLOR_SCALE = "colorScale"; //$NON-NLS-1$
	public static final String DECIMALS = "decimals"; //$NON-NLS-1$
	public static final String REDUCER = "reducer"; //$NON-NLS-1$
	public static final String NEAR_ZERO_PERCENT = "nearZeroPercent"; //$NON-NLS-1$
	public static final String ORIENTATION = "orientation"; //$NON-NLS-1$
	/** Whether Export > CSV and Edit > Copy put an apostrophe before tokens a spreadsheet would evaluate. */
	public static final String FORMULA_SAFE_CSV = "formulaSafeCsv"; //$NON-NLS-1$

	private ViewPreferences() {
	}

	static void initializeDefaults() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(ReadPreferences.QUALIFIER);
		defaults.put(COLOR_SCALE, ColorScales.defaultScale().id());
		defaults.putInt(DECIMALS, Defaults.DECIMALS);
		defaults.put(REDUCER, Reducer.SUM.name());
		defaults.putInt(NEAR_ZERO_PERCENT, 1);
		defaults.put(ORIENTATION, DefaultOrientation.AS_WRITTEN.name());
		defaults.putBoolean(FORMULA_SAFE_CSV, true);
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(ReadPreferences.QUALIFIER);
	}

	/** The view of a file that has none saved; what cannot be read stays at the built-in default. */
	public static ViewState defaultState() {
		ViewState state = ViewState.DEFAULT;
		ColorScale scale = ColorScales.byId(node().get(COLOR_SCALE, "")).orElse(state.scale()); //$NON-NLS-1$
		state = state.withScale(scale);
		try {
			state = state.withView(state.view().withDecimals(node().getInt(DECIMALS, Defaults.DECIMALS))
					.withReducer(Reducer.valueOf(node().get(REDUCER, Reducer.SUM.name()))));
		} catch (IllegalArgumentException e) {
			// a damaged preference keeps the default
		}
		return state;
	}

	/** Which way files open before Transpose; a damaged preference reads as the default. */
	public static DefaultOrientation orientation() {
		try {
			return DefaultOrientation.valueOf(node().get(ORIENTATION, DefaultOrientation.AS_WRITTEN.name()));
		} catch (IllegalArgumentException e) {
			return DefaultOrientation.AS_WRITTEN;
		}
	}

	/**
	 * Whether tokens that start like a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab,
	 * carriage return) are written with an apostrophe in front, so that a spreadsheet shows them
	 * as text instead of evaluating them; on unless the user asked for raw tokens.
	 */
	public static boolean formulaSafeCsv() {
		return node().getBoolean(FORMULA_SAFE_CSV, true);
	}

	/** The key observations' near-zero threshold, as a fraction of the largest |value|. */
	public static double nearZeroFraction() {
		int percent = node().getInt(NEAR_ZERO_PERCENT, 1);
		return percent >= 0 && percent <= 100 ? percent / 100.0 : 0.01;
	}
}
