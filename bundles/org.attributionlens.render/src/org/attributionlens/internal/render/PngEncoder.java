package org.attributionlens.internal.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Encodes an RGB image as PNG, tuned for heatmaps. The JDK's encoder tries every row filter on
 * every row and compresses hard, which took over 90% of the time of rendering a figure; a heatmap
 * is made of blocks of one colour, so the "up" filter alone turns every row inside a cell row into
 * zeros and the fastest deflate level compresses those to almost nothing. The result is an
 * ordinary 8-bit RGB PNG (no interlacing) that every viewer reads.
 */
final class PngEncoder {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
	private static final int COLOR_TYPE_RGB = 2;
	private static final int FILTER_NONE = 0;
	private static final int FILTER_UP = 2;
	/** Largest IDAT chunk written; any size is valid, this keeps the buffer small. */
	private static final int CHUNK = 1 << 16;
	/** The PNG specification's keyword for a short title. */
	static final String TITLE = "Title"; //$NON-NLS-1$
	/** The PNG specification's keyword for a description. */
	static final String DESCRIPTION = "Description"; //$NON-NLS-1$

	private PngEncoder() {
	}

	/** Writes {@code image}, which must be {@link BufferedImage#TYPE_INT_RGB}; does not close {@code out}. */
	static void write(BufferedImage image, OutputStream out) throws IOException {
		write(image, out, Map.of());
	}

	/**
	 * Writes {@code image} with a text chunk per entry of {@code texts} (keyword to text, in the
	 * map's order) before the pixels.
	 */
	static void write(BufferedImage image, OutputStream out, Map<String, String> texts) throws IOException {
		if (image.getType() != BufferedImage.TYPE_INT_RGB) {
			throw new IllegalArgumentException("an RGB image is expected, not type " + image.getType()); //$NON-NLS-1$
		}
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		out.write(SIGNATURE);
		ByteArrayOutputStream header = new ByteArrayOutputStream(13);
		DataOutputStream fields = new DataOutputStream(header);
		fields.writeInt(width);
		fields.writeInt(height);
		fields.writeByte(8);
		fields.writeByte(COLOR_TYPE_RGB);
		fields.writeByte(0); // deflate
		fields.writeByte(0); // adaptive filtering, one filter byte per row
		fields.writeByte(0); // no interlace
		chunk(out, "IHDR", header.toByteArray(), header.size()); //$NON-NLS-1$
		for (Map.Entry<String, String> text : texts.entrySet()) {
			textChunk(out, text.getKey(), text.getValue());
		}
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		try (DeflaterOutputStream compressed = new DeflaterOutputStream(new IdatStream(out), deflater, CHUNK)) {
			byte[] row = new byte[1 + 3 * width];
			byte[] previous = new byte[3 * width];
			byte[] current = new byte[3 * width];
			for (int y = 0; y < height; y++) {
				int offset = y * width;
				for (int x = 0, i = 0; x < width; x++) {
					int rgb = pixels[offset + x];
					current[i++] = (byte) (rgb >>> 16);
					current[i++] = (byte) (rgb >>> 8);
					current[i++] = (byte) rgb;
				}
				row[0] = (byte) (y == 0 ? FILTER_NONE : FILTER_UP);
				for (int i = 0; i < current.length; i++) {
					row[i + 1] = (byte) (current[i] - previous[i]);
				}
				compressed.write(row);
				byte[] swap = previous;
				previous = current;
				current = swap;
			}
		} finally {
			deflater.end();
		}
		chunk(out, "IEND", new byte[0], 0); //$NON-NLS-1$
		out.flush();
	}

	/**
	 * A tEXt chunk when the text is Latin-1, the only encoding tEXt allows; otherwise an iTXt chunk
	 * with the text in UTF-8 (tokens such as "▁" are not Latin-1). A NUL would end the text early
	 * and is replaced.
	 */
	private static void textChunk(OutputStream out, String keyword, String text) throws IOException {
		String clean = text.replace('\0', '\uFFFD');
		ByteArrayOutputStream data = new ByteArrayOutputStream();
		data.write(keyword.getBytes(StandardCharsets.ISO_8859_1));
		data.write(0);
		if (StandardCharsets.ISO_8859_1.newEncoder().canEncode(clean)) {
			data.write(clean.getBytes(StandardCharsets.ISO_8859_1));
			chunk(out, "tEXt", data.toByteArray(), data.size()); //$NON-NLS-1$
		} else {
			// not compressed, no language tag, no translated keyword
			data.write(new byte[] { 0, 0, 0, 0 });
			data.write(clean.getBytes(StandardCharsets.UTF_8));
			chunk(out, "iTXt", data.toByteArray(), data.size()); //$NON-NLS-1$
		}
	}

	private static void chunk(OutputStream out, String type, byte[] data, int length) throws IOException {
		DataOutputStream stream = new DataOutputStream(out);
		stream.writeInt(length);
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		stream.write(typeBytes);
		stream.write(data, 0, length);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data, 0, length);
		stream.writeInt((int) crc.getValue());
	}

	/** The compressed stream as IDAT chunks; closing writes the last one but leaves {@code out} open. */
	private static final class IdatStream extends OutputStream {
		private final OutputStream out;
		private final byte[] buffer = new byte[CHUNK];
		private int length;

		IdatStream(OutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int b) throws IOException {
			if (length == buffer.length) {
				flushChunk();
			}
			buffer[length++] = (byte) b;
		}

		@Override
		public void write(byte[] data, int offset, int count) throws IOException {
			int from = offset;
			int left = count;
			while (left > 0) {
				if (length == buffer.length) {
					flushChunk();
				}
				int n = Math.min(left, buffer.length - length);
				System.arraycopy(data, from, buffer, length, n);
				length += n;
				from += n;
				left -= n;
			}
		}

		private void flushChunk() throws IOException {
			if (length > 0) {
				chunk(out, "IDAT", buffer, length); //$NON-NLS-1$
				length = 0;
			}
		}

		@Override
		public void close() throws IOException {
			flushChunk();
		}
	}
}
