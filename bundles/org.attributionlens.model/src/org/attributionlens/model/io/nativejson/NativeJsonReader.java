package org.attributionlens.model.io.nativejson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.channels.FileChannel;

import org.attributionlens.internal.model.io.JsonErrors;
import org.attributionlens.internal.model.io.LaneJsonFactory;
import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.internal.model.io.StrictText;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.AttributionReader;
import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;
import org.attributionlens.model.io.SequenceOutOfRangeException;
import org.attributionlens.model.io.nativejson.NativeFileParser.TailSource;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * Reads the native format v1 ({@code *.attr.json}), the fields of Captum's
 * {@code LLMAttributionResult} as a JSON object:
 * <ul>
 * <li>{@code input_tokens}, {@code output_tokens}: non-empty arrays of strings (required);</li>
 * <li>{@code token_attr}: one array per output token of one number per input token (required),
 * transposed on reading so that rows are input tokens; {@code null} and {@code NaN} are missing
 * cells, infinities are errors. A file whose {@code token_attr} is {@code null} or absent but that
 * has {@code seq_attr} (Captum's result for Lime and KernelShap) reads as one output column of
 * {@code seq_attr}, named by the output tokens joined, which are then optional;</li>
 * <li>{@code seq_attr} (per input token), {@code output_probs} (per output token): optional
 * number arrays with the same value rules;</li>
 * <li>{@code format} ("token-attribution"), {@code version} (1): optional, checked;</li>
 * <li>{@code meta}: optional object of strings, numbers, booleans and nulls.</li>
 * </ul>
 * Keys may come in any order; unknown keys are skipped. Python's {@code NaN}, {@code Infinity} and
 * {@code -Infinity} literals are accepted by the parser so that the rules above decide about them.
 * The file is streamed: values go straight into float arrays, the numbers of {@code token_attr}
 * through the parser's fast lane ({@link TokenAttrParser}). When the token arrays come before
 * {@code token_attr} (the order of Captum's fields, and of the snippet in the README) the values go
 * straight into the final matrix, so reading needs little more memory than the matrix itself
 * (4 bytes per cell); otherwise the rows are kept until the end and transposed then, which
 * briefly needs twice that.
 * <p>
 * The {@link ReadLimits} are enforced while reading: a matrix with more cells than allowed is
 * refused before its arrays are allocated, as are longer tokens and deeper nesting.
 */
public final class NativeJsonReader implements AttributionReader {

	private static final JsonFactory DEFAULT_FACTORY = factory(ReadLimits.DEFAULTS, true);
	/**
	 * Files from this size on have the end of their token_attr read on a second core
	 * ({@link TailReader}): starting a thread and scanning for a row boundary cost ~1 ms.
	 */
	static final long TAIL_FROM_BYTES = 4L << 20;

	private final ReadOptions options;
	private final JsonFactory factory;
	/** Files of at least this size are read on two cores; {@link Long#MAX_VALUE} for never. */
	private long tailFrom;
	/** For tests: the start waits until the tail's rows are counted, so that small files are split too. */
	private boolean waitForTailPlace;

	/** A reader with the {@linkplain ReadOptions#DEFAULTS default options}. */
	public NativeJsonReader() {
		this(ReadOptions.DEFAULTS);
	}

	/**
	 * @param options the limits to enforce; a file of this format holds one matrix, so only
	 *                sequence 0 exists
	 */
	public NativeJsonReader(ReadOptions options) {
		this(options, options.limits().equals(ReadLimits.DEFAULTS) ? DEFAULT_FACTORY : factory(options.limits(), true));
	}

	private NativeJsonReader(ReadOptions options, JsonFactory factory) {
		this.options = options;
		this.factory = factory;
		this.tailFrom = options.parallel() && Runtime.getRuntime().availableProcessors() > 1 ? TAIL_FROM_BYTES
				: Long.MAX_VALUE;
	}

	/**
	 * A reader that reads files from the given size on in two halves, whatever the processors,
	 * and whose reader of the start waits for the other half to be placed.
	 */
	static NativeJsonReader inTwoHalvesFrom(ReadOptions options, long bytes) {
		NativeJsonReader reader = new NativeJsonReader(options);
		reader.tailFrom = bytes;
		reader.waitForTailPlace = true;
		return reader;
	}

	/** A reader that takes every token through Jackson's general parser: the lane's reference. */
	static NativeJsonReader withoutFastLane(ReadOptions options) {
		return new NativeJsonReader(options, factory(options.limits(), false));
	}

	/**
	 * The parser refuses deeper nesting itself, so that a hostile file cannot make any code walk
	 * an absurdly deep structure. Strings may be as long as a token or any other string may be,
	 * whichever is larger: the parser refuses a longer one as it collects it, before it takes the
	 * memory, with a message naming the limit.
	 */
	private static JsonFactory factory(ReadLimits limits, boolean fastLane) {
		StreamReadConstraints constraints = StreamReadConstraints.builder()
				.maxNestingDepth(limits.maxNestingDepth())
				.maxStringLength(Math.max(limits.maxStringLength(), limits.maxTokenLength()) + 1)
				.build();
		JsonFactoryBuilder builder = new JsonFactoryBuilder()
				.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
				.disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
				.enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
				.streamReadConstraints(constraints);
		return fastLane ? new LaneJsonFactory(builder, TokenAttrParser::new) : new JsonFactory(builder);
	}

	@Override
	public AttributionMatrix read(InputStream in) throws IOException, AttributionFormatException {
		return read(in, null);
	}

	/**
	 * @param source the file {@code in} reads from its start, uncompressed, when there is one: a
	 *               large one is read on two cores, the second from the same channel
	 */
	AttributionMatrix read(InputStream in, FileChannel source) throws IOException, AttributionFormatException {
		if (options.sequence() != 0) {
			throw new SequenceOutOfRangeException(0, 0, "sequence " + options.sequence() + " was requested, but a "
					+ NativeFileParser.FORMAT_NAME + " file holds a single sequence (0)", options.sequence(), 1);
		}
		StrictText text = StrictText.open(in);
		TailSource tail = null;
		if (source != null && text.isUtf8()) {
			long size = source.size();
			tail = size >= tailFrom ? new TailSource(source, size, factory, waitForTailPlace) : null;
		}
		try (JsonParser parser = factory.createParser(text)) {
			NativeFileParser file = new NativeFileParser(parser, options.limits(), tail);
			AttributionMatrix matrix = parse(text, parser, file);
			expectEnd(text, parser, file);
			return matrix;
		}
	}

	private AttributionMatrix parse(StrictText text, JsonParser parser, NativeFileParser file)
			throws IOException, AttributionFormatException {
		try {
			return file.parse();
		} catch (JsonProcessingException e) {
			throw located(JsonErrors.translate(e, file.section(), options.limits()), parser);
		} catch (CharacterCodingException e) {
			throw text.notText(parser.currentLocation(), e);
		}
	}

	private void expectEnd(StrictText text, JsonParser parser, NativeFileParser file) throws IOException, AttributionFormatException {
		try {
			file.expectEnd();
		} catch (StreamConstraintsException e) {
			throw located(JsonErrors.translate(e, null, options.limits()), parser);
		} catch (JsonProcessingException e) {
			throw JsonErrors.start(e).error("unexpected content after the end of the JSON object");
		} catch (CharacterCodingException e) {
			throw text.notText(parser.currentLocation(), e);
		}
	}

	/** The parser's limits fail without a location of their own: they happen where the parser is. */
	private static AttributionFormatException located(AttributionFormatException error, JsonParser parser) {
		return error.line() > 0 ? error : SourcePosition.of(parser.currentTokenLocation()).error(error.reason());
	}
}
