package org.attributionlens.model.io.inseq;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;

import org.attributionlens.internal.model.io.LaneJsonFactory;
import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.internal.model.io.StrictText;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReader;
import org.attributionlens.model.io.MemoryBudget;
import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * Reads the JSON that Inseq's {@code FeatureAttributionOutput.save(...)} writes (uncompressed:
 * callers decompress gzip first), with either tensor encoding: base64 safetensors strings (Inseq
 * 0.7 and later; F64, F32, F16, BF16, F8_E4M3, F8_E5M2) or legacy {@code __ndarray__} objects
 * ({@code b64:}, {@code b64.gz:} or nested lists; Inseq 0.6 and earlier), with or without the
 * {@code __instance_type__} wrappers of {@code use_primitives=False}. Class names in the file are
 * data: nothing is ever loaded or instantiated.
 * <p>
 * The matrix is one sequence ({@link ReadOptions#sequence()}, 0-based): rows are the source
 * tokens (when the file has source attributions) followed by the target tokens that have target
 * attributions; columns are the generated tokens {@code target[attr_pos_start:attr_pos_end]}.
 * Tensors with a third (embedding) dimension are reduced by the L2 norm over it and each column is
 * then L1-normalised; tensors with more dimensions by the mean over all of them after the second;
 * {@link AttributionMatrix#reduction()} says which. Step scores become
 * {@link AttributionMatrix#stepScores()}, and the "probability" score also
 * {@link AttributionMatrix#outputProbabilities()}.
 * <p>
 * The file is streamed: base64 tensors are decoded and reduced as the text is read, and every
 * declared shape is checked against the {@link ReadLimits} before anything is allocated for it.
 * Bad content only ever ends in an {@link AttributionFormatException} that gives the line and
 * column of the JSON value concerned and, for binary payloads, the tensor and byte offset.
 */
public final class InseqJsonReader implements AttributionReader {

	private final ReadOptions options;
	private final JsonFactory factory;

	public InseqJsonReader() {
		this(ReadOptions.DEFAULTS);
	}

	public InseqJsonReader(ReadOptions options) {
		if (options == null) {
			throw new IllegalArgumentException("options are required");
		}
		this.options = options;
		ReadLimits limits = options.limits();
		this.factory = new LaneJsonFactory(new JsonFactoryBuilder()
				.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
				.disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
				.enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
				.streamReadConstraints(StreamReadConstraints.builder()
						.maxNestingDepth(limits.maxNestingDepth())
						.maxStringLength(InseqErrors.parserStringLimit(limits, MemoryBudget.available()))
						.build()), Base64Lane::new);
	}

	@Override
	public AttributionMatrix read(InputStream in) throws IOException, AttributionFormatException {
		StrictText text = StrictText.open(in);
		try (JsonParser parser = factory.createParser(text)) {
			InseqParser walker = new InseqParser(parser, options);
			InseqDocument document;
			try {
				document = walker.parse();
			} catch (JsonProcessingException e) {
				throw InseqErrors.translate(e, walker.section(), options.limits(), SourcePosition.of(parser.currentLocation()));
			} catch (CharacterCodingException e) {
				throw text.notText(parser.currentLocation(), e);
			}
			try {
				walker.expectEnd();
			} catch (JsonProcessingException e) {
				throw SourcePosition.of(e.getLocation()).error("unexpected content after the end of the JSON object");
			} catch (CharacterCodingException e) {
				throw text.notText(parser.currentLocation(), e);
			}
			return InseqAssembler.assemble(document, options);
		}
	}

	/** The options this reader was made with. */
	public ReadOptions options() {
		return options;
	}
}
