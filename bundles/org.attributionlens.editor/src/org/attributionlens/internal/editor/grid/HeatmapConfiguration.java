package org.attributionlens.internal.editor.grid;

import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
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
	}
}
