package org.attributionlens.internal.editor;

/** The ids of the heatmap's commands and their parameters, as plugin.xml declares them. */
public final class CommandIds {
	private static final String PREFIX = "org.attributionlens.editor."; //$NON-NLS-1$

	public static final String ZOOM_IN = PREFIX + "zoomIn"; //$NON-NLS-1$
	public static final String ZOOM_OUT = PREFIX + "zoomOut"; //$NON-NLS-1$
	public static final String ZOOM_FIT = PREFIX + "zoomFit"; //$NON-NLS-1$
	public static final String ZOOM_RESET = PREFIX + "zoomReset"; //$NON-NLS-1$
	public static final String MERGE = PREFIX + "mergeColumns"; //$NON-NLS-1$
	public static final String UNMERGE = PREFIX + "unmergeColumns"; //$NON-NLS-1$
	public static final String TRANSPOSE = PREFIX + "transpose"; //$NON-NLS-1$
	public static final String MERGE_SUBWORDS = PREFIX + "mergeSubwords"; //$NON-NLS-1$
	public static final String HIGHLIGHT_TOP_K = PREFIX + "highlightTopK"; //$NON-NLS-1$
	public static final String NORMALIZATION = PREFIX + "normalization"; //$NON-NLS-1$
	public static final String COLOR_SCALE = PREFIX + "colorScale"; //$NON-NLS-1$
	public static final String RANGE = PREFIX + "range"; //$NON-NLS-1$
	public static final String DECIMALS = PREFIX + "decimals"; //$NON-NLS-1$

	private CommandIds() {
	}
}
