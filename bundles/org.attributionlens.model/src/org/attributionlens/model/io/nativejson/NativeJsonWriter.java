package org.attributionlens.model.io.nativejson;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

import org.attributionlens.model.AttributionMatrix;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * Writes a matrix in the native format v1 ({@code *.attr.json}), which {@link NativeJsonReader}
 * reads back to an equal matrix:
 *
 * <pre>
 * {
 *   "format": "token-attribution",
 *   "version": 1,
 *   "input_tokens": ["▁The", "▁cat"],
 *   "output_tokens": ["▁It"],
 *   "token_attr": [
 *     [0.25, null]
 *   ],
 *   "seq_attr": [...],        (when the matrix has it)
 *   "output_probs": [...],    (when the matrix has it)
 *   "meta": {...}             (when not empty)
 * }
 * </pre>
 *
 * {@code token_attr} is in Captum's orientation, one array per output token (column) of one value
 * per input token (row). Missing values (NaN) become {@code null}. Values are written as the
 * shortest decimal that reads back to the same float ({@code 0.382}, not
 * {@code 0.38199999928474426}), in plain notation down to 0.0001 as Python writes it; -0.0 keeps its
 * sign. Tokens are UTF-8 text; an unpaired surrogate
 * in a token is written as a {@code \}{@code uXXXX} escape so that it survives the round trip.
 * Meta values are written as they are, a non-finite number as Python's {@code NaN} or
 * {@code Infinity} literal (which the reader accepts).
 * <p>
 * Streams: no copy of the values is made, so a 4096 x 4096 matrix is written in constant extra
 * memory. Stateless and thread-safe.
 */
public final class NativeJsonWriter {

	private static final JsonFactory FACTORY = JsonFactory.builder()
			.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
			.build();

	/**
	 * Writes the whole file and flushes; does not close {@code out}.
	 */
	public void write(AttributionMatrix matrix, OutputStream out) throws IOException {
		Layout layout = new Layout();
		try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
			json.setPrettyPrinter(layout);
			json.writeStartObject();
			json.writeStringField("format", NativeFileParser.FORMAT_NAME);
			json.writeNumberField("version", 1);
			writeTokens(json, "input_tokens", matrix, true);
			writeTokens(json, "output_tokens", matrix, false);
			json.writeFieldName("token_attr");
			layout.breakNextArray();
			json.writeStartArray();
			for (int column = 0; column < matrix.columns(); column++) {
				json.writeStartArray();
				for (int row = 0; row < matrix.rows(); row++) {
					writeValue(json, matrix.value(row, column));
				}
				json.writeEndArray();
			}
			json.writeEndArray();
			writeOptional(json, "seq_attr", matrix.sequenceAttribution());
			writeOptional(json, "output_probs", matrix.outputProbabilities());
			if (!matrix.meta().isEmpty()) {
				writeMeta(json, matrix.meta());
			}
			json.writeEndObject();
		}
		out.write('\n');
		out.flush();
	}

	private static void writeTokens(JsonGenerator json, String name, AttributionMatrix matrix, boolean rows)
			throws IOException {
		json.writeFieldName(name);
		json.writeStartArray();
		int count = rows ? matrix.rows() : matrix.columns();
		for (int i = 0; i < count; i++) {
			writeString(json, rows ? matrix.rowToken(i) : matrix.columnToken(i));
		}
		json.writeEndArray();
	}

	private static void writeOptional(JsonGenerator json, String name, Optional<float[]> values) throws IOException {
		if (values.isEmpty()) {
			return;
		}
		json.writeFieldName(name);
		json.writeStartArray();
		for (float value : values.get()) {
			writeValue(json, value);
		}
		json.writeEndArray();
	}

	private static void writeValue(JsonGenerator json, float value) throws IOException {
		if (Float.isNaN(value)) {
			json.writeNull();
		} else {
			json.writeNumber(decimal(value));
		}
	}

	/**
	 * The shortest decimal that reads back as {@code value} ({@link Float#toString(float)}), in
	 * plain notation down to 0.0001 like Python's {@code repr}: {@code 0.0001} rather than
	 * {@code 1.0E-4}; smaller and very large magnitudes keep the exponent ({@code 1.0E-7}).
	 */
	static String decimal(float value) {
		String text = Float.toString(value);
		int e = text.indexOf('E');
		if (e < 0) {
			return text;
		}
		int exponent = Integer.parseInt(text.substring(e + 1));
		if (exponent < -4 || exponent >= 0) {
			return text;
		}
		boolean negative = text.charAt(0) == '-';
		String digits = text.substring(negative ? 1 : 0, e).replace(".", "");
		int end = digits.length();
		while (end > 1 && digits.charAt(end - 1) == '0') {
			end--;
		}
		return (negative ? "-0." : "0.") + "0".repeat(-exponent - 1) + digits.substring(0, end);
	}

	private static void writeMeta(JsonGenerator json, Map<String, Object> meta) throws IOException {
		json.writeFieldName("meta");
		json.writeStartObject();
		for (Map.Entry<String, Object> entry : meta.entrySet()) {
			json.writeFieldName(entry.getKey());
			Object value = entry.getValue();
			if (value == null) {
				json.writeNull();
			} else if (value instanceof Boolean b) {
				json.writeBoolean(b);
			} else if (value instanceof String text) {
				writeString(json, text);
			} else if (value instanceof Long || value instanceof Integer || value instanceof Short
					|| value instanceof Byte) {
				json.writeNumber(((Number) value).longValue());
			} else if (value instanceof BigInteger big) {
				json.writeNumber(big);
			} else if (value instanceof BigDecimal decimal) {
				json.writeNumber(decimal);
			} else if (value instanceof Float f && Float.isFinite(f)) {
				json.writeNumber(f);
			} else {
				double number = ((Number) value).doubleValue();
				if (Double.isFinite(number)) {
					json.writeNumber(number);
				} else {
					json.writeRawValue(Double.isNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity");
				}
			}
		}
		json.writeEndObject();
	}

	/**
	 * A string; Jackson's UTF-8 output cannot carry an unpaired surrogate, so such a string is
	 * written as a literal of our own with that surrogate escaped.
	 */
	private static void writeString(JsonGenerator json, String text) throws IOException {
		if (!hasUnpairedSurrogate(text)) {
			json.writeString(text);
			return;
		}
		StringBuilder literal = new StringBuilder(text.length() + 16).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				literal.append(c).append(text.charAt(++i));
			} else if (c == '"' || c == '\\') {
				literal.append('\\').append(c);
			} else if (c < 0x20 || Character.isSurrogate(c)) {
				literal.append(String.format("\\u%04x", (int) c));
			} else {
				literal.append(c);
			}
		}
		json.writeRawValue(literal.append('"').toString());
	}

	private static boolean hasUnpairedSurrogate(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			} else if (Character.isSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Objects one entry per line; arrays on one line, except the one announced by
	 * {@link #breakNextArray()} ({@code token_attr}), which gets one element (row) per line.
	 */
	private static final class Layout implements PrettyPrinter {
		private static final String INDENT = "  ";

		private final Deque<Boolean> arrays = new ArrayDeque<>();
		private int depth;
		private boolean breakNext;

		void breakNextArray() {
			breakNext = true;
		}

		private void newLine(JsonGenerator json) throws IOException {
			json.writeRaw('\n');
			for (int i = 0; i < depth; i++) {
				json.writeRaw(INDENT);
			}
		}

		@Override
		public void writeRootValueSeparator(JsonGenerator json) throws IOException {
			json.writeRaw('\n');
		}

		@Override
		public void writeStartObject(JsonGenerator json) throws IOException {
			json.writeRaw('{');
			depth++;
		}

		@Override
		public void beforeObjectEntries(JsonGenerator json) throws IOException {
			newLine(json);
		}

		@Override
		public void writeObjectFieldValueSeparator(JsonGenerator json) throws IOException {
			json.writeRaw(": ");
		}

		@Override
		public void writeObjectEntrySeparator(JsonGenerator json) throws IOException {
			json.writeRaw(',');
			newLine(json);
		}

		@Override
		public void writeEndObject(JsonGenerator json, int entries) throws IOException {
			depth--;
			if (entries > 0) {
				newLine(json);
			}
			json.writeRaw('}');
		}

		@Override
		public void writeStartArray(JsonGenerator json) throws IOException {
			json.writeRaw('[');
			arrays.push(breakNext);
			breakNext = false;
			depth++;
		}

		@Override
		public void beforeArrayValues(JsonGenerator json) throws IOException {
			if (arrays.peek()) {
				newLine(json);
			}
		}

		@Override
		public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
			json.writeRaw(',');
			if (arrays.peek()) {
				newLine(json);
			} else {
				json.writeRaw(' ');
			}
		}

		@Override
		public void writeEndArray(JsonGenerator json, int values) throws IOException {
			depth--;
			if (arrays.pop() && values > 0) {
				newLine(json);
			}
			json.writeRaw(']');
		}
	}
}
