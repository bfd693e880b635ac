package org.attributionlens.internal.editor.grid;

import java.util.Arrays;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.color.ColorScale;
import org.attributionlens.model.color.ValueRange;

/**
 * The matrix as a picture of a given size, for when cells are smaller than a
 * pixel. Each pixel shows the cell of largest |value| among those it covers
 * (max-abs pooling), so a single strong attribution never averages away.
 */
final class PooledRaster {
	private PooledRaster() {
	}

	/**
	 * @return width x height colours (0xRRGGBB, row-major); {@code missing} where
	 *         every covered cell is missing
	 */
	static int[] of(AttributionMatrix matrix, ColorScale scale, ValueRange range, int width, int height, int missing) {
		int rows = matrix.rows();
		int columns = matrix.columns();
		float[] pooled = new float[width * height];
		Arrays.fill(pooled, Float.NaN);
		// the pixel column of each cell column, worked out once rather than per cell (millions)
		int[] pixelColumn = new int[columns];
		for (int column = 0; column < columns; column++) {
			pixelColumn[column] = (int) ((long) column * width / columns);
		}
		for (int row = 0; row < rows; row++) {
			int line = (int) ((long) row * height / rows) * width;
			for (int column = 0; column < columns; column++) {
				float value = matrix.value(row, column);
				int index = line + pixelColumn[column];
				float current = pooled[index];
				// NaN (missing) never wins: every comparison with it is false
				if (Math.abs(value) > Math.abs(current) || current != current && value == value) {
					pooled[index] = value;
				}
			}
		}
		// when pixels outnumber cells, some pixels got no cell: they show their nearest cell
		int[] colours = new int[width * height];
		for (int y = 0; y < height; y++) {
			int row = (int) ((long) y * rows / height);
			for (int x = 0; x < width; x++) {
				float value = pooled[y * width + x];
				if (Float.isNaN(value) && (rows < height || columns < width)) {
					value = matrix.value(row, (int) ((long) x * columns / width));
				}
				colours[y * width + x] = Float.isNaN(value) ? missing : scale.rgb(range.position(value));
			}
		}
		return colours;
	}
}
