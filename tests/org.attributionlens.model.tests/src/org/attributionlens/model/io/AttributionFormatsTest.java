package org.attributionlens.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attributionlens.internal.model.io.StructureDetector;
import org.attributionlens.model.io.AttributionFormat.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The registry decides which format reads a file: structure first, then the name, then the shape. */
class AttributionFormatsTest {

	private static final String NATIVE = "{\"input_tokens\":[\"a\"],\"output_tokens\":[\"b\"],\"token_attr\":[[1]]}";
	private static final String INSEQ = "{\"info\":{\"input\":\"" + "p".repeat(200_000) + "\"},\"sequence_attributions\":[]}";
	private static final String CONTEXT = "{\"info\":{\"input_context_text\":\"" + "p".repeat(200_000)
			+ "\"},\"input_context\":\"p\",\"cci_scores\":[]}";
	private static final String TABLE = ",a,b\nx,1,2\n";
	private static final String OTHER_JSON = "{\"name\":\"package.json\"}";

	@ParameterizedTest(name = "{0} named \"{1}\" is read as {2}")
	@CsvSource({
			"NATIVE, f.attr.json, native", "NATIVE, f.csv, table", "NATIVE, f, native", "NATIVE, f.json.gz, native",
			"INSEQ, f.json, inseq", "INSEQ, f.csv, inseq", "INSEQ, f, inseq",
			"CONTEXT, f.json, inseq-context", "CONTEXT, f.csv, inseq-context", "CONTEXT, f.json.gz, inseq-context",
			"TABLE, f.csv, table", "TABLE, f.TSV, table", "TABLE, f.json, native", "TABLE, f, table", "TABLE, f.csv.gz, table",
			"OTHER_JSON, f.json, native", "OTHER_JSON, f.csv, table", "OTHER_JSON, f, native",
			"EMPTY, f, native", "EMPTY, f.tab, table" })
	void theStrongestClaimWins(String content, String name, String expected) throws IOException {
		byte[] bytes = content(content).getBytes(StandardCharsets.UTF_8);
		BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes), FileHead.SIZE);
		byte[] head = in.readNBytes(FileHead.SIZE);
		in = new BufferedInputStream(new ByteArrayInputStream(bytes), FileHead.SIZE);
		FileHead fileHead = AttributionFormats.head(in, head, name, ReadLimits.DEFAULTS);
		assertEquals(expected, AttributionFormats.choose(fileHead).id());
		// the detection left the stream at its start for the reader
		assertEquals(bytes.length == 0 ? -1 : bytes[0] & 0xFF, in.read());
	}

	@Test
	void contentAloneClaimsOnlyWhatHasAStructureOfItsOwn() throws IOException {
		assertEquals(Match.CONTENT, contentMatch(NATIVE, StructureDetector.Kind.NATIVE));
		assertEquals(Match.CONTENT, contentMatch(INSEQ, StructureDetector.Kind.INSEQ));
		assertEquals(Match.CONTENT, contentMatch(CONTEXT, StructureDetector.Kind.INSEQ_CONTEXT));
		assertEquals(Match.SHAPE, contentMatch(TABLE, StructureDetector.Kind.NOT_JSON));
		assertEquals(Match.NONE, contentMatch(OTHER_JSON, StructureDetector.Kind.OTHER_JSON));
		assertEquals(Match.NONE, contentMatch("just words\n", StructureDetector.Kind.NOT_JSON));
	}

	@Test
	void everyFormatHasAnIdANameAndExtensionsAndTheExtensionsIncludeGzip() {
		Set<String> ids = new HashSet<>();
		for (AttributionFormat format : AttributionFormats.all()) {
			assertTrue(ids.add(format.id()), "ids are unique: " + format.id());
			assertTrue(!format.name().isBlank());
			assertTrue(!format.fileExtensions().isEmpty());
			format.fileExtensions().forEach(e -> assertEquals(e.toLowerCase(Locale.ROOT), e));
		}
		assertEquals(List.of("npy", "npz", "safetensors", "json", "csv", "tsv", "tab", "gz"),
				List.copyOf(AttributionFormats.fileExtensions()));
		assertEquals(AttributionFormats.all().size(), AttributionFormats.descriptions().size());
		assertTrue(AttributionFormats.descriptions().get(5).contains(".csv .tsv .tab"), AttributionFormats.descriptions().toString());
	}

	private static Match contentMatch(String content, StructureDetector.Kind kind) throws IOException {
		return AttributionFormats.contentMatch(FileHead.ofContent(content.getBytes(StandardCharsets.UTF_8), kind));
	}

	private static String content(String name) {
		return switch (name) {
		case "NATIVE" -> NATIVE;
		case "INSEQ" -> INSEQ;
		case "CONTEXT" -> CONTEXT;
		case "TABLE" -> TABLE;
		case "OTHER_JSON" -> OTHER_JSON;
		case "EMPTY" -> "";
		default -> throw new IllegalArgumentException(name);
		};
	}
}
