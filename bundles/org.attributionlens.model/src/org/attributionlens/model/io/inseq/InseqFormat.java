package org.attributionlens.model.io.inseq;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;

import org.attributionlens.internal.model.io.StructureDetector;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.FileHead;
import org.attributionlens.model.io.JsonKeysFormat;
import org.attributionlens.model.io.ReadOptions;

/**
 * Inseq's {@code FeatureAttributionOutput.save(...)} JSON, with or without primitives: only its
 * top-level keys decide, wherever in the file they are (Inseq writes {@code info}, with the whole
 * prompt, first). Its files are {@code .json} too, so the name never decides for it.
 */
public final class InseqFormat extends JsonKeysFormat {

	public InseqFormat() {
		super("inseq", "Inseq JSON (FeatureAttributionOutput.save)", StructureDetector.Kind.INSEQ);
	}

	@Override
	public AttributionMatrix read(BufferedInputStream in, FileHead head, ReadOptions options, FileChannel source)
			throws IOException, AttributionFormatException {
		return new InseqJsonReader(options).read(in);
	}
}
