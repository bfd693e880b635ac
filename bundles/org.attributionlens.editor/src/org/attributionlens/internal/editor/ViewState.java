package org.attributionlens.internal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.attributionlens.internal.editor.preferences.ViewPreferences;
import org.attributionlens.model.color.ColorScale;
import org.attributionlens.model.color.ColorScales;
import org.attributionlens.model.color.RangeMode;
import org.attributionlens.model.view.ColumnSpan;
import org.attributionlens.model.view.Highlight;
import org.attributionlens.model.view.Normalization;
import org.attributionlens.model.view.Reducer;
import org.attributionlens.model.view.RowAggregation;
import org.attributionlens.model.view.ViewSettings;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.QualifiedName;

/**
 * How a file is viewed (transposed, normalised, subwords and output column
 * spans merged, highlighted, decimals, which colour scale), kept per workspace
 * file across reopening as a persistent resource property: never in the file
 * itself, which the editor never writes.
 *
 * @param view       the matrix transforms; its {@code transpose} means flipped from the orientation
 *                   the file opens in ({@code DefaultOrientation}), which the editor resolves
 * @param scale      the colour scale
 * @param rangeMode  how the colour range follows the data
 * @param fixedBound the ±bound when the range is symmetric at a chosen value
 */
public record ViewState(ViewSettings view, ColorScale scale, RangeMode rangeMode, double fixedBound) {
	public static final ViewState DEFAULT = new ViewState(ViewSettings.DEFAULT, ColorScales.defaultScale(),
			RangeMode.SYMMETRIC_MAX_ABS, 1.0);
	/** Top-k of the highlight command. */
	public static final int TOP_K = 3;

	private static final QualifiedName KEY = new QualifiedName("org.attributionlens.editor", "view"); //$NON-NLS-1$ //$NON-NLS-2$

	public ViewState withView(ViewSettings settings) {
		return new ViewState(settings, scale, rangeMode, fixedBound);
	}

	/** Another scale, with the range that suits it (symmetric for diverging, min..max for sequential). */
	public ViewState withScale(ColorScale newScale) {
		return new ViewState(view, newScale, RangeMode.defaultFor(newScale), fixedBound);
	}

	public ViewState withRange(RangeMode mode, double bound) {
		return new ViewState(view, scale, mode, bound);
	}

	/** key=value pairs separated by ';' — small, readable, and tolerant of unknown keys. */
	String encode() {
		Map<String, String> values = new LinkedHashMap<>();
		// flipped from the orientation the file opens in; not "transpose", whose old meaning was absolute
		values.put("flip", Boolean.toString(view.transpose())); //$NON-NLS-1$
		values.put("normalization", view.normalization().name()); //$NON-NLS-1$
		values.put("rows", view.rowAggregation().name()); //$NON-NLS-1$
		values.put("reducer", view.reducer().name()); //$NON-NLS-1$
		values.put("topK", view.highlight() instanceof Highlight.TopKPerColumn top ? Integer.toString(top.k()) : "0"); //$NON-NLS-1$ //$NON-NLS-2$
		if (view.highlight() instanceof Highlight.Threshold threshold) {
			// after topK, which reads as "no top-k": decoding in order, the threshold wins
			values.put("threshold", Double.toString(threshold.threshold())); //$NON-NLS-1$
		}
		values.put("decimals", Integer.toString(view.decimals())); //$NON-NLS-1$
		values.put("spans", encodeSpans(view.columnSpans())); //$NON-NLS-1$
		values.put("scale", scale.id()); //$NON-NLS-1$
		values.put("range", rangeMode.name()); //$NON-NLS-1$
		values.put("bound", Double.toString(fixedBound)); //$NON-NLS-1$
		StringBuilder text = new StringBuilder();
		values.forEach((key, value) -> text.append(key).append('=').append(value).append(';'));
		return text.toString();
	}

	/** The state a text describes; what it does not say (or says wrongly) stays at the default. */
	static ViewState decode(String text) {
		ViewSettings view = ViewSettings.DEFAULT;
		ColorScale scale = ColorScales.defaultScale();
		RangeMode range = RangeMode.SYMMETRIC_MAX_ABS;
		double bound = 1.0;
		if (text == null) {
			return DEFAULT;
		}
		for (String pair : text.split(";")) { //$NON-NLS-1$
			int equals = pair.indexOf('=');
			if (equals < 0) {
				continue;
			}
			String key = pair.substring(0, equals);
			String value = pair.substring(equals + 1);
			try {
				switch (key) {
				case "flip" -> view = view.withTranspose(Boolean.parseBoolean(value)); //$NON-NLS-1$
				case "normalization" -> view = view.withNormalization(Normalization.valueOf(value)); //$NON-NLS-1$
				case "rows" -> view = view.withRowAggregation(RowAggregation.valueOf(value)); //$NON-NLS-1$
				case "reducer" -> view = view.withReducer(Reducer.valueOf(value)); //$NON-NLS-1$
				case "topK" -> view = view.withHighlight(Integer.parseInt(value) > 0 //$NON-NLS-1$
						? Highlight.topKPerColumn(Integer.parseInt(value))
						: Highlight.NONE);
				case "threshold" -> view = view.withHighlight(Highlight.threshold(Double.parseDouble(value))); //$NON-NLS-1$
				case "decimals" -> view = view.withDecimals(Integer.parseInt(value)); //$NON-NLS-1$
				case "spans" -> view = view.withColumnSpans(decodeSpans(value)); //$NON-NLS-1$
				case "scale" -> scale = ColorScales.byId(value.toLowerCase(Locale.ROOT)).orElse(scale); //$NON-NLS-1$
				case "range" -> range = RangeMode.valueOf(value); //$NON-NLS-1$
				case "bound" -> bound = positive(Double.parseDouble(value)); //$NON-NLS-1$
				default -> {
					// written by a newer version: ignored
				}
				}
			} catch (IllegalArgumentException e) {
				// a damaged value keeps the default
			}
		}
		return new ViewState(view, scale, range, bound);
	}

	/** Raw output columns [start, end) as "start:end", comma-separated: "1:4,6:8". */
	private static String encodeSpans(List<ColumnSpan> spans) {
		return spans.stream().map(span -> span.start() + ":" + span.end()).collect(Collectors.joining(",")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @throws IllegalArgumentException when a span is damaged (then none is kept: a partial merge would mislead) */
	private static List<ColumnSpan> decodeSpans(String text) {
		List<ColumnSpan> spans = new ArrayList<>();
		for (String span : text.split(",")) { //$NON-NLS-1$
			if (span.isBlank()) {
				continue;
			}
			int colon = span.indexOf(':');
			if (colon < 0) {
				throw new IllegalArgumentException("span " + span); //$NON-NLS-1$
			}
			spans.add(new ColumnSpan(Integer.parseInt(span.substring(0, colon)), Integer.parseInt(span.substring(colon + 1))));
		}
		return spans;
	}

	private static double positive(double value) {
		if (!(value > 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException("bound " + value); //$NON-NLS-1$
		}
		return value;
	}

	/** The file's own view, or the preferences' default view when it has none yet. */
	public static ViewState load(IFile file) {
		try {
			String saved = file.getPersistentProperty(KEY);
			return saved == null ? ViewPreferences.defaultState()
					: decode(saved);
		} catch (CoreException e) {
			return DEFAULT;
		}
	}

	public void save(IFile file) throws CoreException {
		file.setPersistentProperty(KEY, encode());
	}
}
