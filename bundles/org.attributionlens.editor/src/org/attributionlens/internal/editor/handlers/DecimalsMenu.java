package org.attributionlens.internal.editor.handlers;

import java.util.Locale;
import java.util.Map;

import org.attributionlens.internal.editor.Messages;
import org.attributionlens.model.view.ViewSettings;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IServiceLocator;

/**
 * The choices of the Decimals pulldown and context submenu: one radio item per count from 0 to
 * {@link ViewSettings#MAX_DECIMALS}, each showing how a value looks with it. Made in code rather
 * than as nine entries in plugin.xml, twice; the check mark comes from {@link ViewHandler}.
 */
public final class DecimalsMenu extends CompoundContributionItem implements IWorkbenchContribution {
	/** A value whose printed form shows what each choice does. */
	private static final double EXAMPLE = 0.123456789;

	private IServiceLocator serviceLocator;

	@Override
	public void initialize(IServiceLocator locator) {
		serviceLocator = locator;
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		IContributionItem[] items = new IContributionItem[ViewSettings.MAX_DECIMALS + 1];
		for (int digits = 0; digits <= ViewSettings.MAX_DECIMALS; digits++) {
			CommandContributionItemParameter item = new CommandContributionItemParameter(serviceLocator,
					ViewHandler.DECIMALS + '.' + digits, ViewHandler.DECIMALS, CommandContributionItem.STYLE_RADIO);
			item.parameters = Map.of(ViewHandler.DECIMALS_VALUE, Integer.toString(digits));
			item.label = NLS.bind(Messages.Decimals_choice, digits,
					String.format(Locale.ROOT, "%." + digits + 'f', EXAMPLE)); //$NON-NLS-1$
			items[digits] = new CommandContributionItem(item);
		}
		return items;
	}
}
