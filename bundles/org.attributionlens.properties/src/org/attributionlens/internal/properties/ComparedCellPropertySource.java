package org.attributionlens.internal.properties;

import org.attributionlens.model.Defaults;
import org.attributionlens.model.analysis.ComparedCell;
import org.attributionlens.model.analysis.DiffCell;
import org.attributionlens.model.analysis.MatrixDiff;

/** A cell of a comparison: A's and B's tokens and values, and A - B. */
public final class ComparedCellPropertySource extends ReadOnlyPropertySource {
	public static final String VALUE_A = "compare.a"; //$NON-NLS-1$
	public static final String VALUE_B = "compare.b"; //$NON-NLS-1$
	public static final String DIFFERENCE = "compare.difference"; //$NON-NLS-1$
	public static final String ROW_TOKENS = "compare.rowTokens"; //$NON-NLS-1$
	public static final String COLUMN_TOKENS = "compare.columnTokens"; //$NON-NLS-1$
	public static final String FILE_A = "compare.fileA"; //$NON-NLS-1$
	public static final String FILE_B = "compare.fileB"; //$NON-NLS-1$
	public static final String SUMMARY = "compare.summary"; //$NON-NLS-1$

	private final ComparedCell compared;

	public ComparedCellPropertySource(ComparedCell compared) {
		this.compared = compared;
		MatrixDiff diff = compared.diff();
		DiffCell cell = compared.cell();
		int row = compared.row();
		int column = compared.column();
		// the difference and the two values first: a Properties view a few rows high shows them
		add(Messages.Category_cell, DIFFERENCE, Messages.Compare_difference, () -> value(cell.difference()));
		add(Messages.Category_cell, VALUE_A, Messages.Compare_valueA, () -> value(cell.a()));
		add(Messages.Category_cell, VALUE_B, Messages.Compare_valueB, () -> value(cell.b()));
		add(Messages.Category_cell, COLUMN_TOKENS, Messages.Compare_columnTokens,
				() -> sides(diff.columnTokenA(column).orElse(null), diff.columnTokenB(column).orElse(null)));
		add(Messages.Category_cell, ROW_TOKENS, Messages.Compare_rowTokens,
				() -> sides(diff.rowTokenA(row).orElse(null), diff.rowTokenB(row).orElse(null)));
		add(Messages.Category_cell, CellPropertySource.OUTPUT, Messages.Cell_output, () -> Integer.valueOf(column));
		add(Messages.Category_cell, CellPropertySource.INPUT, Messages.Cell_input, () -> Integer.valueOf(row));
		add(Messages.Category_file, FILE_A, Messages.Compare_fileA, compared::locationA);
		add(Messages.Category_file, FILE_B, Messages.Compare_fileB, compared::locationB);
		add(Messages.Category_file, SUMMARY, Messages.Compare_summary, () -> diff.summary(Defaults.DECIMALS));
	}

	private static String value(float value) {
		return Float.isNaN(value) ? Messages.Cell_missing : Formats.value(value);
	}

	private static String sides(String a, String b) {
		String shownA = a == null ? Messages.Compare_absent : Formats.token(a);
		String shownB = b == null ? Messages.Compare_absent : Formats.token(b);
		return a != null && a.equals(b) ? shownA : "A " + shownA + "  |  B " + shownB; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public Object getEditableValue() {
		return compared;
	}
}
