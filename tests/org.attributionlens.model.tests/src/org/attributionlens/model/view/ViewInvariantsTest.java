package org.attributionlens.model.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.attributionlens.model.AttributionFile;
import org.attributionlens.model.AttributionMatrix;
import org.junit.jupiter.api.Test;

/**
 * Every reader of a view (the grid's cells and headers, the cell and token objects Properties and
 * the Outline read, merged members, dimming) against an independent computation from the raw
 * matrix, under random combinations of view settings. Seeded, so a failure repeats.
 */
class ViewInvariantsTest {
	private static final String[] TOKENS = { "▁The", "▁cat", "s", "▁", ".", "\n", "▁sat", "ing", "Ġon", "Ġ", "Ċ",
			"<s>", "##ly", "x", " ", "=1", "16", "▁8" };

	@Test
	void everyReaderAgreesWithTheRawMatrixUnderRandomViews() {
		Random random = new Random(20261207);
		for (int round = 0; round < 300; round++) {
			AttributionMatrix raw = randomMatrix(random);
			ViewSettings settings = randomSettings(random, raw.columns());
			DisplayedMatrix view = ViewPipeline.apply(raw, settings);
			String context = "round " + round + ", " + settings + ", tokens " + raw.rowTokens() + " x " + raw.columnTokens();
			check(raw, view, settings, context);
		}
	}

	private static void check(AttributionMatrix raw, DisplayedMatrix view, ViewSettings settings, String context) {
		AttributionMatrix semantic = view.semantic();
		AttributionMatrix shown = view.matrix();
		int inputs = semantic.rows();
		int outputs = semantic.columns();
		assertEquals(settings.transpose() ? outputs : inputs, shown.rows(), context);
		assertEquals(settings.transpose() ? inputs : outputs, shown.columns(), context);
		// members partition the raw tokens, in order
		assertPartition(raw.rows(), inputs, view::inputMembers, context);
		assertPartition(raw.columns(), outputs, view::outputMembers, context);
		// the word rules: a token holding a line break stands alone; a blank token never continues a word
		for (int group = 0; group < inputs; group++) {
			int[] members = view.inputMembers(group);
			for (int k = 0; k < members.length; k++) {
				String token = raw.rowToken(members[k]);
				if (members.length > 1) {
					assertFalse(token.contains("\n") || token.contains("Ċ"), context + ": line break merged in " + group);
				}
				if (k > 0) {
					assertFalse(token.isBlank() || token.equals("▁") || token.equals("Ġ"), context + ": blank continues a word");
				}
			}
		}
		// independent values: reduce the raw block, then normalise by output group
		double[][] expected = new double[inputs][outputs];
		for (int in = 0; in < inputs; in++) {
			for (int out = 0; out < outputs; out++) {
				expected[in][out] = reduce(raw, view.inputMembers(in), view.outputMembers(out), settings.reducer());
			}
		}
		normalise(expected, settings.normalization());
		for (int row = 0; row < shown.rows(); row++) {
			for (int column = 0; column < shown.columns(); column++) {
				int in = view.inputOf(row, column);
				int out = view.outputOf(row, column);
				assertEquals(settings.transpose() ? column : row, in, context);
				float value = shown.value(row, column);
				assertClose(expected[in][out], value, context + " cell " + row + "," + column);
				assertEquals(semantic.value(in, out), value, 0f, context);
				// the headers name the tokens of the cell's input and output
				String rowToken = shown.rowToken(row);
				String columnToken = shown.columnToken(column);
				assertEquals(settings.transpose() ? semantic.columnToken(out) : semantic.rowToken(in), rowToken, context);
				assertEquals(settings.transpose() ? semantic.rowToken(in) : semantic.columnToken(out), columnToken, context);
				DisplayedCell cell = new DisplayedCell(new AttributionFile("f", raw), view, in, out);
				assertEquals(semantic.rowToken(in), cell.inputToken(), context);
				assertEquals(semantic.columnToken(out), cell.outputToken(), context);
				boolean single = view.inputMembers(in).length == 1 && view.outputMembers(out).length == 1;
				if (single) {
					assertEquals(raw.value(view.inputMembers(in)[0], view.outputMembers(out)[0]), cell.rawValue(), 0f, context);
					assertEquals(raw.rowToken(view.inputMembers(in)[0]), cell.inputToken(), context);
				} else {
					assertTrue(Float.isNaN(cell.rawValue()), context);
				}
				// a raw cell maps back to the displayed cell that shows it
				int rawIn = view.inputMembers(in)[0];
				int rawOut = view.outputMembers(out)[0];
				assertEquals(row, view.displayedRowOf(rawIn, rawOut), context);
				assertEquals(column, view.displayedColumnOf(rawIn, rawOut), context);
			}
		}
		// a span's label shows its parts apart
		for (int out = 0; out < outputs; out++) {
			List<String> members = view.outputMemberTokens(out);
			String label = semantic.columnToken(out);
			for (String member : members) {
				assertTrue(label.contains(member.startsWith("##") ? member.substring(2) : member), context + ": " + label);
			}
		}
		// token totals, as Properties shows them for a header
		for (int out = 0; out < outputs; out++) {
			double sum = 0;
			for (int in = 0; in < inputs; in++) {
				if (!Double.isNaN(expected[in][out])) {
					sum += expected[in][out];
				}
			}
			DisplayedToken token = new DisplayedToken(new AttributionFile("f", raw), view, true, out);
			assertClose(sum, (float) token.sum(), context + " output total " + out);
		}
	}

	private static void assertPartition(int count, int groups, java.util.function.IntFunction<int[]> members, String context) {
		int next = 0;
		for (int group = 0; group < groups; group++) {
			for (int member : members.apply(group)) {
				assertEquals(next++, member, context);
			}
		}
		assertEquals(count, next, context);
	}

	private static double reduce(AttributionMatrix raw, int[] inputs, int[] outputs, Reducer reducer) {
		double sum = 0;
		int count = 0;
		double largest = Double.NaN;
		for (int in : inputs) {
			for (int out : outputs) {
				float value = raw.value(in, out);
				if (Float.isNaN(value)) {
					continue;
				}
				sum += value;
				count++;
				if (Double.isNaN(largest) || Math.abs(value) > Math.abs(largest)) {
					largest = value;
				}
			}
		}
		if (count == 0) {
			return Double.NaN;
		}
		return switch (reducer) {
		case SUM -> (float) sum;
		case MEAN -> (float) (sum / count);
		case MAX_ABS -> largest;
		};
	}

	private static void normalise(double[][] values, Normalization normalization) {
		if (normalization == Normalization.RAW) {
			return;
		}
		int outputs = values[0].length;
		double[] divisors = new double[outputs];
		double global = 0;
		for (int out = 0; out < outputs; out++) {
			for (double[] row : values) {
				double value = (float) row[out];
				if (!Double.isNaN(value)) {
					divisors[out] = normalization == Normalization.COLUMN_L1 ? divisors[out] + Math.abs(value)
							: Math.max(divisors[out], Math.abs(value));
				}
			}
			global = Math.max(global, divisors[out]);
		}
		for (double[] row : values) {
			for (int out = 0; out < outputs; out++) {
				double divisor = normalization == Normalization.GLOBAL_MAX_ABS ? global : divisors[out];
				if (divisor > 0) {
					row[out] = (float) row[out] / divisor;
				}
			}
		}
	}

	private static void assertClose(double expected, float actual, String context) {
		if (Double.isNaN(expected)) {
			assertTrue(Float.isNaN(actual), context + ": expected missing, got " + actual);
		} else {
			assertEquals(expected, actual, 1e-4 * Math.max(1, Math.abs(expected)), context);
		}
	}

	private static AttributionMatrix randomMatrix(Random random) {
		int rows = 1 + random.nextInt(9);
		int columns = 1 + random.nextInt(9);
		float[] values = new float[rows * columns];
		for (int i = 0; i < values.length; i++) {
			values[i] = random.nextInt(8) == 0 ? Float.NaN : (float) (random.nextGaussian() * 2);
		}
		return AttributionMatrix.of(tokens(random, rows), tokens(random, columns), values, "test", null);
	}

	private static List<String> tokens(Random random, int count) {
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			tokens.add(TOKENS[random.nextInt(TOKENS.length)]);
		}
		return tokens;
	}

	private static ViewSettings randomSettings(Random random, int columns) {
		List<ColumnSpan> spans = new ArrayList<>();
		int start = random.nextInt(Math.max(1, columns));
		while (start + 1 < columns && random.nextBoolean()) {
			int end = start + 2 + random.nextInt(Math.max(1, columns - start - 1));
			spans.add(new ColumnSpan(start, Math.min(columns, end)));
			start = Math.min(columns, end) + random.nextInt(2);
		}
		RowAggregation[] aggregations = RowAggregation.values();
		Normalization[] normalizations = Normalization.values();
		Reducer[] reducers = Reducer.values();
		Highlight highlight = switch (random.nextInt(3)) {
		case 0 -> Highlight.NONE;
		case 1 -> Highlight.topKPerColumn(1 + random.nextInt(3));
		default -> Highlight.threshold(random.nextDouble());
		};
		return new ViewSettings(random.nextBoolean(), normalizations[random.nextInt(normalizations.length)],
				aggregations[random.nextInt(aggregations.length)], spans.stream().filter(s -> s.end() - s.start() >= 1).toList(),
				reducers[random.nextInt(reducers.length)], highlight, random.nextInt(9));
	}
}
