package org.attributionlens.internal.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our PNG encoder writes valid files that decode to exactly the pixels given: checked with the
 * JDK's decoder and by walking the chunks (lengths, CRCs, IDAT split, IEND last).
 */
class PngEncoderTest {

	@ParameterizedTest
	@CsvSource({ "1, 1", "3, 2", "523, 467", "2000, 700" })
	void decodesToTheSamePixels(int width, int height) throws IOException {
		BufferedImage image = heatmapLike(width, height, new Random(width * 31L + height));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PngEncoder.write(image, out);
		byte[] png = out.toByteArray();

		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
		assertEquals(width, decoded.getWidth());
		assertEquals(height, decoded.getHeight());
		assertArrayEquals(image.getRGB(0, 0, width, height, null, 0, width),
				decoded.getRGB(0, 0, width, height, null, 0, width));

		List<String> chunks = chunks(png);
		assertEquals("IHDR", chunks.get(0));
		assertEquals("IEND", chunks.get(chunks.size() - 1));
		assertTrue(chunks.subList(1, chunks.size() - 1).stream().allMatch("IDAT"::equals), chunks.toString());
	}

	/** Blocks of one colour with some noise, like cells with anti-aliased text in them. */
	private static BufferedImage heatmapLike(int width, int height, Random random) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		int[] colours = new int[64];
		for (int i = 0; i < colours.length; i++) {
			colours[i] = random.nextInt(1 << 24);
		}
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int colour = colours[(y / 17 * 7 + x / 23) % colours.length];
				image.setRGB(x, y, random.nextInt(20) == 0 ? random.nextInt(1 << 24) : colour);
			}
		}
		return image;
	}

	/** The chunk types in order, after checking the signature, every length and every CRC. */
	private static List<String> chunks(byte[] png) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
		byte[] signature = new byte[8];
		in.readFully(signature);
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, signature);
		List<String> types = new ArrayList<>();
		while (in.available() > 0) {
			int length = in.readInt();
			byte[] type = new byte[4];
			in.readFully(type);
			byte[] data = new byte[length];
			in.readFully(data);
			CRC32 crc = new CRC32();
			crc.update(type);
			crc.update(data);
			assertEquals((int) crc.getValue(), in.readInt(), "CRC of " + new String(type));
			types.add(new String(type, java.nio.charset.StandardCharsets.US_ASCII));
		}
		return types;
	}
}
