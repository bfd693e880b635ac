package org.attributionlens.model.io.inseq;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.attributionlens.internal.model.io.ArrayLength;
import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.ReadLimits;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads one tensor value where the parser stands: a base64 safetensors string (Inseq 0.7 and
 * later), a legacy {@code {"__ndarray__": ..., "dtype": ..., "shape": ..., "Corder": ...}} object
 * (Inseq 0.6 and earlier) whose data is {@code "b64:..."}, {@code "b64.gz:..."} or nested lists,
 * plain nested lists, or null. Shapes are checked against the limits before anything is
 * allocated for them, and the result is already reduced to one value per cell.
 */
final class TensorReader {

	/** Inseq writes standard base64 with padding; a string without its padding is read as well. */
	static final Base64Variant BASE64 = Base64Variants.MIME_NO_LINEFEEDS
			.withReadPadding(Base64Variant.PaddingReadBehaviour.PADDING_ALLOWED);
	private static final String EXPECTED = "a tensor (a base64 safetensors string or an __ndarray__ object) or null";
	private static final String B64 = "b64:";
	private static final String B64_GZ = "b64.gz:";

	private final JsonParser parser;
	private final ReadLimits limits;

	TensorReader(JsonParser parser, ReadLimits limits) {
		this.parser = parser;
		this.limits = limits;
	}

	/**
	 * Reads the value the parser stands on and leaves the parser on its last token.
	 *
	 * @param name what messages call it, e.g. "source_attributions"
	 * @return null when the value is JSON null
	 */
	Tensor read(String name, TensorKind kind) throws IOException, AttributionFormatException {
		JsonToken token = parser.currentToken();
		SourcePosition at = here();
		return switch (token) {
		case VALUE_NULL -> null;
		case VALUE_STRING -> safetensors(name, at, kind);
		case START_OBJECT -> ndarray(name, at, kind);
		case START_ARRAY -> {
			NestedLists lists = nestedLists(name);
			yield fromFloats(name, at, kind, lists.shape(), lists.values(), Tensor.Encoding.NESTED_LISTS, null, at,
					"nested lists");
		}
		default -> throw at.error(name + " must be " + EXPECTED + ", found " + InseqErrors.describe(token));
		};
	}

	private Tensor safetensors(String name, SourcePosition at, TensorKind kind) throws IOException, AttributionFormatException {
		SafetensorsSink sink = new SafetensorsSink(name, at, kind, limits);
		try {
			parser.readBinaryValue(BASE64, sink);
		} catch (Abort e) {
			throw e.failure();
		} catch (IllegalArgumentException e) {
			// the parser's base64 decoder reports bad characters this way; it stands just past the
			// offending character, the token location is the opening quote
			long start = parser.currentTokenLocation().getCharOffset();
			long now = parser.currentLocation().getCharOffset();
			long index = start < 0 || now < start + 2 ? -1 : now - start - 2;
			throw at.error(name + ": " + InseqErrors.base64Problem(e.getMessage(), index));
		}
		return sink.finish();
	}

	private Tensor ndarray(String name, SourcePosition at, TensorKind kind) throws IOException, AttributionFormatException {
		byte[] data = null;
		boolean compressed = false;
		NestedLists lists = null;
		SourcePosition dataAt = null;
		String dtypeName = null;
		SourcePosition dtypeAt = null;
		long[] shape = null;
		SourcePosition shapeAt = null;
		boolean cOrder = true;
		JsonToken token;
		while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
			String key = parser.currentName();
			JsonToken value = parser.nextToken();
			switch (key) {
			case "__ndarray__" -> {
				dataAt = here();
				if (value == JsonToken.VALUE_STRING) {
					compressed = isCompressed(name);
					data = base64(name, dataAt, compressed);
				} else if (value == JsonToken.START_ARRAY) {
					lists = nestedLists(name);
				} else {
					throw dataAt.error(name + ": __ndarray__ must be a \"b64:\" string or nested lists of numbers, found "
							+ InseqErrors.describe(value));
				}
			}
			case "dtype" -> {
				dtypeAt = here();
				if (value != JsonToken.VALUE_STRING) {
					throw dtypeAt.error(name + ": dtype must be a string such as \"float32\", found "
							+ InseqErrors.describe(value));
				}
				dtypeName = parser.getText();
			}
			case "shape" -> {
				shapeAt = here();
				shape = shape(name, value);
			}
			case "Corder" -> {
				if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
					throw here().error(name + ": Corder must be true or false, found " + InseqErrors.describe(value));
				}
				cOrder = value == JsonToken.VALUE_TRUE;
			}
			default -> parser.skipChildren();
			}
		}
		if (token != JsonToken.END_OBJECT) {
			throw here().error(name + ": unexpected " + InseqErrors.describe(token) + " in the __ndarray__ object");
		}
		if (dataAt == null) {
			throw at.error(name + " is an object without \"__ndarray__\"; expected " + EXPECTED);
		}
		if (lists != null) {
			if (shape != null && !Arrays.equals(shape, lists.shape())) {
				throw shapeAt.error(name + ": the nested lists have shape " + Tensor.shapeText(lists.shape())
						+ " but \"shape\" says " + Tensor.shapeText(shape));
			}
			return fromFloats(name, at, kind, lists.shape(), lists.values(), Tensor.Encoding.NDARRAY, dtypeName,
					dataAt, "nested lists");
		}
		if (dtypeName == null) {
			throw at.error(name + ": the __ndarray__ object has no \"dtype\"; binary data needs one");
		}
		if (shape == null) {
			throw at.error(name + ": the __ndarray__ object has no \"shape\"; binary data needs one");
		}
		DType dtype = DType.fromNumpy(dtypeName);
		if (dtype == null) {
			throw dtypeAt.error(name + ": " + DType.describeUnsupported(dtypeName, true));
		}
		String what = name + ": __ndarray__";
		TensorKind.Plan plan = kind.plan(shape, dtype.size(), dtype.numpyName(), limits, shapeAt, what);
		if (compressed) {
			data = gunzip(name, dataAt, data, plan, dtype, shape);
		}
		if (data.length != plan.bytes()) {
			throw dataAt.error(what + " declares shape " + Tensor.shapeText(shape) + " (" + plan.bytes() + " bytes of "
					+ dtype.numpyName() + ") but the " + (compressed ? "decompressed " : "") + "data holds "
					+ data.length + " bytes");
		}
		if (cOrder) {
			CellAccumulator reducer = plan.reducer();
			for (int offset = 0; offset < data.length; offset += dtype.size()) {
				reducer.accept(dtype.decode(data, offset));
			}
			return new Tensor(name, at, shape, reducer.values(), Tensor.Encoding.NDARRAY, dtypeName);
		}
		float[] fortran = new float[(int) plan.elements()];
		for (int i = 0; i < fortran.length; i++) {
			fortran[i] = dtype.decode(data, i * dtype.size());
		}
		data = null;
		return fromFloats(name, at, kind, shape, toRowMajor(fortran, shape), Tensor.Encoding.NDARRAY, dtypeName,
				shapeAt, "__ndarray__");
	}

	private boolean isCompressed(String name) throws IOException, AttributionFormatException {
		char[] text = parser.getTextCharacters();
		int offset = parser.getTextOffset();
		int length = parser.getTextLength();
		int limit = InseqErrors.stringLimit(limits);
		if (length > limit) {
			throw here().error(name + ": the __ndarray__ string is " + length + " characters long, more than the limit of "
					+ limit + " characters");
		}
		if (startsWith(text, offset, length, B64_GZ)) {
			return true;
		}
		if (startsWith(text, offset, length, B64)) {
			return false;
		}
		throw here().error(name + ": the __ndarray__ string must start with \"b64:\" or \"b64.gz:\"");
	}

	private byte[] base64(String name, SourcePosition at, boolean compressed) throws IOException, AttributionFormatException {
		int skip = compressed ? B64_GZ.length() : B64.length();
		long max = Math.min(limits.maxDecompressedBytes(), ArrayLength.MAX);
		try {
			return Base64Text.decode(parser.getTextCharacters(), parser.getTextOffset() + skip,
					parser.getTextLength() - skip, max);
		} catch (Base64Text.Malformed e) {
			String text = name + ": the base64 text after \"" + (compressed ? B64_GZ : B64) + "\" " + e.getMessage();
			throw at.error(e.index < 0 ? text : text + " (at character " + (e.index + skip) + " of the string)");
		}
	}

	/** Decompresses at most one byte more than the shape needs, so a gzip bomb stops right there. */
	private static byte[] gunzip(String name, SourcePosition at, byte[] compressed, TensorKind.Plan plan, DType dtype, long[] shape)
			throws AttributionFormatException {
		int expected = (int) plan.bytes();
		byte[] out = new byte[(int) Math.min(expected + 1L, Math.max(8192L, compressed.length * 4L))];
		int filled = 0;
		try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			int read;
			while ((read = gzip.read(out, filled, out.length - filled)) > 0) {
				filled += read;
				if (filled == expected + 1) {
					throw at.error(name + ": the b64.gz data decompresses to more than the " + expected
							+ " bytes that shape " + Tensor.shapeText(shape) + " of " + dtype.numpyName() + " declares");
				}
				if (filled == out.length) {
					out = Arrays.copyOf(out, (int) Math.min(expected + 1L, 2L * out.length));
				}
			}
		} catch (EOFException e) {
			throw at.error(name + ": the b64.gz data is cut off: the gzip stream ends early (truncated?)");
		} catch (ZipException e) {
			throw at.error(name + ": the b64.gz data is not valid gzip data");
		} catch (IOException e) {
			throw at.error(name + ": the b64.gz data cannot be decompressed");
		}
		return filled == out.length ? out : Arrays.copyOf(out, filled);
	}

	private Tensor fromFloats(String name, SourcePosition at, TensorKind kind, long[] shape, float[] values,
			Tensor.Encoding encoding, String dtypeName, SourcePosition shapeAt, String source) throws AttributionFormatException {
		TensorKind.Plan plan = kind.plan(shape, 4, "float32", limits, shapeAt, name + ": " + source);
		CellAccumulator reducer = plan.reducer();
		for (float value : values) {
			reducer.accept(value);
		}
		return new Tensor(name, at, shape, reducer.values(), encoding, dtypeName);
	}

	/** Reorders column-major (Fortran) elements into row-major order. */
	static float[] toRowMajor(float[] fortran, long[] shape) {
		int dims = shape.length;
		float[] rowMajor = new float[fortran.length];
		int[] index = new int[dims];
		long[] rowStride = new long[dims];
		long stride = 1;
		for (int d = dims - 1; d >= 0; d--) {
			rowStride[d] = stride;
			stride *= shape[d];
		}
		for (int k = 0; k < fortran.length; k++) {
			long target = 0;
			for (int d = 0; d < dims; d++) {
				target += index[d] * rowStride[d];
			}
			rowMajor[(int) target] = fortran[k];
			// the first index runs fastest in Fortran order
			for (int d = 0; d < dims && ++index[d] == shape[d]; d++) {
				index[d] = 0;
			}
		}
		return rowMajor;
	}

	private long[] shape(String name, JsonToken value) throws IOException, AttributionFormatException {
		SourcePosition at = here();
		String problem = name + ": shape must be a list of non-negative integers";
		if (value != JsonToken.START_ARRAY) {
			throw at.error(problem + ", found " + InseqErrors.describe(value));
		}
		long[] dims = new long[4];
		int count = 0;
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
			if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
					|| parser.getLongValue() < 0) {
				throw here().error(problem + ", found " + (token == JsonToken.VALUE_NUMBER_INT ? parser.getText()
						: InseqErrors.describe(token)));
			}
			if (count == TensorKind.MAX_DIMS) {
				throw at.error(name + ": shape has more than " + TensorKind.MAX_DIMS + " dimensions");
			}
			if (count == dims.length) {
				dims = Arrays.copyOf(dims, Math.min(TensorKind.MAX_DIMS, count * 2));
			}
			dims[count++] = parser.getLongValue();
		}
		return Arrays.copyOf(dims, count);
	}

	record NestedLists(long[] shape, float[] values) {
	}

	/**
	 * Reads nested lists of numbers without recursion (their depth is bounded only by the parser's
	 * limit); checks that they are rectangular and learns the shape from the first list at each
	 * level. null and NaN are missing values.
	 */
	NestedLists nestedLists(String name) throws IOException, AttributionFormatException {
		SourcePosition at = here();
		long maxValues = Math.min(limits.maxDecompressedBytes() / 4, ArrayLength.MAX);
		int[] counts = new int[8];
		long[] shape = new long[8];
		Arrays.fill(shape, -1);
		int depth = 1; // inside the outermost list
		int leafDepth = -1;
		float[] values = new float[64];
		int size = 0;
		while (depth > 0) {
			JsonToken token = parser.nextToken();
			if (token == JsonToken.END_ARRAY) {
				if (shape[depth] < 0) {
					shape[depth] = counts[depth];
				} else if (shape[depth] != counts[depth]) {
					throw here().error(name + ": the nested lists are ragged: " + listPath(counts, depth - 1) + " has "
							+ counts[depth] + (counts[depth] == 1 ? " element" : " elements") + ", expected " + shape[depth]
							+ " like the first");
				}
				depth--;
				continue;
			}
			if (token == JsonToken.START_ARRAY) {
				if (leafDepth >= 0 && depth >= leafDepth) {
					throw here().error(name + path(counts, depth) + " must be a number, NaN or null, found a list");
				}
				counts[depth]++;
				depth++;
				if (depth == TensorKind.MAX_DIMS + 1) {
					throw here().error(name + ": the nested lists have more than " + TensorKind.MAX_DIMS + " levels");
				}
				if (depth == counts.length) {
					counts = Arrays.copyOf(counts, depth * 2);
					shape = Arrays.copyOf(shape, depth * 2);
					Arrays.fill(shape, depth, shape.length, -1);
				}
				counts[depth] = 0;
				continue;
			}
			if (leafDepth < 0) {
				leafDepth = depth;
			} else if (depth != leafDepth) {
				throw here().error(name + path(counts, depth) + " must be a list, found " + InseqErrors.describe(token));
			}
			float value = number(name, token, counts, depth);
			if (size == values.length) {
				if (size >= maxValues) {
					throw at.error(name + ": the nested lists hold more than " + maxValues + " values, the limit");
				}
				values = Arrays.copyOf(values, (int) Math.min(maxValues, 2L * size));
			}
			values[size++] = value;
			counts[depth]++;
		}
		int dims = leafDepth < 0 ? lastKnown(shape) : leafDepth;
		long[] found = new long[dims];
		for (int d = 0; d < dims; d++) {
			found[d] = Math.max(0, shape[d + 1]);
		}
		return new NestedLists(found, Arrays.copyOf(values, size));
	}

	private static int lastKnown(long[] shape) {
		int dims = 0;
		while (dims + 1 < shape.length && shape[dims + 1] >= 0) {
			dims++;
		}
		return dims;
	}

	private float number(String name, JsonToken token, int[] counts, int depth)
			throws IOException, AttributionFormatException {
		if (token == JsonToken.VALUE_NULL) {
			return Float.NaN;
		}
		if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
			throw here().error(name + path(counts, depth) + " must be a number, NaN or null, found "
					+ InseqErrors.describe(token));
		}
		if (parser.isNaN()) {
			return (float) parser.getDoubleValue();
		}
		return parser.getFloatValue();
	}

	/** The index of the element about to be read at {@code depth}, e.g. "[2][0]". */
	private static String path(int[] counts, int depth) {
		StringBuilder text = new StringBuilder();
		for (int d = 1; d <= depth; d++) {
			text.append('[').append(d == depth ? counts[d] : counts[d] - 1).append(']');
		}
		return text.toString();
	}

	/** The index of the list being closed, whose own index is at {@code upTo}, e.g. "[2][0]". */
	private static String listPath(int[] counts, int upTo) {
		StringBuilder text = new StringBuilder();
		for (int d = 1; d <= upTo; d++) {
			text.append('[').append(counts[d] - 1).append(']');
		}
		return text.toString();
	}

	private static boolean startsWith(char[] text, int offset, int length, String prefix) {
		if (length < prefix.length()) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			if (text[offset + i] != prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private SourcePosition here() {
		return SourcePosition.of(parser.currentTokenLocation());
	}
}
