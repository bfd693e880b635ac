package org.attributionlens.internal.editor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Shown inside the editor instead of the grid when the file cannot be read:
 * the located message (selectable, so it can be copied) and a way to try again.
 * No dialog, no stack trace.
 */
public final class ErrorPage {
	private final Composite control;
	private final Text message;

	public ErrorPage(Composite parent, Runnable reopen) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(16, 16).spacing(8, 12).applyTo(control);

		Label title = new Label(control, SWT.WRAP);
		title.setText(Messages.ErrorPage_title);
		title.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);

		message = new Text(control, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
		message.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(message);

		Label hint = new Label(control, SWT.WRAP);
		hint.setText(Messages.ErrorPage_hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(hint);

		Button button = new Button(control, SWT.PUSH);
		button.setText(Messages.ErrorPage_reopen);
		button.addListener(SWT.Selection, e -> reopen.run());
	}

	public Composite getControl() {
		return control;
	}

	public void show(String text) {
		message.setText(text);
		control.layout(true, true);
	}

	public String getMessage() {
		return message.getText();
	}
}
