package org.attributionlens.model.io.inseq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.attributionlens.internal.model.io.LaneJsonFactory;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The base64 lane ({@link Base64Lane}) changes nothing but speed: on strings of every length,
 * whole or damaged anywhere (in the middle of a chunk the JDK's decoder takes, at a chunk's or a
 * buffer's edge), read in pieces of random sizes, it writes the same bytes as Jackson's own
 * decoder, or fails with the same exception, message and position, and leaves the parser where
 * Jackson leaves it.
 */
class Base64LaneTest {

	/** Characters the lane hands to the JDK's decoder at a time (Base64Lane.CHUNK). */
	private static final int CHUNK = 1024;

	/**
	 * What breaks a base64 string, each alone: the lane must leave all of them to Jackson. U+0141
	 * is 'A' in its low byte, which a decoder of bytes would take for one.
	 */
	private static final String[] DAMAGE = { "\"", "=", "==", "A=", " ", "\n", "\\u0041", "\\n", "\\\"", "#", "\u00e9", "\u0141",
			"\u0000", "-", "_", "AB\"" };

	@Test
	void sameBytesForWholeStrings() throws IOException {
		Random random = new Random(11);
		for (int length : new int[] { 0, 1, 2, 3, 767, 768, 769, 3000, 3001, 3002, 9000, 20000 }) {
			String text = Base64.getEncoder().encodeToString(bytes(random, length));
			assertSame(document(text), random);
			if (text.endsWith("=")) {
				// Inseq's variant also reads a string without its padding
				assertSame(document(text.replace("=", "")), random);
			}
		}
	}

	@Test
	void sameOutcomeForDamagedStrings() throws IOException {
		Random random = new Random(2026);
		for (int i = 0; i < 3000; i++) {
			String text = Base64.getEncoder().encodeToString(bytes(random, random.nextInt(12000)));
			int at = random.nextInt(text.length() + 1);
			if (random.nextBoolean() && text.length() > CHUNK) {
				// at the edge of a chunk the JDK's decoder takes, where padding would read as the end
				at = Math.min(text.length(), CHUNK * (1 + random.nextInt(text.length() / CHUNK)) - 4 + random.nextInt(9));
			}
			String damage = DAMAGE[random.nextInt(DAMAGE.length)];
			String damaged = text.substring(0, at) + damage + text.substring(at);
			if (random.nextInt(10) == 0) {
				// cut off: the input ends inside the string
				damaged = damaged.substring(0, random.nextInt(damaged.length() + 1));
				assertSame("{\"t\": \"" + damaged, random);
			} else {
				assertSame(document(damaged), random);
			}
		}
	}

	private static String document(String base64) {
		return "{\"t\": \"" + base64 + "\", \"after\": [1, 2]}";
	}

	private static byte[] bytes(Random random, int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return bytes;
	}

	/** Reads the document with and without the lane and compares everything either does. */
	private static void assertSame(String json, Random random) throws IOException {
		long seed = random.nextLong();
		List<String> plain = trace(new JsonFactory(), json, seed);
		List<String> lane = trace(new LaneJsonFactory(new JsonFactoryBuilder(), Base64Lane::new), json, seed);
		assertEquals(plain, lane, () -> "for " + (json.length() > 200 ? json.substring(0, 200) + "..." : json));
	}

	/** The decoded bytes or the failure, then the remaining tokens, with positions. */
	private static List<String> trace(JsonFactory factory, String json, long seed) throws IOException {
		List<String> trace = new ArrayList<>();
		try (JsonParser parser = factory.createParser(new Pieces(json, new Random(seed)))) {
			try {
				while (parser.nextToken() != JsonToken.VALUE_STRING) {
					// to the tensor string
				}
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				int count = parser.readBinaryValue(TensorReader.BASE64, out);
				trace.add("decoded " + count + ": " + Base64.getEncoder().encodeToString(out.toByteArray()));
				for (JsonToken token; (token = parser.nextToken()) != null;) {
					trace.add(token + " at " + parser.currentTokenLocation().getCharOffset());
				}
			} catch (IOException | IllegalArgumentException e) {
				trace.add(e.getClass().getSimpleName() + ": " + e.getMessage() + " at "
						+ parser.currentLocation().getCharOffset());
			}
		}
		assertTrue(!trace.isEmpty());
		return trace;
	}

	/** A reader that hands out its text in pieces of random sizes, as a slow stream would. */
	private static final class Pieces extends Reader {
		private final StringReader text;
		private final Random random;

		Pieces(String text, Random random) {
			this.text = new StringReader(text);
			this.random = random;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			int piece = random.nextInt(4) == 0 ? 1 + random.nextInt(8) : 1 + random.nextInt(6000);
			return text.read(buffer, offset, Math.min(length, piece));
		}

		@Override
		public void close() {
			text.close();
		}
	}
}
