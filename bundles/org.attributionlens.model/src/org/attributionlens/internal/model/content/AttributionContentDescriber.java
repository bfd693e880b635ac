package org.attributionlens.internal.model.content;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.attributionlens.internal.model.io.StructureDetector;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescriber;
import org.eclipse.core.runtime.content.IContentDescription;

/**
 * Claims {@code .json} files that hold token attributions: a JSON object with one of the keys
 * {@code token_attr}, {@code input_tokens} or {@code output_tokens} (our native format) or {@code sequence_attributions} (Inseq with primitives) at its top level, or an Inseq
 * {@code FeatureAttributionOutput} wrapper, also inside gzip compression. The keys are found by
 * structure, wherever they are within the first {@value #LIMIT} bytes of the (decompressed)
 * content, by the same detector the readers use ({@link StructureDetector}); the values before
 * them are skipped, not kept. Ordinary JSON files are left to other editors.
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
		StructureDetector.Kind kind;
		try {
			kind = StructureDetector.detect(text, LIMIT, MAX_DEPTH);
		} catch (ZipException | EOFException e) {
			return INVALID;
		}
		return switch (kind) {
		case INSEQ, NATIVE -> VALID;
		case UNDECIDED -> INDETERMINATE;
		case OTHER_JSON, NOT_JSON -> INVALID;
		};
	}

	@Override
	public QualifiedName[] getSupportedOptions() {
		return new QualifiedName[0];
	}
}
