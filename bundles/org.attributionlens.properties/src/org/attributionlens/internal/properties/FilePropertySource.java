package org.attributionlens.internal.properties;

import java.util.Map;

import org.attributionlens.model.AttributionFile;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.stats.AttributionStatistics;
import org.attributionlens.model.stats.CellValue;
import org.eclipse.osgi.util.NLS;

/** The file as a whole: what the Properties view shows when no cell is selected. */
public final class FilePropertySource extends ReadOnlyPropertySource {
	public static final String PATH = "file.path"; //$NON-NLS-1$
	public static final String FORMAT = "file.format"; //$NON-NLS-1$
	public static final String SHAPE = "file.shape"; //$NON-NLS-1$
	public static final String MIN = "file.min"; //$NON-NLS-1$
	public static final String MAX = "file.max"; //$NON-NLS-1$
	public static final String MISSING = "file.missing"; //$NON-NLS-1$
	public static final String META_PREFIX = "meta."; //$NON-NLS-1$
	public static final String REDUCTION = "file.reduction"; //$NON-NLS-1$
	public static final String SEQUENCE = "file.sequence"; //$NON-NLS-1$

	private final AttributionFile file;

	public FilePropertySource(AttributionFile file) {
		this.file = file;
		addFileProperties(this, file);
	}

	public AttributionFile file() {
		return file;
	}

	@Override
	public Object getEditableValue() {
		return file;
	}

	/** The file-level facts, shared with the cell's property source. */
	static void addFileProperties(ReadOnlyPropertySource source, AttributionFile file) {
		AttributionMatrix matrix = file.matrix();
		AttributionStatistics stats = matrix.statistics();
		source.add(Messages.Category_file, PATH, Messages.File_path, file::location);
		source.add(Messages.Category_file, FORMAT, Messages.File_format, matrix::format);
		source.add(Messages.Category_file, SHAPE, Messages.File_shape,
				() -> NLS.bind(Messages.File_shapeValue, matrix.rows(), matrix.columns()));
		source.add(Messages.Category_file, MAX, Messages.File_max, () -> describe(matrix, stats.max().orElse(null)));
		source.add(Messages.Category_file, MIN, Messages.File_min, () -> describe(matrix, stats.min().orElse(null)));
		source.add(Messages.Category_file, MISSING, Messages.File_missing,
				() -> NLS.bind(Messages.File_missingValue, stats.missingCount(), stats.cellCount()));
		if (!matrix.reduction().isEmpty()) {
			source.add(Messages.Category_file, REDUCTION, Messages.File_reduction, matrix::reduction);
		}
		if (matrix.sequenceCount() > 1) {
			source.add(Messages.Category_file, SEQUENCE, Messages.File_sequence,
					() -> NLS.bind(Messages.File_sequenceValue, matrix.sequenceIndex(), matrix.sequenceCount()));
		}
		for (Map.Entry<String, Object> entry : matrix.meta().entrySet()) {
			source.add(Messages.Category_meta, META_PREFIX + entry.getKey(), entry.getKey(),
					() -> String.valueOf(entry.getValue()));
		}
	}

	private static String describe(AttributionMatrix matrix, CellValue cell) {
		if (cell == null) {
			return Messages.File_allMissing;
		}
		return NLS.bind(Messages.File_extremeValue, new Object[] { Formats.value(cell.value()), cell.row(),
				Formats.token(matrix.rowToken(cell.row())), cell.column(),
				Formats.token(matrix.columnToken(cell.column())) });
	}
}
