package org.attributionlens.internal.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.InertText;

/**
 * Headless command-line tool: {@code summary FILE [--json]}, {@code validate FILE},
 * {@code render FILE -o OUT.svg|OUT.png ...}, {@code convert FILE -o OUT.attr.json ...}, {@code --help}.
 * Exit codes: 0 success, 1 invalid or unreadable file, 2 wrong usage. Never prints a stack trace.
 */
public final class Main {

	static final int OK = 0;
	static final int FILE_ERROR = 1;
	static final int USAGE_ERROR = 2;

	private static final String JSON_OPTION = "--json";
	/** The longest error line, in chars: room for a long path and a sentence quoting the file. */
	static final int MAX_ERROR_LINE = 8192;

	private Main() {
	}

	public static void main(String[] args) {
		// figures are drawn with java.awt into images only: never look for a display
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
		// UTF-8 regardless of the platform's console charset: tokens are full of ▁ and non-Latin text
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		System.exit(run(args, out, err));
	}

	/** Runs one command; the testable core of {@link #main(String[])}. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		try {
			return dispatch(List.of(args), out);
		} catch (UsageException e) {
			err.println(errorLine(e.getMessage()));
			err.println();
			err.println(Messages.USAGE);
			return USAGE_ERROR;
		} catch (FileFailure e) {
			err.println(errorLine(e.getMessage()));
			return FILE_ERROR;
		} catch (IOException e) {
			err.println(errorLine(e.getMessage()));
			return FILE_ERROR;
		} catch (RuntimeException e) {
			// a bug must still end in one readable line, not a stack trace
			err.println(errorLine(Messages.format(Messages.ERROR_INTERNAL, String.join(" ", args), e)));
			return FILE_ERROR;
		} catch (OutOfMemoryError | StackOverflowError e) {
			// the last resort: the readers check sizes and depths before they allocate or recurse, so
			// this means a check is missing; the user still gets one line, and the stack has unwound,
			// so the memory the command held is free again for printing it
			err.println(errorLine(Messages.format(e instanceof OutOfMemoryError ? Messages.ERROR_OUT_OF_MEMORY
					: Messages.ERROR_TOO_DEEP, args.length > 1 ? args[1] : "", Runtime.getRuntime().maxMemory() >> 20)));
			return FILE_ERROR;
		} finally {
			out.flush();
			err.flush();
		}
	}

	/**
	 * A message as one printable line of bounded length, whatever it holds: the messages quote files
	 * through {@link InertText} already, and this catches whatever text of a file or of the command
	 * line reached one by another way (an exception's own message, a path typed by the user).
	 */
	static String errorLine(String message) {
		return InertText.shorten(message == null ? "" : message, MAX_ERROR_LINE);
	}

	private static int dispatch(List<String> args, PrintStream out) throws UsageException, FileFailure, IOException {
		if (args.isEmpty()) {
			throw new UsageException(Messages.ERROR_NO_COMMAND);
		}
		if (args.contains("--help") || args.contains("-h") || args.get(0).equals("help")) {
			out.println(Messages.USAGE);
			return OK;
		}
		String command = args.get(0);
		List<String> rest = args.subList(1, args.size());
		switch (command) {
		case "summary" -> summary(rest, out);
		case "validate" -> validate(rest, out);
		case RenderCommand.NAME -> RenderCommand.run(rest, out);
		case ConvertCommand.NAME -> ConvertCommand.run(rest, out);
		default -> throw new UsageException(Messages.format(Messages.ERROR_UNKNOWN_COMMAND, command));
		}
		return OK;
	}

	private static void summary(List<String> args, PrintStream out) throws UsageException, FileFailure, IOException {
		Arguments arguments = Arguments.parse("summary", args, FileLoader.withReadOptions(Set.of()), Set.of(JSON_OPTION));
		String file = arguments.file();
		AttributionMatrix matrix = FileLoader.load(arguments);
		if (arguments.flag(JSON_OPTION)) {
			JsonSummary.write(file, matrix, out);
		} else {
			TextSummary.write(file, matrix, out);
		}
	}

	private static void validate(List<String> args, PrintStream out) throws UsageException, FileFailure {
		Arguments arguments = Arguments.parse("validate", args, FileLoader.withReadOptions(Set.of()), Set.of());
		String file = arguments.file();
		AttributionMatrix matrix = FileLoader.load(arguments);
		String sequence = matrix.sequenceCount() > 1
				? Messages.format(Messages.VALIDATE_SEQUENCE, matrix.sequenceIndex(), matrix.sequenceCount())
				: "";
		out.println(Messages.format(Messages.VALIDATE_OK, file, matrix.rows(), matrix.columns(),
				matrix.statistics().missingCount(), sequence));
	}

}
