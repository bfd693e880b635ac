package org.attributionlens.model.io.numpy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.attributionlens.internal.model.io.CaptumArrays;
import org.attributionlens.internal.model.io.FloatElements;
import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.LimitMessages;
import org.attributionlens.model.io.MemoryBudget;
import org.attributionlens.model.io.ReadLimits;

/**
 * One {@code .npy} array read from a stream after its header: token_attr, a vector of per-token
 * values, or the tokens themselves. Every size the header declares is checked against the limits,
 * the free memory and, where known, the bytes that remain, before anything is allocated for it.
 */
final class NpyArray {

	private final NpyHeader header;
	private final String name;
	private final ReadLimits limits;
	private final SourcePosition at;
	/** The bytes the data may have at most (what is left of the file or member); -1 when unknown. */
	private final long available;
	/** Whether {@link #available} is the file's own size, so that the data is known to be there. */
	private final boolean measured;

	/**
	 * @param name      what the messages call the array: its key, e.g. "token_attr"
	 * @param available the bytes left after the header, or -1 when unknown (a compressed stream)
	 * @param measured  whether {@code available} was measured (a file's size) rather than declared (a
	 *                  zip member's size, which may lie): only then is the data allocated at once
	 */
	NpyArray(NpyHeader header, String name, ReadLimits limits, SourcePosition at, long available, boolean measured) {
		this.header = header;
		this.name = name;
		this.limits = limits;
		this.at = at;
		this.available = available;
		this.measured = measured && available >= 0;
	}

	/** Reads token_attr of shape (n_output, n_input) into {@code arrays}. */
	void readTokenAttr(InputStream in, CaptumArrays arrays) throws IOException, AttributionFormatException {
		FloatElements elements = floats("a float array of shape (n_output, n_input)");
		long[] shape = header.shape();
		int count = (int) arrays.checkShape(shape, name, at);
		checkPresent(count);
		// C order is transposed into a second array
		arrays.checkMemory(shape, header.fortranOrder() ? 1 : 2, at);
		arrays.tokenAttr(elements(in, elements, count), (int) shape[0], (int) shape[1], !header.fortranOrder(), at);
	}

	/** Reads a vector of one value per token (seq_attr, output_probs). */
	float[] readVector(InputStream in, String expected) throws IOException, AttributionFormatException {
		FloatElements elements = floats("a float array of shape (n,), " + expected);
		int count = vectorLength(expected);
		MemoryBudget.check(4L * count, name + " of " + LimitMessages.count(count) + " values", at);
		checkPresent(count);
		return elements(in, elements, count);
	}

	/** Reads tokens saved as np.array(list_of_str): fixed-width UTF-32 strings padded with NULs. */
	List<String> readTokens(InputStream in, MemoryBudget.Strings kept) throws IOException, AttributionFormatException {
		if (header.elements() != null) {
			throw at.error(name + " has dtype " + header.descr() + " (numbers); expected unicode strings, as"
					+ " np.array(list_of_str) makes them (dtype <U...)");
		}
		int count = vectorLength("one per token");
		int width = header.unicodeWidth();
		if (width > limits.maxTokenLength()) {
			throw at.error(name + " has dtype " + header.descr() + ": its longest token has " + LimitMessages.count(width)
					+ " characters, which " + LimitMessages.tokenLength(limits));
		}
		checkPresent(count);
		ByteBuffer token = ByteBuffer.allocate(4 * width).order(header.order());
		List<String> tokens = new ArrayList<>(Math.min(count, 1 << 16));
		StringBuilder text = new StringBuilder(Math.min(width, 1024));
		for (int k = 0; k < count; k++) {
			if (in.readNBytes(token.array(), 0, token.capacity()) < token.capacity()) {
				throw truncated(k + " of " + count + " tokens");
			}
			text.setLength(0);
			int end = width;
			while (end > 0 && token.getInt(4 * (end - 1)) == 0) {
				end--; // numpy pads with NULs and drops them when it reads
			}
			for (int c = 0; c < end; c++) {
				int codePoint = token.getInt(4 * c);
				if (!Character.isValidCodePoint(codePoint) || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
					throw at.error(name + "[" + k + "] holds 0x" + Integer.toHexString(codePoint) + " at character " + c
							+ ", which is no Unicode character; expected UTF-32 text as numpy writes it");
				}
				text.appendCodePoint(codePoint);
			}
			if (text.length() > limits.maxTokenLength()) {
				throw at.error(name + "[" + k + "] is " + LimitMessages.count(text.length()) + " characters long, which "
						+ LimitMessages.tokenLength(limits));
			}
			kept.add(text.length(), at);
			tokens.add(text.toString());
		}
		return tokens;
	}

	private FloatElements floats(String expected) throws AttributionFormatException {
		if (header.elements() == null) {
			throw at.error(name + " has dtype " + header.descr() + " (unicode strings); expected " + expected);
		}
		return header.elements();
	}

	private int vectorLength(String expected) throws AttributionFormatException {
		long[] shape = header.shape();
		if (shape.length != 1) {
			throw at.error(name + " has shape " + CaptumArrays.shapeText(shape) + "; expected one dimension (" + expected + ")");
		}
		if (shape[0] > limits.maxTokens()) {
			throw at.error(name + " has " + LimitMessages.count(shape[0]) + " elements, " + LimitMessages.cellsAllow(limits));
		}
		return (int) shape[0];
	}

	/** The declared data must fit in what is left of the file. */
	private void checkPresent(long elements) throws AttributionFormatException {
		long bytes = elements * header.elementSize();
		if (available >= 0 && bytes > available) {
			throw at.error(name + " declares shape " + CaptumArrays.shapeText(header.shape()) + " of " + header.descr()
					+ ", " + LimitMessages.count(bytes) + " bytes of data, but only " + LimitMessages.count(available)
					+ " bytes follow its header (truncated?)");
		}
	}

	private float[] elements(InputStream in, FloatElements elements, int count) throws IOException, AttributionFormatException {
		FloatElements.Read read = elements.read(in, header.order(), count, measured);
		if (read.arrived() < count) {
			throw truncated(read.arrived() + " of " + count + " values");
		}
		return read.values();
	}

	private AttributionFormatException truncated(String arrived) {
		return at.error(name + " declares shape " + CaptumArrays.shapeText(header.shape()) + " of " + header.descr()
				+ " but its data ends after " + arrived + " (truncated?)");
	}
}
