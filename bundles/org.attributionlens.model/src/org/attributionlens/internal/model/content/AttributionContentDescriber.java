package org.attributionlens.internal.model.content;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.attributionlens.internal.model.io.StructureDetector;
import org.attributionlens.model.io.AttributionFormat.Match;
import org.attributionlens.model.io.AttributionFormats;
import org.attributionlens.model.io.FileHead;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescriber;
import org.eclipse.core.runtime.content.IContentDescription;

/**
 * Claims files whose content is one of the formats of {@link AttributionFormats}, also inside gzip
 * compression: a JSON object whose top-level keys are those of a format (found by structure,
 * wherever they are within the first {@value #LIMIT} bytes of the decompressed content, the values
 * before them skipped, not kept) is {@link #VALID}; text shaped like a table is
 * {@link #INDETERMINATE} (any text can be a table: the extension decides); ordinary JSON files are
 * left to other editors. Binary formats (numpy, safetensors) are {@link #VALID} by their magic.
 */
public final class AttributionContentDescriber implements IContentDescriber {

	/** How far the keys may be: far beyond any prompt Inseq writes into {@code info} before them. */
	static final int LIMIT = 16 << 20;
	private static final int MAX_DEPTH = 64;

	@Override
	public int describe(InputStream contents, IContentDescription description) throws IOException {
		PushbackInputStream in = new PushbackInputStream(contents, 2);
		byte[] magic = in.readNBytes(2);
		in.unread(magic);
		InputStream text = in;
		if (magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
			try {
				text = new GZIPInputStream(in);
			} catch (ZipException | EOFException e) {
				// not really gzip, or cut short: nothing we can read
				return INVALID;
			}
		}
		BufferedInputStream buffered = new BufferedInputStream(text, FileHead.SIZE);
		buffered.mark(FileHead.SIZE);
		byte[] head = buffered.readNBytes(FileHead.SIZE);
		buffered.reset();
		// a binary format's magic is its content: decided before any JSON structure is looked for
		if (AttributionFormats.contentMatch(FileHead.ofContent(head, StructureDetector.Kind.NOT_JSON)) == Match.CONTENT) {
			return VALID;
		}
		StructureDetector.Kind kind;
		try {
			kind = StructureDetector.detect(buffered, LIMIT, MAX_DEPTH);
		} catch (ZipException | EOFException e) {
			return INVALID;
		}
		if (kind == StructureDetector.Kind.UNDECIDED) {
			return INDETERMINATE;
		}
		return switch (AttributionFormats.contentMatch(FileHead.ofContent(head, kind))) {
		case CONTENT -> VALID;
		case SHAPE, NAME -> INDETERMINATE;
		case NONE -> INVALID;
		};
	}

	@Override
	public QualifiedName[] getSupportedOptions() {
		return new QualifiedName[0];
	}
}
