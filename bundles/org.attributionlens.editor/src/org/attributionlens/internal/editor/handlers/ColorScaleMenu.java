package org.attributionlens.internal.editor.handlers;

import java.util.List;
import java.util.Map;

import org.attributionlens.model.color.ColorScale;
import org.attributionlens.model.color.ColorScales;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IServiceLocator;
import org.osgi.framework.FrameworkUtil;

/**
 * The choices of the Colours pulldown: one radio item per scale of the catalogue
 * ({@link ColorScales#all()}), so that a new scale needs no edit of plugin.xml. Labels are the
 * bundle's {@code scale.<id>} texts in plugin.properties, translated with the rest of the
 * extension texts; a scale without one shows its own name. The check mark comes from
 * {@link ViewHandler}.
 */
public final class ColorScaleMenu extends CompoundContributionItem implements IWorkbenchContribution {

	private IServiceLocator serviceLocator;

	@Override
	public void initialize(IServiceLocator locator) {
		serviceLocator = locator;
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		List<ColorScale> scales = ColorScales.all();
		IContributionItem[] items = new IContributionItem[scales.size()];
		for (int i = 0; i < items.length; i++) {
			ColorScale scale = scales.get(i);
			CommandContributionItemParameter item = new CommandContributionItemParameter(serviceLocator,
					ViewHandler.COLOR_SCALE + '.' + scale.id(), ViewHandler.COLOR_SCALE, CommandContributionItem.STYLE_RADIO);
			item.parameters = Map.of(ViewHandler.COLOR_SCALE_ID, scale.id());
			item.label = label(scale);
			items[i] = new CommandContributionItem(item);
		}
		return items;
	}

	static String label(ColorScale scale) {
		String key = "%scale." + scale.id(); //$NON-NLS-1$
		String label = Platform.getResourceString(FrameworkUtil.getBundle(ColorScaleMenu.class), key);
		return label == null || label.equals(key) ? scale.name() : label;
	}
}
