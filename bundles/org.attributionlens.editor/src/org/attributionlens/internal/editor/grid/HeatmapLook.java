package org.attributionlens.internal.editor.grid;

import java.util.function.BiPredicate;

import org.attributionlens.model.color.ColorScale;
import org.attributionlens.model.color.ColorScales;
import org.attributionlens.model.color.RangeMode;

/**
 * The user's choices for how values become colours and text: the colour scale,
 * its range, the decimals, and which cells are dimmed by a highlight.
 *
 * @param fixedBound the ±bound of {@link RangeMode#SYMMETRIC_FIXED}; ignored by the other modes
 * @param dimmed     (row, column) -> whether the cell is dimmed; never null
 */
public record HeatmapLook(ColorScale scale, RangeMode rangeMode, double fixedBound, int decimals,
		BiPredicate<Integer, Integer> dimmed) {
	public static final HeatmapLook DEFAULT = new HeatmapLook(ColorScales.defaultScale(), RangeMode.SYMMETRIC_MAX_ABS, 1.0,
			4, (row, column) -> false);

	public HeatmapLook withScale(ColorScale newScale) {
		return new HeatmapLook(newScale, RangeMode.defaultFor(newScale), fixedBound, decimals, dimmed);
	}

	public HeatmapLook withRange(RangeMode mode, double bound) {
		return new HeatmapLook(scale, mode, bound, decimals, dimmed);
	}

	public HeatmapLook withDecimals(int digits) {
		return new HeatmapLook(scale, rangeMode, fixedBound, digits, dimmed);
	}

	public HeatmapLook withDimmed(BiPredicate<Integer, Integer> cells) {
		return new HeatmapLook(scale, rangeMode, fixedBound, decimals, cells);
	}
}
