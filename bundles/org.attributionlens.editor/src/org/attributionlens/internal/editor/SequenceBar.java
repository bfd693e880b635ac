package org.attributionlens.internal.editor;

import java.util.function.IntConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * Above the heatmap, only for files that hold several sequences (an Inseq batch):
 * chooses which one is shown.
 */
public final class SequenceBar {
	private final Composite control;
	private final Combo choice;

	public SequenceBar(Composite parent, IntConsumer chosen) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(6, 3).applyTo(control);
		Label label = new Label(control, SWT.NONE);
		label.setText(Messages.Editor_sequence);
		choice = new Combo(control, SWT.READ_ONLY | SWT.DROP_DOWN);
		choice.addListener(SWT.Selection, e -> chosen.accept(choice.getSelectionIndex()));
		GridDataFactory.fillDefaults().applyTo(control);
		show(0, 1);
	}

	/** Shows the bar when there is a choice to make, hides it otherwise. */
	public void show(int index, int count) {
		if (count > 1 && choice.getItemCount() != count) {
			choice.removeAll();
			for (int i = 0; i < count; i++) {
				choice.add(i + " / " + count); //$NON-NLS-1$
			}
		}
		if (count > 1) {
			choice.select(index);
		}
		GridDataFactory.fillDefaults().exclude(count <= 1).applyTo(control);
		control.setVisible(count > 1);
		control.getParent().layout(true, true);
	}

	public int selected() {
		return choice.getSelectionIndex();
	}

	/** The drop-down the user chooses in; for tests inside the suite, which click it. */
	public Combo getChoice() {
		return choice;
	}
}
