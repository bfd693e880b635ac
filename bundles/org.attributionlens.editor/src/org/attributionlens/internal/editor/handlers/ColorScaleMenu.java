package org.attributionlens.internal.editor.handlers;

import java.util.List;

import org.attributionlens.model.color.ColorScale;
import org.attributionlens.model.color.ColorScales;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

/**
 * The choices of the Colours pulldown: one radio item per scale of the catalogue
 * ({@link ColorScales#all()}), so that a new scale needs no edit of plugin.xml. Labels are the
 * bundle's {@code scale.<id>} texts in plugin.properties, translated with the rest of the
 * extension texts; a scale without one shows its own name.
 */
public final class ColorScaleMenu extends RadioChoicesMenu {

	public ColorScaleMenu() {
		super(ViewHandler.COLOR_SCALE, ViewHandler.COLOR_SCALE_ID);
	}

	@Override
	List<Choice> choices() {
		return ColorScales.all().stream().map(scale -> new Choice(scale.id(), label(scale))).toList();
	}

	static String label(ColorScale scale) {
		String key = "%scale." + scale.id(); //$NON-NLS-1$
		String label = Platform.getResourceString(FrameworkUtil.getBundle(ColorScaleMenu.class), key);
		return label == null || label.equals(key) ? scale.name() : label;
	}
}
