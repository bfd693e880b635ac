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
 * Shown inside the editor instead of the grid when the file cannot be read, or its
 * read was cancelled: the located message (selectable, so it can be copied) and a
 * way to try again. No dialog, no stack trace.
 */
public final class ErrorPage {
	private final Composite control;
	private final Label title;
	private final Text message;
	private final Label hint;
	private final Button reopen;

	public ErrorPage(Composite parent, Runnable reopen) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(16, 16).spacing(8, 12).applyTo(control);

		title = new Label(control, SWT.WRAP);
		title.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);

		message = new Text(control, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
		message.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(message);

		hint = new Label(control, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(hint);

		this.reopen = new Button(control, SWT.PUSH);
		this.reopen.setText(Messages.ErrorPage_reopen);
		this.reopen.addListener(SWT.Selection, e -> reopen.run());
	}

	public Composite getControl() {
		return control;
	}

	/** The file cannot be shown: why, and that fixing it is enough. */
	public void show(String text) {
		show(Messages.ErrorPage_title, text, Messages.ErrorPage_hint);
	}

	/** The read was cancelled: nothing is wrong with the file, it was not read. */
	public void showCancelled(String text) {
		show(Messages.ErrorPage_cancelledTitle, text, Messages.ErrorPage_cancelledHint);
	}

	private void show(String titleText, String text, String hintText) {
		title.setText(titleText);
		message.setText(text);
		hint.setText(hintText);
		control.layout(true, true);
	}

	/** What the page says happened: the file cannot be shown, or its read was cancelled. */
	public String getTitle() {
		return title.getText();
	}

	public String getMessage() {
		return message.getText();
	}

	/** The Reopen button; for tests, which press it as a user would. */
	public Button getReopenButton() {
		return reopen;
	}
}
