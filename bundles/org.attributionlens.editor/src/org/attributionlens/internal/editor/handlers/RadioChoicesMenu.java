package org.attributionlens.internal.editor.handlers;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IServiceLocator;

/**
 * A menu of radio items made in code, one per choice of a command's parameter, for choices that
 * come from a catalogue or a range rather than from a list in plugin.xml. The check mark comes
 * from the command's handler ({@link ViewHandler}).
 */
abstract class RadioChoicesMenu extends CompoundContributionItem implements IWorkbenchContribution {

	/** One item: the parameter's value and the label that shows it. */
	record Choice(String value, String label) {
	}

	private final String commandId;
	private final String parameterId;
	private IServiceLocator serviceLocator;

	RadioChoicesMenu(String commandId, String parameterId) {
		this.commandId = commandId;
		this.parameterId = parameterId;
	}

	/** The choices, in menu order. */
	abstract List<Choice> choices();

	@Override
	public void initialize(IServiceLocator locator) {
		serviceLocator = locator;
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		return choices().stream().map(choice -> {
			CommandContributionItemParameter item = new CommandContributionItemParameter(serviceLocator,
					commandId + '.' + choice.value(), commandId, CommandContributionItem.STYLE_RADIO);
			item.parameters = Map.of(parameterId, choice.value());
			item.label = choice.label();
			return new CommandContributionItem(item);
		}).toArray(IContributionItem[]::new);
	}
}
