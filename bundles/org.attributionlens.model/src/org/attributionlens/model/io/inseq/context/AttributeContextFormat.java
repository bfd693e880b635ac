package org.attributionlens.model.io.inseq.context;

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
 * Inseq's attribute-context JSON: its top-level keys decide ({@code cci_scores}, {@code cti_scores}
 * or {@code input_context_tokens}), wherever they are, after contexts of any length. Its files are
 * {@code .json} too, so the name never decides for it.
 */
public final class AttributeContextFormat extends JsonKeysFormat {

	public AttributeContextFormat() {
		super("inseq-context", "Inseq attribute-context JSON (inseq attribute-context --save_path)", StructureDetector.Kind.INSEQ_CONTEXT);
	}

	@Override
	public AttributionMatrix read(BufferedInputStream in, FileHead head, ReadOptions options, FileChannel source)
			throws IOException, AttributionFormatException {
		return new AttributeContextReader(options).read(in);
	}
}
