package org.attributionlens.model.io.nativejson;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.List;

import org.attributionlens.internal.model.io.ForeignJson;
import org.attributionlens.internal.model.io.StructureDetector;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.DescribedFormat;
import org.attributionlens.model.io.FileHead;
import org.attributionlens.model.io.ReadOptions;

/**
 * Our native JSON ({@code token-attribution v1}): what the README's snippet writes from Captum's
 * result. A {@code .json} name decides (when the content is not Inseq's), and any other file that
 * starts like JSON comes here last, so that its message says what such a file should contain; its
 * keys decide for the IDE's content type, which sees no name.
 */
public final class NativeJsonFormat extends DescribedFormat {

	public NativeJsonFormat() {
		super("native", "native JSON (" + NativeFileParser.FORMAT_LABEL + ")", List.of("json"));
	}

	@Override
	public Match match(FileHead head) {
		// its keys alone do not beat a table's name: a .csv holding JSON is a mistake to point out
		if (head.hasExtension(fileExtensions())) {
			return Match.NAME;
		}
		return head.looksLikeJson() ? Match.SHAPE : Match.NONE;
	}

	@Override
	public Match matchContent(FileHead head) throws IOException {
		return head.structure() == StructureDetector.Kind.NATIVE ? Match.CONTENT : Match.NONE;
	}

	@Override
	public AttributionMatrix read(BufferedInputStream in, FileHead head, ReadOptions options, FileChannel source)
			throws IOException, AttributionFormatException {
		// a .json file of another kind: it reaches this reader by its name alone
		if (ForeignJson.is(head.topLevel())) {
			throw ForeignJson.error(head.topLevel());
		}
		return new NativeJsonReader(options).read(in, source);
	}
}
