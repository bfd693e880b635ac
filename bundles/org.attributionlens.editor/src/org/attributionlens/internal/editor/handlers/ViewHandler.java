package org.attributionlens.internal.editor.handlers;

import java.util.List;
import java.util.Map;

import org.attributionlens.internal.editor.CommandStates;
import org.attributionlens.internal.editor.CommandIds;
import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.internal.editor.Messages;
import org.attributionlens.internal.editor.ViewState;
import org.attributionlens.model.color.ColorScale;
import org.attributionlens.model.color.ColorScales;
import org.attributionlens.model.color.RangeMode;
import org.attributionlens.model.view.Highlight;
import org.attributionlens.model.view.Normalization;
import org.attributionlens.model.view.RowAggregation;
import org.attributionlens.model.view.ViewSettings;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;

/**
 * The view controls of the active heatmap: transpose, merge subwords, top-3
 * highlight (toggles; the highlight also takes top k or a threshold as
 * parameters), normalisation, colour scale, range and decimals (choices; without a
 * parameter they move to the next choice). Check marks follow the active
 * editor's own state, not a global one.
 */
public final class ViewHandler extends AbstractHandler implements IElementUpdater, IExecutableExtension {
	public static final String TRANSPOSE = CommandIds.TRANSPOSE;
	public static final String MERGE_SUBWORDS = CommandIds.MERGE_SUBWORDS;
	/** A {@link RowAggregation} name; without it the command toggles between none and automatic. */
	public static final String MERGE_SUBWORDS_SCHEME = MERGE_SUBWORDS + ".scheme"; //$NON-NLS-1$
	public static final String HIGHLIGHT_TOP_K = CommandIds.HIGHLIGHT_TOP_K;
	/** NONE, TOP_K or THRESHOLD; without it the command toggles the top 3. */
	public static final String HIGHLIGHT_MODE = HIGHLIGHT_TOP_K + ".mode"; //$NON-NLS-1$
	/** k for TOP_K, the least |value| for THRESHOLD (asked for when absent). */
	public static final String HIGHLIGHT_VALUE = HIGHLIGHT_TOP_K + ".value"; //$NON-NLS-1$
	public static final String NORMALIZATION = CommandIds.NORMALIZATION;
	public static final String NORMALIZATION_MODE = NORMALIZATION + ".mode"; //$NON-NLS-1$
	public static final String COLOR_SCALE = CommandIds.COLOR_SCALE;
	public static final String COLOR_SCALE_ID = COLOR_SCALE + ".id"; //$NON-NLS-1$
	public static final String RANGE = CommandIds.RANGE;
	public static final String RANGE_MODE = RANGE + ".mode"; //$NON-NLS-1$
	public static final String RANGE_BOUND = RANGE + ".bound"; //$NON-NLS-1$
	public static final String DECIMALS = CommandIds.DECIMALS;
	public static final String DECIMALS_VALUE = DECIMALS + ".value"; //$NON-NLS-1$

	/** The command this instance handles (plugin.xml: class="...ViewHandler:commandId"). */
	private String commandId;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		commandId = data instanceof String id ? id : null;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof HeatmapEditor editor)) {
			return null;
		}
		ViewState state = editor.getViewState();
		ViewSettings view = state.view();
		ViewState next = switch (event.getCommand().getId()) {
		case TRANSPOSE -> state.withView(view.withTranspose(!view.transpose()));
		case MERGE_SUBWORDS -> state.withView(view.withRowAggregation(scheme(event, view.rowAggregation())));
		case HIGHLIGHT_TOP_K -> highlight(event, state);
		case NORMALIZATION -> state.withView(view.withNormalization(normalization(event, view.normalization())));
		case COLOR_SCALE -> state.withScale(scale(event, state.scale()));
		case RANGE -> range(event, state);
		case DECIMALS -> state.withView(view.withDecimals(decimals(event, view.decimals())));
		default -> throw new IllegalArgumentException(event.getCommand().getId());
		};
		editor.setViewState(next);
		CommandStates.refresh(event.getCommand().getId());
		return null;
	}

	/**
	 * Without a mode, toggles the top 3 per output token; a threshold asks for the least |value|
	 * to keep lit unless the command carries it.
	 */
	private static ViewState highlight(ExecutionEvent event, ViewState state) {
		ViewSettings view = state.view();
		String mode = event.getParameter(HIGHLIGHT_MODE);
		String value = event.getParameter(HIGHLIGHT_VALUE);
		Highlight chosen;
		if (mode == null) {
			chosen = view.highlight() == Highlight.NONE ? Highlight.topKPerColumn(ViewState.TOP_K) : Highlight.NONE;
		} else {
			chosen = switch (mode) {
			case "TOP_K" -> Highlight.topKPerColumn(value == null ? ViewState.TOP_K : Integer.parseInt(value)); //$NON-NLS-1$
			case "THRESHOLD" -> { //$NON-NLS-1$
				String threshold = value != null ? value : askThreshold(event, view.highlight());
				yield threshold == null ? view.highlight() : Highlight.threshold(Double.parseDouble(threshold));
			}
			default -> Highlight.NONE;
			};
		}
		return state.withView(view.withHighlight(chosen));
	}

	/** @return the threshold typed, or null when cancelled */
	private static String askThreshold(ExecutionEvent event, Highlight current) {
		String initial = current instanceof Highlight.Threshold threshold ? Double.toString(threshold.threshold())
				: "0.1"; //$NON-NLS-1$
		InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event), Messages.Highlight_title,
				Messages.Highlight_prompt, initial, text -> {
					try {
						double number = Double.parseDouble(text.strip());
						return number >= 0 && Double.isFinite(number) ? null : Messages.Highlight_invalid;
					} catch (NumberFormatException e) {
						return Messages.Highlight_invalid;
					}
				});
		return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
	}

	/** Symmetric at a chosen value asks for the value unless the command carries it. */
	private static ViewState range(ExecutionEvent event, ViewState state) {
		String mode = event.getParameter(RANGE_MODE);
		RangeMode chosen = mode == null ? RangeMode.SYMMETRIC_MAX_ABS : RangeMode.valueOf(mode);
		if (chosen != RangeMode.SYMMETRIC_FIXED) {
			return state.withRange(chosen, state.fixedBound());
		}
		String bound = event.getParameter(RANGE_BOUND);
		if (bound == null) {
			InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event), Messages.Range_title,
					Messages.Range_prompt, Double.toString(state.fixedBound()), text -> {
						try {
							double value = Double.parseDouble(text.strip());
							return value > 0 && !Double.isInfinite(value) ? null : Messages.Range_invalid;
						} catch (NumberFormatException e) {
							return Messages.Range_invalid;
						}
					});
			if (dialog.open() != Window.OK) {
				return state;
			}
			bound = dialog.getValue().strip();
		}
		return state.withRange(RangeMode.SYMMETRIC_FIXED, Double.parseDouble(bound));
	}

	private static RowAggregation scheme(ExecutionEvent event, RowAggregation current) {
		String scheme = event.getParameter(MERGE_SUBWORDS_SCHEME);
		if (scheme == null) {
			return current == RowAggregation.NONE ? RowAggregation.AUTO : RowAggregation.NONE;
		}
		return RowAggregation.valueOf(scheme);
	}

	private static Normalization normalization(ExecutionEvent event, Normalization current) {
		String mode = event.getParameter(NORMALIZATION_MODE);
		if (mode == null) {
			Normalization[] all = Normalization.values();
			return all[(current.ordinal() + 1) % all.length];
		}
		return Normalization.valueOf(mode);
	}

	private static int decimals(ExecutionEvent event, int current) {
		String value = event.getParameter(DECIMALS_VALUE);
		return value == null ? (current + 1) % (ViewSettings.MAX_DECIMALS + 1) : Integer.parseInt(value);
	}

	private static ColorScale scale(ExecutionEvent event, ColorScale current) {
		String id = event.getParameter(COLOR_SCALE_ID);
		if (id == null) {
			List<ColorScale> all = ColorScales.all();
			return all.get((all.indexOf(current) + 1) % all.size());
		}
		return ColorScales.byId(id).orElseThrow(() -> new IllegalArgumentException(id));
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		// the elements do not say which editor they belong to (their service locator is the window):
		// they show the active heatmap, and each heatmap sets its own tool bar when it comes to front
		IWorkbenchWindow window = element.getServiceLocator().getService(IWorkbenchWindow.class);
		IEditorPart part = window == null || window.getActivePage() == null ? null
				: window.getActivePage().getActiveEditor();
		if (!(part instanceof HeatmapEditor editor)) {
			return;
		}
		ViewState state = editor.getViewState();
		Object normalization = parameters.get(NORMALIZATION_MODE);
		Object scale = parameters.get(COLOR_SCALE_ID);
		Object range = parameters.get(RANGE_MODE);
		Object decimals = parameters.get(DECIMALS_VALUE);
		Object highlight = parameters.get(HIGHLIGHT_MODE);
		Object scheme = parameters.get(MERGE_SUBWORDS_SCHEME);
		if (scheme != null) {
			element.setChecked(state.view().rowAggregation().name().equals(scheme));
		} else if (highlight != null) {
			element.setChecked(highlightChoice(state.view().highlight()).equals(highlight + ":" //$NON-NLS-1$
					+ (highlight.equals("TOP_K") ? parameters.get(HIGHLIGHT_VALUE) : ""))); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (decimals != null) {
			element.setChecked(Integer.toString(state.view().decimals()).equals(decimals));
		} else if (range != null) {
			element.setChecked(state.rangeMode().name().equals(range));
		} else if (normalization != null) {
			element.setChecked(state.view().normalization().name().equals(normalization));
		} else if (scale != null) {
			element.setChecked(state.scale().id().equals(scale));
		} else if (commandId != null) {
			element.setChecked(isChecked(commandId, state));
		}
	}

	/** The menu choice a highlight is: "NONE:", "TOP_K:3", "THRESHOLD:". */
	private static String highlightChoice(Highlight highlight) {
		if (highlight instanceof Highlight.TopKPerColumn top) {
			return "TOP_K:" + top.k(); //$NON-NLS-1$
		}
		return highlight instanceof Highlight.Threshold ? "THRESHOLD:" : "NONE:"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Whether the toggle command {@code id} is on in the state; false for commands that are no toggle. */
	public static boolean isChecked(String id, ViewState state) {
		return switch (id) {
		case TRANSPOSE -> state.view().transpose();
		case MERGE_SUBWORDS -> state.view().rowAggregation() != RowAggregation.NONE;
		case HIGHLIGHT_TOP_K -> state.view().highlight() != Highlight.NONE;
		default -> false;
		};
	}
}
