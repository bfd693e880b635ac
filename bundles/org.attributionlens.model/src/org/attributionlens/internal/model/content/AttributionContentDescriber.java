package org.attributionlens.internal.model.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescriber;
import org.eclipse.core.runtime.content.IContentDescription;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * Claims {@code .json} files that hold token attributions: a JSON object with one of the keys
 * {@code token_attr}, {@code input_tokens} or {@code output_tokens} at its top level, found within
 * the first {@value #LIMIT} bytes. Ordinary JSON files are left to other editors. Only the head of
 * the file is parsed, so a large file costs no more than a small one.
 */
public final class AttributionContentDescriber implements IContentDescriber {

	static final int LIMIT = 8192;
	private static final Set<String> KEYS = Set.of("token_attr", "input_tokens", "output_tokens");
	private static final JsonFactory FACTORY = JsonFactory.builder()
			.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
			.build();

	@Override
	public int describe(InputStream contents, IContentDescription description) throws IOException {
		byte[] head = contents.readNBytes(LIMIT + 1);
		boolean truncated = head.length > LIMIT;
		int length = Math.min(head.length, LIMIT);
		try (JsonParser parser = FACTORY.createParser(head, 0, length)) {
			return scan(parser);
		} catch (JsonEOFException e) {
			// the head ends inside a value: the key may still follow in the rest of the file
			return truncated ? INDETERMINATE : INVALID;
		} catch (JsonProcessingException e) {
			return truncated && e.getLocation() != null && e.getLocation().getByteOffset() >= length - 4
					? INDETERMINATE
					: INVALID;
		}
	}

	private static int scan(JsonParser parser) throws IOException {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			return INVALID;
		}
		JsonToken token;
		while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
			if (KEYS.contains(parser.currentName())) {
				return VALID;
			}
			parser.nextToken();
			parser.skipChildren();
		}
		// END_OBJECT: the whole object was seen without a key of ours; null: the head ended first
		return token == null ? INDETERMINATE : INVALID;
	}

	@Override
	public QualifiedName[] getSupportedOptions() {
		return new QualifiedName[0];
	}
}
