package org.attributionlens.internal.editor;

import org.attributionlens.editor.HeatmapEditor;
import org.eclipse.core.expressions.PropertyTester;

/**
 * {@code org.attributionlens.editor.showsMatrix}: whether a heatmap editor shows a matrix rather than
 * its error page or the reading of the file; the heatmap's commands are enabled only then.
 */
public final class HeatmapPropertyTester extends PropertyTester {
	/** The property's name with its namespace, for re-evaluation requests. */
	public static final String SHOWS_MATRIX = "org.attributionlens.editor.showsMatrix"; //$NON-NLS-1$

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		return receiver instanceof HeatmapEditor editor && editor.getMatrix() != null;
	}
}
