package org.attributionlens.internal.editor.export;

import java.nio.file.Path;

import org.attributionlens.internal.editor.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** Where and how to export: format, PNG scale, destination file. */
public final class ExportHeatmapPage extends WizardPage {
	private final Path suggested;
	private Combo format;
	private Spinner scale;
	private Text destination;

	ExportHeatmapPage(Path suggested) {
		super("exportHeatmap"); //$NON-NLS-1$
		this.suggested = suggested;
		setTitle(Messages.Export_title);
		setDescription(Messages.Export_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		new Label(page, SWT.NONE).setText(Messages.Export_format);
		format = new Combo(page, SWT.READ_ONLY);
		format.setItems(Messages.Export_svg, Messages.Export_png, Messages.Export_csv);
		format.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(format);

		new Label(page, SWT.NONE).setText(Messages.Export_scale);
		scale = new Spinner(page, SWT.BORDER);
		scale.setValues(2, 1, 8, 0, 1, 1);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(scale);

		new Label(page, SWT.NONE).setText(Messages.Export_destination);
		destination = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(destination);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.Export_browse);
		browse.addListener(SWT.Selection, e -> browse());

		format.addListener(SWT.Selection, e -> formatChanged());
		destination.addListener(SWT.Modify, e -> validate());
		setDestination(suggested);
		formatChanged();
		setControl(page);
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFileName(destination.getText());
		String chosen = dialog.open();
		if (chosen != null) {
			destination.setText(chosen);
		}
	}

	private void formatChanged() {
		scale.setEnabled(format() == HeatmapExport.Format.PNG);
		String text = destination.getText();
		int dot = text.lastIndexOf('.');
		if (dot > text.lastIndexOf('/')) {
			destination.setText(text.substring(0, dot + 1) + format().extension());
		}
		validate();
	}

	private void validate() {
		String text = destination.getText().strip();
		setPageComplete(!text.isEmpty());
		setErrorMessage(text.isEmpty() ? Messages.Export_noDestination : null);
	}

	private void setDestination(Path path) {
		String name = path.toString();
		int dot = name.lastIndexOf('.');
		destination.setText((dot > 0 ? name.substring(0, dot) : name) + '.' + format().extension());
	}

	public HeatmapExport.Format format() {
		return HeatmapExport.Format.values()[Math.max(0, format.getSelectionIndex())];
	}

	public void setFormat(HeatmapExport.Format chosen) {
		format.select(chosen.ordinal());
		formatChanged();
	}

	public double pngScale() {
		return scale.getSelection();
	}

	public Path destination() {
		return Path.of(destination.getText().strip());
	}

	public void setDestinationText(String text) {
		destination.setText(text);
	}
}
