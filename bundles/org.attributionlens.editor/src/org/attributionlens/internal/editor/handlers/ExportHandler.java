package org.attributionlens.internal.editor.handlers;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.export.ExportHeatmapWizard;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Export... in the heatmap's tool bar: the export wizard for this heatmap. */
public final class ExportHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof HeatmapEditor editor) {
			ExportHeatmapWizard wizard = new ExportHeatmapWizard();
			wizard.init(editor);
			new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
		}
		return null;
	}
}
