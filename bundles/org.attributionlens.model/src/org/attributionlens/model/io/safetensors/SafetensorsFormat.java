package org.attributionlens.model.io.safetensors;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormat;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.DescribedFormat;
import org.attributionlens.model.io.FileHead;
import org.attributionlens.model.io.ReadOptions;

/**
 * safetensors files of Captum's arrays. safetensors has no magic: the content is one when its
 * first 8 bytes are a plausible header length, a JSON object follows them, and the head of that
 * header describes a tensor {@code token_attr} with its {@code data_offsets} (model weights and
 * other safetensors files are left to their name).
 */
public final class SafetensorsFormat extends DescribedFormat {

	private static final byte[] TOKEN_ATTR = "\"token_attr\"".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] OFFSETS = "\"data_offsets\"".getBytes(StandardCharsets.US_ASCII);

	public SafetensorsFormat() {
		super("safetensors", "safetensors (safetensors.torch.save_file)", List.of("safetensors"));
	}

	@Override
	public Match match(FileHead head) throws IOException {
		return AttributionFormat.contentOrName(this, head);
	}

	@Override
	public Match matchContent(FileHead head) {
		byte[] bytes = head.bytes();
		if (bytes.length < 10 || bytes[8] != '{') {
			return Match.NONE;
		}
		long length = SafetensorsReader.headerLength(bytes);
		if (length < 2 || length > SafetensorsReader.MAX_HEADER) {
			return Match.NONE;
		}
		int end = (int) (8 + length);
		return head.contains(TOKEN_ATTR, 8, end) && head.contains(OFFSETS, 8, end) ? Match.CONTENT : Match.NONE;
	}

	@Override
	public AttributionMatrix read(BufferedInputStream in, FileHead head, ReadOptions options, FileChannel source)
			throws IOException, AttributionFormatException {
		return new SafetensorsReader(options).read(in, source == null ? -1 : source.size());
	}
}
