package org.attributionlens.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

import org.attributionlens.model.AttributionMatrix;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * Reads the native format v1 ({@code *.attr.json}), the fields of Captum's
 * {@code LLMAttributionResult} as a JSON object:
 * <ul>
 * <li>{@code input_tokens}, {@code output_tokens}: non-empty arrays of strings (required);</li>
 * <li>{@code token_attr}: one array per output token of one number per input token (required),
 * transposed on reading so that rows are input tokens; {@code null} and {@code NaN} are missing
 * cells, infinities are errors;</li>
 * <li>{@code seq_attr} (per input token), {@code output_probs} (per output token): optional
 * number arrays with the same value rules;</li>
 * <li>{@code format} ("token-attribution"), {@code version} (1): optional, checked;</li>
 * <li>{@code meta}: optional object of strings, numbers, booleans and nulls.</li>
 * </ul>
 * Keys may come in any order; unknown keys are skipped. Python's {@code NaN}, {@code Infinity} and
 * {@code -Infinity} literals are accepted by the parser so that the rules above decide about them.
 * The file is streamed: values go straight into float arrays.
 */
public final class NativeJsonReader implements AttributionReader {

	private static final JsonFactory FACTORY = JsonFactory.builder()
			.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
			.disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
			.enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
			.build();

	@Override
	public AttributionMatrix read(InputStream in) throws IOException, AttributionFormatException {
		Reader text = TextDecoding.open(in);
		try (JsonParser parser = FACTORY.createParser(text)) {
			NativeFileParser file = new NativeFileParser(parser);
			AttributionMatrix matrix = parse(parser, file);
			expectEnd(parser, file);
			return matrix;
		}
	}

	private static AttributionMatrix parse(JsonParser parser, NativeFileParser file)
			throws IOException, AttributionFormatException {
		try {
			return file.parse();
		} catch (JsonProcessingException e) {
			throw JsonErrors.translate(e, file.section());
		} catch (CharacterCodingException e) {
			throw notText(parser);
		}
	}

	private static void expectEnd(JsonParser parser, NativeFileParser file) throws IOException, AttributionFormatException {
		try {
			file.expectEnd();
		} catch (JsonProcessingException e) {
			throw JsonErrors.start(e).error("unexpected content after the end of the JSON object");
		} catch (CharacterCodingException e) {
			throw notText(parser);
		}
	}

	private static AttributionFormatException notText(JsonParser parser) {
		// the decoder reads ahead in blocks, so the parser's position is only near the bad bytes
		return Position.of(parser.currentLocation())
				.error("the file is not UTF-8 text: it contains bytes that are not valid UTF-8 near here");
	}
}
