package org.attributionlens.model.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Random;

import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.tests.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Any bytes, for the binary readers: every valid numpy and safetensors fixture cut at every length
 * and with bytes changed at random is either read or refused with a located
 * {@link AttributionFormatException}; never another exception.
 */
class BinaryRobustnessTest {

	@Test
	void cutAndChangedFilesAreReadOrRefused() throws IOException {
		String[] names = new File(Fixtures.fixture("arrays").toString())
				.list((dir, name) -> name.endsWith(".npy") || name.endsWith(".npz") || name.endsWith(".safetensors"));
		assertTrue(names.length >= 15, Arrays.toString(names));
		Random random = new Random(17);
		for (String name : names) {
			byte[] bytes = Files.readAllBytes(Fixtures.fixture("arrays/" + name));
			for (int length = 0; length < bytes.length; length++) {
				check(Arrays.copyOf(bytes, length), name, name + " cut at " + length);
			}
			for (int round = 0; round < 300; round++) {
				byte[] changed = bytes.clone();
				for (int k = 0; k < 1 + round % 3; k++) {
					changed[random.nextInt(changed.length)] = (byte) random.nextInt(256);
				}
				check(changed, name, name + " changed, round " + round);
			}
		}
	}

	private static void check(byte[] bytes, String name, String what) throws IOException {
		try {
			AttributionMatrix matrix = AttributionReaders.read(new ByteArrayInputStream(bytes), name);
			matrix.statistics();
		} catch (AttributionFormatException e) {
			assertTrue(e.line() >= 1 && !e.reason().isBlank(), what + ": " + e.getMessage());
		} catch (RuntimeException e) {
			fail(what + ": " + e, e);
		}
	}
}
