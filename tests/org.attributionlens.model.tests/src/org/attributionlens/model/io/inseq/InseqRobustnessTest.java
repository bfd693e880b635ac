package org.attributionlens.model.io.inseq;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.ReadLimits;
import org.attributionlens.model.io.ReadOptions;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Damaged copies of the valid fixtures (truncated, bytes changed, ranges dropped or repeated,
 * structural characters inserted) are either read or refused with a located
 * {@link AttributionFormatException}: never another exception or error. A quick, deterministic
 * complement to the fuzz campaign.
 */
class InseqRobustnessTest {

	private static final String[] VALID = { "current-f32.json", "current-f16.json", "current-f8-e4m3.json",
			"legacy-b64.json", "legacy-b64gz.json", "legacy-lists.json", "legacy-fortran-3d.json", "gradient-3d.json",
			"attention-4d.json", "two-sequences.json", "primitives.json" };
	private static final byte[] STRUCTURE = "{}[]\",:0-9.eNaInfinityul=+/ \n\u00e9".getBytes(
			java.nio.charset.StandardCharsets.UTF_8);
	/** Small limits, so that damaged sizes meet them quickly. */
	private static final ReadOptions OPTIONS = new ReadOptions(0, new ReadLimits(100_000, 1 << 20, 1_000, 32));

	@Test
	void everyTruncationIsRefusedWithALocation() throws IOException {
		for (String name : VALID) {
			byte[] bytes = Files.readAllBytes(Fixtures.fixture("inseq/" + name));
			for (int length = 0; length < bytes.length - 2; length += 7) {
				check(name + " cut at " + length, Arrays.copyOf(bytes, length), true);
			}
		}
	}

	@Test
	void randomDamageNeverEscapesAsAnotherException() throws IOException {
		List<byte[]> files = new ArrayList<>();
		for (String name : VALID) {
			files.add(Files.readAllBytes(Fixtures.fixture("inseq/" + name)));
		}
		Random random = new Random(20261121);
		for (int round = 0; round < 3000; round++) {
			int which = random.nextInt(files.size());
			byte[] damaged = files.get(which);
			int mutations = 1 + random.nextInt(3);
			StringBuilder how = new StringBuilder(VALID[which]);
			for (int m = 0; m < mutations; m++) {
				damaged = mutate(damaged, random, how);
			}
			check(how.toString(), damaged, false);
		}
	}

	private static byte[] mutate(byte[] bytes, Random random, StringBuilder how) {
		if (bytes.length < 4) {
			return bytes;
		}
		int at = random.nextInt(bytes.length);
		switch (random.nextInt(5)) {
		case 0 -> {
			byte[] copy = bytes.clone();
			copy[at] = (byte) random.nextInt(256);
			how.append(" byte@").append(at);
			return copy;
		}
		case 1 -> {
			byte[] copy = bytes.clone();
			copy[at] = STRUCTURE[random.nextInt(STRUCTURE.length)];
			how.append(" char@").append(at);
			return copy;
		}
		case 2 -> {
			int length = Math.min(bytes.length - at, 1 + random.nextInt(40));
			how.append(" drop@").append(at).append('+').append(length);
			byte[] copy = new byte[bytes.length - length];
			System.arraycopy(bytes, 0, copy, 0, at);
			System.arraycopy(bytes, at + length, copy, at, bytes.length - at - length);
			return copy;
		}
		case 3 -> {
			int length = Math.min(bytes.length - at, 1 + random.nextInt(40));
			how.append(" repeat@").append(at).append('+').append(length);
			byte[] copy = new byte[bytes.length + length];
			System.arraycopy(bytes, 0, copy, 0, at + length);
			System.arraycopy(bytes, at, copy, at + length, bytes.length - at);
			return copy;
		}
		default -> {
			how.append(" cut@").append(at);
			return Arrays.copyOf(bytes, at);
		}
		}
	}

	private static void check(String what, byte[] bytes, boolean mustFail) {
		try {
			new InseqJsonReader(OPTIONS).read(new ByteArrayInputStream(bytes));
			if (mustFail) {
				fail(what + ": a truncated file was read");
			}
		} catch (AttributionFormatException e) {
			assertTrue(e.line() > 0 && e.column() > 0, what + ": not located: " + e.getMessage());
			assertTrue(!e.reason().isBlank() && !e.reason().contains("Exception"), what + ": " + e.getMessage());
		} catch (IOException | RuntimeException | Error e) {
			throw new AssertionError(what + ": escaped as " + e, e);
		}
	}
}
