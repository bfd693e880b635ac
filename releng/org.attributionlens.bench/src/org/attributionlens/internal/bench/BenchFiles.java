package org.attributionlens.internal.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReaders;
import org.attributionlens.model.io.DelimitedWriter;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * The benchmark's input files of one size, deterministic, in three formats holding the same
 * matrix:
 * <ul>
 * <li>native: {@code bench-RxC.attr.json}, written by {@link ReadBenchmark#write} the way Python's
 * {@code json.dump} writes a Captum result (float reprs of values rounded to 10 decimals,
 * {@code \u2581} escapes, tokens before {@code token_attr});</li>
 * <li>CSV: {@code bench-RxC.csv}, the native file's matrix as {@code df.to_csv} writes it
 * ({@link DelimitedWriter});</li>
 * <li>Inseq: {@code bench-RxC.inseq.json}, a {@code FeatureAttributionOutput.save()} file in the
 * current encoding: an encoder-decoder sequence whose R source tokens are the rows and whose C
 * generated tokens ({@code target[1:C+1]}) are the columns, {@code source_attributions} an F32
 * R x C safetensors blob in base64, {@code target_attributions} null (Inseq's default for
 * encoder-decoders), a {@code probability} step score; laid out like the model tests' fixtures
 * ({@code make_inseq_fixtures.py}: {@code __instance_type__} wrappers, two-space indent).</li>
 * </ul>
 * A stamp file records that all three were written completely, so a later run reuses them.
 */
final class BenchFiles {

	/** Bump when what is written changes, so that old files are regenerated. */
	private static final String GENERATOR_VERSION = "1";
	private static final int DECIMALS = 10;

	private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
			.build();

	final Size size;
	final Path nativeFile;
	final Path csvFile;
	final Path inseqFile;
	private final Path stamp;

	BenchFiles(Path dir, Size size) {
		this.size = size;
		String base = "bench-" + size.label();
		this.nativeFile = dir.resolve(base + ".attr.json");
		this.csvFile = dir.resolve(base + ".csv");
		this.inseqFile = dir.resolve(base + ".inseq.json");
		this.stamp = dir.resolve(base + ".stamp");
	}

	Path file(Format format) {
		return switch (format) {
		case NATIVE -> nativeFile;
		case CSV -> csvFile;
		case INSEQ -> inseqFile;
		};
	}

	/** Whether the files of an earlier run are complete and of this generator. */
	boolean upToDate() throws IOException {
		return Files.isRegularFile(stamp) && Files.readString(stamp).strip().equals(stampText())
				&& Files.isRegularFile(nativeFile) && Files.isRegularFile(csvFile) && Files.isRegularFile(inseqFile);
	}

	/** Writes the three files (the CSV and Inseq ones from the native file's matrix as read back). */
	void generate() throws IOException, AttributionFormatException {
		Files.deleteIfExists(stamp);
		Files.createDirectories(nativeFile.toAbsolutePath().getParent());
		ReadBenchmark.write(nativeFile, size.rows(), size.columns(), DECIMALS, false);
		AttributionMatrix matrix = AttributionReaders.read(nativeFile);
		writeAtomically(csvFile, out -> DelimitedWriter.csv().write(matrix, out));
		writeAtomically(inseqFile, out -> writeInseq(matrix, out));
		Files.writeString(stamp, stampText() + "\n");
	}

	private String stampText() {
		return "generator " + GENERATOR_VERSION + " " + size.label();
	}

	private interface Content {
		void write(OutputStream out) throws IOException;
	}

	private static void writeAtomically(Path file, Content content) throws IOException {
		Path partial = file.resolveSibling(file.getFileName() + ".part");
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
			content.write(out);
		}
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
	}

	static void writeInseq(AttributionMatrix matrix, OutputStream out) throws IOException {
		int rows = matrix.rows();
		int columns = matrix.columns();
		float[] values = new float[rows * columns];
		for (int row = 0; row < rows; row++) {
			for (int column = 0; column < columns; column++) {
				values[row * columns + column] = matrix.value(row, column);
			}
		}
		float[] probability = new float[columns];
		for (int step = 0; step < columns; step++) {
			probability[step] = 0.95f - 0.05f * (step % 10);
		}
		try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
			json.useDefaultPrettyPrinter();
			json.writeStartObject();
			instanceType(json, "inseq.data.attribution", "FeatureAttributionOutput");
			json.writeObjectFieldStart("attributes");
			json.writeArrayFieldStart("sequence_attributions");
			json.writeStartObject();
			instanceType(json, "inseq.data.attribution", "FeatureAttributionSequenceOutput");
			json.writeObjectFieldStart("attributes");
			json.writeArrayFieldStart("source");
			for (int row = 0; row < rows; row++) {
				token(json, 100 + row, matrix.rowToken(row));
			}
			json.writeEndArray();
			json.writeArrayFieldStart("target");
			token(json, 0, "<pad>");
			for (int column = 0; column < columns; column++) {
				token(json, 100 + rows + column, matrix.columnToken(column));
			}
			json.writeEndArray();
			json.writeFieldName("source_attributions");
			json.writeBinary(safetensors(values, rows, columns));
			json.writeNullField("target_attributions");
			json.writeObjectFieldStart("step_scores");
			json.writeFieldName("probability");
			json.writeBinary(safetensors(probability, columns));
			json.writeEndObject();
			json.writeNullField("sequence_scores");
			json.writeNumberField("attr_pos_start", 1);
			json.writeNumberField("attr_pos_end", columns + 1);
			json.writeEndObject();
			json.writeEndObject();
			json.writeEndArray();
			json.writeNullField("step_attributions");
			json.writeObjectFieldStart("info");
			json.writeStringField("model_name", "benchmark/encoder-decoder");
			json.writeStringField("model_class", "MarianMTModel");
			json.writeStringField("tokenizer_name", "benchmark/encoder-decoder");
			json.writeStringField("attribution_method", "saliency");
			json.writeStringField("attributed_fn", "probability");
			json.writeNumberField("attr_pos_start", 1);
			json.writeNumberField("attr_pos_end", columns + 1);
			json.writeArrayFieldStart("step_scores");
			json.writeString("probability");
			json.writeEndArray();
			json.writeNumberField("exec_time", 1.5);
			json.writeEndObject();
			json.writeEndObject();
			json.writeEndObject();
		}
		out.write('\n');
		out.flush();
	}

	private static void instanceType(JsonGenerator json, String module, String type) throws IOException {
		json.writeArrayFieldStart("__instance_type__");
		json.writeString(module);
		json.writeString(type);
		json.writeEndArray();
	}

	private static void token(JsonGenerator json, int id, String text) throws IOException {
		json.writeStartObject();
		instanceType(json, "inseq.utils.typing", "TokenWithId");
		json.writeObjectFieldStart("attributes");
		json.writeNumberField("id", id);
		json.writeStringField("token", text);
		json.writeEndObject();
		json.writeEndObject();
	}

	/**
	 * A safetensors blob of one F32 tensor named {@code attribution}: the header's length as a
	 * little-endian 64-bit number, the JSON header padded with spaces to a multiple of 8 bytes, then
	 * the little-endian floats in row-major order.
	 */
	static byte[] safetensors(float[] values, int... shape) {
		StringBuilder dims = new StringBuilder();
		for (int dim : shape) {
			dims.append(dims.isEmpty() ? "" : ",").append(dim);
		}
		long dataBytes = 4L * values.length;
		StringBuilder header = new StringBuilder("{\"attribution\":{\"dtype\":\"F32\",\"shape\":[").append(dims)
				.append("],\"data_offsets\":[0,").append(dataBytes).append("]}}");
		while (header.length() % 8 != 0) {
			header.append(' ');
		}
		byte[] headerBytes = header.toString().getBytes(StandardCharsets.US_ASCII);
		ByteBuffer blob = ByteBuffer.allocate(Math.toIntExact(8 + headerBytes.length + dataBytes))
				.order(ByteOrder.LITTLE_ENDIAN);
		blob.putLong(headerBytes.length).put(headerBytes);
		blob.asFloatBuffer().put(values);
		return blob.array();
	}
}
