package org.attributionlens.internal.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.attributionlens.model.InertText;
import org.attributionlens.model.io.AttributionFormats;
import org.attributionlens.render.ColorScaleCatalog;

/** The tool's texts, kept in messages.properties so that they can be reviewed and translated together. */
final class Messages {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.attributionlens.internal.cli.messages",
			Locale.ROOT);

	/** The help text, listing the colour maps the renderer offers. */
	static final String USAGE = format(get("usage"), String.join(", ", ColorScaleCatalog.names()), //$NON-NLS-1$ //$NON-NLS-2$
			AttributionFormats.descriptions().stream().map(line -> "  " + line).collect(Collectors.joining("\n"))); //$NON-NLS-1$ //$NON-NLS-2$
	static final String ERROR_NO_COMMAND = get("error.noCommand");
	static final String ERROR_UNKNOWN_COMMAND = get("error.unknownCommand");
	static final String ERROR_UNKNOWN_OPTION = get("error.unknownOption");
	static final String ERROR_MISSING_FILE = get("error.missingFile");
	static final String ERROR_EXTRA_ARGUMENT = get("error.extraArgument");
	static final String ERROR_LOCATION = get("error.location");
	static final String ERROR_NO_LOCATION = get("error.noLocation");
	static final String ERROR_NO_SUCH_FILE = get("error.noSuchFile");
	static final String ERROR_ACCESS_DENIED = get("error.accessDenied");
	static final String ERROR_DIRECTORY = get("error.directory");
	static final String ERROR_UNREADABLE = get("error.unreadable");
	static final String ERROR_INTERNAL = get("error.internal");
	static final String ERROR_OUT_OF_MEMORY = get("error.outOfMemory");
	static final String ERROR_TOO_DEEP = get("error.tooDeep");
	static final String ERROR_MISSING_VALUE = get("error.missingValue");
	static final String ERROR_REPEATED_OPTION = get("error.repeatedOption");
	static final String ERROR_MISSING_OPTION = get("error.missingOption");
	static final String ERROR_BAD_INTEGER = get("error.badInteger");
	static final String ERROR_BAD_SIZE = get("error.badSize");
	static final String ERROR_BAD_NUMBER = get("error.badNumber");
	static final String ERROR_EMPTY_VALUE = get("error.emptyValue");
	static final String ERROR_BAD_OUTPUT = get("error.badOutput");
	static final String ERROR_SAME_FILE = get("error.sameFile");
	static final String ERROR_OUTPUT_NOT_REGULAR = get("error.outputNotRegular");
	static final String ERROR_FIGURE_TYPE = get("error.figureType");
	static final String ERROR_SCALE_SVG = get("error.scaleSvg");
	static final String ERROR_UNKNOWN_COLORMAP = get("error.unknownColormap");
	static final String ERROR_NO_SUCH_DIRECTORY = get("error.noSuchDirectory");
	static final String ERROR_CANNOT_WRITE = get("error.cannotWrite");
	static final String ERROR_SEQUENCE_ONE = get("error.sequenceOne");
	static final String ERROR_SEQUENCE_MANY = get("error.sequenceMany");
	static final String VALIDATE_OK = get("validate.ok");
	static final String VALIDATE_SEQUENCE = get("validate.sequence");
	static final String RENDER_OK = get("render.ok");
	static final String RENDER_ROWS_OUTPUTS = get("render.rowsOutputs");
	static final String RENDER_ROWS_INPUTS = get("render.rowsInputs");
	static final String RENDER_VALUES_HIDDEN = get("render.valuesHidden");
	static final String CONVERT_OK = get("convert.ok");
	static final String SUMMARY_FILE = get("summary.file");
	static final String SUMMARY_FORMAT = get("summary.format");
	static final String SUMMARY_SEQUENCE = get("summary.sequence");
	static final String SUMMARY_SHAPE = get("summary.shape");
	static final String SUMMARY_DISPLAY_OUTPUTS = get("summary.displayOutputs");
	static final String SUMMARY_DISPLAY_INPUTS = get("summary.displayInputs");
	static final String SUMMARY_VALUES = get("summary.values");
	static final String SUMMARY_MAX = get("summary.max");
	static final String SUMMARY_MIN = get("summary.min");
	static final String SUMMARY_NO_VALUES = get("summary.noValues");
	static final String SUMMARY_NEAR_ZERO = get("summary.nearZero");
	static final String SUMMARY_NEAR_ZERO_NONE = get("summary.nearZeroNone");
	static final String SUMMARY_NEAR_ZERO_OUTPUTS = get("summary.nearZeroOutputs");
	static final String SUMMARY_SEQ_ATTR = get("summary.seqAttr");
	static final String SUMMARY_TOP = get("summary.top");
	static final String SUMMARY_TOP_OUTPUT = get("summary.topOutput");
	static final String SUMMARY_PROBABILITY = get("summary.probability");
	static final String SUMMARY_MISSING = get("summary.missing");
	static final String SUMMARY_TOP_ENTRY = get("summary.topEntry");
	static final String SUMMARY_TOP_NONE = get("summary.topNone");
	static final String SUMMARY_META = get("summary.meta");
	static final String SUMMARY_META_ENTRY = get("summary.metaEntry");

	private Messages() {
	}

	private static String get(String key) {
		return BUNDLE.getString(key);
	}

	/**
	 * Fills a pattern. Arguments are turned into strings first so that MessageFormat never applies
	 * locale number formatting (line 1234 must stay "1234", not "1,234"), and {@linkplain
	 * InertText#escape(String) escaped}: they are file names, option values and text from files,
	 * none of which may send control sequences to the terminal or break a message into lines.
	 */
	static String format(String pattern, Object... arguments) {
		Object[] texts = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			texts[i] = InertText.escape(String.valueOf(arguments[i]));
		}
		return new MessageFormat(pattern, Locale.ROOT).format(texts);
	}
}
