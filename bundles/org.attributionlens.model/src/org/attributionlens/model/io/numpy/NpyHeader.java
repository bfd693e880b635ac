package org.attributionlens.model.io.numpy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.attributionlens.internal.model.io.FloatElements;
import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.InertText;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.LimitMessages;

/**
 * The header of a {@code .npy} array (numpy's format versions 1.0, 2.0 and 3.0): the magic
 * {@code \x93NUMPY}, the version, the header's length (2 bytes in 1.0, 4 after), and a Python
 * dict literal such as {@code {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }}.
 * Only the types Attribution Lens reads are understood: floats and unicode strings; objects
 * (pickles) are refused, never loaded.
 *
 * @param elements     the float type, or null for unicode strings
 * @param order        the byte order of the elements
 * @param unicodeWidth code points per string of a unicode array; 0 for floats
 * @param fortranOrder whether the elements are in column-major order
 * @param shape        the dimensions
 * @param length       the header's own length in bytes, magic included: where the data starts
 */
record NpyHeader(FloatElements elements, ByteOrder order, int unicodeWidth, boolean fortranOrder, long[] shape,
		long length, String descr) {

	static final byte[] MAGIC = { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y' };
	/** numpy writes a few hundred bytes, and by default reads at most 10,000; a little room beyond. */
	static final int MAX_LENGTH = 65_536;

	long elementCount() {
		long count = 1;
		for (long dim : shape) {
			count = Math.multiplyHigh(count, dim) != 0 ? Long.MAX_VALUE : count * dim;
		}
		return count;
	}

	/** Bytes per element. */
	long elementSize() {
		return elements != null ? elements.size() : 4L * unicodeWidth;
	}

	/**
	 * Reads the header from the stream's start.
	 *
	 * @param what what the messages call the array, e.g. "the file" or "member token_attr.npy"
	 */
	static NpyHeader read(InputStream in, String what, SourcePosition at) throws IOException, AttributionFormatException {
		byte[] start = in.readNBytes(10);
		if (start.length < 8 || !Arrays.equals(start, 0, 6, MAGIC, 0, 6)) {
			throw at.error(what + " does not start like a .npy array (the bytes \\x93NUMPY); it is no numpy array"
					+ (start.length < 8 ? " (it has only " + start.length + " bytes)" : ""));
		}
		int major = start[6] & 0xFF;
		int minor = start[7] & 0xFF;
		if (major < 1 || major > 3 || minor != 0) {
			throw at.error(what + " is a .npy array of format version " + major + "." + minor
					+ ", which is not supported; expected version 1.0, 2.0 or 3.0");
		}
		byte[] lengthBytes = major == 1 ? Arrays.copyOfRange(start, 8, 10) : concat(start, in.readNBytes(2));
		int prefix = major == 1 ? 10 : 12;
		if (lengthBytes.length < prefix - 8) {
			throw at.error(what + " ends inside its .npy header: the header length needs " + (prefix - 8) + " bytes");
		}
		long length = 0;
		for (int k = lengthBytes.length - 1; k >= 0; k--) {
			length = length << 8 | (lengthBytes[k] & 0xFF);
		}
		if (length > MAX_LENGTH) {
			throw at.error(what + " declares a .npy header of " + LimitMessages.count(length) + " bytes, more than the "
					+ LimitMessages.count(MAX_LENGTH) + " bytes a header may have here (numpy writes a few hundred)");
		}
		byte[] text = in.readNBytes((int) length);
		if (text.length < length) {
			throw at.error(what + " is cut off inside its .npy header: it declares " + length + " bytes of header but "
					+ text.length + " follow (truncated?)");
		}
		// versions 1 and 2 write latin-1, version 3 UTF-8
		String dict = new String(text, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
		return parse(dict, what, at, prefix + length);
	}

	private static byte[] concat(byte[] start, byte[] more) {
		byte[] all = Arrays.copyOf(Arrays.copyOfRange(start, 8, start.length), start.length - 8 + more.length);
		System.arraycopy(more, 0, all, start.length - 8, more.length);
		return all;
	}

	private static NpyHeader parse(String dict, String what, SourcePosition at, long length) throws AttributionFormatException {
		PythonDict values;
		try {
			values = PythonDict.parse(dict);
		} catch (PythonDict.Malformed e) {
			throw at.error(what + " has a .npy header that is not a dict of descr, fortran_order and shape: " + e.getMessage());
		}
		Object descr = values.get("descr");
		Object fortran = values.get("fortran_order");
		Object shape = values.get("shape");
		if (!(descr instanceof String type)) {
			throw at.error(what + ": the .npy header's descr is "
					+ (descr == null ? "missing" : descr instanceof PythonDict.Other ? "a structured dtype" : "not a string")
					+ "; expected a float type such as '<f4' or a unicode type such as '<U8'");
		}
		if (!(fortran instanceof Boolean fortranOrder)) {
			throw at.error(what + ": the .npy header's fortran_order is " + (fortran == null ? "missing" : "not True or False"));
		}
		if (!(shape instanceof long[] dims)) {
			throw at.error(what + ": the .npy header's shape is " + (shape == null ? "missing" : "not a tuple of integers"));
		}
		return dtype(type, what, at, fortranOrder, dims, length);
	}

	private static NpyHeader dtype(String descr, String what, SourcePosition at, boolean fortranOrder, long[] shape, long length)
			throws AttributionFormatException {
		String quoted = InertText.quote(descr);
		if (descr.length() < 2 || descr.length() > 12) {
			throw at.error(what + " has dtype " + quoted + ", which is not a numpy type this reader knows; expected "
					+ "'<f2', '<f4', '<f8' (or big-endian '>f...') or a unicode type such as '<U8'");
		}
		char byteOrder = descr.charAt(0);
		char kind = descr.charAt(1);
		if ("<>|=".indexOf(byteOrder) < 0) {
			throw at.error(what + " has dtype " + quoted + " without a byte order; expected '<f4', '>f4', '<U8' and the like");
		}
		ByteOrder order = byteOrder == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
		if (kind == 'O') {
			throw at.error(what + " holds Python objects (dtype " + quoted + "), which numpy stores as a pickle; pickles"
					+ " are never loaded: save numbers as a float array and tokens as np.array(list_of_str) (dtype <U...)");
		}
		long size;
		try {
			size = Long.parseLong(descr.substring(2));
		} catch (NumberFormatException e) {
			throw at.error(what + " has dtype " + quoted + ", which is not a numpy type this reader knows; expected "
					+ "a float type such as '<f4' or a unicode type such as '<U8'");
		}
		if (kind == 'f') {
			FloatElements elements = size == 2 ? FloatElements.F16 : size == 4 ? FloatElements.F32 : size == 8 ? FloatElements.F64 : null;
			if (elements == null) {
				throw at.error(what + " has dtype " + quoted + " (" + size * 8 + "-bit floats); expected float16, float32 or float64");
			}
			return new NpyHeader(elements, order, 0, fortranOrder, shape, length, descr);
		}
		if (kind == 'U') {
			if (size < 0 || size > Integer.MAX_VALUE / 4) {
				throw at.error(what + " has dtype " + quoted + ", strings too long to be tokens");
			}
			return new NpyHeader(null, order, (int) size, fortranOrder, shape, length, descr);
		}
		String family = switch (kind) {
		case 'i', 'u' -> "integers";
		case 'b' -> "booleans";
		case 'c' -> "complex numbers";
		case 'S', 'a' -> "byte strings";
		default -> "values of a type this reader does not know";
		};
		throw at.error(what + " has dtype " + quoted + " (" + family + "); expected float16, float32 or float64 numbers,"
				+ " or unicode strings (np.array(list_of_str), dtype <U...) for tokens");
	}
}
