package org.attributionlens.model.io.safetensors;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attributionlens.internal.model.io.CaptumArrays;
import org.attributionlens.internal.model.io.FloatElements;
import org.attributionlens.internal.model.io.QuotedNames;
import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.InertText;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.LimitMessages;
import org.attributionlens.model.io.MemoryBudget;
import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * A safetensors file of Captum's arrays, as
 * {@code safetensors.torch.save_file({"token_attr": ...}, path, metadata={"input_tokens": json.dumps(...), ...})}
 * writes it: an 8-byte little-endian header length, the JSON header, then the data. The tensor
 * {@code token_attr} (n_output x n_input) is required, {@code seq_attr} and {@code output_probs}
 * are read when present; the tokens are JSON lists of strings in the metadata (numbered when
 * absent); other metadata becomes the matrix's meta. The tensors are read in one pass in the
 * order of their offsets; every declared shape and offset is checked against the file's size and
 * the limits before anything is allocated for it.
 */
final class SafetensorsReader {

	static final String FORMAT_LABEL = "safetensors";
	/** safetensors itself refuses headers beyond 100 MB. */
	static final long MAX_HEADER = 100_000_000L;
	private static final String TOKEN_ATTR = "token_attr";
	private static final List<String> TENSORS = List.of(TOKEN_ATTR, "seq_attr", "output_probs");
	private static final List<String> TOKEN_KEYS = List.of("input_tokens", "output_tokens");

	private final ReadOptions options;
	private final ReadLimits limits;
	private final MemoryBudget.Strings kept = new MemoryBudget.Strings("keeping the tokens and metadata");

	SafetensorsReader(ReadOptions options) {
		this.options = options;
		this.limits = options.limits();
	}

	/** @param size the file's size, or -1 when unknown (a compressed stream) */
	AttributionMatrix read(InputStream in, long size) throws IOException, AttributionFormatException {
		CaptumArrays arrays = new CaptumArrays(FORMAT_LABEL, limits);
		arrays.checkSequence(options.sequence());
		byte[] lengthBytes = in.readNBytes(8);
		if (lengthBytes.length < 8) {
			throw SourcePosition.START.error("the file has only " + lengthBytes.length
					+ " bytes; a safetensors file starts with an 8-byte header length");
		}
		long length = headerLength(lengthBytes);
		if (length < 2 || length > MAX_HEADER) {
			throw SourcePosition.START.error("the safetensors header length at byte 0 is " + Long.toUnsignedString(length)
					+ " bytes; expected between 2 and " + LimitMessages.count(MAX_HEADER) + " bytes of JSON");
		}
		if (size >= 0 && length > size - 8) {
			throw SourcePosition.START.error("the safetensors header length at byte 0 is " + LimitMessages.count(length)
					+ " bytes, but the file has only " + LimitMessages.count(size - 8) + " bytes after it (truncated?)");
		}
		SourcePosition headerAt = SourcePosition.atByte(8);
		MemoryBudget.check(length * 3, "the safetensors header of " + LimitMessages.bytes(length), headerAt);
		// readNBytes grows with what arrives: a header length the file does not have costs nothing
		byte[] json = in.readNBytes((int) length);
		if (json.length < length) {
			throw headerAt.error("the safetensors header declares " + length + " bytes but the file ends after "
					+ json.length + " of them (truncated?)");
		}
		SafetensorsHeader header = SafetensorsHeader.parse(json, limits, headerAt, kept, TENSORS);
		json = null;
		long dataStart = 8 + length;
		long dataSize = size < 0 ? -1 : size - dataStart;
		SafetensorsHeader.Tensor tokenAttr = header.tensors.get(TOKEN_ATTR);
		if (tokenAttr == null) {
			throw headerAt.error("the safetensors file has no tensor token_attr (it holds "
					+ (header.names.isEmpty() ? "no tensor" : QuotedNames.of(header.names))
					+ "); expected token_attr of shape [n_output, n_input], as Captum's result has it");
		}
		readTensors(in, header, dataStart, dataSize, arrays);
		metadata(header.metadata, headerAt, arrays);
		return arrays.build(SourcePosition.atByte(dataStart + tokenAttr.begin()));
	}

	/** The header length in the first 8 bytes, little-endian, unsigned (negative when beyond a long's range). */
	static long headerLength(byte[] bytes) {
		long length = 0;
		for (int k = 7; k >= 0; k--) {
			length = length << 8 | (bytes[k] & 0xFF);
		}
		return length;
	}

	private void readTensors(InputStream in, SafetensorsHeader header, long dataStart, long dataSize, CaptumArrays arrays)
			throws IOException, AttributionFormatException {
		List<SafetensorsHeader.Tensor> tensors = new ArrayList<>(header.tensors.values());
		tensors.sort(Comparator.comparingLong(SafetensorsHeader.Tensor::begin));
		long position = 0;
		for (SafetensorsHeader.Tensor tensor : tensors) {
			SourcePosition at = SourcePosition.atByte(dataStart + tensor.begin());
			String what = "tensor " + tensor.name();
			FloatElements elements = elements(tensor, what, at);
			long count = check(tensor, what, elements, dataSize, arrays, at);
			if (tensor.begin() < position) {
				throw at.error(what + " at data bytes " + tensor.begin() + " to " + tensor.end()
						+ " overlaps the tensor before it; safetensors tensors do not share bytes");
			}
			try {
				in.skipNBytes(tensor.begin() - position);
			} catch (EOFException e) {
				throw at.error(what + " starts at data byte " + tensor.begin() + ", beyond the end of the file (truncated?)");
			}
			// safetensors data is little-endian, in row-major (C) order
			FloatElements.Read read = elements.read(in, ByteOrder.LITTLE_ENDIAN, (int) count, dataSize >= 0);
			if (read.arrived() < count) {
				throw at.error(what + " declares " + count + " values at data bytes " + tensor.begin() + " to "
						+ tensor.end() + " but the file ends after " + read.arrived() + " of them (truncated?)");
			}
			position = tensor.end();
			switch (tensor.name()) {
			case TOKEN_ATTR -> arrays.tokenAttr(read.values(), (int) tensor.shape()[0], (int) tensor.shape()[1], true, at);
			case "seq_attr" -> arrays.seqAttr(read.values());
			default -> arrays.outputProbs(read.values());
			}
		}
	}

	private static FloatElements elements(SafetensorsHeader.Tensor tensor, String what, SourcePosition at)
			throws AttributionFormatException {
		return switch (tensor.dtype()) {
		case "F16" -> FloatElements.F16;
		case "BF16" -> FloatElements.BF16;
		case "F32" -> FloatElements.F32;
		case "F64" -> FloatElements.F64;
		default -> throw at.error(what + " has dtype " + InertText.quote(tensor.dtype())
				+ "; expected a floating-point type: F16, BF16, F32 or F64");
		};
	}

	/** Checks shape, size and offsets before anything is allocated; returns the element count. */
	private long check(SafetensorsHeader.Tensor tensor, String what, FloatElements elements, long dataSize,
			CaptumArrays arrays, SourcePosition at) throws AttributionFormatException {
		long[] shape = tensor.shape();
		long count;
		if (TOKEN_ATTR.equals(tensor.name())) {
			count = arrays.checkShape(shape, what, at);
		} else {
			if (shape.length != 1) {
				throw at.error(what + " has shape " + CaptumArrays.shapeText(shape) + "; expected one dimension (one value per "
						+ ("seq_attr".equals(tensor.name()) ? "input" : "output") + " token)");
			}
			arrays.checkCount(shape[0], what, at);
			count = shape[0];
		}
		if (tensor.end() - tensor.begin() != count * elements.size()) {
			throw at.error(what + " declares shape " + CaptumArrays.shapeText(shape) + " of " + tensor.dtype() + " ("
					+ LimitMessages.count(count * elements.size()) + " bytes) but its data_offsets [" + tensor.begin() + ", "
					+ tensor.end() + "] span " + LimitMessages.count(tensor.end() - tensor.begin()) + " bytes");
		}
		if (dataSize >= 0 && tensor.end() > dataSize) {
			throw at.error(what + " lies at data bytes " + tensor.begin() + " to " + tensor.end() + ", beyond the "
					+ LimitMessages.count(dataSize) + " bytes of data the file has after its header (truncated?)");
		}
		if (TOKEN_ATTR.equals(tensor.name())) {
			// transposed into a second array
			arrays.checkMemory(shape, 2, at);
		}
		return count;
	}

	/** The tokens from their metadata keys; every other key becomes meta. */
	private void metadata(Map<String, String> metadata, SourcePosition at, CaptumArrays arrays) throws AttributionFormatException {
		Map<String, Object> meta = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : metadata.entrySet()) {
			if (!TOKEN_KEYS.contains(entry.getKey())) {
				meta.put(entry.getKey(), entry.getValue());
			}
		}
		String inputs = metadata.get("input_tokens");
		String outputs = metadata.get("output_tokens");
		if (inputs != null) {
			arrays.inputTokens(tokens(inputs, "input_tokens", at));
		}
		if (outputs != null) {
			arrays.outputTokens(tokens(outputs, "output_tokens", at));
		}
		arrays.meta(meta);
	}

	/** A JSON list of strings, as json.dumps(list_of_str) writes it. */
	private List<String> tokens(String json, String key, SourcePosition at) throws AttributionFormatException {
		String problem = "the safetensors metadata " + key + " is not a JSON list of strings; expected json.dumps(tokens)";
		JsonFactory factory = JsonFactory.builder()
				.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(4).build()).build();
		List<String> tokens = new ArrayList<>();
		try (JsonParser parser = factory.createParser(json)) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				throw at.error(problem);
			}
			JsonToken token;
			while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
				if (token != JsonToken.VALUE_STRING) {
					throw at.error("the safetensors metadata " + key + "[" + tokens.size() + "] is not a string; expected json.dumps(tokens)");
				}
				if (tokens.size() >= limits.maxTokens()) {
					throw at.error("the safetensors metadata " + key + " has more than " + LimitMessages.count(limits.maxTokens())
							+ " tokens, " + LimitMessages.cellsAllow(limits));
				}
				if (parser.getTextLength() > limits.maxTokenLength()) {
					throw at.error("the safetensors metadata " + key + "[" + tokens.size() + "] is "
							+ LimitMessages.count(parser.getTextLength()) + " characters long, which " + LimitMessages.tokenLength(limits));
				}
				kept.add(parser.getTextLength(), at);
				tokens.add(parser.getText());
			}
			if (parser.nextToken() != null) {
				throw at.error(problem);
			}
		} catch (IOException e) {
			throw at.error(problem);
		}
		return tokens;
	}
}
