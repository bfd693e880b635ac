package org.attributionlens.internal.editor.compare;

import java.io.IOException;
import java.io.InputStream;

import org.attributionlens.internal.editor.HeatmapSelectionProvider;
import org.attributionlens.internal.editor.Messages;
import org.attributionlens.internal.editor.ReadOnlyEditorPart;
import org.attributionlens.internal.editor.grid.HeatmapGrid;
import org.attributionlens.internal.editor.grid.HeatmapLook;
import org.attributionlens.internal.editor.preferences.ReadPreferences;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.CellRef;
import org.attributionlens.model.analysis.ComparedCell;
import org.attributionlens.model.analysis.MatrixDiff;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReaders;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;

/**
 * Two attribution files compared: the heatmap of A - B on the union of their
 * rows and columns, aligned by position, with what does not line up explained
 * above it (never silently cropped). A selected cell reaches the Properties
 * view with A's value, B's value and their difference.
 */
public final class AttributionCompareEditor extends ReadOnlyEditorPart {
	public static final String ID = "org.attributionlens.editor.compare"; //$NON-NLS-1$

	private final HeatmapSelectionProvider selectionProvider = new HeatmapSelectionProvider();
	private CompareInput files;
	private MatrixDiff diff;
	private String problem;
	private HeatmapGrid grid;
	private Text explanation;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof CompareInput compare)) {
			throw new PartInitException(NLS.bind(Messages.Editor_unsupportedInput, input.getName()));
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		files = compare;
		site.setSelectionProvider(selectionProvider);
		try {
			diff = MatrixDiff.of(read(compare.a()), read(compare.b()));
		} catch (AttributionFormatException e) {
			problem = e.getMessage();
		} catch (IOException | CoreException e) {
			problem = String.valueOf(e.getMessage());
		}
	}

	private static AttributionMatrix read(IFile file)
			throws IOException, CoreException, AttributionFormatException {
		try (InputStream in = file.getContents(true)) {
			return AttributionReaders.read(in, file.getName(), ReadPreferences.readOptions());
		} catch (AttributionFormatException e) {
			throw new AttributionFormatException(e.line(), e.column(), file.getName() + ": " + e.reason()); //$NON-NLS-1$
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(root);
		explanation = new Text(root, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 4).applyTo(explanation);
		if (diff == null) {
			explanation.setText(NLS.bind(Messages.Compare_failed, problem));
			return;
		}
		StringBuilder text = new StringBuilder(NLS.bind(Messages.Compare_header, files.a().getFullPath(),
				files.b().getFullPath()));
		text.append('\n').append(diff.summary(4));
		for (String line : diff.explanations()) {
			text.append('\n').append(line);
		}
		explanation.setText(text.toString());
		grid = new HeatmapGrid(root, diff.diff(), HeatmapLook.DEFAULT, this::selected);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(grid.getControl());
	}

	private void selected(CellRef cell) {
		selectionProvider.publish(cell == null ? null
				: new ComparedCell(files.a().getFullPath().toString(), files.b().getFullPath().toString(), diff,
						cell.row(), cell.column()));
	}

	/** The comparison shown; null when one of the files could not be read. */
	public MatrixDiff getDiff() {
		return diff;
	}

	/** What is written above the heatmap: the files, the summary, and what does not line up. */
	public String getExplanation() {
		return explanation.getText();
	}

	public HeatmapGrid getGrid() {
		return grid;
	}

	@Override
	public void setFocus() {
		if (grid != null) {
			grid.getTable().setFocus();
		} else {
			explanation.setFocus();
		}
	}
}
