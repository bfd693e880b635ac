package org.attributionlens.model.io.inseq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.attributionlens.internal.model.io.SourcePosition;
import org.attributionlens.model.io.AttributionFormatException;
import org.attributionlens.model.io.ReadLimits;
import org.junit.jupiter.api.Test;

/** The element decoders, the base64 decoder, the reducer and the streaming safetensors sink. */
class TensorDecodingTest {

	@Test
	void float16KnownValues() {
		assertEquals(1.0f, DType.float16(0x3C00));
		assertEquals(-2.0f, DType.float16(0xC000));
		assertEquals(65504f, DType.float16(0x7BFF));
		assertEquals(0.0f, DType.float16(0x0000));
		assertEquals(Float.floatToIntBits(-0.0f), Float.floatToIntBits(DType.float16(0x8000)));
		assertEquals(5.9604645e-8f, DType.float16(0x0001)); // smallest subnormal, 2^-24
		assertEquals(6.1035156e-5f, DType.float16(0x0400)); // smallest normal, 2^-14
		assertTrue(Float.isNaN(DType.float16(0x7E00)));
		assertEquals(Float.POSITIVE_INFINITY, DType.float16(0x7C00));
		assertEquals(Float.NEGATIVE_INFINITY, DType.float16(0xFC00));
		assertEquals(0.33325195f, DType.float16(0x3555));
	}

	@Test
	void bfloat16KnownValues() {
		assertEquals(1.0f, DType.bfloat16(0x3F80));
		assertEquals(-2.0f, DType.bfloat16(0xC000));
		assertEquals(0.5f, DType.bfloat16(0x3F00));
		assertTrue(Float.isNaN(DType.bfloat16(0x7FC0)));
		assertEquals(Float.POSITIVE_INFINITY, DType.bfloat16(0x7F80));
		assertEquals(Math.scalb(1f, -133), DType.bfloat16(0x0001)); // smallest subnormal
	}

	@Test
	void float8E4M3FnKnownValues() {
		assertEquals(1.0f, DType.e4m3(0x38));
		assertEquals(-1.0f, DType.e4m3(0xB8));
		assertEquals(448f, DType.e4m3(0x7E)); // largest: no infinities in the fn variant
		assertEquals(-448f, DType.e4m3(0xFE));
		assertEquals(Math.scalb(1f, -9), DType.e4m3(0x01)); // smallest subnormal
		assertEquals(Math.scalb(7f, -9), DType.e4m3(0x07)); // largest subnormal
		assertEquals(Math.scalb(1f, -6), DType.e4m3(0x08)); // smallest normal
		assertEquals(240f, DType.e4m3(0x77));
		assertEquals(0f, DType.e4m3(0x00));
		assertTrue(Float.isNaN(DType.e4m3(0x7F)));
		assertTrue(Float.isNaN(DType.e4m3(0xFF)));
		assertEquals(1.875f, DType.e4m3(0x3F));
		assertEquals(256f, DType.e4m3(0x78)); // exponent 15 is a normal exponent here
	}

	@Test
	void float8E5M2KnownValues() {
		assertEquals(1.0f, DType.e5m2(0x3C));
		assertEquals(-2.0f, DType.e5m2(0xC0));
		assertEquals(57344f, DType.e5m2(0x7B)); // largest finite
		assertEquals(Float.POSITIVE_INFINITY, DType.e5m2(0x7C));
		assertEquals(Float.NEGATIVE_INFINITY, DType.e5m2(0xFC));
		assertTrue(Float.isNaN(DType.e5m2(0x7D)));
		assertTrue(Float.isNaN(DType.e5m2(0x7F)));
		assertEquals(Math.scalb(1f, -16), DType.e5m2(0x01)); // smallest subnormal
		assertEquals(Math.scalb(1f, -14), DType.e5m2(0x04)); // smallest normal
	}

	@Test
	void littleEndianWiderTypes() {
		byte[] f32 = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(-0.1f).array();
		assertEquals(-0.1f, DType.F32.decode(f32, 0));
		byte[] f64 = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(0.1).array();
		assertEquals(0.1f, DType.F64.decode(f64, 0));
		assertEquals(1.0f, DType.F16.decode(new byte[] { 0x00, 0x3C }, 0));
		assertEquals(1.0f, DType.BF16.decode(new byte[] { (byte) 0x80, 0x3F }, 0));
		assertEquals(448f, DType.F8_E4M3.decode(new byte[] { 0x7E }, 0));
	}

	@Test
	void dtypeNames() {
		assertEquals(DType.F32, DType.fromSafetensors("F32"));
		assertEquals(DType.F8_E4M3, DType.fromSafetensors("F8_E4M3"));
		assertNull(DType.fromSafetensors("I64"));
		assertNull(DType.fromSafetensors("f32"), "names are case-sensitive as in the specification");
		assertEquals(DType.F32, DType.fromNumpy("float32"));
		assertEquals(DType.F16, DType.fromNumpy("<f2"));
		assertNull(DType.fromNumpy(">f4"));
		assertEquals("dtype int64 is an integer or boolean type; attributions are floating point (float16, float32 or"
				+ " float64)", DType.describeUnsupported("int64", true));
		assertEquals("dtype BOOL is an integer or boolean type; attributions are floating point (F16, BF16, F32, F64,"
				+ " F8_E4M3 or F8_E5M2)", DType.describeUnsupported("BOOL", false));
		assertEquals("unknown dtype \"complex64\"; expected float16, float32 or float64",
				DType.describeUnsupported("complex64", true));
	}

	@Test
	void base64Text() throws Exception {
		assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), decode("aGVsbG8="));
		assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), decode("aGVsbG8"), "padding is optional");
		assertArrayEquals(new byte[] { (byte) 0xFB, (byte) 0xFF }, decode("+/8="));
		assertArrayEquals(new byte[0], decode(""));
		Base64Text.Malformed bad = assertThrows(Base64Text.Malformed.class, () -> decode("aGV*bG8="));
		assertEquals(3, bad.index);
		assertEquals("has '*', which is not a base64 character", bad.getMessage());
		bad = assertThrows(Base64Text.Malformed.class, () -> decode("aGVsb"));
		assertEquals("ends in the middle of a 4-character group (truncated?)", bad.getMessage());
		bad = assertThrows(Base64Text.Malformed.class, () -> decode("aG=sbG8="));
		assertEquals("has '=' padding before its end", bad.getMessage());
		bad = assertThrows(Base64Text.Malformed.class,
				() -> Base64Text.decode("aGVsbG8=".toCharArray(), 0, 8, 4));
		assertEquals(-1, bad.index);
		assertEquals("decodes to 5 bytes, more than the limit of 4 bytes", bad.getMessage());
	}

	private static byte[] decode(String text) throws Base64Text.Malformed {
		char[] padded = ("xx" + text + "yy").toCharArray();
		return Base64Text.decode(padded, 2, text.length(), Integer.MAX_VALUE);
	}

	@Test
	void reducerL2AndMean() {
		CellAccumulator l2 = new CellAccumulator(Reduction.L2, 2, 2);
		for (float value : new float[] { 3, 4, Float.NaN, 1 }) {
			l2.accept(value);
		}
		assertTrue(l2.complete());
		float[] norms = l2.values();
		assertEquals(5f, norms[0]);
		assertTrue(Float.isNaN(norms[1]), "a missing element makes the cell missing");

		CellAccumulator mean = new CellAccumulator(Reduction.MEAN, 1, 4);
		for (float value : new float[] { 1, 2, 3 }) {
			mean.accept(value);
		}
		assertFalse(mean.complete());
		mean.accept(6);
		assertEquals(3f, mean.values()[0]);
	}

	@Test
	void reducerGrowsWithTheDataNotWithTheDeclaredSize() {
		CellAccumulator reducer = new CellAccumulator(Reduction.NONE, 50_000_000, 1);
		reducer.accept(1);
		assertFalse(reducer.complete());
		// nothing close to 50 million floats was allocated for one value; completes only when all arrive
		CellAccumulator small = new CellAccumulator(Reduction.NONE, 10_000, 1);
		for (int i = 0; i < 10_000; i++) {
			small.accept(i);
		}
		assertTrue(small.complete());
		assertEquals(9_999f, small.values()[9_999]);
	}

	@Test
	void float32RunsGiveWhatOneElementAtATimeGives() {
		Random random = new Random(5);
		for (Reduction reduction : Reduction.values()) {
			long inner = reduction == Reduction.NONE ? 1 : 3;
			int cells = 10_000;
			// 7 cells more than declared, as a bad header may have
			byte[] bytes = new byte[(int) ((cells + 7) * inner) * Float.BYTES];
			ByteBuffer view = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
			for (int i = 0; i < bytes.length / Float.BYTES; i++) {
				// every kind of float, NaN payloads and negative zero included
				view.putInt(i * Float.BYTES, random.nextInt(8) == 0 ? 0x8000_0000 : random.nextInt());
			}
			CellAccumulator single = new CellAccumulator(reduction, cells, inner);
			CellAccumulator runs = new CellAccumulator(reduction, cells, inner);
			for (int i = 0; i < bytes.length / Float.BYTES; i++) {
				single.accept(DType.F32.decode(bytes, i * Float.BYTES));
			}
			// in runs of every length
			int offset = 0;
			while (offset < bytes.length) {
				int count = Math.min(1 + random.nextInt(3000), (bytes.length - offset) / Float.BYTES);
				runs.acceptFloat32(bytes, offset, count);
				offset += count * Float.BYTES;
			}
			assertTrue(single.complete() && runs.complete(), reduction.toString());
			float[] expected = single.values();
			float[] actual = runs.values();
			for (int i = 0; i < cells; i++) {
				assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(actual[i]), reduction + " " + i);
			}
		}
	}

	@Test
	void fortranOrderIsReorderedToRowMajor() {
		// a 2 x 3 matrix [[0, 1, 2], [3, 4, 5]] stored column by column
		assertArrayEquals(new float[] { 0, 1, 2, 3, 4, 5 },
				TensorReader.toRowMajor(new float[] { 0, 3, 1, 4, 2, 5 }, new long[] { 2, 3 }));
		// 2 x 2 x 2: element (i, j, k) = 4i + 2j + k; Fortran order runs i fastest
		float[] fortran = new float[8];
		int n = 0;
		for (int k = 0; k < 2; k++) {
			for (int j = 0; j < 2; j++) {
				for (int i = 0; i < 2; i++) {
					fortran[n++] = 4 * i + 2 * j + k;
				}
			}
		}
		assertArrayEquals(new float[] { 0, 1, 2, 3, 4, 5, 6, 7 }, TensorReader.toRowMajor(fortran, new long[] { 2, 2, 2 }));
	}

	@Test
	void safetensorsArrivingInAnyChunksGivesTheSameTensor() throws Exception {
		float[] values = new float[3 * 5 * 7];
		for (int i = 0; i < values.length; i++) {
			values[i] = i / 10f - 3;
		}
		byte[] blob = blob("{\"__metadata__\":{\"format\":\"pt\"},\"attribution\":{\"dtype\":\"F32\",\"shape\":[3,5,7],"
				+ "\"data_offsets\":[0," + values.length * 4 + "]}}   ", values);
		float[] whole = sink(blob, blob.length).cells();
		for (int chunk : new int[] { 1, 2, 3, 5, 7, 8, 13, 100 }) {
			assertArrayEquals(whole, sink(blob, chunk).cells(), "chunks of " + chunk);
		}
		// the L2 norm of the first cell's 7 elements
		double sum = 0;
		for (int e = 0; e < 7; e++) {
			sum += (double) values[e] * values[e];
		}
		assertEquals((float) Math.sqrt(sum), whole[0]);
		assertEquals(15, whole.length);
	}

	@Test
	void safetensorsHeaderWithoutTensorOrWithBadEntries() {
		assertEquals("1:1: x: the safetensors header (bytes 8 to 10) lists no tensor",
				sinkError(blob("{}", new float[0])));
		assertEquals("1:1: x: the safetensors header (bytes 8 to 11) is not a JSON object",
				sinkError(blob("[1]", new float[0])));
		assertEquals("1:1: x: safetensors tensor \"attribution\" has no dtype",
				sinkError(blob("{\"attribution\":{\"shape\":[1,1],\"data_offsets\":[0,4]}}", new float[1])));
		assertEquals("1:1: x: safetensors tensor \"attribution\" has a shape that is not a list of integers",
				sinkError(blob("{\"attribution\":{\"dtype\":\"F32\",\"shape\":[1.5,1],\"data_offsets\":[0,4]}}",
						new float[1])));
		assertEquals("1:1: x: safetensors header has invalid data_offsets [0]; expected [begin, end] with"
				+ " 0 <= begin <= end",
				sinkError(blob("{\"attribution\":{\"dtype\":\"F32\",\"shape\":[1,1],\"data_offsets\":[0]}}", new float[1])));
		assertEquals("1:1: x: the tensor string is empty; expected base64 of safetensors data", sinkError(new byte[0]));
		byte[] huge = new byte[16];
		huge[7] = (byte) 0x80; // a header length of 2^63
		assertEquals("1:1: x: the safetensors header length at byte 0 is 9223372036854775808 bytes, more than the"
				+ " 100000000 bytes a header may have", sinkError(huge));
	}

	private static String sinkError(byte[] blob) {
		return assertThrows(AttributionFormatException.class, () -> sink(blob, 3)).getMessage();
	}

	private static Tensor sink(byte[] blob, int chunk) throws IOException, AttributionFormatException {
		SafetensorsSink sink = new SafetensorsSink("x", SourcePosition.START, TensorKind.ATTRIBUTION, ReadLimits.DEFAULTS);
		try {
			for (int offset = 0; offset < blob.length; offset += chunk) {
				sink.write(blob, offset, Math.min(chunk, blob.length - offset));
			}
		} catch (Abort e) {
			throw e.failure();
		}
		return sink.finish();
	}

	private static byte[] blob(String header, float[] values) {
		byte[] json = header.getBytes(StandardCharsets.UTF_8);
		ByteBuffer buffer = ByteBuffer.allocate(8 + json.length + values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
		buffer.putLong(json.length).put(json);
		for (float value : values) {
			buffer.putFloat(value);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(buffer.array(), 0, buffer.capacity());
		return out.toByteArray();
	}
}
