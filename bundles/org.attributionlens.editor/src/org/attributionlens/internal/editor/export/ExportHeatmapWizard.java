package org.attributionlens.internal.editor.export;

import java.io.IOException;
import java.nio.file.Path;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.Messages;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File > Export > Attribution Lens > Attribution heatmap: the heatmap of the
 * active editor, as shown (view settings included), to SVG, PNG or CSV.
 */
public final class ExportHeatmapWizard extends Wizard implements IExportWizard {
	private HeatmapEditor editor;
	private ExportHeatmapPage page;

	public ExportHeatmapWizard() {
		setWindowTitle(Messages.Export_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		IEditorPart active = workbench.getActiveWorkbenchWindow() == null ? null
				: workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		if (active instanceof HeatmapEditor heatmap) {
			editor = heatmap;
		}
	}

	/** Exports the heatmap of this editor (the command in the editor's tool bar uses this). */
	public void init(HeatmapEditor heatmap) {
		editor = heatmap;
	}

	@Override
	public void addPages() {
		page = new ExportHeatmapPage(suggestedDestination());
		addPage(page);
	}

	private Path suggestedDestination() {
		if (editor != null && editor.getEditorInput() != null) {
			IFile file = editor.getEditorInput().getAdapter(IFile.class);
			if (file != null && file.getLocation() != null) {
				String name = file.getName().replaceFirst("\\.attr\\.json$|\\.json$|\\.csv$|\\.tsv$", ""); //$NON-NLS-1$ //$NON-NLS-2$
				return file.getLocation().toPath().resolveSibling(name);
			}
		}
		return Path.of(System.getProperty("user.home"), "heatmap"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public boolean canFinish() {
		return editor != null && editor.getMatrix() != null && super.canFinish();
	}

	@Override
	public boolean performFinish() {
		if (editor == null || editor.getGrid() == null) {
			page.setErrorMessage(Messages.Export_noHeatmap);
			return false;
		}
		var style = editor.getGrid().getStyle();
		HeatmapExport export = new HeatmapExport(editor.getDisplayedMatrix(), style.palette().scale(), style.range(),
				style.decimals());
		try {
			export.write(page.format(), page.pngScale(), page.destination());
			return true;
		} catch (IOException | RuntimeException e) {
			page.setErrorMessage(NLS.bind(Messages.Export_failed, page.destination(), e.getMessage()));
			return false;
		}
	}

	public ExportHeatmapPage getExportPage() {
		return page;
	}
}
