package org.attributionlens.model.io.inseq.context;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attributionlens.internal.model.io.FloatList;
import org.attributionlens.internal.model.io.JsonKinds;
import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.InertText;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.LimitMessages;
import org.attributionlens.model.io.MemoryBudget;
import org.attributionlens.model.io.ReadLimits;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Walks an attribute-context file once, keys in any order (Inseq writes the texts and tokens, then
 * {@code cti_scores}, {@code cci_scores} and {@code info}), into a {@link ContextDocument}. Every
 * list is bounded while it is read: tokens by the token limits, scores together by the cell limit.
 */
final class ContextParser {

	private static final Set<String> TEXT_KEYS = Set.of("input_context", "output_context", "output_current");
	private static final Set<String> CCI_TEXT_KEYS = Set.of("contextual_output", "contextless_output", "contrast_token");

	/** Scores between two looks at the free memory. */
	private static final long SCORES_STEP = 1 << 20;

	private final JsonParser parser;
	private final ReadLimits limits;
	private final ContextDocument document = new ContextDocument();
	/** Every token and text kept, together: many small ones can add up to more than the heap. */
	private final MemoryBudget.Strings kept = new MemoryBudget.Strings("keeping the tokens and texts");
	/** The scores of all cci_scores entries so far: together they are the matrix's cells. */
	private long scores;
	/** The part being read, for messages about truncated files; null between top-level keys. */
	private String section;

	ContextParser(JsonParser parser, ReadLimits limits) {
		this.parser = parser;
		this.limits = limits;
	}

	String section() {
		return section;
	}

	ContextDocument parse() throws IOException, AttributionFormatException {
		JsonToken token = parser.nextToken();
		if (token != JsonToken.START_OBJECT) {
			throw here().error("the top level is " + JsonKinds.describe(token) + "; " + ContextMatrix.EXPECTED);
		}
		document.at = here();
		Set<String> seen = new HashSet<>();
		while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
			String key = parser.currentName();
			if (!seen.add(key)) {
				throw here().error("duplicate key " + InertText.quote(key));
			}
			JsonToken value = parser.nextToken();
			section = key;
			readValue(key, value);
			section = null;
		}
		return document;
	}

	/** Fails on anything but whitespace after the top-level object. */
	void expectEnd() throws IOException, AttributionFormatException {
		if (parser.nextToken() != null) {
			throw here().error("unexpected content after the end of the JSON object");
		}
	}

	private void readValue(String key, JsonToken value) throws IOException, AttributionFormatException {
		switch (key) {
		case "input_context_tokens" -> document.inputContextTokens = readTokens(key, value);
		case "output_context_tokens" -> document.outputContextTokens = readTokens(key, value);
		case "output_current_tokens" -> {
			document.outputCurrentTokensAt = here();
			document.outputCurrentTokens = readTokens(key, value);
		}
		case "cti_scores" -> {
			document.ctiScoresAt = here();
			document.ctiScores = readNumbers(key, value, false);
		}
		case "cci_scores" -> readCciList(value);
		case "info" -> readInfo(value);
		default -> {
			if (TEXT_KEYS.contains(key)) {
				putText(document.texts, key, key, value);
			} else {
				parser.skipChildren();
			}
		}
		}
	}

	private List<String> readTokens(String key, JsonToken value) throws IOException, AttributionFormatException {
		if (value == JsonToken.VALUE_NULL) {
			return null;
		}
		if (value != JsonToken.START_ARRAY) {
			throw here().error(key + " must be a list of strings (tokens) or null, found " + JsonKinds.describe(value));
		}
		List<String> tokens = new ArrayList<>();
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
			tokens.add(token(key + "[" + tokens.size() + "]", token, tokens.size()));
		}
		return tokens;
	}

	/** One token, checked against the limits and counted. */
	private String token(String name, JsonToken token, int count) throws IOException, AttributionFormatException {
		if (token != JsonToken.VALUE_STRING) {
			throw here().error(name + " must be a string, found " + JsonKinds.describe(token));
		}
		if (count >= limits.maxTokens()) {
			throw here().error(name + ": the list has more than " + LimitMessages.count(limits.maxTokens()) + " tokens, "
					+ LimitMessages.cellsAllow(limits));
		}
		int length = parser.getTextLength();
		if (length > limits.maxTokenLength()) {
			throw here().error(name + " is " + LimitMessages.count(length) + " characters long, which "
					+ LimitMessages.tokenLength(limits));
		}
		kept.add(length, here());
		return parser.getText();
	}

	/**
	 * A list of numbers; NaN and null are missing values.
	 *
	 * @param cells whether the values are the matrix's cells: then they count towards the cell limit
	 *              and must be finite (a step score may be infinite)
	 */
	private FloatList readNumbers(String key, JsonToken value, boolean cells) throws IOException, AttributionFormatException {
		if (value == JsonToken.VALUE_NULL) {
			return null;
		}
		if (value != JsonToken.START_ARRAY) {
			throw here().error(key + " must be a list of numbers or null, found " + JsonKinds.describe(value));
		}
		FloatList numbers = new FloatList(64);
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
			String name = key + "[" + numbers.size() + "]";
			if (numbers.size() >= limits.maxTokens()) {
				throw here().error(key + " has more than " + LimitMessages.count(limits.maxTokens()) + " values, "
						+ LimitMessages.cellsAllow(limits));
			}
			if (cells && ++scores > limits.maxCells()) {
				throw here().error("the cci_scores hold more than " + LimitMessages.count(limits.maxCells())
						+ " scores, which " + LimitMessages.cells(limits));
			}
			if (cells && scores % SCORES_STEP == 0) {
				// the lists are kept until the end, then copied into the matrix: both must fit
				MemoryBudget.check(3L * SCORES_STEP * Float.BYTES, "keeping the cci_scores ("
						+ LimitMessages.count(scores) + " so far)", here());
			}
			float number = number(name, token);
			if (cells && Float.isInfinite(number)) {
				throw here().error(name + " is infinite; attributions must be finite numbers or NaN");
			}
			numbers.add(number);
		}
		return numbers;
	}

	private float number(String name, JsonToken token) throws IOException, AttributionFormatException {
		return switch (token) {
		case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> (float) parser.getDoubleValue();
		case VALUE_NULL -> Float.NaN;
		default -> throw here().error(name + " must be a number, NaN or null, found " + JsonKinds.describe(token));
		};
	}

	private void readCciList(JsonToken value) throws IOException, AttributionFormatException {
		document.cciAt = here();
		if (value != JsonToken.START_ARRAY) {
			throw here().error("cci_scores must be a list of objects (one per context-sensitive output token), found "
					+ JsonKinds.describe(value));
		}
		List<ContextDocument.Cci> list = document.newCciList();
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
			ContextDocument.Cci cci = new ContextDocument.Cci(list.size(), here());
			if (token != JsonToken.START_OBJECT) {
				throw here().error(cci.name() + " must be an object {cti_idx, cti_token, input_context_scores, ...}, found "
						+ JsonKinds.describe(token));
			}
			section = cci.name();
			readCci(cci);
			list.add(cci);
		}
		section = "cci_scores";
	}

	private void readCci(ContextDocument.Cci cci) throws IOException, AttributionFormatException {
		JsonToken token;
		while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
			String key = parser.currentName();
			String name = cci.name() + "." + key;
			JsonToken value = parser.nextToken();
			switch (key) {
			case "cti_idx" -> {
				cci.ctiIdxAt = here();
				if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT
						|| parser.getIntValue() < 0) {
					throw here().error(name + " must be a non-negative integer (a position in output_current_tokens),"
							+ " found " + (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT
									? InertText.shorten(parser.getText(), InertText.MAX_QUOTE) : JsonKinds.describe(value)));
				}
				cci.ctiIdx = parser.getIntValue();
			}
			case "cti_token" -> cci.ctiToken = token(name, value, 0);
			case "cti_score" -> cci.ctiScore = number(name, value);
			case "input_context_scores" -> {
				cci.inputScoresAt = here();
				cci.inputScores = readNumbers(name, value, true);
			}
			case "output_context_scores" -> {
				cci.outputScoresAt = here();
				cci.outputScores = readNumbers(name, value, true);
			}
			default -> {
				if (CCI_TEXT_KEYS.contains(key)) {
					putText(cci.texts, key, name, value);
				} else {
					parser.skipChildren();
				}
			}
			}
		}
		if (cci.ctiIdx == null) {
			throw cci.at.error(cci.name() + " has no cti_idx; each entry names its output token by its position");
		}
		if (cci.ctiToken == null) {
			throw cci.at.error(cci.name() + " has no cti_token; each entry names its output token");
		}
	}

	/** {@code info}: the command's arguments; its strings, numbers and booleans are kept, lists and objects skipped. */
	private void readInfo(JsonToken value) throws IOException, AttributionFormatException {
		if (value == JsonToken.VALUE_NULL) {
			return;
		}
		if (value != JsonToken.START_OBJECT) {
			throw here().error("info must be an object, found " + JsonKinds.describe(value));
		}
		JsonToken token;
		while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
			String key = parser.currentName();
			JsonToken field = parser.nextToken();
			switch (field) {
			case VALUE_STRING -> document.info.put(key, keptText("info." + key));
			case VALUE_NUMBER_INT -> document.info.put(key, parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
					? parser.getText() : (Object) parser.getLongValue());
			case VALUE_NUMBER_FLOAT -> document.info.put(key, parser.getDoubleValue());
			case VALUE_TRUE, VALUE_FALSE -> document.info.put(key, field == JsonToken.VALUE_TRUE);
			case VALUE_NULL -> document.info.put(key, null);
			default -> parser.skipChildren();
			}
		}
	}

	/** A string or null; anything else is an error. */
	private void putText(Map<String, ? super String> into, String key, String name, JsonToken value)
			throws IOException, AttributionFormatException {
		if (value == JsonToken.VALUE_NULL) {
			return;
		}
		if (value != JsonToken.VALUE_STRING) {
			throw here().error(name + " must be a string or null, found " + JsonKinds.describe(value));
		}
		into.put(key, keptText(name));
	}

	/** A string that is kept: at most {@link ReadLimits#maxStringLength()}, and counted. */
	private String keptText(String name) throws IOException, AttributionFormatException {
		int length = parser.getTextLength();
		if (length > limits.maxStringLength()) {
			throw here().error(InertText.shorten(name, InertText.MAX_QUOTE) + " is " + LimitMessages.count(length)
					+ " characters long, which " + LimitMessages.stringLength(limits));
		}
		kept.add(length, here());
		return parser.getText();
	}

	private SourcePosition here() {
		return SourcePosition.of(parser.currentTokenLocation());
	}
}
