package org.attributionlens.internal.editor.grid;

import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.style.SelectionStyleLabels;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;

/**
 * Registers the heatmap style and the painters that read it. The painters hold
 * no colours or fonts of their own.
 */
final class HeatmapConfiguration extends AbstractRegistryConfiguration {
	private final HeatmapStyle style;

	HeatmapConfiguration(HeatmapStyle style) {
		this.style = style;
	}

	@Override
	public void configureRegistry(IConfigRegistry registry) {
		registry.registerConfigAttribute(HeatmapStyle.ATTRIBUTE, style);
		AttributionCellPainter.register(registry, GridRegion.BODY);

		// Long tokens are cut by the text painter (with "..."); the tool tip shows them whole.
		TextPainter headerText = new TextPainter(true, true, 3, false);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new LineBorderDecorator(headerText),
				DisplayMode.NORMAL, GridRegion.COLUMN_HEADER);
		Style rowHeader = new Style();
		rowHeader.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, rowHeader, DisplayMode.NORMAL,
				GridRegion.ROW_HEADER);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, rowHeader, DisplayMode.SELECT,
				GridRegion.ROW_HEADER);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER,
				new LineBorderDecorator(new TextPainter(false, true, 6, false)), DisplayMode.NORMAL,
				GridRegion.ROW_HEADER);

		// NatTable's selected headers are white on light grey (about 2:1): dark text on light blue
		// reads at any contrast setting, and still tells the selected token apart
		Style selectedHeader = selectedHeaderStyle();
		Style selectedRowHeader = selectedHeaderStyle();
		selectedRowHeader.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
		for (String label : new String[] { GridRegion.COLUMN_HEADER, SelectionStyleLabels.COLUMN_FULLY_SELECTED_STYLE }) {
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, selectedHeader, DisplayMode.SELECT, label);
		}
		for (String label : new String[] { GridRegion.ROW_HEADER, SelectionStyleLabels.ROW_FULLY_SELECTED_STYLE }) {
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, selectedRowHeader, DisplayMode.SELECT, label);
		}
	}

	private Style selectedHeaderStyle() {
		Style selected = new Style();
		selected.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, style.selectedHeaderFill());
		selected.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, style.darkText());
		return selected;
	}
}
