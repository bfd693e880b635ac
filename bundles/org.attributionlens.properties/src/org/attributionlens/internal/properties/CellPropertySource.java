package org.attributionlens.internal.properties;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.attributionlens.model.AttributionCell;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.view.ColumnSpan;
import org.attributionlens.model.view.DisplayedCell;
import org.attributionlens.model.view.DisplayedMatrix;
import org.attributionlens.model.view.ViewSettings;
import org.attributionlens.model.stats.AttributionStatistics;
import org.eclipse.osgi.util.NLS;

/**
 * One selected cell in input- and output-token terms, whatever way the heatmap is turned,
 * followed by the facts of its file.
 */
public final class CellPropertySource extends ReadOnlyPropertySource {
	public static final String INPUT = "cell.input"; //$NON-NLS-1$
	public static final String INPUT_TOKEN = "cell.inputToken"; //$NON-NLS-1$
	public static final String OUTPUT = "cell.output"; //$NON-NLS-1$
	public static final String OUTPUT_TOKEN = "cell.outputToken"; //$NON-NLS-1$
	public static final String VALUE = "cell.value"; //$NON-NLS-1$
	public static final String RANK_AMONG_INPUTS = "cell.rankAmongInputs"; //$NON-NLS-1$
	public static final String RANK_AMONG_OUTPUTS = "cell.rankAmongOutputs"; //$NON-NLS-1$
	public static final String OUTPUT_SHARE = "cell.outputShare"; //$NON-NLS-1$
	public static final String SEQ_ATTR = "cell.seqAttr"; //$NON-NLS-1$
	public static final String OUTPUT_PROBABILITY = "cell.outputProbability"; //$NON-NLS-1$
	public static final String STEP_SCORE_PREFIX = "cell.stepScore."; //$NON-NLS-1$
	public static final String RAW_VALUE = "view.rawValue"; //$NON-NLS-1$
	public static final String INPUT_MEMBERS = "view.inputMembers"; //$NON-NLS-1$
	public static final String OUTPUT_MEMBERS = "view.outputMembers"; //$NON-NLS-1$
	public static final String SETTINGS = "view.settings"; //$NON-NLS-1$

	private final Object published;

	/** A cell of a file's own matrix (row = input token, column = output token), as written. */
	public CellPropertySource(AttributionCell cell) {
		this(DisplayedCell.of(cell.file(), cell.row(), cell.column()), cell);
	}

	public CellPropertySource(DisplayedCell cell) {
		this(cell, cell);
	}

	private CellPropertySource(DisplayedCell cell, Object published) {
		this.published = published;
		AttributionMatrix shown = cell.matrix();
		AttributionStatistics stats = shown.statistics();
		int input = cell.input();
		int output = cell.output();
		add(Messages.Category_cell, OUTPUT, Messages.Cell_output, () -> Integer.valueOf(output));
		add(Messages.Category_cell, OUTPUT_TOKEN, Messages.Cell_outputToken, () -> Formats.token(cell.outputToken()));
		add(Messages.Category_cell, INPUT, Messages.Cell_input, () -> Integer.valueOf(input));
		add(Messages.Category_cell, INPUT_TOKEN, Messages.Cell_inputToken, () -> Formats.token(cell.inputToken()));
		add(Messages.Category_cell, VALUE, Messages.Cell_value,
				() -> cell.missing() ? Messages.Cell_missing : Formats.value(cell.value()));
		add(Messages.Category_cell, RANK_AMONG_INPUTS, Messages.Cell_rankAmongInputs,
				() -> rank(stats.rankInColumn(input, output), shown.rows()));
		add(Messages.Category_cell, RANK_AMONG_OUTPUTS, Messages.Cell_rankAmongOutputs,
				() -> rank(stats.rankInRow(input, output), shown.columns()));
		add(Messages.Category_cell, OUTPUT_SHARE, Messages.Cell_outputShare,
				() -> Formats.percent(stats.columnShare(input, output)));
		shown.sequenceAttribution().ifPresent(perInput -> add(Messages.Category_cell, SEQ_ATTR,
				Messages.Cell_seqAttr, () -> Formats.value(perInput[input])));
		shown.outputProbabilities().ifPresent(perOutput -> add(Messages.Category_cell, OUTPUT_PROBABILITY,
				Messages.Cell_outputProbability, () -> Formats.value(perOutput[output])));
		for (Map.Entry<String, float[]> step : shown.stepScores().entrySet()) {
			add(Messages.Category_stepScores, STEP_SCORE_PREFIX + step.getKey(), step.getKey(),
					() -> Formats.value(step.getValue()[output]));
		}
		if (cell.transformed()) {
			DisplayedMatrix view = cell.view();
			add(Messages.Category_view, RAW_VALUE, Messages.View_rawValue,
					() -> cell.merged() ? Messages.View_merged
							: Float.isNaN(cell.rawValue()) ? Messages.Cell_missing : Formats.value(cell.rawValue()));
			add(Messages.Category_view, INPUT_MEMBERS, Messages.View_inputMembers, () -> members(view.inputMemberTokens(input)));
			add(Messages.Category_view, OUTPUT_MEMBERS, Messages.View_outputMembers,
					() -> members(view.outputMemberTokens(output)));
			add(Messages.Category_view, SETTINGS, Messages.View_settings, () -> describe(view.settings()));
		}
		FilePropertySource.addFileProperties(this, cell.file());
	}

	static String members(List<String> tokens) {
		return tokens.stream().map(Formats::token).collect(Collectors.joining(" + ")); //$NON-NLS-1$
	}

	private static String describe(ViewSettings settings) {
		return NLS.bind(Messages.View_settingsValue, new Object[] { settings.transpose(), settings.normalization(),
				settings.rowAggregation(), settings.reducer(), settings.highlight(), spans(settings.columnSpans()),
				settings.decimals() });
	}

	/** Merged output tokens by their raw indices, as the headers number them: "1-2, 4-6". */
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
		return published;
	}
}
