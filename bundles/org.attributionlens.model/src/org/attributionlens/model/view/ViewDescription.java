package org.attributionlens.model.view;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.attributionlens.model.AttributionMatrix;

/**
 * What a view did to its file, in sentences, for the title and description of an exported figure or
 * the header of an exported table: a reader of the export must be able to tell it from the file's
 * own numbers.
 */
public final class ViewDescription {
	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.attributionlens.model.view.messages", //$NON-NLS-1$
			Locale.ROOT);

	private ViewDescription() {
	}

	/** The transforms of the view, in the order the pipeline applies them, then its orientation. */
	public static List<String> sentences(DisplayedMatrix view) {
		ViewSettings settings = view.settings();
		String reducer = settings.reducer().name().toLowerCase(Locale.ROOT).replace('_', ' ');
		List<String> sentences = new ArrayList<>();
		if (view.aggregation() != RowAggregation.NONE || settings.rowAggregation() != RowAggregation.NONE) {
			sentences.add(format("view.words", settings.rowAggregation() == RowAggregation.AUTO //$NON-NLS-1$
					? view.aggregation().name().toLowerCase(Locale.ROOT) + ", detected" //$NON-NLS-1$
					: settings.rowAggregation().name().toLowerCase(Locale.ROOT), reducer));
		}
		if (!view.columnSpans().isEmpty()) {
			String spans = view.columnSpans().stream().map(span -> span.start() + "-" + (span.end() - 1)) //$NON-NLS-1$
					.collect(Collectors.joining(", ")); //$NON-NLS-1$
			sentences.add(format("view.spans", spans, reducer)); //$NON-NLS-1$
		}
		if (settings.normalization() != Normalization.RAW) {
			// through MessageFormat like every sentence: the patterns write a quote as ''
			sentences.add(format("view.normalisation." + settings.normalization().name())); //$NON-NLS-1$
		}
		if (settings.highlight() instanceof Highlight.TopKPerColumn top) {
			sentences.add(format("view.topK", Integer.toString(top.k()))); //$NON-NLS-1$
		} else if (settings.highlight() instanceof Highlight.Threshold threshold) {
			sentences.add(format("view.threshold", Double.toString(threshold.threshold()))); //$NON-NLS-1$
		}
		sentences.add(format(view.transposed() ? "view.outputsAsRows" : "view.inputsAsRows")); //$NON-NLS-1$ //$NON-NLS-2$
		return List.copyOf(sentences);
	}

	/**
	 * What the header comment of an exported table says: which sequence of the file it is when the
	 * file holds several, how its reader reduced the values, then {@link #sentences(DisplayedMatrix)}.
	 * A figure says the first two itself, from its matrix.
	 */
	public static List<String> ofTable(DisplayedMatrix view) {
		AttributionMatrix raw = view.raw();
		List<String> sentences = new ArrayList<>();
		if (raw.sequenceCount() > 1) {
			sentences.add(format("view.sequence", Integer.toString(raw.sequenceIndex()), //$NON-NLS-1$
					Integer.toString(raw.sequenceCount())));
		}
		if (!raw.reduction().isEmpty()) {
			sentences.add(format("view.reduction", raw.reduction())); //$NON-NLS-1$
		}
		sentences.addAll(sentences(view));
		return List.copyOf(sentences);
	}

	private static String format(String key, Object... arguments) {
		return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(arguments);
	}
}
