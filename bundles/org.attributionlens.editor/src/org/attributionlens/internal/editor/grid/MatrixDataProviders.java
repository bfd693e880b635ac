package org.attributionlens.internal.editor.grid;

import org.attributionlens.model.Orientation;
import java.util.List;

import org.attributionlens.internal.editor.Messages;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.TokenLabels;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;

/** Read-only NatTable views of a matrix: the body values and the two token headers. */
final class MatrixDataProviders {
	private MatrixDataProviders() {
	}

	private abstract static class ReadOnly implements IDataProvider {
		@Override
		public final void setDataValue(int columnIndex, int rowIndex, Object newValue) {
			throw new UnsupportedOperationException("attribution files are read-only"); //$NON-NLS-1$
		}
	}

	/**
	 * Cell values as {@code Float} (NaN for a missing cell), as the matrix is laid out. The strips
	 * follow as extra columns (one value per row) and extra rows (one value per column) of
	 * {@link StepScoreValue}s: shown, but not attributions. Where those extra columns and rows cross
	 * there is nothing: null.
	 */
	static IDataProvider body(AttributionMatrix matrix, TokenStrips strips) {
		List<TokenStrips.Strip> right = strips.alongRows();
		List<TokenStrips.Strip> beneath = strips.alongColumns();
		return new ReadOnly() {
			@Override
			public Object getDataValue(int columnIndex, int rowIndex) {
				boolean inRows = rowIndex < matrix.rows();
				boolean inColumns = columnIndex < matrix.columns();
				if (inRows && inColumns) {
					return Float.valueOf(matrix.value(rowIndex, columnIndex));
				}
				if (inRows) {
					TokenStrips.Strip strip = right.get(columnIndex - matrix.columns());
					return new StepScoreValue(strip.name(), strip.values()[rowIndex], true);
				}
				if (inColumns) {
					TokenStrips.Strip strip = beneath.get(rowIndex - matrix.rows());
					return new StepScoreValue(strip.name(), strip.values()[columnIndex], false);
				}
				return null;
			}

			@Override
			public int getColumnCount() {
				return matrix.columns() + right.size();
			}

			@Override
			public int getRowCount() {
				return matrix.rows() + beneath.size();
			}
		};
	}

	/** "index  token", with whitespace and control characters made visible; then the names of the strips beneath. */
	static IDataProvider rowHeader(AttributionMatrix matrix, TokenStrips strips) {
		List<TokenStrips.Strip> beneath = strips.alongColumns();
		return new ReadOnly() {
			@Override
			public Object getDataValue(int columnIndex, int rowIndex) {
				if (rowIndex >= matrix.rows()) {
					return "\u25b8 " + beneath.get(rowIndex - matrix.rows()).name(); //$NON-NLS-1$
				}
				return rowIndex + "  " + TokenLabels.visible(matrix.rowToken(rowIndex)); //$NON-NLS-1$
			}

			@Override
			public int getColumnCount() {
				return 1;
			}

			@Override
			public int getRowCount() {
				return matrix.rows() + beneath.size();
			}
		};
	}

	/** The visible tokens; then the names of the strips at the right. */
	static IDataProvider columnHeader(AttributionMatrix matrix, TokenStrips strips) {
		List<TokenStrips.Strip> right = strips.alongRows();
		return new ReadOnly() {
			@Override
			public Object getDataValue(int columnIndex, int rowIndex) {
				if (columnIndex >= matrix.columns()) {
					return "\u25be " + right.get(columnIndex - matrix.columns()).name(); //$NON-NLS-1$
				}
				return TokenLabels.visible(matrix.columnToken(columnIndex));
			}

			@Override
			public int getColumnCount() {
				return matrix.columns() + right.size();
			}

			@Override
			public int getRowCount() {
				return 1;
			}
		};
	}

	/** "rows \\ columns", in token kinds. */
	static String cornerText(Orientation orientation) {
		return orientation.rowsAreOutputs() ? Messages.Grid_cornerOutputs : Messages.Grid_cornerInputs;
	}

	/** The corner says which way the grid reads. */
	static IDataProvider corner(Orientation orientation) {
		String text = cornerText(orientation);
		return new ReadOnly() {
			@Override
			public Object getDataValue(int columnIndex, int rowIndex) {
				return text;
			}

			@Override
			public int getColumnCount() {
				return 1;
			}

			@Override
			public int getRowCount() {
				return 1;
			}
		};
	}
}
