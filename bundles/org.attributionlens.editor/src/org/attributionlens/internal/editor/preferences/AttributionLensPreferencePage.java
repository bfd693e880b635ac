package org.attributionlens.internal.editor.preferences;

import java.util.Arrays;
import java.util.Locale;

import org.attributionlens.internal.editor.Messages;
import org.attributionlens.model.Defaults;
import org.attributionlens.model.color.ColorScales;
import org.attributionlens.model.view.Reducer;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Attribution Lens: the limits that keep hostile files from hurting the IDE. */
public final class AttributionLensPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
	public AttributionLensPreferencePage() {
		super(GRID);
		setDescription(Messages.Preferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(ReadPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		String[][] scales = ColorScales.all().stream()
				.map(scale -> new String[] { scale.name(), scale.id() }).toArray(String[][]::new);
		addField(new ComboFieldEditor(ViewPreferences.COLOR_SCALE, Messages.Preferences_colorScale, scales,
				getFieldEditorParent()));
		IntegerFieldEditor decimals = new IntegerFieldEditor(ViewPreferences.DECIMALS, Messages.Preferences_decimals,
				getFieldEditorParent(), 2);
		decimals.setValidRange(0, Defaults.MAX_DECIMALS);
		addField(decimals);
		String[][] reducers = Arrays.stream(Reducer.values())
				.map(reducer -> new String[] { reducer.name().toLowerCase(Locale.ROOT).replace('_', '-'),
						reducer.name() })
				.toArray(String[][]::new);
		addField(new ComboFieldEditor(ViewPreferences.REDUCER, Messages.Preferences_reducer, reducers,
				getFieldEditorParent()));
		IntegerFieldEditor nearZero = new IntegerFieldEditor(ViewPreferences.NEAR_ZERO_PERCENT,
				Messages.Preferences_nearZero, getFieldEditorParent(), 3);
		nearZero.setValidRange(0, 100);
		addField(nearZero);
		String[][] orientations = Arrays.stream(DefaultOrientation.values())
				.map(orientation -> new String[] { orientation.label(), orientation.name() }).toArray(String[][]::new);
		addField(new ComboFieldEditor(ViewPreferences.ORIENTATION, Messages.Preferences_orientation, orientations,
				getFieldEditorParent()));
		addField(new BooleanFieldEditor(ViewPreferences.FORMULA_SAFE_CSV, Messages.Preferences_formulaSafeCsv,
				getFieldEditorParent()));
		addField(limit(ReadPreferences.MAX_CELLS, Messages.Preferences_maxCells, Integer.MAX_VALUE));
		addField(limit(ReadPreferences.MAX_DECOMPRESSED_MIB, Messages.Preferences_maxDecompressed, 1 << 20));
		addField(limit(ReadPreferences.MAX_TOKEN_LENGTH, Messages.Preferences_maxTokenLength, Integer.MAX_VALUE));
		addField(limit(ReadPreferences.MAX_NESTING_DEPTH, Messages.Preferences_maxNestingDepth, 10_000));
		addField(limit(ReadPreferences.MAX_STRING_LENGTH, Messages.Preferences_maxStringLength, Integer.MAX_VALUE));
	}

	private IntegerFieldEditor limit(String key, String label, int max) {
		IntegerFieldEditor editor = new IntegerFieldEditor(key, label, getFieldEditorParent(), 10);
		editor.setValidRange(key.equals(ReadPreferences.MAX_NESTING_DEPTH) ? 2 : 1, max);
		return editor;
	}
}
