package org.attributionlens.internal.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.stats.AttributionStatistics;
import org.attributionlens.model.stats.CellValue;
import org.attributionlens.model.stats.RankedValue;
import org.attributionlens.model.stats.TokenScores;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * {@code summary --json}: one JSON object for scripts, described by {@code docs/summary.schema.json}.
 * The first keys name rows and columns, 0-based, with rows = input tokens, as they always have;
 * the later ones say input and output instead, so that nothing depends on a layout. Values are
 * written as floats so that 0.382 stays 0.382 instead of the widened 0.38199999928474426; a missing
 * value in a list is null. Ties are broken by the lower index (input, then output).
 */
final class JsonSummary {

	static final int TOP_PER_COLUMN = 3;

	private static final JsonFactory FACTORY = JsonFactory.builder()
			.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
			.build();

	private JsonSummary() {
	}

	static void write(String file, AttributionMatrix matrix, OutputStream out) throws IOException {
		AttributionStatistics stats = matrix.statistics();
		try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
			json.useDefaultPrettyPrinter();
			json.setCharacterEscapes(InertJsonEscapes.INSTANCE);
			json.writeStartObject();
			json.writeStringField("file", file);
			json.writeStringField("format", matrix.format());
			json.writeNumberField("rows", matrix.rows());
			json.writeNumberField("columns", matrix.columns());
			writeStrings(json, "rowTokens", matrix.rowTokens().toArray(String[]::new));
			writeStrings(json, "columnTokens", matrix.columnTokens().toArray(String[]::new));
			json.writeNumberField("missing", stats.missingCount());
			writeCell(json, "max", stats.max(), matrix);
			writeCell(json, "min", stats.min(), matrix);
			writeIndices(json, "nearZeroRows", stats.nearZeroRows());
			writeTop(json, matrix, stats);
			writeMeta(json, matrix.meta());
			writeByMeaning(json, matrix, stats);
			json.writeEndObject();
		}
		out.write('\n');
		out.flush();
	}

	/** The keys that name input and output tokens rather than rows and columns. */
	private static void writeByMeaning(JsonGenerator json, AttributionMatrix matrix, AttributionStatistics stats)
			throws IOException {
		writeStrings(json, "inputTokens", matrix.rowTokens().toArray(String[]::new));
		writeStrings(json, "outputTokens", matrix.columnTokens().toArray(String[]::new));
		json.writeObjectFieldStart("display");
		json.writeStringField("rows", matrix.writtenOrientation().rowsAreOutputs() ? "outputs" : "inputs");
		json.writeEndObject();
		json.writeObjectFieldStart("sequence");
		json.writeNumberField("index", matrix.sequenceIndex());
		json.writeNumberField("count", matrix.sequenceCount());
		json.writeEndObject();
		writeCellByMeaning(json, "maxCell", stats.max(), matrix);
		writeCellByMeaning(json, "minCell", stats.min(), matrix);
		writeIndices(json, "nearZeroInputs", stats.nearZeroRows());
		writeIndices(json, "nearZeroOutputs", stats.nearZeroColumns());
		json.writeArrayFieldStart("topInputsPerOutput");
		for (int output = 0; output < matrix.columns(); output++) {
			writeInputs(json, stats.topInColumn(output, TOP_PER_COLUMN), matrix);
		}
		json.writeEndArray();
		writeSeqAttr(json, matrix);
		json.writeFieldName("outputProbs");
		Optional<float[]> probabilities = matrix.outputProbabilities();
		if (probabilities.isPresent()) {
			writeValues(json, probabilities.get());
		} else {
			json.writeNull();
		}
	}

	private static void writeSeqAttr(JsonGenerator json, AttributionMatrix matrix) throws IOException {
		json.writeFieldName("seqAttr");
		Optional<float[]> seqAttr = matrix.sequenceAttribution();
		if (seqAttr.isEmpty()) {
			json.writeNull();
			return;
		}
		TokenScores scores = TokenScores.of(seqAttr.get());
		json.writeStartObject();
		json.writeFieldName("values");
		writeValues(json, seqAttr.get());
		json.writeFieldName("max");
		writeInput(json, scores.max(), matrix);
		json.writeFieldName("min");
		writeInput(json, scores.min(), matrix);
		json.writeEndObject();
	}

	/** {@code [{input, inputToken, value}, ...]} */
	private static void writeInputs(JsonGenerator json, List<RankedValue> inputs, AttributionMatrix matrix)
			throws IOException {
		json.writeStartArray();
		for (RankedValue input : inputs) {
			writeInput(json, Optional.of(input), matrix);
		}
		json.writeEndArray();
	}

	/** {@code {input, inputToken, value}} or null. */
	private static void writeInput(JsonGenerator json, Optional<RankedValue> input, AttributionMatrix matrix)
			throws IOException {
		if (input.isEmpty()) {
			json.writeNull();
			return;
		}
		RankedValue ranked = input.get();
		json.writeStartObject();
		json.writeNumberField("input", ranked.index());
		json.writeStringField("inputToken", matrix.rowToken(ranked.index()));
		json.writeFieldName("value");
		json.writeNumber(ranked.value());
		json.writeEndObject();
	}

	private static void writeIndices(JsonGenerator json, String name, int[] indices) throws IOException {
		json.writeFieldName(name);
		json.writeArray(indices, 0, indices.length);
	}

	/** Floats as they read; NaN (missing) as null, which JSON can hold. */
	private static void writeValues(JsonGenerator json, float[] values) throws IOException {
		json.writeStartArray();
		for (float value : values) {
			if (Float.isNaN(value)) {
				json.writeNull();
			} else {
				json.writeNumber(value);
			}
		}
		json.writeEndArray();
	}

	private static void writeStrings(JsonGenerator json, String name, String[] values) throws IOException {
		json.writeFieldName(name);
		json.writeArray(values, 0, values.length);
	}

	/** The legacy {row, rowToken, column, columnToken} form (rows = input tokens). */
	private static void writeCell(JsonGenerator json, String name, Optional<CellValue> cell, AttributionMatrix matrix)
			throws IOException {
		writeCell(json, name, cell, matrix, "row", "column");
	}

	/** The {input, inputToken, output, outputToken} form. */
	private static void writeCellByMeaning(JsonGenerator json, String name, Optional<CellValue> cell,
			AttributionMatrix matrix) throws IOException {
		writeCell(json, name, cell, matrix, "input", "output");
	}

	/** A cell as {value, ROW, ROWToken, COLUMN, COLUMNToken} under the given names, or null. */
	private static void writeCell(JsonGenerator json, String name, Optional<CellValue> cell, AttributionMatrix matrix,
			String rowName, String columnName) throws IOException {
		json.writeFieldName(name);
		if (cell.isEmpty()) {
			json.writeNull();
			return;
		}
		CellValue value = cell.get();
		json.writeStartObject();
		json.writeFieldName("value");
		json.writeNumber(value.value());
		json.writeNumberField(rowName, value.row());
		json.writeStringField(rowName + "Token", matrix.rowToken(value.row()));
		json.writeNumberField(columnName, value.column());
		json.writeStringField(columnName + "Token", matrix.columnToken(value.column()));
		json.writeEndObject();
	}

	private static void writeTop(JsonGenerator json, AttributionMatrix matrix, AttributionStatistics stats)
			throws IOException {
		json.writeArrayFieldStart("topPerColumn");
		for (int column = 0; column < matrix.columns(); column++) {
			json.writeStartArray();
			for (RankedValue ranked : stats.topInColumn(column, TOP_PER_COLUMN)) {
				json.writeStartObject();
				json.writeNumberField("row", ranked.index());
				json.writeStringField("rowToken", matrix.rowToken(ranked.index()));
				json.writeFieldName("value");
				json.writeNumber(ranked.value());
				json.writeEndObject();
			}
			json.writeEndArray();
		}
		json.writeEndArray();
	}

	private static void writeMeta(JsonGenerator json, Map<String, Object> meta) throws IOException {
		json.writeObjectFieldStart("meta");
		for (Map.Entry<String, Object> entry : meta.entrySet()) {
			json.writeFieldName(entry.getKey());
			writeScalar(json, entry.getValue());
		}
		json.writeEndObject();
	}

	private static void writeScalar(JsonGenerator json, Object value) throws IOException {
		if (value == null) {
			json.writeNull();
		} else if (value instanceof Boolean b) {
			json.writeBoolean(b);
		} else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
			json.writeNumber(((Number) value).longValue());
		} else if (value instanceof BigInteger big) {
			json.writeNumber(big);
		} else if (value instanceof BigDecimal decimal) {
			json.writeNumber(decimal);
		} else if (value instanceof Float f) {
			json.writeNumber(f);
		} else if (value instanceof Number number) {
			json.writeNumber(number.doubleValue());
		} else {
			json.writeString(value.toString());
		}
	}
}
