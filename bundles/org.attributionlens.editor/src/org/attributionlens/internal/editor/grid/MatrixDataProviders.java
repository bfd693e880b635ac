package org.attributionlens.internal.editor.grid;

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

	/** Cell values as {@code Float}; NaN for a missing cell. Rows are input tokens, columns output tokens. */
	static IDataProvider body(AttributionMatrix matrix) {
		return new ReadOnly() {
			@Override
			public Object getDataValue(int columnIndex, int rowIndex) {
				return Float.valueOf(matrix.value(rowIndex, columnIndex));
			}

			@Override
			public int getColumnCount() {
				return matrix.columns();
			}

			@Override
			public int getRowCount() {
				return matrix.rows();
			}
		};
	}

	/** "index  token", with whitespace and control characters made visible. */
	static IDataProvider rowHeader(AttributionMatrix matrix) {
		return new ReadOnly() {
			@Override
			public Object getDataValue(int columnIndex, int rowIndex) {
				return rowIndex + "  " + TokenLabels.visible(matrix.rowToken(rowIndex)); //$NON-NLS-1$
			}

			@Override
			public int getColumnCount() {
				return 1;
			}

			@Override
			public int getRowCount() {
				return matrix.rows();
			}
		};
	}

	static IDataProvider columnHeader(AttributionMatrix matrix) {
		return new ReadOnly() {
			@Override
			public Object getDataValue(int columnIndex, int rowIndex) {
				return TokenLabels.visible(matrix.columnToken(columnIndex));
			}

			@Override
			public int getColumnCount() {
				return matrix.columns();
			}

			@Override
			public int getRowCount() {
				return 1;
			}
		};
	}

	/** The corner says which way the grid reads. */
	static IDataProvider corner() {
		return new ReadOnly() {
			@Override
			public Object getDataValue(int columnIndex, int rowIndex) {
				return Messages.Grid_corner;
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
