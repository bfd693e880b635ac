package org.attributionlens.internal.properties;

import java.util.List;
import java.util.stream.Collectors;

import org.attributionlens.model.AttributionCell;
import org.attributionlens.model.view.ColumnSpan;
import org.attributionlens.model.view.DisplayedCell;
import org.attributionlens.model.view.DisplayedMatrix;
import org.attributionlens.model.view.ViewSettings;
import org.attributionlens.model.stats.AttributionStatistics;
import org.eclipse.osgi.util.NLS;

/** One selected cell, followed by the facts of its file. */
public final class CellPropertySource extends ReadOnlyPropertySource {
	public static final String ROW = "cell.row"; //$NON-NLS-1$
	public static final String ROW_TOKEN = "cell.rowToken"; //$NON-NLS-1$
	public static final String COLUMN = "cell.column"; //$NON-NLS-1$
	public static final String COLUMN_TOKEN = "cell.columnToken"; //$NON-NLS-1$
	public static final String VALUE = "cell.value"; //$NON-NLS-1$
	public static final String RANK_IN_COLUMN = "cell.rankInColumn"; //$NON-NLS-1$
	public static final String RANK_IN_ROW = "cell.rankInRow"; //$NON-NLS-1$
	public static final String COLUMN_SHARE = "cell.columnShare"; //$NON-NLS-1$
	public static final String STEP_SCORE_PREFIX = "cell.stepScore."; //$NON-NLS-1$
	public static final String RAW_VALUE = "view.rawValue"; //$NON-NLS-1$
	public static final String ROW_MEMBERS = "view.rowMembers"; //$NON-NLS-1$
	public static final String COLUMN_MEMBERS = "view.columnMembers"; //$NON-NLS-1$
	public static final String SETTINGS = "view.settings"; //$NON-NLS-1$

	private final Object cell;

	/** A cell of a transformed view: the displayed cell, then its raw value and its members. */
	public CellPropertySource(DisplayedCell displayed) {
		this(displayed.cell(), displayed);
		DisplayedMatrix view = displayed.displayed();
		int row = displayed.row();
		int column = displayed.column();
		add(Messages.Category_view, RAW_VALUE, Messages.View_rawValue, () -> Float.isNaN(displayed.rawValue())
				? Messages.View_merged
				: Formats.exactValue(displayed.rawValue()));
		add(Messages.Category_view, ROW_MEMBERS, Messages.View_rowMembers, () -> members(view.rowMemberTokens(row)));
		add(Messages.Category_view, COLUMN_MEMBERS, Messages.View_columnMembers,
				() -> members(view.columnMemberTokens(column)));
		add(Messages.Category_view, SETTINGS, Messages.View_settings, () -> describe(view.settings()));
	}

	public CellPropertySource(AttributionCell cell) {
		this(cell, cell);
	}

	private CellPropertySource(AttributionCell cell, Object published) {
		this.cell = published;
		AttributionStatistics stats = cell.file().matrix().statistics();
		int rows = cell.file().matrix().rows();
		int columns = cell.file().matrix().columns();
		add(Messages.Category_cell, ROW, Messages.Cell_row, () -> Integer.valueOf(cell.row()));
		add(Messages.Category_cell, ROW_TOKEN, Messages.Cell_rowToken, () -> Formats.token(cell.rowToken()));
		add(Messages.Category_cell, COLUMN, Messages.Cell_column, () -> Integer.valueOf(cell.column()));
		add(Messages.Category_cell, COLUMN_TOKEN, Messages.Cell_columnToken, () -> Formats.token(cell.columnToken()));
		add(Messages.Category_cell, VALUE, Messages.Cell_value,
				() -> cell.missing() ? Messages.Cell_missing : Formats.exactValue(cell.value()));
		add(Messages.Category_cell, RANK_IN_COLUMN, Messages.Cell_rankInColumn,
				() -> rank(stats.rankInColumn(cell.row(), cell.column()), rows));
		add(Messages.Category_cell, RANK_IN_ROW, Messages.Cell_rankInRow,
				() -> rank(stats.rankInRow(cell.row(), cell.column()), columns));
		add(Messages.Category_cell, COLUMN_SHARE, Messages.Cell_columnShare,
				() -> Formats.percent(stats.columnShare(cell.row(), cell.column())));
		for (java.util.Map.Entry<String, float[]> step : cell.file().matrix().stepScores().entrySet()) {
			add(Messages.Category_stepScores, STEP_SCORE_PREFIX + step.getKey(), step.getKey(),
					() -> Formats.value(step.getValue()[cell.column()]));
		}
		FilePropertySource.addFileProperties(this, cell.file());
	}

	private static String members(java.util.List<String> tokens) {
		return tokens.stream().map(Formats::token).collect(java.util.stream.Collectors.joining(" + ")); //$NON-NLS-1$
	}

	private static String describe(ViewSettings settings) {
		return NLS.bind(Messages.View_settingsValue, new Object[] { settings.transpose(), settings.normalization(),
				settings.rowAggregation(), settings.reducer(), settings.highlight(), spans(settings.columnSpans()),
				settings.decimals() });
	}

	/** Merged output columns by their raw indices, as the headers number them: "1-2, 4-6". */
	private static String spans(List<ColumnSpan> spans) {
		return spans.isEmpty() ? Messages.View_noSpans
				: spans.stream().map(span -> span.start() + "-" + (span.end() - 1)) //$NON-NLS-1$
						.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	private static String rank(int rank, int of) {
		return rank <= 0 ? Messages.Cell_missing : NLS.bind(Messages.Cell_rankValue, rank, of);
	}

	@Override
	public Object getEditableValue() {
		return cell;
	}
}
