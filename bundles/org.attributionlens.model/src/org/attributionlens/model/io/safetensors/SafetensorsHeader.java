package org.attributionlens.model.io.safetensors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attributionlens.internal.model.io.QuotedNames;
import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.InertText;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.LimitMessages;
import org.attributionlens.model.io.MemoryBudget;
import org.attributionlens.model.io.ReadLimits;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The JSON header of a safetensors file: for each tensor its dtype, shape and data_offsets
 * (relative to the data after the header), and {@code __metadata__}, a map of strings to strings.
 * Only the tensors Attribution Lens reads are kept; every string is bounded by the limits.
 */
final class SafetensorsHeader {

	/** A tensor the reader wants, as the header declares it. */
	record Tensor(String name, String dtype, long[] shape, long begin, long end) {
	}

	/** More dimensions than any tensor of ours has; the list is bounded before it is kept. */
	private static final int MAX_DIMS = 8;

	private final ReadLimits limits;
	private final SourcePosition at;
	private final MemoryBudget.Strings kept;
	final Map<String, Tensor> tensors = new LinkedHashMap<>();
	final Map<String, String> metadata = new LinkedHashMap<>();
	/** The first names of all tensors, for a message when token_attr is missing. */
	final List<String> names = new ArrayList<>();

	private SafetensorsHeader(ReadLimits limits, SourcePosition at, MemoryBudget.Strings kept) {
		this.limits = limits;
		this.at = at;
		this.kept = kept;
	}

	/** @param wanted the tensors to keep; the others are only named */
	static SafetensorsHeader parse(byte[] json, ReadLimits limits, SourcePosition at, MemoryBudget.Strings kept,
			List<String> wanted) throws AttributionFormatException {
		SafetensorsHeader header = new SafetensorsHeader(limits, at, kept);
		JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(8).maxStringLength(Math.max(limits.maxStringLength(), limits.maxTokenLength())).build())
				.build();
		try (JsonParser parser = factory.createParser(json)) {
			header.read(parser, wanted);
		} catch (IOException e) {
			// the parser reads from memory: an IOException is malformed JSON or a string beyond the limit
			throw at.error("the safetensors header is not valid JSON" + (e.getMessage() != null
					&& e.getMessage().contains("String value length") ? " within the limits (a string "
							+ LimitMessages.stringLength(limits) + ")" : ""));
		}
		return header;
	}

	private void read(JsonParser parser, List<String> wanted) throws IOException, AttributionFormatException {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			throw at.error("the safetensors header is not a JSON object; expected {\"token_attr\": {\"dtype\": ..., "
					+ "\"shape\": ..., \"data_offsets\": ...}, \"__metadata__\": {...}}");
		}
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			if ("__metadata__".equals(name)) {
				metadata(parser);
			} else if (wanted.contains(name)) {
				if (tensors.put(name, tensor(parser, name)) != null) {
					throw at.error("the safetensors header describes tensor " + InertText.quote(name) + " twice");
				}
			} else {
				parser.skipChildren();
			}
			if (names.size() <= QuotedNames.SHOWN) {
				names.add(name);
			}
		}
		if (parser.nextToken() != null) {
			throw at.error("the safetensors header has content after its JSON object");
		}
	}

	private void metadata(JsonParser parser) throws IOException, AttributionFormatException {
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw at.error("the safetensors header's __metadata__ is not an object of strings");
		}
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String key = parser.currentName();
			if (parser.nextToken() != JsonToken.VALUE_STRING) {
				throw at.error("the safetensors header's __metadata__ value of " + InertText.quote(key)
						+ " is not a string; safetensors metadata maps strings to strings");
			}
			int length = parser.getTextLength();
			if (length > limits.maxStringLength()) {
				throw at.error("the safetensors header's __metadata__ value of " + InertText.quote(key) + " is "
						+ LimitMessages.count(length) + " characters long, which " + LimitMessages.stringLength(limits));
			}
			kept.add(length + key.length(), at);
			metadata.put(key, parser.getText());
		}
	}

	private Tensor tensor(JsonParser parser, String name) throws IOException, AttributionFormatException {
		String what = "the safetensors header's tensor " + InertText.quote(name);
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw at.error(what + " is not an object; expected {\"dtype\": ..., \"shape\": [...], \"data_offsets\": [begin, end]}");
		}
		String dtype = null;
		long[] shape = null;
		long[] offsets = null;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String key = parser.currentName();
			JsonToken value = parser.nextToken();
			switch (key) {
			case "dtype" -> {
				if (value != JsonToken.VALUE_STRING) {
					throw at.error(what + " has a dtype that is not a string; expected \"F16\", \"BF16\", \"F32\" or \"F64\"");
				}
				dtype = parser.getText();
			}
			case "shape" -> shape = naturals(parser, what + " has a shape that is not a list of non-negative integers");
			case "data_offsets" -> offsets = naturals(parser, what + " has data_offsets that are not two non-negative integers");
			default -> parser.skipChildren();
			}
		}
		if (dtype == null || shape == null || offsets == null) {
			throw at.error(what + " has no " + (dtype == null ? "dtype" : shape == null ? "shape" : "data_offsets"));
		}
		if (offsets.length != 2 || offsets[1] < offsets[0]) {
			throw at.error(what + " has data_offsets " + java.util.Arrays.toString(offsets) + "; expected [begin, end] with begin <= end");
		}
		return new Tensor(name, dtype, shape, offsets[0], offsets[1]);
	}

	/** A short list of non-negative longs (shapes have a few dimensions, offsets two). */
	private long[] naturals(JsonParser parser, String problem) throws IOException, AttributionFormatException {
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			throw at.error(problem);
		}
		List<Long> values = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
					|| parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER || parser.getLongValue() < 0
					|| values.size() == MAX_DIMS) {
				throw at.error(problem);
			}
			values.add(parser.getLongValue());
		}
		return values.stream().mapToLong(Long::longValue).toArray();
	}
}
