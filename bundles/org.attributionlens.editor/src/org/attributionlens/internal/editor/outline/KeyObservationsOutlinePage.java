package org.attributionlens.internal.editor.outline;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.attributionlens.internal.editor.Messages;
import org.attributionlens.internal.editor.preferences.ViewPreferences;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.CellRef;
import org.attributionlens.model.analysis.ColumnObservation;
import org.attributionlens.model.analysis.KeyObservations;
import org.attributionlens.model.analysis.Observation;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline of a heatmap: what the reference documents' "Key Observations"
 * say by hand, computed: the largest and most negative cells, dominant and
 * near-zero input tokens, and each output token's top input tokens. Selecting
 * an entry selects its cell in the grid (and so the Properties view shows it).
 */
public final class KeyObservationsOutlinePage extends ContentOutlinePage {
	/** A heading of the tree with the observations under it. */
	public record Group(String label, List<? extends Observation> entries) {
	}

	private final Consumer<CellRef> reveal;
	private final Function<CellRef, Object> cellElement;
	private KeyObservations observations;
	/** The job computing the observations of the latest matrix, until it has shown them. */
	private Job computing;

	/**
	 * @param reveal      selects the cell (input, output of the view) of an entry in the heatmap
	 * @param cellElement the model object of such a cell, as the heatmap publishes it: what the
	 *                    Outline publishes for an entry, so that the Properties view, which follows
	 *                    the Outline while it is active, shows the cell and not the sentence
	 */
	public KeyObservationsOutlinePage(Consumer<CellRef> reveal, Function<CellRef, Object> cellElement) {
		this.reveal = reveal;
		this.cellElement = cellElement;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ObservationContent());
		viewer.setLabelProvider(LabelProvider.createTextProvider(element -> element instanceof Group group
				? group.label()
				: ((Observation) element).text()));
		viewer.setAutoExpandLevel(2);
		viewer.setInput(observations);
	}

	/**
	 * Shows the observations of a newly read matrix, or nothing (null) while the file cannot be
	 * read. They are computed in a job: on a large matrix they take a pass over millions of cells,
	 * which must not hold up the heatmap's first frame.
	 */
	public void setMatrix(AttributionMatrix matrix) {
		if (computing != null) {
			computing.cancel();
			computing = null;
		}
		if (matrix == null) {
			show(null);
			return;
		}
		KeyObservations.Settings settings = KeyObservations.Settings.DEFAULTS
				.withNearZeroFraction(ViewPreferences.nearZeroFraction());
		Display display = Display.getCurrent();
		Job job = new Job(Messages.Outline_computing) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				KeyObservations result = KeyObservations.of(matrix, settings);
				Job self = this;
				if (!monitor.isCanceled() && !display.isDisposed()) {
					// synchronously, so that the job ends only once the tree shows the result
					display.syncExec(() -> {
						if (computing == self) {
							computing = null;
							show(result);
						}
					});
				}
				return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		computing = job;
		job.schedule();
	}

	@Override
	public void dispose() {
		if (computing != null) {
			computing.cancel();
			computing = null;
		}
		super.dispose();
	}

	private void show(KeyObservations newObservations) {
		observations = newObservations;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(observations);
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
		if (element instanceof Observation observation) {
			observation.target().ifPresent(reveal);
		}
	}

	@Override
	public ISelection getSelection() {
		return asCell(super.getSelection());
	}

	@Override
	protected void fireSelectionChanged(ISelection selection) {
		super.fireSelectionChanged(asCell(selection));
	}

	/** An entry's selection as the cell it names; headings and entries without a cell as they are. */
	private ISelection asCell(ISelection selection) {
		Object element = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
		if (element instanceof Observation observation) {
			Object cell = observation.target().map(cellElement).orElse(null);
			if (cell != null) {
				return new StructuredSelection(cell);
			}
		}
		return selection;
	}

	/** Widened for the suite's own tests and tools. */
	@Override
	public TreeViewer getTreeViewer() {
		return super.getTreeViewer();
	}

	/** The observations the page shows; null while there are none. */
	public KeyObservations getObservations() {
		return observations;
	}

	private static final class ObservationContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			if (!(input instanceof KeyObservations all)) {
				return new Object[0];
			}
			return List.of(new Group(Messages.Outline_largest, all.largestPositive()),
					new Group(Messages.Outline_mostNegative, all.mostNegative()),
					new Group(Messages.Outline_dominantRows, all.dominantRows()),
					new Group(Messages.Outline_nearZeroRows, all.nearZeroRows()),
					new Group(Messages.Outline_dominantOutputs, all.dominantOutputs()),
					new Group(Messages.Outline_nearZeroOutputs, all.nearZeroOutputs()),
					new Group(Messages.Outline_seqAttr, all.sequenceAttribution()),
					new Group(Messages.Outline_columns, all.columns()))
					.stream().filter(group -> !group.entries().isEmpty()).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof Group group) {
				return group.entries().toArray();
			}
			if (parent instanceof ColumnObservation column) {
				return column.topTokens().toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}
}
