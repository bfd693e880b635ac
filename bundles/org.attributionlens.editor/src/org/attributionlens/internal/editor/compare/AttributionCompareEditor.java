package org.attributionlens.internal.editor.compare;

import java.io.IOException;

import org.attributionlens.internal.editor.AttributionInput;
import org.attributionlens.internal.editor.HeatmapSelectionProvider;
import org.attributionlens.internal.editor.Messages;
import org.attributionlens.internal.editor.ReadOnlyEditorPart;
import org.attributionlens.internal.editor.grid.HeaderMembers;
import org.attributionlens.internal.editor.grid.HeatmapGrid;
import org.attributionlens.internal.editor.grid.HeatmapLook;
import org.attributionlens.internal.editor.grid.TokenStrips;
import org.attributionlens.internal.editor.preferences.ReadPreferences;
import org.attributionlens.internal.editor.preferences.ViewPreferences;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.CellRef;
import org.attributionlens.model.Defaults;
import org.attributionlens.model.Orientation;
import org.attributionlens.model.analysis.ComparedCell;
import org.attributionlens.model.analysis.MatrixDiff;
import org.attributionlens.model.color.RangeMode;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.view.DisplayedMatrix;
import org.attributionlens.model.view.ViewPipeline;
import org.attributionlens.model.view.ViewSettings;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;

/**
 * Two attribution files compared: the heatmap of A - B on the union of their
 * rows and columns, aligned by position, with what does not line up explained
 * above it (never silently cropped), and the heatmaps of A and B beside it. A
 * cell selected in any of the three is selected in the others, and reaches the
 * Properties view with A's value, B's value and their difference. The three are turned as the
 * heatmap editor would open A (Window > Preferences > Attribution Lens > Orientation): a Captum
 * file with its output tokens as rows, as Captum draws it.
 */
public final class AttributionCompareEditor extends ReadOnlyEditorPart {
	public static final String ID = "org.attributionlens.editor.compare"; //$NON-NLS-1$

	private final HeatmapSelectionProvider selectionProvider = new HeatmapSelectionProvider();
	private CompareInput files;
	private MatrixDiff diff;
	/** The difference as its pane shows it: turned or not, never merged. */
	private DisplayedMatrix shownDiff;
	private String problem;
	private final SynchronizedSelection selection = new SynchronizedSelection(this::selected);
	private HeatmapGrid grid;
	private HeatmapGrid gridA;
	private HeatmapGrid gridB;
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

	private static AttributionMatrix read(AttributionInput file)
			throws IOException, CoreException, AttributionFormatException {
		try {
			return file.read(ReadPreferences.readOptions());
		} catch (AttributionFormatException e) {
			throw new AttributionFormatException(e.line(), e.column(), file.name() + ": " + e.reason()); //$NON-NLS-1$
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
		StringBuilder text = new StringBuilder(NLS.bind(Messages.Compare_header, files.a().location(),
				files.b().location()));
		text.append('\n').append(diff.summary(Defaults.DECIMALS));
		for (String line : diff.explanations()) {
			text.append('\n').append(line);
		}
		explanation.setText(text.toString());

		// A and B stacked on the left, in one colour range so that their colours compare; A - B on
		// the right at full height, in its own range
		SashForm sides = new SashForm(root, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sides);
		SashForm inputs = new SashForm(sides, SWT.VERTICAL);
		HeatmapLook shared = HeatmapLook.DEFAULT.withRange(RangeMode.SYMMETRIC_FIXED, sharedBound());
		// all three turned alike, so that a position means the same cell in each; A decides, as the
		// file the comparison was started from
		Orientation orientation = ViewPreferences.orientation().resolve(diff.a().writtenOrientation());
		ViewSettings turned = ViewSettings.DEFAULT.withTranspose(orientation.rowsAreOutputs());
		gridA = pane(inputs, NLS.bind(Messages.Compare_paneA, files.a().location()),
				ViewPipeline.apply(diff.a(), turned), orientation, shared, 0);
		gridB = pane(inputs, NLS.bind(Messages.Compare_paneB, files.b().location()),
				ViewPipeline.apply(diff.b(), turned), orientation, shared, 1);
		shownDiff = ViewPipeline.apply(diff.diff(), turned);
		grid = pane(sides, Messages.Compare_paneDifference, shownDiff, orientation, HeatmapLook.DEFAULT, 2);
		sides.setWeights(1, 1);
	}

	/** A titled heatmap whose selection the others follow. */
	private HeatmapGrid pane(Composite parent, String title, DisplayedMatrix shown, Orientation orientation,
			HeatmapLook look, int index) {
		Composite pane = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(pane);
		Label label = new Label(pane, SWT.NONE);
		label.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 2).applyTo(label);
		HeatmapGrid heatmap = new HeatmapGrid(pane, shown.matrix(), look, HeaderMembers.of(shown), orientation,
				TokenStrips.of(shown), selection.listenerFor(index));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(heatmap.getControl());
		selection.add(heatmap);
		return heatmap;
	}

	/** The larger |value| of A and B, so that both use one scale; 1 when both are all zero or missing. */
	private double sharedBound() {
		double bound = Math.max(diff.a().statistics().maxAbs(), diff.b().statistics().maxAbs());
		return bound > 0 && Double.isFinite(bound) ? bound : 1.0;
	}

	/** @param cell a cell as the panes show it; published as the diff's (input token, output token) */
	private void selected(CellRef cell) {
		selectionProvider.publish(cell == null ? null
				: new ComparedCell(files.a().location(), files.b().location(), diff,
						shownDiff.inputOf(cell.row(), cell.column()), shownDiff.outputOf(cell.row(), cell.column())));
	}

	/** The comparison shown; null when one of the files could not be read. */
	public MatrixDiff getDiff() {
		return diff;
	}

	/** What is written above the heatmap: the files, the summary, and what does not line up. */
	public String getExplanation() {
		return explanation.getText();
	}

	/** The heatmap of A - B, turned as the panes are; null when one of the files could not be read. */
	public HeatmapGrid getGrid() {
		return grid;
	}

	/** The heatmap of A, turned as the heatmap editor opens it, beside the difference. */
	public HeatmapGrid getGridA() {
		return gridA;
	}

	/** The heatmap of B, turned as A is. */
	public HeatmapGrid getGridB() {
		return gridB;
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
