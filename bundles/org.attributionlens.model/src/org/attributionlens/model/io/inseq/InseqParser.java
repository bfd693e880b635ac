package org.attributionlens.model.io.inseq;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.LimitMessages;
import org.attributionlens.model.io.MemoryBudget;
import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Walks an Inseq file once, in whatever key order it comes, and collects an {@link InseqDocument}.
 * Objects may be wrapped as {@code {"__instance_type__": [module, class], "attributes": {...}}}
 * (Inseq's default) or not ({@code use_primitives=True}); the class names are data and only
 * skipped. Sequences other than the requested one are skipped without decoding their tensors.
 */
final class InseqParser {

	private static final String INSTANCE_TYPE = "__instance_type__";
	private static final String ATTRIBUTES = "attributes";

	@FunctionalInterface
	private interface FieldHandler {
		/** Called with the parser on the field's value; must consume the value entirely. */
		void field(String key, JsonToken value) throws IOException, AttributionFormatException;
	}

	private final JsonParser parser;
	private final ReadOptions options;
	private final TensorReader tensors;
	private final InseqDocument document = new InseqDocument();
	/** Every token and info string kept, together: many small ones can add up to more than the heap. */
	private final MemoryBudget.Strings kept = new MemoryBudget.Strings("keeping the tokens and info texts");
	/** The part being read, for messages about truncated files; null at the top level. */
	private String section;

	InseqParser(JsonParser parser, ReadOptions options) {
		this.parser = parser;
		this.options = options;
		this.tensors = new TensorReader(parser, options.limits());
	}

	String section() {
		return section;
	}

	InseqDocument parse() throws IOException, AttributionFormatException {
		JsonToken token = parser.nextToken();
		if (token == null) {
			throw SourcePosition.START.error("the file is empty; " + InseqErrors.EXPECTED);
		}
		if (token != JsonToken.START_OBJECT) {
			throw here().error("the top level is " + InseqErrors.describe(token) + "; " + InseqErrors.EXPECTED);
		}
		document.at = here();
		readObject((key, value) -> {
			switch (key) {
			case "sequence_attributions" -> {
				section = key;
				readSequences();
			}
			case "info" -> {
				section = key;
				readInfo(value);
			}
			default -> parser.skipChildren();
			}
			section = null;
		});
		return document;
	}

	/** Fails on anything but whitespace after the top-level object. */
	void expectEnd() throws IOException, AttributionFormatException {
		if (parser.nextToken() != null) {
			throw here().error("unexpected content after the end of the JSON object");
		}
	}

	/**
	 * Reads the fields of the object the parser stands on, looking through an
	 * {@code __instance_type__}/{@code attributes} wrapper (one level: a wrapper directly inside
	 * attributes is not unwrapped again, so the recursion depth is fixed).
	 */
	private void readObject(FieldHandler handler) throws IOException, AttributionFormatException {
		readObject(handler, true);
	}

	private void readObject(FieldHandler handler, boolean unwrap) throws IOException, AttributionFormatException {
		JsonToken token;
		while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
			String key = parser.currentName();
			JsonToken value = parser.nextToken();
			if (INSTANCE_TYPE.equals(key)) {
				checkInstanceType(value);
			} else if (unwrap && ATTRIBUTES.equals(key) && value == JsonToken.START_OBJECT) {
				readObject(handler, false);
			} else {
				handler.field(key, value);
			}
		}
		if (token != JsonToken.END_OBJECT) {
			throw here().error("expected a key, found " + InseqErrors.describe(token));
		}
	}

	/** The class name is only checked to be one: it is never looked up. */
	private void checkInstanceType(JsonToken value) throws IOException, AttributionFormatException {
		SourcePosition at = here();
		String problem = INSTANCE_TYPE + " must be a list of strings [module, class name], found ";
		if (value != JsonToken.START_ARRAY) {
			throw at.error(problem + InseqErrors.describe(value));
		}
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
			if (token != JsonToken.VALUE_STRING) {
				throw here().error(problem + "a list holding " + InseqErrors.describe(token));
			}
		}
	}

	private void readSequences() throws IOException, AttributionFormatException {
		JsonToken token = parser.currentToken();
		document.sequencesAt = here();
		if (token != JsonToken.START_ARRAY) {
			throw here().error("sequence_attributions must be a list of sequences, found " + InseqErrors.describe(token));
		}
		int index = 0;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
			if (index == options.sequence()) {
				String name = "sequence_attributions[" + index + "]";
				if (token != JsonToken.START_OBJECT) {
					throw here().error(name + " must be an object (a FeatureAttributionSequenceOutput), found "
							+ InseqErrors.describe(token));
				}
				section = name;
				document.sequence = readSequence(index);
				section = "sequence_attributions";
			} else {
				parser.skipChildren();
			}
			index++;
		}
		document.sequenceCount = index;
	}

	private InseqDocument.Sequence readSequence(int index) throws IOException, AttributionFormatException {
		InseqDocument.Sequence sequence = new InseqDocument.Sequence(index, here());
		String prefix = "sequence_attributions[" + index + "].";
		readObject((key, value) -> {
			section = prefix + key;
			switch (key) {
			case "source" -> {
				sequence.sourceAt = here();
				sequence.source = readTokens(key, value);
			}
			case "target" -> {
				sequence.targetAt = here();
				sequence.target = readTokens(key, value);
			}
			case "source_attributions" -> sequence.sourceAttributions = tensors.read(key, TensorKind.ATTRIBUTION);
			case "target_attributions" -> sequence.targetAttributions = tensors.read(key, TensorKind.ATTRIBUTION);
			case "step_scores" -> readStepScores(sequence, value);
			case "attr_pos_start" -> {
				sequence.attrPosStartAt = here();
				sequence.attrPosStart = readPosition(key, value);
			}
			case "attr_pos_end" -> {
				sequence.attrPosEndAt = here();
				sequence.attrPosEnd = readPosition(key, value);
			}
			default -> parser.skipChildren();
			}
			section = prefix.substring(0, prefix.length() - 1);
		});
		return sequence;
	}

	private List<String> readTokens(String key, JsonToken value) throws IOException, AttributionFormatException {
		if (value == JsonToken.VALUE_NULL) {
			return null;
		}
		if (value != JsonToken.START_ARRAY) {
			throw here().error(key + " must be a list of tokens, found " + InseqErrors.describe(value));
		}
		List<String> tokens = new ArrayList<>();
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
			String element = key + "[" + tokens.size() + "]";
			if (token == JsonToken.VALUE_STRING) {
				tokens.add(tokenText(element));
			} else if (token == JsonToken.START_OBJECT) {
				SourcePosition at = here();
				String[] text = new String[1];
				readObject((field, fieldValue) -> {
					if ("token".equals(field)) {
						if (fieldValue != JsonToken.VALUE_STRING) {
							throw here().error(element + ".token must be a string, found " + InseqErrors.describe(fieldValue));
						}
						text[0] = tokenText(element);
					} else {
						parser.skipChildren();
					}
				});
				if (text[0] == null) {
					throw at.error(element + " has no \"token\"; expected a token object {\"id\": ..., \"token\": ...}");
				}
				tokens.add(text[0]);
			} else {
				throw here().error(element + " must be a token object {\"id\": ..., \"token\": ...}, found "
						+ InseqErrors.describe(token));
			}
		}
		return tokens;
	}

	private String tokenText(String element) throws IOException, AttributionFormatException {
		int length = parser.getTextLength();
		if (length > options.limits().maxTokenLength()) {
			throw here().error(element + " is " + length + " characters long, more than the limit of "
					+ options.limits().maxTokenLength());
		}
		SourcePosition at = here();
		kept.add(length, at.line(), at.column());
		return parser.getText();
	}

	/** A string of info that is kept: at most {@link ReadLimits#maxStringLength()}, and counted. */
	private String keptText() throws IOException, AttributionFormatException {
		int length = parser.getTextLength();
		if (length > options.limits().maxStringLength()) {
			throw here().error("a string of " + section + " is " + LimitMessages.count(length) + " characters long, which "
					+ LimitMessages.stringLength(options.limits()));
		}
		SourcePosition at = here();
		kept.add(length, at.line(), at.column());
		return parser.getText();
	}

	private void readStepScores(InseqDocument.Sequence sequence, JsonToken value)
			throws IOException, AttributionFormatException {
		if (value == JsonToken.VALUE_NULL) {
			return;
		}
		if (value != JsonToken.START_OBJECT) {
			throw here().error("step_scores must be an object of named score tensors, found " + InseqErrors.describe(value));
		}
		JsonToken token;
		while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			Tensor scores = tensors.read("step_scores." + name, TensorKind.SCORES);
			if (scores != null) {
				sequence.stepScores.put(name, scores);
			}
		}
		if (token != JsonToken.END_OBJECT) {
			throw here().error("expected a key, found " + InseqErrors.describe(token));
		}
	}

	private Integer readPosition(String key, JsonToken value) throws IOException, AttributionFormatException {
		if (value == JsonToken.VALUE_NULL) {
			return null;
		}
		if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT
				|| parser.getIntValue() < 0) {
			throw here().error(key + " must be a non-negative integer or null, found "
					+ (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT ? parser.getText()
							: InseqErrors.describe(value)));
		}
		return parser.getIntValue();
	}

	private void readInfo(JsonToken value) throws IOException, AttributionFormatException {
		if (value == JsonToken.VALUE_NULL) {
			return;
		}
		if (value != JsonToken.START_OBJECT) {
			throw here().error("info must be an object, found " + InseqErrors.describe(value));
		}
		InseqDocument.Info info = document.info;
		readObject((key, token) -> {
			switch (key) {
			case "attr_pos_start" -> {
				info.attrPosStartAt = here();
				info.attrPosStart = readPosition("info.attr_pos_start", token);
			}
			case "attr_pos_end" -> {
				info.attrPosEndAt = here();
				info.attrPosEnd = readPosition("info.attr_pos_end", token);
			}
			case "input_texts" -> info.inputText = pick(token);
			case "generated_texts" -> info.generatedText = pick(token);
			default -> {
				Object scalar = scalar(token);
				if (scalar != null || token == JsonToken.VALUE_NULL) {
					info.scalars.put(key, scalar);
				} else {
					parser.skipChildren();
				}
			}
			}
		});
	}

	/** The requested sequence's string from a list of one string per sequence; null when absent. */
	private String pick(JsonToken value) throws IOException, AttributionFormatException {
		if (value != JsonToken.START_ARRAY) {
			if (value == JsonToken.VALUE_STRING && options.sequence() == 0) {
				return keptText();
			}
			parser.skipChildren();
			return null;
		}
		String picked = null;
		int index = 0;
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
			if (index++ == options.sequence() && token == JsonToken.VALUE_STRING) {
				picked = keptText();
			} else {
				parser.skipChildren();
			}
		}
		return picked;
	}

	/** A string, number or boolean value; null for null and for lists and objects. */
	private Object scalar(JsonToken token) throws IOException, AttributionFormatException {
		return switch (token) {
		case VALUE_STRING -> keptText();
		case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
		case INT, LONG -> parser.getLongValue();
		default -> parser.getText();
		};
		case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
		case VALUE_TRUE -> Boolean.TRUE;
		case VALUE_FALSE -> Boolean.FALSE;
		default -> null;
		};
	}

	private SourcePosition here() {
		return SourcePosition.of(parser.currentTokenLocation());
	}
}
