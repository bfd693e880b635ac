package org.attributionlens.internal.editor.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;

/** Declared in plugin.xml: default values of the read limits. */
public final class ReadPreferenceInitializer extends AbstractPreferenceInitializer {
	@Override
	public void initializeDefaultPreferences() {
		ReadPreferences.initializeDefaults();
		ViewPreferences.initializeDefaults();
	}
}
