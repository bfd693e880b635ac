package org.attributionlens.internal.editor.grid;

import org.attributionlens.model.Orientation;
import java.util.List;
import java.util.stream.Collectors;

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

/**
 * Full token text (never cut) and the cell's value under the mouse; on the header of a merged row
 * or column (a word, a span of output tokens) also the tokens it stands for.
 */
final class GridToolTip extends DefaultToolTip {
	private final NatTable table;
	private final AttributionMatrix matrix;
	private final HeaderMembers members;
	private final Orientation orientation;
	private final HeatmapStyle style;

	GridToolTip(NatTable table, AttributionMatrix matrix, HeaderMembers members, Orientation orientation,
			HeatmapStyle style) {
		super(table, ToolTip.NO_RECREATE, false);
		this.orientation = orientation;
		this.table = table;
		this.matrix = matrix;
		this.members = members;
		this.style = style;
		setPopupDelay(300);
	}

	/** What the tool tip shows with the mouse at (x, y) of the table; null for none. */
	String textAt(int x, int y) {
		Event event = new Event();
		event.widget = table;
		event.x = x;
		event.y = y;
		return getText(event);
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
			return NLS.bind(Messages.Tooltip_stepScore, new Object[] { step.name(),
					step.ofRow() ? rowLine(row) : columnLine(column), style.format(step.value()) });
		}
		if (row >= matrix.rows() && !region.hasLabel(GridRegion.COLUMN_HEADER)
				|| column >= matrix.columns() && !region.hasLabel(GridRegion.ROW_HEADER)) {
			return null;
		}
		if (region.hasLabel(GridRegion.ROW_HEADER)) {
			return withMembers(rowLine(row), members.rows().apply(row));
		}
		if (region.hasLabel(GridRegion.COLUMN_HEADER)) {
			return withMembers(columnLine(column), members.columns().apply(column));
		}
		if (region.hasLabel(GridRegion.BODY)) {
			return NLS.bind(Messages.Tooltip_cell,
					new Object[] { rowLine(row), columnLine(column), style.printed(matrix.value(row, column)) });
		}
		return null;
	}

	/** "Output token 3: ▁x" for a row: the kind of token the rows are, its index and visible text. */
	private String rowLine(int row) {
		return tokenLine(orientation.rowsAreOutputs(), row, matrix.rowToken(row));
	}

	private String columnLine(int column) {
		return tokenLine(!orientation.rowsAreOutputs(), column, matrix.columnToken(column));
	}

	private static String tokenLine(boolean output, int index, String token) {
		return NLS.bind(output ? Messages.Tooltip_outputToken : Messages.Tooltip_inputToken, index,
				TokenLabels.visible(token));
	}

	/** A merged header also lists its members, each visible as in the headers, in token order. */
	private static String withMembers(String text, List<String> tokens) {
		if (tokens.size() < 2) {
			return text;
		}
		String joined = tokens.stream().map(TokenLabels::visible).collect(Collectors.joining(" + ")); //$NON-NLS-1$
		return text + '\n' + NLS.bind(Messages.Tooltip_members, tokens.size(), joined);
	}
}
