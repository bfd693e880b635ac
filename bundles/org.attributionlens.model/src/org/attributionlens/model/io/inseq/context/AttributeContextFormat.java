package org.attributionlens.model.io.inseq.context;

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
 * Inseq's attribute-context JSON: its top-level keys decide ({@code cci_scores}, {@code cti_scores}
 * or {@code input_context_tokens}), wherever they are, after contexts of any length. Its files are
 * {@code .json} too, so the name never decides for it.
 */
public final class AttributeContextFormat implements AttributionFormat {

	@Override
	public String id() {
		return "inseq-context"; //$NON-NLS-1$
	}

	@Override
	public String name() {
		return "Inseq attribute-context JSON (inseq attribute-context --save_path)"; //$NON-NLS-1$
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
		return head.structure() == StructureDetector.Kind.INSEQ_CONTEXT ? Match.CONTENT : Match.NONE;
	}

	@Override
	public AttributionMatrix read(BufferedInputStream in, FileHead head, ReadOptions options, FileChannel source)
			throws IOException, AttributionFormatException {
		return new AttributeContextReader(options).read(in);
	}
}
