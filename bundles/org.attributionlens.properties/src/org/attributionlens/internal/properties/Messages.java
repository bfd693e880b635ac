package org.attributionlens.internal.properties;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the Properties view contribution. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.attributionlens.internal.properties.messages"; //$NON-NLS-1$

	public static String Category_cell;
	public static String Cell_input;
	public static String Cell_inputToken;
	public static String Cell_output;
	public static String Cell_outputToken;
	public static String Cell_seqAttr;
	public static String Cell_outputProbability;
	public static String Category_inputToken;
	public static String Category_outputToken;
	public static String Token_index;
	public static String Token_text;
	public static String Token_members;
	public static String Token_sumOverOutputs;
	public static String Token_sumOverInputs;
	public static String Token_sumAbsOverOutputs;
	public static String Token_sumAbsOverInputs;
	public static String Category_file;
	public static String Category_meta;
	public static String Category_stepScores;
	public static String File_reduction;
	public static String File_sequence;
	public static String File_sequenceValue;
	public static String Cell_value;
	public static String Cell_missing;
	public static String Cell_rankAmongInputs;
	public static String Cell_rankAmongOutputs;
	public static String Cell_rankValue;
	public static String Cell_outputShare;
	public static String File_path;
	public static String Category_view;
	public static String View_rawValue;
	public static String View_merged;
	public static String View_inputMembers;
	public static String View_outputMembers;
	public static String View_settings;
	public static String View_settingsValue;
	public static String View_noSpans;
	public static String Compare_rowTokens;
	public static String Compare_columnTokens;
	public static String Compare_valueA;
	public static String Compare_valueB;
	public static String Compare_difference;
	public static String Compare_fileA;
	public static String Compare_fileB;
	public static String Compare_summary;
	public static String Compare_absent;
	public static String File_format;
	public static String File_shape;
	public static String File_shapeValue;
	public static String File_max;
	public static String File_min;
	public static String File_extremeValue;
	public static String File_allMissing;
	public static String File_missing;
	public static String File_missingValue;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
