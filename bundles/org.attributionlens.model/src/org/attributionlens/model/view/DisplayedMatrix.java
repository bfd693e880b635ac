package org.attributionlens.model.view;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.CellRef;

/**
 * What the heatmap shows for a file under some {@link ViewSettings}: the displayed matrix, the raw
 * one, and how each displayed row and column maps back to raw tokens. Made by
 * {@link ViewPipeline#apply(AttributionMatrix, ViewSettings)}; immutable and thread-safe.
 * <p>
 * <b>Displayed matrix.</b> {@link #matrix()} is an ordinary {@link AttributionMatrix}, so
 * statistics, renderers and exports work on it unchanged. Its rows are the input words (or the
 * output columns when transposed). A merged row's token is the concatenation of its members'
 * tokens, exactly as the tokenizer wrote them (e.g. {@code ▁$}, {@code 1}, {@code 6} become
 * {@code ▁$16}; {@code ĠNew}, {@code York} become {@code ĠNewYork}), except that WordPiece's
 * {@code ##} is dropped from continuations ({@code play}, {@code ##ing} become {@code playing});
 * merged output columns join their tokens likewise. Format, meta, reduction and sequence number
 * are the raw matrix's. Per-token extras follow their tokens where that is well defined: not
 * transposed, the sequence attribution is reduced over each word with the same reducer (never
 * normalised), output probabilities and step scores are kept when no columns are merged;
 * otherwise (transposed, or their tokens merged) they are left out, and {@link #raw()} has them.
 * <p>
 * <b>Coordinates.</b> Displayed {@code (row, column)} indices refer to {@link #matrix()}. Raw
 * indices refer to {@link #raw()}, whose rows are input tokens and columns output tokens; when
 * transposed, the members of a displayed row are raw <em>column</em> indices.
 */
public final class DisplayedMatrix {

	private final AttributionMatrix raw;
	private final AttributionMatrix semantic;
	private final AttributionMatrix matrix;
	private final ViewSettings settings;
	private final RowAggregation aggregation;
	private final int[] inputStarts;
	private final int[] outputStarts;
	private final List<ColumnSpan> columnSpans;
	/** Per output group the smallest |value| that stays lit; null when no highlight is active. */
	private final float[] cutoffs;

	DisplayedMatrix(AttributionMatrix raw, AttributionMatrix semantic, AttributionMatrix matrix, ViewSettings settings, RowAggregation aggregation,
			int[] inputStarts, int[] outputStarts, List<ColumnSpan> columnSpans, float[] cutoffs) {
		this.raw = raw;
		this.semantic = semantic;
		this.matrix = matrix;
		this.settings = settings;
		this.aggregation = aggregation;
		this.inputStarts = inputStarts;
		this.outputStarts = outputStarts;
		this.columnSpans = columnSpans;
		this.cutoffs = cutoffs;
	}

	/** The matrix to show, materialised; the raw matrix itself when the settings change nothing. */
	public AttributionMatrix matrix() {
		return matrix;
	}

	/**
	 * The view in the model's orientation, whatever the screen shows: rows are input tokens (or the
	 * words they were merged into), columns output tokens (or merged spans), values aggregated and
	 * normalised as displayed, with the per-token extras that still apply. What the Outline,
	 * Properties, Copy and summaries describe. The same object as {@link #matrix()} when not
	 * transposed.
	 */
	public AttributionMatrix semantic() {
		return semantic;
	}

	/** The displayed input group (semantic row) of a displayed cell. */
	public int inputOf(int row, int column) {
		return transposed() ? column : row;
	}

	/** The displayed output group (semantic column) of a displayed cell. */
	public int outputOf(int row, int column) {
		return transposed() ? row : column;
	}

	/** The displayed row of a semantic cell (input group, output group). */
	public int rowOf(int input, int output) {
		return transposed() ? output : input;
	}

	/** The displayed column of a semantic cell (input group, output group). */
	public int columnOf(int input, int output) {
		return transposed() ? input : output;
	}

	/** The raw input tokens a semantic input group merges, ascending. A fresh array. */
	public int[] inputMembers(int input) {
		return members(inputStarts, Objects.checkIndex(input, semantic.rows()));
	}

	/** The raw output tokens a semantic output group merges, ascending. A fresh array. */
	public int[] outputMembers(int output) {
		return members(outputStarts, Objects.checkIndex(output, semantic.columns()));
	}

	/** The raw tokens of {@link #inputMembers(int)}. */
	public List<String> inputMemberTokens(int input) {
		return memberTokens(raw.rowTokens(), inputStarts, Objects.checkIndex(input, semantic.rows()));
	}

	/** The raw tokens of {@link #outputMembers(int)}. */
	public List<String> outputMemberTokens(int output) {
		return memberTokens(raw.columnTokens(), outputStarts, Objects.checkIndex(output, semantic.columns()));
	}

	/** Whether any input or output tokens are merged in this view. */
	public boolean merges() {
		return inputStarts.length - 1 != raw.rows() || outputStarts.length - 1 != raw.columns();
	}

	/** The file's matrix the view was made from. */
	public AttributionMatrix raw() {
		return raw;
	}

	public ViewSettings settings() {
		return settings;
	}

	/** The scheme the input tokens were merged with: the chosen one, or what AUTO detected; never AUTO. */
	public RowAggregation aggregation() {
		return aggregation;
	}

	/** The column spans actually merged: the settings' spans cut to the matrix, those left shorter than 2 dropped. */
	public List<ColumnSpan> columnSpans() {
		return columnSpans;
	}

	/** Whether displayed rows are output tokens (Captum's orientation). */
	public boolean transposed() {
		return settings.transpose();
	}

	public int rows() {
		return matrix.rows();
	}

	public int columns() {
		return matrix.columns();
	}

	/** The displayed value; NaN when the displayed cell is missing. */
	public float value(int row, int column) {
		return matrix.value(row, column);
	}

	/** Digits to print after the decimal point ({@link ViewSettings#decimals()}). */
	public int decimals() {
		return settings.decimals();
	}

	/**
	 * The raw indices a displayed row merges, ascending: raw rows (input tokens), or raw columns
	 * (output tokens) when transposed. A fresh array.
	 */
	public int[] rowMembers(int row) {
		Objects.checkIndex(row, rows());
		return members(transposed() ? outputStarts : inputStarts, row);
	}

	/**
	 * The raw indices a displayed column merges, ascending: raw columns (output tokens), or raw rows
	 * (input tokens) when transposed. A fresh array.
	 */
	public int[] columnMembers(int column) {
		Objects.checkIndex(column, columns());
		return members(transposed() ? inputStarts : outputStarts, column);
	}

	/** The raw tokens of {@link #rowMembers(int)}, for tooltips and the Properties view. */
	public List<String> rowMemberTokens(int row) {
		Objects.checkIndex(row, rows());
		return memberTokens(transposed() ? raw.columnTokens() : raw.rowTokens(), transposed() ? outputStarts : inputStarts,
				row);
	}

	/** The raw tokens of {@link #columnMembers(int)}. */
	public List<String> columnMemberTokens(int column) {
		Objects.checkIndex(column, columns());
		return memberTokens(transposed() ? raw.rowTokens() : raw.columnTokens(), transposed() ? inputStarts : outputStarts,
				column);
	}

	/**
	 * The raw cell (row = input token, column = output token) behind a displayed cell when it stands
	 * for exactly one raw cell; empty when it merges several.
	 */
	public Optional<CellRef> rawCell(int row, int column) {
		Objects.checkIndex(row, rows());
		Objects.checkIndex(column, columns());
		int in = transposed() ? column : row;
		int out = transposed() ? row : column;
		if (inputStarts[in + 1] - inputStarts[in] != 1 || outputStarts[out + 1] - outputStarts[out] != 1) {
			return Optional.empty();
		}
		return Optional.of(new CellRef(inputStarts[in], outputStarts[out]));
	}

	/**
	 * The raw value behind a displayed cell when it stands for exactly one raw cell (NaN when that
	 * cell is missing); NaN when it merges several. Before normalisation, unlike {@link #value(int, int)}.
	 */
	public float rawValue(int row, int column) {
		return rawCell(row, column).map(cell -> raw.value(cell.row(), cell.column())).orElse(Float.NaN);
	}

	/** The displayed row that shows raw cell ({@code rawRow}, {@code rawColumn}), after merging and transposing. */
	public int displayedRowOf(int rawRow, int rawColumn) {
		return transposed() ? group(outputStarts, Objects.checkIndex(rawColumn, raw.columns()))
				: group(inputStarts, Objects.checkIndex(rawRow, raw.rows()));
	}

	/** The displayed column that shows raw cell ({@code rawRow}, {@code rawColumn}), after merging and transposing. */
	public int displayedColumnOf(int rawRow, int rawColumn) {
		return transposed() ? group(inputStarts, Objects.checkIndex(rawRow, raw.rows()))
				: group(outputStarts, Objects.checkIndex(rawColumn, raw.columns()));
	}

	/** Whether a highlight is active, i.e. some cells may be dimmed. */
	public boolean highlighting() {
		return cutoffs != null;
	}

	/**
	 * Whether the highlight dims a displayed cell: false for every cell without a highlight;
	 * with one, true for cells that are not lit and for missing cells.
	 */
	public boolean dimmed(int row, int column) {
		float value = matrix.value(row, column);
		if (cutoffs == null) {
			return false;
		}
		if (Float.isNaN(value)) {
			return true;
		}
		return Math.abs(value) < cutoffs[outputOf(row, column)];
	}

	private static int[] members(int[] starts, int group) {
		int from = starts[group];
		int[] members = new int[starts[group + 1] - from];
		for (int i = 0; i < members.length; i++) {
			members[i] = from + i;
		}
		return members;
	}

	private static List<String> memberTokens(List<String> tokens, int[] starts, int group) {
		return tokens.subList(starts[group], starts[group + 1]);
	}

	/** The group holding raw index {@code index}. */
	private static int group(int[] starts, int index) {
		int found = Arrays.binarySearch(starts, 0, starts.length - 1, index);
		return found >= 0 ? found : -found - 2;
	}

	@Override
	public String toString() {
		return "DisplayedMatrix[" + rows() + " x " + columns() + " of " + raw + ", " + settings + "]";
	}
}
