package org.attributionlens.model.io.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.List;

import org.attributionlens.internal.model.io.CancellableStream;
import org.attributionlens.internal.model.io.FileChannelSlice;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.ByteOrderMark;
import org.attributionlens.model.io.DescribedFormat;
import org.attributionlens.model.io.FileHead;
import org.attributionlens.model.io.ReadOptions;
import org.attributionlens.model.io.csv.CsvAttributionReader.Delimiter;

/**
 * A table as pandas writes it ({@code DataFrame.to_csv}): CSV, or TSV by its name; a file of
 * another name that does not start like JSON comes here last, its separator guessed from the
 * first line. The content alone never decides: any text can be a table.
 */
public final class TableFormat extends DescribedFormat {

	private static final List<String> COMMA = List.of("csv"); //$NON-NLS-1$
	private static final List<String> TAB = List.of("tsv", "tab"); //$NON-NLS-1$ //$NON-NLS-2$

	public TableFormat() {
		super("table", "CSV/TSV table (pandas)", List.of("csv", "tsv", "tab"));
	}

	@Override
	public Match match(FileHead head) {
		if (head.hasExtension(fileExtensions())) {
			return Match.NAME;
		}
		return head.looksLikeJson() ? Match.NONE : Match.SHAPE;
	}

	/** A table by shape only: not JSON, and its first line separated by commas or tabs. */
	@Override
	public Match matchContent(FileHead head) {
		if (head.looksLikeJson()) {
			return Match.NONE;
		}
		for (byte b : head.bytes()) {
			if (b == ',' || b == '\t') {
				return Match.SHAPE;
			}
			if (b == '\n' || b == '\r') {
				break;
			}
		}
		return Match.NONE;
	}

	@Override
	public AttributionMatrix read(BufferedInputStream in, FileHead head, ReadOptions options, FileChannel source)
			throws IOException, AttributionFormatException {
		Delimiter delimiter = head.hasExtension(COMMA) ? Delimiter.COMMA
				: head.hasExtension(TAB) ? Delimiter.TAB : CsvAttributionReader.sniff(head.bytes(), head.bytes().length);
		CsvAttributionReader reader = new CsvAttributionReader(options, delimiter);
		if (source != null && !ByteOrderMark.detect(head.bytes(), head.bytes().length).charset().name().startsWith("UTF-16")) { //$NON-NLS-1$
			// a second pass over the same open file, beside the read's own position
			reader.countingRecordsOf(CancellableStream.of(new FileChannelSlice(source, 0), options));
		}
		return reader.read(in);
	}
}
