package org.attributionlens.internal.editor.grid;

import org.attributionlens.internal.editor.Messages;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.TokenLabels;
import org.eclipse.jface.window.DefaultToolTip;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Event;

/** Full token text (never cut) and the cell's value under the mouse. */
final class GridToolTip extends DefaultToolTip {
	private final NatTable table;
	private final AttributionMatrix matrix;
	private final HeatmapStyle style;

	GridToolTip(NatTable table, AttributionMatrix matrix, HeatmapStyle style) {
		super(table, ToolTip.NO_RECREATE, false);
		this.table = table;
		this.matrix = matrix;
		this.style = style;
		setPopupDelay(300);
	}

	@Override
	protected Object getToolTipArea(Event event) {
		int column = table.getColumnPositionByX(event.x);
		int row = table.getRowPositionByY(event.y);
		return column * 31L + row * 1_000_003L;
	}

	@Override
	protected boolean shouldCreateToolTip(Event event) {
		return getText(event) != null && super.shouldCreateToolTip(event);
	}

	@Override
	protected String getText(Event event) {
		int columnPosition = table.getColumnPositionByX(event.x);
		int rowPosition = table.getRowPositionByY(event.y);
		ILayerCell cell = table.getCellByPosition(columnPosition, rowPosition);
		if (cell == null) {
			return null;
		}
		LabelStack region = table.getRegionLabelsByXY(event.x, event.y);
		int row = cell.getRowIndex();
		int column = cell.getColumnIndex();
		if (cell.getDataValue() instanceof StepScoreValue step) {
			return NLS.bind(Messages.Tooltip_stepScore, new Object[] { step.name(), column,
					TokenLabels.visible(matrix.columnToken(column)), style.format(step.value()) });
		}
		if (row >= matrix.rows() && !region.hasLabel(GridRegion.COLUMN_HEADER)) {
			return null;
		}
		if (region.hasLabel(GridRegion.ROW_HEADER)) {
			return NLS.bind(Messages.Tooltip_row, row, TokenLabels.visible(matrix.rowToken(row)));
		}
		if (region.hasLabel(GridRegion.COLUMN_HEADER)) {
			return NLS.bind(Messages.Tooltip_column, column, TokenLabels.visible(matrix.columnToken(column)));
		}
		if (region.hasLabel(GridRegion.BODY)) {
			float value = matrix.value(row, column);
			String printed = Float.isNaN(value) ? Messages.Tooltip_missing : style.format(value);
			return NLS.bind(Messages.Tooltip_cell, new Object[] { row, TokenLabels.visible(matrix.rowToken(row)),
					column, TokenLabels.visible(matrix.columnToken(column)), printed });
		}
		return null;
	}
}
