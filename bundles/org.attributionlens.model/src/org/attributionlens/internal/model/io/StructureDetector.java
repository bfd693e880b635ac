package org.attributionlens.internal.model.io;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * Tells what a JSON document is by its structure: the keys at its top level, read one after the
 * other until one decides, each value in between skipped without being kept (a prompt of
 * megabytes in Inseq's {@code info}, which Inseq writes first, costs reading, not memory). No fixed
 * window of bytes: a key decides wherever it is, up to a bound the caller derives from its limits.
 * <p>
 * The one detector behind both the readers' dispatch ({@code AttributionReaders}) and the IDE's
 * content type ({@code AttributionContentDescriber}), so that the two never disagree.
 */
public final class StructureDetector {

	/** What the document is. */
	public enum Kind {
		/** Inseq's {@code FeatureAttributionOutput}: {@code sequence_attributions} at the top, or its class wrapper. */
		INSEQ,
		/**
		 * Inseq's {@code attribute-context} output ({@code AttributeContextOutput.to_dict()}):
		 * {@code cci_scores}, {@code cti_scores} or {@code input_context_tokens} at the top.
		 */
		INSEQ_CONTEXT,
		/** Our native format: {@code input_tokens}, {@code output_tokens} or {@code token_attr} at the top. */
		NATIVE,
		/** JSON, but neither: an object without our keys, another class wrapper, or not an object. */
		OTHER_JSON,
		/** Not JSON at all (or broken before anything decided): left to the readers' own messages. */
		NOT_JSON,
		/** The bound came first, or the text ended inside the document (truncated). */
		UNDECIDED
	}

	private static final Set<String> NATIVE_KEYS = Set.of("input_tokens", "output_tokens", "token_attr"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String INSEQ_KEY = "sequence_attributions"; //$NON-NLS-1$
	private static final Set<String> INSEQ_CONTEXT_KEYS = Set.of("cci_scores", "cti_scores", "input_context_tokens"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/**
	 * The top-level keys of every JSON layout a format reads, recorded when they occur, so that a
	 * document that is none of them can be told which it comes nearest to; any other key is
	 * skipped unrecorded, which bounds what is kept whatever the document.
	 */
	public static final List<String> NATIVE_LAYOUT_KEYS = List.of("input_tokens", "output_tokens", "token_attr", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"seq_attr", "output_probs"); //$NON-NLS-1$ //$NON-NLS-2$
	public static final List<String> INSEQ_LAYOUT_KEYS = List.of("sequence_attributions", "step_scores", "info"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public static final List<String> INSEQ_CONTEXT_LAYOUT_KEYS = List.of("cci_scores", "cti_scores", //$NON-NLS-1$ //$NON-NLS-2$
			"input_context_tokens", "input_context", "output_context_tokens", "output_context", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"output_current_tokens", "output_current", "info"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String INSTANCE_TYPE = "__instance_type__"; //$NON-NLS-1$
	private static final String INSEQ_OUTPUT_CLASS = "FeatureAttributionOutput"; //$NON-NLS-1$

	private StructureDetector() {
	}

	/**
	 * What was found: the kind, where the top-level object starts, and which keys of the known
	 * layouts it has (complete for {@link Kind#OTHER_JSON}, whose every key was seen; only those
	 * before the deciding one otherwise), in file order.
	 */
	public record Structure(Kind kind, SourcePosition objectStart, Set<String> layoutKeys) {
		/** A structure known only by its kind. */
		public static Structure of(Kind kind) {
			return new Structure(kind, SourcePosition.START, Set.of());
		}
	}

	/**
	 * Reads at most {@code bound} bytes of {@code in} (UTF-8, or UTF-16/32 with or without a
	 * byte-order mark, as JSON allows) and closes nothing; the caller marks and resets around it.
	 *
	 * @param maxDepth the deepest nesting to skip through, as the readers allow
	 */
	public static Kind detect(InputStream in, long bound, int maxDepth) throws IOException {
		return scan(in, bound, maxDepth).kind();
	}

	/** As {@link #detect}, with where the object starts and the known layouts' keys it has. */
	public static Structure scan(InputStream in, long bound, int maxDepth) throws IOException {
		JsonFactory factory = JsonFactory.builder()
				.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
				.disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
				.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Math.max(2, maxDepth)).build())
				.build();
		Bounded bounded = new Bounded(in, bound);
		Set<String> keys = new LinkedHashSet<>();
		SourcePosition start = SourcePosition.START;
		try (JsonParser parser = factory.createParser(bounded)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				return found(bounded.reachedBound() ? Kind.UNDECIDED : Kind.NOT_JSON, start, keys);
			}
			start = SourcePosition.of(parser.currentTokenLocation());
			if (first != JsonToken.START_OBJECT) {
				return found(Kind.OTHER_JSON, start, keys);
			}
			JsonToken token;
			while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
				String key = parser.currentName();
				if (NATIVE_LAYOUT_KEYS.contains(key) || INSEQ_LAYOUT_KEYS.contains(key) || INSEQ_CONTEXT_LAYOUT_KEYS.contains(key)) {
					keys.add(key);
				}
				if (NATIVE_KEYS.contains(key)) {
					return found(Kind.NATIVE, start, keys);
				}
				if (INSEQ_KEY.equals(key)) {
					return found(Kind.INSEQ, start, keys);
				}
				if (INSEQ_CONTEXT_KEYS.contains(key)) {
					return found(Kind.INSEQ_CONTEXT, start, keys);
				}
				if (INSTANCE_TYPE.equals(key)) {
					return found(isInseqOutput(parser) ? Kind.INSEQ : Kind.OTHER_JSON, start, keys);
				}
				parser.nextToken();
				parser.skipChildren();
			}
			return found(token == JsonToken.END_OBJECT ? Kind.OTHER_JSON : Kind.UNDECIDED, start, keys);
		} catch (JsonProcessingException e) {
			// the end of the bound looks like a truncated document; anything else is not JSON here
			return found(bounded.reachedBound() || e instanceof com.fasterxml.jackson.core.io.JsonEOFException
					? Kind.UNDECIDED
					: Kind.NOT_JSON, start, keys);
		} catch (CharConversionException e) {
			// bytes that are not text in the encoding the parser detected (UTF-32 and the like)
			return found(Kind.NOT_JSON, start, keys);
		}
	}

	private static Structure found(Kind kind, SourcePosition start, Set<String> keys) {
		return new Structure(kind, start, keys.isEmpty() ? Set.of() : Collections.unmodifiableSet(keys));
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

	/** At most {@code bound} bytes, then the end. */
	private static final class Bounded extends FilterInputStream {
		private long left;
		private boolean reached;

		Bounded(InputStream in, long bound) {
			super(in);
			this.left = bound;
		}

		boolean reachedBound() {
			return reached;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (left <= 0) {
				reached = true;
				return -1;
			}
			int n = super.read(buffer, offset, (int) Math.min(length, left));
			if (n > 0) {
				left -= n;
			}
			return n;
		}

		@Override
		public void close() {
			// the caller owns the stream
		}
	}
}
