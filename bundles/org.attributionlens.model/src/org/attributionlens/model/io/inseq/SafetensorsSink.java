package org.attributionlens.model.io.inseq;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.InertText;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.ReadLimits;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Receives the decoded bytes of a safetensors blob as the parser decodes its base64 text, and
 * reduces the tensor on the fly, so that neither the text nor the blob is ever held whole. The
 * blob is: an 8-byte little-endian header length N, N bytes of JSON header naming each tensor's
 * dtype, shape and data_offsets (relative to the data that follows the header), then the data.
 * <p>
 * Problems found while bytes arrive are thrown as {@link Abort}; {@link #finish()} checks what
 * can only be known at the end.
 */
final class SafetensorsSink extends OutputStream {

	/** Headers of a handful of tensors take a few hundred bytes; safetensors itself allows 100 MB. */
	static final long MAX_HEADER = 100_000_000L;
	static final String PREFERRED = "attribution";

	private static final JsonFactory HEADER_JSON = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build()).build();

	private enum State {
		LENGTH, HEADER, DATA
	}

	private final String name;
	private final SourcePosition at;
	private final TensorKind kind;
	private final ReadLimits limits;

	private State state = State.LENGTH;
	private long received;
	private final byte[] lengthBytes = new byte[8];
	private long headerLength;
	private byte[] header = new byte[0];
	private int headerFill;

	private DType dtype;
	private long[] shape;
	private long begin;
	private long end;
	private TensorKind.Plan plan;
	private CellAccumulator reducer;
	/** Bytes of the data section received so far. */
	private long dataReceived;
	private final byte[] pending = new byte[8];
	private int pendingFill;

	/**
	 * @param name what the messages call the tensor, e.g. "source_attributions"
	 * @param at   the location of the JSON string holding it
	 */
	SafetensorsSink(String name, SourcePosition at, TensorKind kind, ReadLimits limits) {
		this.name = name;
		this.at = at;
		this.kind = kind;
		this.limits = limits;
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		try {
			int off = offset;
			int len = length;
			while (len > 0) {
				int used = switch (state) {
				case LENGTH -> takeLength(bytes, off, len);
				case HEADER -> takeHeader(bytes, off, len);
				case DATA -> takeData(bytes, off, len);
				};
				off += used;
				len -= used;
				received += used;
			}
		} catch (AttributionFormatException e) {
			throw new Abort(e);
		}
	}

	private int takeLength(byte[] bytes, int off, int len) throws AttributionFormatException {
		int used = (int) Math.min(len, 8 - received);
		System.arraycopy(bytes, off, lengthBytes, (int) received, used);
		if (received + used == 8) {
			headerLength = 0;
			for (int i = 7; i >= 0; i--) {
				headerLength = headerLength << 8 | (lengthBytes[i] & 0xFF);
			}
			if (headerLength < 0 || headerLength > MAX_HEADER) {
				throw error("the safetensors header length at byte 0 is " + Long.toUnsignedString(headerLength)
						+ " bytes, more than the " + MAX_HEADER + " bytes a header may have");
			}
			state = State.HEADER;
			if (headerLength == 0) {
				parseHeader();
			}
		}
		return used;
	}

	private int takeHeader(byte[] bytes, int off, int len) throws AttributionFormatException {
		int used = (int) Math.min(len, headerLength - headerFill);
		if (headerFill + used > header.length) {
			// grows with what arrives, never to a declared length the blob may not have
			header = Arrays.copyOf(header, (int) Math.min(headerLength, Math.max(256, 2L * (headerFill + used))));
		}
		System.arraycopy(bytes, off, header, headerFill, used);
		headerFill += used;
		if (headerFill == headerLength) {
			parseHeader();
		}
		return used;
	}

	private int takeData(byte[] bytes, int off, int len) {
		long from = Math.max(dataReceived, begin);
		long to = Math.min(dataReceived + len, end);
		if (from < to) {
			feed(bytes, off + (int) (from - dataReceived), (int) (to - from));
		}
		dataReceived += len;
		return len;
	}

	private void feed(byte[] bytes, int offset, int length) {
		int size = dtype.size();
		int off = offset;
		int len = length;
		if (pendingFill > 0) {
			int used = Math.min(len, size - pendingFill);
			System.arraycopy(bytes, off, pending, pendingFill, used);
			pendingFill += used;
			off += used;
			len -= used;
			if (pendingFill < size) {
				return;
			}
			reducer.accept(dtype.decode(pending, 0));
			pendingFill = 0;
		}
		if (dtype == DType.F32 && len >= size) {
			int count = len / size;
			reducer.acceptFloat32(bytes, off, count);
			off += count * size;
			len -= count * size;
		}
		while (len >= size) {
			reducer.accept(dtype.decode(bytes, off));
			off += size;
			len -= size;
		}
		System.arraycopy(bytes, off, pending, 0, len);
		pendingFill = len;
	}

	private void parseHeader() throws AttributionFormatException {
		String where = "the safetensors header (bytes 8 to " + (8 + headerLength) + ")";
		List<String> names = new ArrayList<>();
		Entry chosen = null;
		Entry only = null;
		try (JsonParser json = HEADER_JSON.createParser(header, 0, headerFill)) {
			if (json.nextToken() != JsonToken.START_OBJECT) {
				throw error(where + " is not a JSON object");
			}
			while (json.nextToken() == JsonToken.FIELD_NAME) {
				String tensor = json.currentName();
				json.nextToken();
				if ("__metadata__".equals(tensor)) {
					json.skipChildren();
					continue;
				}
				names.add(tensor);
				Entry entry = entry(json, tensor);
				if (PREFERRED.equals(tensor)) {
					chosen = entry;
				}
				only = entry;
			}
		} catch (IOException e) {
			// the parser reads from memory: any IOException is malformed JSON or text
			throw error(where + " is not valid JSON");
		}
		header = null;
		if (chosen == null) {
			if (names.isEmpty()) {
				throw error(where + " lists no tensor");
			}
			if (names.size() > 1) {
				throw error("the safetensors data holds " + names.size() + " tensors (" + quoted(names)
						+ ") and none is named \"" + PREFERRED + "\"");
			}
			chosen = only;
		}
		accept(chosen);
		state = State.DATA;
	}

	private record Entry(String tensor, String dtype, long[] shape, long[] offsets) {
	}

	private Entry entry(JsonParser json, String tensor) throws IOException, AttributionFormatException {
		String what = "safetensors tensor " + InertText.quote(tensor);
		if (json.currentToken() != JsonToken.START_OBJECT) {
			throw error(what + " is described by " + InseqErrors.describe(json.currentToken())
					+ ", expected an object with dtype, shape and data_offsets");
		}
		String type = null;
		long[] dims = null;
		long[] offsets = null;
		while (json.nextToken() == JsonToken.FIELD_NAME) {
			String key = json.currentName();
			JsonToken value = json.nextToken();
			switch (key) {
			case "dtype" -> {
				if (value != JsonToken.VALUE_STRING) {
					throw error(what + " has a dtype that is " + InseqErrors.describe(value) + ", expected a string");
				}
				type = json.getText();
			}
			case "shape" -> dims = integers(json, what + " has a shape that is not a list of integers");
			case "data_offsets" -> offsets = integers(json, what + " has data_offsets that are not two integers");
			default -> json.skipChildren();
			}
		}
		if (type == null || dims == null || offsets == null) {
			throw error(what + " has no " + (type == null ? "dtype" : dims == null ? "shape" : "data_offsets"));
		}
		return new Entry(tensor, type, dims, offsets);
	}

	private long[] integers(JsonParser json, String problem) throws IOException, AttributionFormatException {
		if (json.currentToken() != JsonToken.START_ARRAY) {
			throw error(problem);
		}
		long[] values = new long[4];
		int count = 0;
		JsonToken token;
		while ((token = json.nextToken()) != JsonToken.END_ARRAY) {
			if (token != JsonToken.VALUE_NUMBER_INT || json.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
				throw error(problem);
			}
			if (count == values.length) {
				values = Arrays.copyOf(values, count * 2);
			}
			values[count++] = json.getLongValue();
		}
		return Arrays.copyOf(values, count);
	}

	private void accept(Entry entry) throws AttributionFormatException {
		dtype = DType.fromSafetensors(entry.dtype());
		if (dtype == null) {
			throw error("safetensors header: " + DType.describeUnsupported(entry.dtype(), false));
		}
		for (long dim : entry.shape()) {
			if (dim < 0) {
				throw error("safetensors header declares shape " + Tensor.shapeText(entry.shape())
						+ "; dimensions cannot be negative");
			}
		}
		shape = entry.shape();
		plan = kind.plan(shape, dtype.size(), dtype.safetensorsName(), limits, at, name + ": safetensors header");
		long[] offsets = entry.offsets();
		if (offsets.length != 2 || offsets[0] < 0 || offsets[1] < offsets[0]) {
			throw error("safetensors header has invalid data_offsets " + Tensor.shapeText(offsets)
					+ "; expected [begin, end] with 0 <= begin <= end");
		}
		begin = offsets[0];
		end = offsets[1];
		if (end - begin != plan.bytes()) {
			throw error("safetensors header declares shape " + Tensor.shapeText(shape) + " (" + plan.bytes()
					+ " bytes of " + dtype.safetensorsName() + ") but data_offsets " + Tensor.shapeText(offsets)
					+ " span " + (end - begin) + " bytes");
		}
		reducer = plan.reducer();
	}

	/** Checks that the whole tensor arrived; returns it. */
	Tensor finish() throws AttributionFormatException {
		if (state == State.LENGTH) {
			throw error(received == 0 ? "the tensor string is empty; expected base64 of safetensors data"
					: "the safetensors data is only " + received + " bytes long; it starts with an 8-byte header length");
		}
		if (state == State.HEADER) {
			throw error("the safetensors header length at byte 0 is " + headerLength + " bytes, but only "
					+ (received - 8) + " bytes follow it");
		}
		if (dataReceived < end) {
			throw error(begin == 0
					? "safetensors header declares shape " + Tensor.shapeText(shape) + " (" + plan.bytes() + " bytes of "
							+ dtype.safetensorsName() + ") but the payload holds " + dataReceived + " bytes"
					: "safetensors header places the tensor at payload bytes " + begin + " to " + end
							+ " but the payload holds " + dataReceived + " bytes");
		}
		if (!reducer.complete()) {
			throw new IllegalStateException("all bytes arrived but not all cells"); // cannot happen: sizes checked
		}
		return new Tensor(name, at, shape, reducer.values(), Tensor.Encoding.SAFETENSORS, dtype.safetensorsName());
	}

	private AttributionFormatException error(String reason) {
		return at.error(name + ": " + reason);
	}

	private static String quoted(List<String> names) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < names.size() && i < 5; i++) {
			text.append(i == 0 ? "" : ", ").append(InertText.quote(names.get(i)));
		}
		return names.size() > 5 ? text.append(", ...").toString() : text.toString();
	}
}
