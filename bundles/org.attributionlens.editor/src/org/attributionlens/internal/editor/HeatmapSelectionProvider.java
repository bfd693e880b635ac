package org.attributionlens.internal.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * Publishes model objects (an {@code AttributionCell}, or the {@code AttributionFile}
 * when no cell is selected) to the workbench. Views such as Properties adapt
 * them; the editor never builds property sources itself.
 */
public final class HeatmapSelectionProvider implements ISelectionProvider {
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private ISelection selection = StructuredSelection.EMPTY;
	private SelectionRequestHandler requestHandler;

	/** Lets {@link #setSelection(ISelection)} from outside (e.g. Show In) select cells in the grid. */
	public interface SelectionRequestHandler {
		void select(ISelection requested);
	}

	public void setRequestHandler(SelectionRequestHandler handler) {
		this.requestHandler = handler;
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void setSelection(ISelection requested) {
		if (requestHandler != null) {
			requestHandler.select(requested);
		} else {
			publish(requested);
		}
	}

	/** Called by the editor when what is selected in the grid changed. */
	public void publish(Object element) {
		publish(element == null ? StructuredSelection.EMPTY : new StructuredSelection(element));
	}

	private void publish(ISelection newSelection) {
		if (newSelection.equals(selection)) {
			return;
		}
		selection = newSelection;
		SelectionChangedEvent event = new SelectionChangedEvent(this, newSelection);
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}
}
