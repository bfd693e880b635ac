package org.attributionlens.model.io.nativejson;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attributionlens.internal.model.io.FloatList;
import org.attributionlens.internal.model.io.JsonKinds;
import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.InertText;
import org.attributionlens.model.Orientation;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.LimitMessages;
import org.attributionlens.model.io.MemoryBudget;
import org.attributionlens.model.io.ReadLimits;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads one native v1 file from a positioned parser. One instance per file: it collects the keys
 * in whatever order they come and checks their consistency at the end.
 */
final class NativeFileParser {

	static final String FORMAT_NAME = "token-attribution";
	static final String FORMAT_LABEL = FORMAT_NAME + " v1";
	private static final String EXPECTED_OBJECT = "expected a JSON object with input_tokens, output_tokens and token_attr";

	/** The keys this reader understands; duplicates of these are errors, unknown keys are skipped unrecorded. */
	private static final Set<String> KNOWN_KEYS = Set.of("input_tokens", "output_tokens", "token_attr", "seq_attr",
			"output_probs", "format", "version", "meta");

	private final JsonParser parser;
	private final ReadLimits limits;
	/** The tokens and meta values kept, together: many small ones can add up to more than the heap. */
	private final MemoryBudget.Strings kept = new MemoryBudget.Strings("keeping the tokens and meta values");
	/** The parser's fast lane for token_attr rows, when it has one. */
	private final TokenAttrParser lane;
	/** Reads numbers and token_attr's rows, here and in a {@link TailReader}. */
	private final TokenAttrRowReader rowReader;
	private final TailSource tailSource;
	/** Top-level key whose value is being read; null between keys. */
	private String section;

	private SourcePosition objectStart = SourcePosition.START;
	private List<String> inputTokens;
	private SourcePosition inputTokensAt;
	private List<String> outputTokens;
	private SourcePosition outputTokensAt;
	private TokenAttrRows tokenAttr;
	private SourcePosition tokenAttrAt;
	/** token_attr is null: Captum's result for Lime and KernelShap, which attribute only the whole output. */
	private boolean tokenAttrNull;
	private FloatList seqAttr;
	private SourcePosition seqAttrAt;
	private FloatList outputProbs;
	private SourcePosition outputProbsAt;
	private Map<String, Object> meta = Map.of();

	NativeFileParser(JsonParser parser) {
		this(parser, ReadLimits.DEFAULTS);
	}

	NativeFileParser(JsonParser parser, ReadLimits limits) {
		this(parser, limits, null);
	}

	/**
	 * @param tail the file and how to read the end of its token_attr on a second core, or null
	 */
	NativeFileParser(JsonParser parser, ReadLimits limits, TailSource tail) {
		this.parser = parser;
		this.limits = limits;
		this.lane = parser instanceof TokenAttrParser fast ? fast : null;
		this.rowReader = new TokenAttrRowReader(parser);
		this.tailSource = lane != null ? tail : null;
	}

	/**
	 * A file large enough for its token_attr to be read in two halves ({@link TailReader}), and
	 * the factory of the parsers to read it with.
	 */
	record TailSource(FileChannel file, long size, JsonFactory factory, boolean waitForPlace) {
	}

	String section() {
		return section;
	}

	AttributionMatrix parse() throws IOException, AttributionFormatException {
		JsonToken token = parser.nextToken();
		if (token == null) {
			throw SourcePosition.START.error("the file is empty; " + EXPECTED_OBJECT);
		}
		if (token != JsonToken.START_OBJECT) {
			throw here().error("the top level is " + JsonKinds.describe(token) + "; " + EXPECTED_OBJECT);
		}
		objectStart = here();
		Set<String> seen = new HashSet<>();
		while (next() == JsonToken.FIELD_NAME) {
			String key = parser.currentName();
			if (KNOWN_KEYS.contains(key) && !seen.add(key)) {
				throw here().error("duplicate key " + InertText.quote(key));
			}
			section = key;
			next();
			readValue(key);
			section = null;
		}
		return build();
	}

	/** Fails on anything but whitespace after the top-level object. */
	void expectEnd() throws IOException, AttributionFormatException {
		if (parser.nextToken() != null) {
			throw here().error("unexpected content after the end of the JSON object");
		}
	}

	private void readValue(String key) throws IOException, AttributionFormatException {
		switch (key) {
		case "input_tokens" -> {
			inputTokensAt = here();
			inputTokens = readStrings(key);
			checkTokenCells(inputTokensAt);
		}
		case "output_tokens" -> {
			outputTokensAt = here();
			outputTokens = readStrings(key);
			checkTokenCells(outputTokensAt);
		}
		case "token_attr" -> {
			tokenAttrAt = here();
			tokenAttrNull = parser.currentToken() == JsonToken.VALUE_NULL;
			tokenAttr = tokenAttrNull ? null : readRows();
		}
		case "seq_attr" -> {
			seqAttrAt = here();
			seqAttr = readNumbers(key, "one per input token");
		}
		case "output_probs" -> {
			outputProbsAt = here();
			outputProbs = readNumbers(key, "one per output token");
		}
		case "format" -> checkFormat();
		case "version" -> checkVersion();
		case "meta" -> meta = MetaReader.read(parser, limits, kept);
		default -> parser.skipChildren();
		}
	}

	private List<String> readStrings(String key) throws IOException, AttributionFormatException {
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			throw here().error(key + " must be an array of strings, found " + JsonKinds.describe(parser.currentToken()));
		}
		List<String> tokens = new ArrayList<>();
		JsonToken token;
		while ((token = next()) != JsonToken.END_ARRAY) {
			if (token != JsonToken.VALUE_STRING) {
				throw here().error(key + "[" + tokens.size() + "] must be a string, found " + JsonKinds.describe(token));
			}
			if (tokens.size() >= limits.maxTokens()) {
				throw here().error(key + " has more than " + LimitMessages.count(limits.maxTokens()) + " tokens, "
						+ LimitMessages.cellsAllow(limits));
			}
			int length = parser.getTextLength();
			if (length > limits.maxTokenLength()) {
				throw here().error(key + "[" + tokens.size() + "] is " + LimitMessages.count(length)
						+ " characters long, which " + LimitMessages.tokenLength(limits));
			}
			kept.add(length, here());
			tokens.add(parser.getText());
		}
		return tokens;
	}

	private FloatList readNumbers(String key, String expectedCount) throws IOException, AttributionFormatException {
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			throw here().error(key + " must be an array of numbers (" + expectedCount + "), found "
					+ JsonKinds.describe(parser.currentToken()));
		}
		FloatList values = new FloatList(64);
		while (next() != JsonToken.END_ARRAY) {
			if (values.size() >= limits.maxTokens()) {
				throw here().error(key + " has more than " + LimitMessages.count(limits.maxTokens()) + " values ("
						+ expectedCount + "), " + LimitMessages.cellsAllow(limits));
			}
			values.add(rowReader.number(key, values.size(), -1));
		}
		return values;
	}

	private TokenAttrRows readRows() throws IOException, AttributionFormatException {
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			throw here().error("token_attr must be an array of rows (one per output token), found "
					+ JsonKinds.describe(parser.currentToken()));
		}
		TokenAttrRows rows = new TokenAttrRows(limits, this::here, inputTokens == null ? -1 : inputTokens.size(),
				outputTokens == null ? -1 : outputTokens.size());
		TailReader tail = startTail(rows);
		try {
			rowReader.readRows(rows, tail == null ? null : done -> takeTail(done, tail));
			return rows;
		} finally {
			if (tail != null) {
				tail.close();
			}
		}
	}

	/** A reader of the rows' second half, when the file is large and they go straight into the matrix. */
	private TailReader startTail(TokenAttrRows rows) {
		if (tailSource == null || inputTokens == null || outputTokens == null
				// the matrix is allocated now: only for as many cells as the file can hold (two bytes each)
				|| (long) inputTokens.size() * outputTokens.size() * 2 > tailSource.size()) {
			return null;
		}
		float[] matrix = rows.shareMatrix();
		if (matrix == null) {
			return null;
		}
		TailReader tail = TailReader.start(tailSource.file(), parser.currentTokenLocation().getCharOffset(), matrix,
				inputTokens.size(), outputTokens.size(), limits, tailSource.factory());
		if (tailSource.waitForPlace()) {
			try {
				tail.awaitPlace();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		return tail;
	}

	/** Skips the rows the tail reader has read, when they start right here. */
	private void takeTail(TokenAttrRows rows, TailReader tail) throws IOException {
		// a position no tail starts at, once the rows no longer go straight into the shared matrix
		TailReader.Tail read = tail.reached(rows.count(), rows.readsIntoMatrix() ? lane.charOffset() : -1);
		if (read != null) {
			rows.adoptTail(read.rows(), here());
			lane.skipRead(read.chars(), read.lineBreaks(), read.lastLineStart());
		}
	}

	/**
	 * Once both token arrays are known, the matrix's size is: refuse it before any of its values
	 * are read, rather than after hundreds of megabytes.
	 */
	private void checkTokenCells(SourcePosition at) throws AttributionFormatException {
		if (inputTokens == null || outputTokens == null) {
			return;
		}
		long cells = (long) inputTokens.size() * outputTokens.size();
		if (cells > limits.maxCells()) {
			throw at.error(LimitMessages.count(inputTokens.size()) + " input tokens x "
					+ LimitMessages.count(outputTokens.size()) + " output tokens make " + LimitMessages.count(cells)
					+ " cells, which " + LimitMessages.cells(limits));
		}
		// the matrix is allocated for all of them as soon as token_attr starts
		MemoryBudget.check(cells * Float.BYTES, "the matrix of " + LimitMessages.count(inputTokens.size()) + " x "
				+ LimitMessages.count(outputTokens.size()) + " cells", at);
	}

	private void checkFormat() throws IOException, AttributionFormatException {
		if (parser.currentToken() != JsonToken.VALUE_STRING) {
			throw here().error("format must be the string \"" + FORMAT_NAME + "\", found "
					+ JsonKinds.describe(parser.currentToken()));
		}
		String format = parser.getText();
		if (!FORMAT_NAME.equals(format)) {
			throw here().error("format " + InertText.quote(format) + " is not supported; this reader understands \"" + FORMAT_NAME + "\"");
		}
	}

	private void checkVersion() throws IOException, AttributionFormatException {
		JsonToken token = parser.currentToken();
		if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
			throw here().error("version must be a number, found " + JsonKinds.describe(token));
		}
		if (parser.isNaN() || parser.getDoubleValue() != 1.0) {
			throw here().error("version " + InertText.shorten(parser.getText(), InertText.MAX_QUOTE) + " is not supported; this reader understands version 1");
		}
	}

	private AttributionMatrix build() throws AttributionFormatException {
		requirePresent(inputTokens, "input_tokens");
		if (tokenAttr == null && seqAttr != null) {
			return buildWholeOutputColumn();
		}
		requirePresent(outputTokens, "output_tokens");
		if (tokenAttrNull) {
			throw tokenAttrAt.error("token_attr is null and there is no seq_attr; a file without token-level "
					+ "attributions (Captum's Lime or KernelShap) needs seq_attr, one number per input token");
		}
		if (tokenAttr == null) {
			throw objectStart.error("missing required key \"token_attr\" (or \"seq_attr\" alone, as Captum "
					+ "returns for Lime and KernelShap)");
		}
		requireNonEmpty(inputTokens, inputTokensAt, "input_tokens");
		requireNonEmpty(outputTokens, outputTokensAt, "output_tokens");
		int inputs = inputTokens.size();
		int outputs = outputTokens.size();
		checkRows(inputs, outputs);
		checkLength(seqAttr, seqAttrAt, "seq_attr", inputs, "one per input token");
		checkLength(outputProbs, outputProbsAt, "output_probs", outputs, "one per output token");
		// Captum draws token_attr as it is stored: a row per output token
		return AttributionMatrix.builder(inputTokens, outputTokens, tokenAttr.transpose(inputs), FORMAT_LABEL)
				.meta(meta).sequenceAttribution(seqAttr == null ? null : seqAttr.toArray())
				.outputProbabilities(outputProbs == null ? null : outputProbs.toArray())
				.writtenOrientation(Orientation.OUTPUTS_AS_ROWS).build();
	}

	/**
	 * A file with seq_attr but no token_attr: one output column whose values are seq_attr, as
	 * {@link WholeOutputColumn} describes. output_tokens are optional here and only name the column;
	 * output_probs, when given, must still have one value per output token.
	 */
	private AttributionMatrix buildWholeOutputColumn() throws AttributionFormatException {
		requireNonEmpty(inputTokens, inputTokensAt, "input_tokens");
		checkLength(seqAttr, seqAttrAt, "seq_attr", inputTokens.size(), "one per input token");
		float[] probability = null;
		String reduction = WholeOutputColumn.REDUCTION;
		if (outputProbs != null) {
			if (outputTokens == null) {
				throw outputProbsAt.error("output_probs has " + outputProbs.size()
						+ " values, but the file has no output_tokens for them to belong to");
			}
			checkLength(outputProbs, outputProbsAt, "output_probs", outputTokens.size(), "one per output token");
			float whole = WholeOutputColumn.probability(outputProbs.toArray());
			if (Float.isInfinite(whole)) {
				throw outputProbsAt.error("output_probs multiply to more than a 32-bit float holds; the probability"
						+ " of the whole output is their product, and probabilities lie between 0 and 1");
			}
			probability = new float[] { whole };
			reduction += WholeOutputColumn.PROBABILITY_REDUCTION;
		}
		float[] values = seqAttr.toArray();
		return AttributionMatrix.builder(inputTokens, List.of(WholeOutputColumn.label(outputTokens)), values,
				FORMAT_LABEL).meta(meta).sequenceAttribution(values.clone()).outputProbabilities(probability)
				.reduction(reduction).writtenOrientation(Orientation.OUTPUTS_AS_ROWS).build();
	}

	private void requirePresent(Object value, String key) throws AttributionFormatException {
		if (value == null) {
			throw objectStart.error("missing required key \"" + key + "\"");
		}
	}

	private static void requireNonEmpty(List<String> tokens, SourcePosition at, String key) throws AttributionFormatException {
		if (tokens.isEmpty()) {
			throw at.error(key + " is empty; at least one token is required");
		}
	}

	private void checkRows(int inputs, int outputs) throws AttributionFormatException {
		int rows = tokenAttr.count();
		if (rows != outputs) {
			if (rows == inputs && inputs != outputs && tokenAttr.allHaveLength(outputs)) {
				throw tokenAttrAt.error("token_attr has " + rows + " rows of " + outputs + " values, expected " + outputs
						+ " rows (one per output token) of " + inputs
						+ " values (one per input token); it looks transposed");
			}
			throw tokenAttrAt.error("token_attr has " + rows + " rows, expected " + outputs + " (one per output token)");
		}
		for (int output = 0; output < rows; output++) {
			int length = tokenAttr.length(output);
			if (length != inputs) {
				throw tokenAttr.start(output).error("token_attr[" + output + "] has " + length + " values, expected "
						+ inputs + " (one per input token)");
			}
		}
		if ((long) inputs * outputs > Integer.MAX_VALUE - 8) {
			throw tokenAttrAt.error("token_attr has " + inputs + " x " + outputs + " cells, more than can be held");
		}
	}

	private static void checkLength(FloatList values, SourcePosition at, String key, int expected, String what)
			throws AttributionFormatException {
		if (values != null && values.size() != expected) {
			throw at.error(key + " has " + values.size() + " values, expected " + expected + " (" + what + ")");
		}
	}

	/** Advances; the parser itself fails on a premature end, so null only follows the top-level object. */
	private JsonToken next() throws IOException {
		return parser.nextToken();
	}

	private SourcePosition here() {
		return SourcePosition.of(parser.currentTokenLocation());
	}
}
