package org.attributionlens.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.nativejson.NativeJsonWriter;

/**
 * {@code convert FILE -o OUT.attr.json [--sequence N]}: any readable format to the native format.
 */
final class ConvertCommand {

	static final String NAME = "convert";
	private static final Set<String> VALUE_OPTIONS = Set.of("-o", "--output");

	private ConvertCommand() {
	}

	static void run(List<String> args, PrintStream out) throws UsageException, FileFailure {
		Arguments arguments = Arguments.parse(NAME, args, FileLoader.withReadOptions(VALUE_OPTIONS), Set.of());
		OutputFile output = OutputFile.of(arguments.name("-o"), arguments.file());
		AttributionMatrix matrix = FileLoader.load(arguments);
		output.write(stream -> new NativeJsonWriter().write(matrix, stream));
		out.println(Messages.format(Messages.CONVERT_OK, output.name(), matrix.rows(), matrix.columns(),
				matrix.format()));
	}
}
