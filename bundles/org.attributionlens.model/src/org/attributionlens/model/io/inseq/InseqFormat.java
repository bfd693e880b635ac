package org.attributionlens.model.io.inseq;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.List;

import org.attributionlens.internal.model.io.StructureDetector;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormat;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.FileHead;
import org.attributionlens.model.io.ReadOptions;

/**
 * Inseq's {@code FeatureAttributionOutput.save(...)} JSON, with or without primitives: only its
 * top-level keys decide, wherever in the file they are (Inseq writes {@code info}, with the whole
 * prompt, first). Its files are {@code .json} too, so the name never decides for it.
 */
public final class InseqFormat implements AttributionFormat {

	@Override
	public String id() {
		return "inseq"; //$NON-NLS-1$
	}

	@Override
	public String name() {
		return "Inseq JSON (FeatureAttributionOutput.save)"; //$NON-NLS-1$
	}

	@Override
	public List<String> fileExtensions() {
		return List.of("json"); //$NON-NLS-1$
	}

	@Override
	public Match match(FileHead head) throws IOException {
		return matchContent(head);
	}

	@Override
	public Match matchContent(FileHead head) throws IOException {
		return head.structure() == StructureDetector.Kind.INSEQ ? Match.CONTENT : Match.NONE;
	}

	@Override
	public AttributionMatrix read(BufferedInputStream in, FileHead head, ReadOptions options, FileChannel source)
			throws IOException, AttributionFormatException {
		return new InseqJsonReader(options).read(in);
	}
}
