package org.attributionlens.model.io.numpy;

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
 * numpy's arrays: a {@code .npy} of token_attr alone (its magic {@code \x93NUMPY} decides), or a
 * {@code .npz} of Captum's arrays (a zip whose first bytes name a member {@code token_attr.npy}).
 * A file of either name that is neither is read as the name says, so that the message says what
 * such a file should contain.
 */
public final class NumpyFormat extends DescribedFormat {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] TOKEN_ATTR_MEMBER = (NpzReader.TOKEN_ATTR + ".npy").getBytes(StandardCharsets.US_ASCII);
	private static final List<String> NPY = List.of("npy"); //$NON-NLS-1$

	public NumpyFormat() {
		super("numpy", "numpy arrays (np.save, np.savez, np.savez_compressed)", List.of("npy", "npz"));
	}

	@Override
	public Match match(FileHead head) throws IOException {
		return AttributionFormat.contentOrName(this, head);
	}

	@Override
	public Match matchContent(FileHead head) {
		return isNpy(head) || isNpz(head) ? Match.CONTENT : Match.NONE;
	}

	private static boolean isNpy(FileHead head) {
		return head.startsWith(NpyHeader.MAGIC);
	}

	/** A zip whose first bytes name the member token_attr.npy: np.savez writes the members in the order given. */
	private static boolean isNpz(FileHead head) {
		return head.startsWith(ZIP) && head.contains(TOKEN_ATTR_MEMBER, 0, FileHead.SIZE);
	}

	@Override
	public AttributionMatrix read(BufferedInputStream in, FileHead head, ReadOptions options, FileChannel source)
			throws IOException, AttributionFormatException {
		if (isNpy(head) || (!head.startsWith(ZIP) && head.hasExtension(NPY))) {
			return NpyReader.read(in, source == null ? -1 : source.size(), options);
		}
		return NpzReader.read(in, options);
	}
}
