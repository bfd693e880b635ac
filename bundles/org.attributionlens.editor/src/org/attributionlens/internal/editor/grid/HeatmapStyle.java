package org.attributionlens.internal.editor.grid;

import java.util.Locale;
import java.util.function.BiPredicate;

import org.attributionlens.internal.editor.Messages;
import org.attributionlens.model.color.TextContrast;
import org.attributionlens.model.color.ValueRange;
import org.eclipse.nebula.widgets.nattable.style.ConfigAttribute;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

/**
 * How the heatmap looks: colour scale and range, number format, fonts and the
 * few fixed colours. It is registered in NatTable's config registry; painters
 * (grid cells and colour bar) only read it. All SWT resources in it belong to the
 * editor's resource manager.
 */
public final class HeatmapStyle {
	/** The key under which the style is registered in the NatTable config registry. */
	public static final ConfigAttribute<HeatmapStyle> ATTRIBUTE = new ConfigAttribute<>();

	private final ScalePalette palette;
	private final ValueRange range;
	private final int decimals;
	private final BiPredicate<Integer, Integer> dimmed;
	private final String numberFormat;
	private final Font valueFont;
	private final Color darkText;
	private final Color lightText;
	private final Color missingFill;
	private final Color missingHatch;
	private final Color gridLine;
	private final Color selectionBorder;
	private final Color stepScoreFill;
	private final Color selectedHeaderFill;

	public HeatmapStyle(ScalePalette palette, ValueRange range, int decimals,
			BiPredicate<Integer, Integer> dimmed, Font valueFont, Color darkText,
			Color lightText, Color missingFill, Color missingHatch, Color gridLine, Color selectionBorder,
			Color stepScoreFill, Color selectedHeaderFill) {
		this.palette = palette;
		this.range = range;
		this.decimals = decimals;
		this.dimmed = dimmed;
		this.numberFormat = "%." + decimals + "f"; //$NON-NLS-1$ //$NON-NLS-2$
		this.valueFont = valueFont;
		this.darkText = darkText;
		this.lightText = lightText;
		this.missingFill = missingFill;
		this.missingHatch = missingHatch;
		this.gridLine = gridLine;
		this.selectionBorder = selectionBorder;
		this.stepScoreFill = stepScoreFill;
		this.selectedHeaderFill = selectedHeaderFill;
	}

	/** Text on light backgrounds. */
	public Color darkText() {
		return darkText;
	}

	/** Behind the token of a selected row or column, with {@link #darkText()} on it (contrast above 4.5:1). */
	public Color selectedHeaderFill() {
		return selectedHeaderFill;
	}

	public ScalePalette palette() {
		return palette;
	}

	public ValueRange range() {
		return range;
	}

	public int decimals() {
		return decimals;
	}

	/** Whether a highlight dims the cell (it is not among the highlighted ones). */
	public boolean dimmed(int row, int column) {
		return dimmed.test(row, column);
	}

	/** The value as printed in a cell: fixed decimals, locale independent, "-0.0000" kept as in Captum's figures. */
	public String format(double value) {
		return String.format(Locale.ROOT, numberFormat, value);
	}

	/** The value as the tool tip and the status line print it: as in a cell, or "missing". */
	public String printed(float value) {
		return Float.isNaN(value) ? Messages.Tooltip_missing : format(value);
	}

	public Font valueFont() {
		return valueFont;
	}

	public Color textColor(double t) {
		return TextContrast.prefersWhite(palette.scale(), t) ? lightText : darkText;
	}

	public Color missingFill() {
		return missingFill;
	}

	public Color missingHatch() {
		return missingHatch;
	}

	public Color gridLine() {
		return gridLine;
	}

	public Color selectionBorder() {
		return selectionBorder;
	}

	/** Background of the step score rows, apart from the scale so they never read as attributions. */
	public Color stepScoreFill() {
		return stepScoreFill;
	}
}
