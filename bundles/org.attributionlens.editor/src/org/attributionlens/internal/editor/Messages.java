package org.attributionlens.internal.editor;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the heatmap editor. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.attributionlens.internal.editor.messages"; //$NON-NLS-1$

	public static String ErrorPage_title;
	public static String ErrorPage_reopen;
	public static String ErrorPage_hint;
	public static String Editor_unsupportedInput;
	public static String Editor_readFailed;
	public static String Editor_loadJob;
	public static String Editor_fileMissing;
	public static String Editor_notReadable;
	public static String Editor_outOfMemory;
	public static String Editor_internalError;
	public static String Editor_readCancelled;
	public static String ErrorPage_cancelledTitle;
	public static String ErrorPage_cancelledHint;
	public static String Marker_job;
	public static String Marker_location;
	public static String ColorBar_title;
	public static String Find_hint;
	public static String ColorBar_range;
	public static String Range_prompt;
	public static String Range_title;
	public static String Range_invalid;
	public static String Decimals_choice;
	public static String Tooltip_cell;
	public static String Tooltip_missing;
	public static String Tooltip_inputToken;
	public static String Tooltip_outputToken;
	public static String Tooltip_members;
	public static String Tooltip_stepScore;
	public static String Status_cell;
	public static String Editor_sequence;
	public static String Grid_cornerInputs;
	public static String Strip_seqAttr;
	public static String Strip_outputProbability;
	public static String Zoom_percent;
	public static String Zoom_overview;
	public static String Preferences_orientation;
	public static String Orientation_asWritten;
	public static String Orientation_inputsAsRows;
	public static String Orientation_outputsAsRows;
	public static String Grid_cornerOutputs;
	public static String Highlight_title;
	public static String Highlight_prompt;
	public static String Highlight_invalid;
	public static String Outline_computing;
	public static String Outline_largest;
	public static String Outline_mostNegative;
	public static String Outline_dominantRows;
	public static String Outline_nearZeroRows;
	public static String Outline_columns;
	public static String Outline_seqAttr;
	public static String Outline_dominantOutputs;
	public static String Outline_nearZeroOutputs;
	public static String Copy_nothingSelected;
	public static String Compare_name;
	public static String Compare_header;
	public static String Compare_failed;
	public static String Compare_paneA;
	public static String Compare_paneB;
	public static String Compare_paneDifference;
	public static String CompareWith_title;
	public static String CompareWith_message;
	public static String CompareWith_chooseFile;
	public static String CompareWith_attributionFiles;
	public static String CompareWith_allFiles;
	public static String Export_title;
	public static String Export_description;
	public static String Export_format;
	public static String Export_svg;
	public static String Export_png;
	public static String Export_csv;
	public static String Export_scale;
	public static String Export_destination;
	public static String Export_browse;
	public static String Export_noDestination;
	public static String Export_noHeatmap;
	public static String Export_failed;
	public static String Preferences_description;
	public static String Preferences_formulaSafeCsv;
	public static String Preferences_maxCells;
	public static String Preferences_colorScale;
	public static String Preferences_decimals;
	public static String Preferences_reducer;
	public static String Preferences_nearZero;
	public static String Preferences_maxDecompressed;
	public static String Preferences_maxTokenLength;
	public static String Preferences_maxNestingDepth;
	public static String Preferences_maxStringLength;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
