package org.attributionlens.model.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.attributionlens.model.io.AttributionFormat.Match;
import org.attributionlens.model.io.csv.TableFormat;
import org.attributionlens.model.io.inseq.InseqFormat;
import org.attributionlens.model.io.inseq.context.AttributeContextFormat;
import org.attributionlens.model.io.nativejson.NativeJsonFormat;
import org.attributionlens.model.io.numpy.NumpyFormat;
import org.attributionlens.model.io.safetensors.SafetensorsFormat;

/**
 * The one place that knows every format Attribution Lens reads. Order matters only between
 * formats that claim a file equally strongly: the first one wins.
 * <p>
 * To add a format: a package {@code org.attributionlens.model.io.NAME} with its reader, writer (if
 * any) and an {@link AttributionFormat}, and one line in {@link #ALL}; then add its extensions to
 * the content type in the model's {@code plugin.xml} and to the editor's association (a test
 * checks that both list exactly {@link #fileExtensions()}).
 */
public final class AttributionFormats {

	/** gzip compression, on top of any format. */
	public static final String GZIP_EXTENSION = "gz"; //$NON-NLS-1$

	/**
	 * The binary formats come first: their magic decides at once, and a format that recognises
	 * the content wins the tie anyway, so the text formats' scan of a JSON structure is never run
	 * over binary bytes.
	 */
	private static final List<AttributionFormat> ALL = List.of(new NumpyFormat(), new SafetensorsFormat(), new InseqFormat(),
			new AttributeContextFormat(), new NativeJsonFormat(), new TableFormat());

	private AttributionFormats() {
	}

	/** Every format, in the order in which ties are decided. */
	public static List<AttributionFormat> all() {
		return ALL;
	}

	/** The extensions of all formats and gzip's, each once, in the registry's order. */
	public static Set<String> fileExtensions() {
		Set<String> extensions = new LinkedHashSet<>();
		for (AttributionFormat format : ALL) {
			extensions.addAll(format.fileExtensions());
		}
		extensions.add(GZIP_EXTENSION);
		return extensions;
	}

	/** One line per format, for help texts: its name and its extensions. */
	public static List<String> descriptions() {
		List<String> lines = new ArrayList<>();
		for (AttributionFormat format : ALL) {
			lines.add(format.name() + " (" + format.fileExtensions().stream().map(e -> "." + e) //$NON-NLS-1$ //$NON-NLS-2$
					.collect(Collectors.joining(" ")) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return lines;
	}

	/** The format that claims a file most strongly; never null: a last resort always claims its shape. */
	static AttributionFormat choose(FileHead head) throws IOException {
		return strongest(head, false);
	}

	/**
	 * How strongly the content alone, judged without a name (the IDE's content type), is one of
	 * ours: {@link Match#CONTENT} when a format's structure says so, {@link Match#SHAPE} when it is
	 * only shaped like one (any text can be a table).
	 */
	public static Match contentMatch(FileHead head) throws IOException {
		Match best = Match.NONE;
		for (AttributionFormat format : ALL) {
			Match match = format.matchContent(head);
			if (match == Match.CONTENT) {
				return match;
			}
			if (match.compareTo(best) > 0) {
				best = match;
			}
		}
		return best;
	}

	private static AttributionFormat strongest(FileHead head, boolean contentOnly) throws IOException {
		AttributionFormat best = ALL.get(ALL.size() - 1);
		Match bestMatch = Match.NONE;
		for (AttributionFormat format : ALL) {
			Match match = contentOnly ? format.matchContent(head) : format.match(head);
			if (match.compareTo(bestMatch) > 0) {
				best = format;
				bestMatch = match;
			}
			if (match == Match.CONTENT) {
				// the strongest claim, and ties go to the earlier format: the rest need not look
				break;
			}
		}
		return best;
	}

	/** For the façade: a head over a buffered stream at its start. */
	static FileHead head(BufferedInputStream in, byte[] bytes, String fileName, ReadLimits limits) {
		return new FileHead(bytes, fileName, in, limits);
	}
}
