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
 * {@code token_attr}, {@code input_tokens} or {@code output_tokens} (our native format) or
 * {@code sequence_attributions} (Inseq with primitives) at its top level, or an Inseq
 * {@code FeatureAttributionOutput} wrapper, found within the first {@value #LIMIT} bytes, also
 * inside gzip compression. Ordinary JSON files are left to other editors. Only the head of
 * the file is parsed, so a large file costs no more than a small one.
 */
public final class AttributionContentDescriber implements IContentDescriber {

	static final int LIMIT = 8192;
	private static final Set<String> KEYS = Set.of("token_attr", "input_tokens", "output_tokens",
			"sequence_attributions");
	private static final String INSTANCE_TYPE = "__instance_type__";
	private static final String INSEQ_OUTPUT_CLASS = "FeatureAttributionOutput";
	private static final JsonFactory FACTORY = JsonFactory.builder()
			.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
			.build();

	@Override
	public int describe(InputStream contents, IContentDescription description) throws IOException {
		byte[] head = contents.readNBytes(LIMIT + 1);
		if (head.length > 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
			head = gunzippedHead(head, contents);
		}
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
			if (INSTANCE_TYPE.equals(parser.currentName())) {
				return isInseqOutput(parser) ? VALID : INVALID;
			}
			parser.nextToken();
			parser.skipChildren();
		}
		// END_OBJECT: the whole object was seen without a key of ours; null: the head ended first
		return token == null ? INDETERMINATE : INVALID;
	}

	/** {@code "__instance_type__": ["inseq.data.attribution", "FeatureAttributionOutput"]} */
	private static boolean isInseqOutput(JsonParser parser) throws IOException {
		if (parser.nextToken() != JsonToken.START_ARRAY) {
			return false;
		}
		boolean found = false;
		JsonToken token;
		while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
			found |= parser.getText().endsWith(INSEQ_OUTPUT_CLASS);
		}
		return found && token == JsonToken.END_ARRAY;
	}

	/** The first bytes of a gzip-compressed file, decompressed; as many as the describer looks at. */
	private static byte[] gunzippedHead(byte[] head, InputStream rest) throws IOException {
		InputStream whole = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), rest);
		try {
			return new java.util.zip.GZIPInputStream(whole).readNBytes(LIMIT + 1);
		} catch (java.util.zip.ZipException | java.io.EOFException e) {
			// not really gzip, or cut short: nothing we can read
			return new byte[0];
		}
	}

	@Override
	public QualifiedName[] getSupportedOptions() {
		return new QualifiedName[0];
	}
}
