package org.attributionlens.model.io.inseq.context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;

import org.attributionlens.internal.model.io.JsonErrors;
import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.internal.model.io.StrictText;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReader;
import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;
import org.attributionlens.model.io.SequenceOutOfRangeException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * Reads what {@code inseq attribute-context --save_path FILE} writes, the JSON of
 * {@code AttributeContextOutput.to_dict()}: the input and output contexts and the current output as
 * texts and tokens, {@code cti_scores} (the context sensitivity of every output token) and
 * {@code cci_scores}, one entry per context-sensitive output token with the attribution of its
 * prediction to the context tokens, and {@code info}, the command's arguments.
 * <p>
 * The matrix's rows are the input context tokens, then the output context tokens when the entries
 * have {@code output_context_scores}; its columns are the context-sensitive tokens ({@code cti_token}
 * at {@code cti_idx}) in output order; its step score {@value ContextMatrix#CTI_SCORE} is the
 * {@code cti_scores} value of each column. Texts, each column's contextual and contextless outputs
 * and the scalars of {@code info} are meta. Python's {@code NaN} is a missing cell; the file is
 * streamed, and every list is checked against the {@link ReadLimits} as it is read.
 */
public final class AttributeContextReader implements AttributionReader {

	private final ReadOptions options;
	private final JsonFactory factory;

	public AttributeContextReader() {
		this(ReadOptions.DEFAULTS);
	}

	/** @param options the limits to enforce; a file holds one matrix, so only sequence 0 exists */
	public AttributeContextReader(ReadOptions options) {
		this.options = options;
		ReadLimits limits = options.limits();
		this.factory = new JsonFactory(new JsonFactoryBuilder()
				.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
				.disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
				.enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
				.streamReadConstraints(StreamReadConstraints.builder()
						.maxNestingDepth(limits.maxNestingDepth())
						.maxStringLength(Math.max(limits.maxStringLength(), limits.maxTokenLength()) + 1)
						.build()));
	}

	@Override
	public AttributionMatrix read(InputStream in) throws IOException, AttributionFormatException {
		if (options.sequence() != 0) {
			throw new SequenceOutOfRangeException(0, 0, "sequence " + options.sequence() + " was requested, but an"
					+ " attribute-context file holds a single sequence (0)", options.sequence(), 1);
		}
		StrictText text = StrictText.open(in);
		try (JsonParser parser = factory.createParser(text)) {
			ContextParser walker = new ContextParser(parser, options.limits());
			ContextDocument document;
			try {
				document = walker.parse();
				walker.expectEnd();
			} catch (JsonProcessingException e) {
				throw located(JsonErrors.translate(e, walker.section(), options.limits()), parser);
			} catch (CharacterCodingException e) {
				throw text.notText(parser.currentLocation(), e);
			}
			return ContextMatrix.build(document, options.limits());
		}
	}

	/** The parser's limits fail without a location of their own: they happen where the parser is. */
	private static AttributionFormatException located(AttributionFormatException error, JsonParser parser) {
		return error.line() > 0 ? error : SourcePosition.of(parser.currentTokenLocation()).error(error.reason());
	}
}
