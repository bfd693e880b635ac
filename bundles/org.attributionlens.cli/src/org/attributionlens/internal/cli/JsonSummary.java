package org.attributionlens.internal.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.stats.AttributionStatistics;
import org.attributionlens.model.stats.CellValue;
import org.attributionlens.model.stats.RankedValue;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * {@code summary --json}: one JSON object for scripts. Rows and columns are 0-based in the
 * heatmap orientation (rows = input tokens). Values are written as floats so that 0.382 stays
 * 0.382 instead of the widened 0.38199999928474426.
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
			json.writeFieldName("nearZeroRows");
			int[] nearZero = stats.nearZeroRows();
			json.writeArray(nearZero, 0, nearZero.length);
			writeTop(json, matrix, stats);
			writeMeta(json, matrix.meta());
			json.writeEndObject();
		}
		out.write('\n');
		out.flush();
	}

	private static void writeStrings(JsonGenerator json, String name, String[] values) throws IOException {
		json.writeFieldName(name);
		json.writeArray(values, 0, values.length);
	}

	private static void writeCell(JsonGenerator json, String name, Optional<CellValue> cell, AttributionMatrix matrix)
			throws IOException {
		json.writeFieldName(name);
		if (cell.isEmpty()) {
			json.writeNull();
			return;
		}
		CellValue value = cell.get();
		json.writeStartObject();
		json.writeFieldName("value");
		json.writeNumber(value.value());
		json.writeNumberField("row", value.row());
		json.writeStringField("rowToken", matrix.rowToken(value.row()));
		json.writeNumberField("column", value.column());
		json.writeStringField("columnToken", matrix.columnToken(value.column()));
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
