package org.attributionlens.internal.editor.handlers;

import java.util.Optional;

import org.attributionlens.internal.editor.CommandIds;
import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.model.view.ColumnSpanEdits;
import org.attributionlens.model.view.DisplayedMatrix;
import org.attributionlens.model.view.ViewSettings;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Merge Columns / Unmerge Columns: the output tokens selected in the grid (columns, or rows when
 * transposed) become one span, reduced like merged subwords, or a selected span is split again.
 * Enabled only when the selection allows it, so that the menus say what can be done.
 */
public final class ColumnSpanHandler extends AbstractHandler implements IExecutableExtension {
	public static final String MERGE = CommandIds.MERGE;
	public static final String UNMERGE = CommandIds.UNMERGE;

	/** The command this instance handles (plugin.xml: class="...ColumnSpanHandler:commandId"). */
	private String commandId = MERGE;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		if (data instanceof String id) {
			commandId = id;
		}
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof HeatmapEditor editor) {
			// only the spans: the view's own settings say which way it is turned, the editor's state
			// only whether the user flipped it
			edit(editor, event.getCommand().getId()).ifPresent(view -> editor.setViewState(editor.getViewState()
					.withView(editor.getViewState().view().withColumnSpans(view.columnSpans()))));
		}
		return null;
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		Object part = evaluationContext instanceof IEvaluationContext context
				? context.getVariable(ISources.ACTIVE_EDITOR_NAME)
				: null;
		setBaseEnabled(part instanceof HeatmapEditor editor && edit(editor, commandId).isPresent());
	}

	private static Optional<ViewSettings> edit(HeatmapEditor editor, String commandId) {
		DisplayedMatrix shown = editor.getDisplayedMatrix();
		int[] groups = editor.selectedOutputGroups();
		if (shown == null || groups.length == 0) {
			return Optional.empty();
		}
		return MERGE.equals(commandId) ? ColumnSpanEdits.merge(shown, groups) : ColumnSpanEdits.unmerge(shown, groups);
	}
}
