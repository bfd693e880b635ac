package org.attributionlens.internal.editor.handlers;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.attributionlens.internal.editor.Messages;
import org.attributionlens.model.view.ViewSettings;
import org.eclipse.osgi.util.NLS;

/**
 * The choices of the Decimals pulldown and context submenu: one radio item per count from 0 to
 * {@link ViewSettings#MAX_DECIMALS}, each showing how a value looks with it. Made in code rather
 * than as nine entries in plugin.xml, twice.
 */
public final class DecimalsMenu extends RadioChoicesMenu {
	/** A value whose printed form shows what each choice does. */
	private static final double EXAMPLE = 0.123456789;

	public DecimalsMenu() {
		super(ViewHandler.DECIMALS, ViewHandler.DECIMALS_VALUE);
	}

	@Override
	List<Choice> choices() {
		return IntStream.rangeClosed(0, ViewSettings.MAX_DECIMALS)
				.mapToObj(digits -> new Choice(Integer.toString(digits), NLS.bind(Messages.Decimals_choice, digits,
						String.format(Locale.ROOT, "%." + digits + 'f', EXAMPLE)))) //$NON-NLS-1$
				.toList();
	}
}
