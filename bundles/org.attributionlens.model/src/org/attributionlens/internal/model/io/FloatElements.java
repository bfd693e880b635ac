package org.attributionlens.internal.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The floating-point element types of binary matrices (numpy's float16/32/64, safetensors' F16,
 * BF16, F32, F64), decoded in blocks from a stream in either byte order.
 */
public enum FloatElements {
	F16(2, "float16"), BF16(2, "bfloat16"), F32(4, "float32"), F64(8, "float64");

	/** Bytes decoded at a time: small enough to stay in cache, large enough for bulk views. */
	private static final int BLOCK = 64 * 1024;
	/** Values allocated at first when the data's presence is not yet known (a compressed stream). */
	private static final int FIRST_CAPACITY = 1 << 20;

	private final int size;
	private final String numpyName;

	FloatElements(int size, String numpyName) {
		this.size = size;
		this.numpyName = numpyName;
	}

	/** Bytes per element. */
	public int size() {
		return size;
	}

	/** numpy's name of the type, e.g. "float32". */
	public String numpyName() {
		return numpyName;
	}

	/** The elements that arrived: {@code values} has exactly {@code arrived} of them when the stream ended early. */
	public record Read(float[] values, int arrived) {
	}

	/**
	 * Reads {@code count} elements. When their bytes are known to be there (the file's size was
	 * checked), the array is allocated at once; otherwise it grows as the bytes arrive, so that a
	 * short stream that declares a large array costs only what it holds.
	 */
	public Read read(InputStream in, ByteOrder order, int count, boolean present) throws IOException {
		float[] values = new float[present ? count : Math.min(count, FIRST_CAPACITY)];
		byte[] block = new byte[(int) Math.min(BLOCK, Math.max(size, (long) count * size))];
		ByteBuffer buffer = ByteBuffer.wrap(block).order(order);
		int done = 0;
		while (done < count) {
			int want = Math.min(count - done, block.length / size);
			int got = in.readNBytes(block, 0, want * size);
			int whole = got / size;
			if (done + whole > values.length) {
				values = Arrays.copyOf(values, (int) Math.min(count, Math.max(done + whole, 2L * values.length)));
			}
			decode(buffer, values, done, whole);
			done += whole;
			if (whole < want) {
				return new Read(Arrays.copyOf(values, done), done);
			}
		}
		return new Read(values, done);
	}

	private void decode(ByteBuffer buffer, float[] values, int from, int count) {
		buffer.clear();
		switch (this) {
		case F32 -> buffer.asFloatBuffer().get(values, from, count);
		case F64 -> {
			for (int k = 0; k < count; k++) {
				values[from + k] = (float) buffer.getDouble(k * 8);
			}
		}
		case F16 -> {
			for (int k = 0; k < count; k++) {
				values[from + k] = Float.float16ToFloat(buffer.getShort(k * 2));
			}
		}
		// bfloat16 is the upper half of a float32
		case BF16 -> {
			for (int k = 0; k < count; k++) {
				values[from + k] = Float.intBitsToFloat((buffer.getShort(k * 2) & 0xFFFF) << 16);
			}
		}
		}
	}
}
