package org.attributionlens.model.io.numpy;

import java.io.IOException;
import java.io.InputStream;

import org.attributionlens.internal.model.io.CaptumArrays;
import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;

/**
 * A {@code .npy} file of token_attr alone, as {@code np.save("run.npy", res.token_attr.numpy())}
 * writes it: the matrix, with its tokens numbered (input tokens "0".."n_input-1", output tokens
 * "0".."n_output-1"), since the file has no others.
 */
final class NpyReader {

	static final String FORMAT_LABEL = "numpy .npy";

	private NpyReader() {
	}

	/** @param size the file's size, or -1 when unknown (a compressed stream) */
	static AttributionMatrix read(InputStream in, long size, ReadOptions options) throws IOException, AttributionFormatException {
		ReadLimits limits = options.limits();
		NpyHeader header = NpyHeader.read(in, "the file", SourcePosition.START);
		SourcePosition data = SourcePosition.atByte(header.length());
		CaptumArrays arrays = new CaptumArrays(FORMAT_LABEL, limits);
		arrays.checkSequence(options.sequence());
		new NpyArray(header, "token_attr", limits, data, size < 0 ? -1 : size - header.length(),
				true).readTokenAttr(in, arrays);
		if (in.read() >= 0) {
			throw data.error("the file holds more bytes than token_attr's shape " + CaptumArrays.shapeText(header.shape())
					+ " needs; a .npy file holds exactly one array");
		}
		return arrays.build(data);
	}
}
