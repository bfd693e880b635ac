package org.attributionlens.model.io.nativejson;

import java.io.IOException;

import org.attributionlens.internal.model.io.JsonKinds;
import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.InertText;
import org.attributionlens.model.io.AttributionFormatException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads the numbers of a native file: {@code token_attr}'s rows (through the parser's fast lane
 * when it has one) and the one-dimensional arrays beside it. Shared by the file's parser and by a
 * {@link TailReader} that reads the end of {@code token_attr} on a second core, so that both
 * accept and refuse exactly the same numbers with the same messages.
 */
final class TokenAttrRowReader {

	/** Where the rows of token_attr are read, for what needs to know when each one ends. */
	interface RowEnds {
		void ended(TokenAttrRows rows) throws IOException;
	}

	private final JsonParser parser;
	/** The parser's fast lane for token_attr rows, when it has one. */
	private final TokenAttrParser lane;

	TokenAttrRowReader(JsonParser parser) {
		this.parser = parser;
		this.lane = parser instanceof TokenAttrParser fast ? fast : null;
	}

	/**
	 * Reads the rows of token_attr up to the end of the array, after its '['.
	 *
	 * @param rowEnds told after each row, or null
	 */
	void readRows(TokenAttrRows rows, RowEnds rowEnds) throws IOException, AttributionFormatException {
		JsonToken token;
		while ((token = next()) != JsonToken.END_ARRAY) {
			int output = rows.count();
			if (token != JsonToken.START_ARRAY) {
				throw here().error("token_attr[" + output + "] must be an array of numbers (one per input token), found "
						+ JsonKinds.describe(token));
			}
			rows.startRow(here());
			int input = 0;
			while (next() != JsonToken.END_ARRAY) {
				rows.add(number("token_attr", output, input++));
				if (lane != null) {
					input += lane.readRowTail(rows);
				}
			}
			rows.endRow();
			if (rowEnds != null) {
				rowEnds.ended(rows);
			}
		}
		rows.finish();
	}

	/**
	 * The current value as a float: null and NaN mean missing (NaN); infinities and numbers beyond
	 * float range are errors that name the cell.
	 *
	 * @param inner -1 for one-dimensional arrays
	 */
	float number(String key, int outer, int inner) throws IOException, AttributionFormatException {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NULL) {
			return Float.NaN;
		}
		if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
			String hint = token == JsonToken.START_ARRAY && inner >= 0 ? "; token_attr must have exactly two dimensions" : "";
			throw here().error(cell(key, outer, inner) + " must be a number, NaN or null, found " + JsonKinds.describe(token) + hint);
		}
		if (parser.isNaN()) {
			double special = parser.getDoubleValue();
			if (Double.isNaN(special)) {
				return Float.NaN;
			}
			throw here().error(cell(key, outer, inner) + " is " + (special > 0 ? "Infinity" : "-Infinity")
					+ "; only finite numbers, NaN or null are allowed");
		}
		float value = parser.getFloatValue();
		if (Float.isInfinite(value)) {
			throw here().error(cell(key, outer, inner) + " is " + InertText.shorten(parser.getText(), InertText.MAX_QUOTE)
					+ ", too large for a 32-bit float; only finite numbers, NaN or null are allowed");
		}
		return value;
	}

	private static String cell(String key, int outer, int inner) {
		return key + "[" + outer + "]" + (inner >= 0 ? "[" + inner + "]" : "");
	}

	/** Advances; the parser itself fails on a premature end. */
	private JsonToken next() throws IOException {
		return parser.nextToken();
	}

	private SourcePosition here() {
		return SourcePosition.of(parser.currentTokenLocation());
	}
}
