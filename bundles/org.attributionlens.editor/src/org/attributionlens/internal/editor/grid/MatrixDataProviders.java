package org.attributionlens.internal.editor.grid;

import org.attributionlens.model.Orientation;
import java.util.List;
import java.util.Map;

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
	 * Cell values as {@code Float} (NaN for a missing cell); rows are input tokens,
	 * columns output tokens. Step scores (Inseq's probability, ...) follow as extra
	 * rows of {@link StepScoreValue}s: shown, but not attributions.
	 */
	static IDataProvider body(AttributionMatrix matrix) {
		List<Map.Entry<String, float[]>> steps = List.copyOf(matrix.stepScores().entrySet());
		return new ReadOnly() {
			@Override
			public Object getDataValue(int columnIndex, int rowIndex) {
				if (rowIndex < matrix.rows()) {
					return Float.valueOf(matrix.value(rowIndex, columnIndex));
				}
				Map.Entry<String, float[]> step = steps.get(rowIndex - matrix.rows());
				return new StepScoreValue(step.getKey(), step.getValue()[columnIndex]);
			}

			@Override
			public int getColumnCount() {
				return matrix.columns();
			}

			@Override
			public int getRowCount() {
				return matrix.rows() + steps.size();
			}
		};
	}

	/** "index  token", with whitespace and control characters made visible; then the step score names. */
	static IDataProvider rowHeader(AttributionMatrix matrix) {
		List<String> steps = List.copyOf(matrix.stepScores().keySet());
		return new ReadOnly() {
			@Override
			public Object getDataValue(int columnIndex, int rowIndex) {
				if (rowIndex >= matrix.rows()) {
					return "\u25b8 " + steps.get(rowIndex - matrix.rows()); //$NON-NLS-1$
				}
				return rowIndex + "  " + TokenLabels.visible(matrix.rowToken(rowIndex)); //$NON-NLS-1$
			}

			@Override
			public int getColumnCount() {
				return 1;
			}

			@Override
			public int getRowCount() {
				return matrix.rows() + steps.size();
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
