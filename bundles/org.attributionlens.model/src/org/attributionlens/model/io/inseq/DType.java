package org.attributionlens.model.io.inseq;

import java.util.Locale;

import org.attributionlens.model.InertText;

/**
 * The floating-point element types a tensor may have, with exact little-endian decoders. Names
 * follow safetensors ("F32") and numpy ("float32"), the two places they come from.
 */
enum DType {
	F64(8, "float64"),
	F32(4, "float32"),
	F16(2, "float16"),
	BF16(2, "bfloat16"),
	/** 8-bit float, 4 exponent bits (bias 7), 3 mantissa bits, "fn" variant: no infinities, S.1111.111 is NaN. */
	F8_E4M3(1, "float8_e4m3fn"),
	/** 8-bit float, 5 exponent bits (bias 15), 2 mantissa bits, IEEE-like with infinities and NaNs. */
	F8_E5M2(1, "float8_e5m2");

	private final int size;
	private final String numpyName;

	DType(int size, String numpyName) {
		this.size = size;
		this.numpyName = numpyName;
	}

	/** Bytes per element. */
	int size() {
		return size;
	}

	/** The name as safetensors writes it, e.g. "F32". */
	String safetensorsName() {
		return name();
	}

	/** The name as numpy writes it, e.g. "float32". */
	String numpyName() {
		return numpyName;
	}

	/** Decodes the little-endian element at {@code offset}. */
	float decode(byte[] bytes, int offset) {
		return switch (this) {
		case F64 -> (float) Double.longBitsToDouble(le64(bytes, offset));
		case F32 -> Float.intBitsToFloat(le32(bytes, offset));
		case F16 -> Float.float16ToFloat((short) le16(bytes, offset));
		case BF16 -> bfloat16(le16(bytes, offset));
		case F8_E4M3 -> e4m3(bytes[offset] & 0xFF);
		case F8_E5M2 -> e5m2(bytes[offset] & 0xFF);
		};
	}

	private static int le16(byte[] b, int o) {
		return (b[o] & 0xFF) | (b[o + 1] & 0xFF) << 8;
	}

	private static int le32(byte[] b, int o) {
		return (b[o] & 0xFF) | (b[o + 1] & 0xFF) << 8 | (b[o + 2] & 0xFF) << 16 | (b[o + 3] & 0xFF) << 24;
	}

	private static long le64(byte[] b, int o) {
		return (le32(b, o) & 0xFFFF_FFFFL) | (long) le32(b, o + 4) << 32;
	}

	/** bfloat16 is the upper half of a float32. */
	static float bfloat16(int bits) {
		return Float.intBitsToFloat((bits & 0xFFFF) << 16);
	}

	/** IEEE binary16. */
	static float float16(int bits) {
		return Float.float16ToFloat((short) bits);
	}

	static float e4m3(int bits) {
		int exponent = bits >> 3 & 0xF;
		int mantissa = bits & 0x7;
		if (exponent == 0xF && mantissa == 0x7) {
			return Float.NaN;
		}
		float magnitude = exponent == 0 ? Math.scalb((float) mantissa, -9) // subnormal: m/8 * 2^-6
				: Math.scalb(1f + mantissa / 8f, exponent - 7);
		return (bits & 0x80) != 0 ? -magnitude : magnitude;
	}

	static float e5m2(int bits) {
		int exponent = bits >> 2 & 0x1F;
		int mantissa = bits & 0x3;
		float magnitude;
		if (exponent == 0x1F) {
			magnitude = mantissa == 0 ? Float.POSITIVE_INFINITY : Float.NaN;
		} else if (exponent == 0) {
			magnitude = Math.scalb((float) mantissa, -16); // subnormal: m/4 * 2^-14
		} else {
			magnitude = Math.scalb(1f + mantissa / 4f, exponent - 15);
		}
		return (bits & 0x80) != 0 ? -magnitude : magnitude;
	}

	/**
	 * The type a safetensors header names.
	 *
	 * @return null when the name is no floating-point type; {@link #describeUnsupported} says why
	 */
	static DType fromSafetensors(String name) {
		for (DType type : values()) {
			if (type.name().equals(name)) {
				return type;
			}
		}
		return null;
	}

	/** The type a numpy dtype string names ("float32", "<f4", ...); null when unsupported. */
	static DType fromNumpy(String name) {
		return switch (name) {
		case "float64", "<f8", "=f8", "f8", "double" -> F64;
		case "float32", "<f4", "=f4", "f4", "single" -> F32;
		case "float16", "<f2", "=f2", "f2", "half" -> F16;
		case "bfloat16" -> BF16;
		default -> null;
		};
	}

	/** Why a dtype name that is not one of ours cannot be read, as the end of a sentence. */
	static String describeUnsupported(String name, boolean numpy) {
		String lower = name.toLowerCase(Locale.ROOT);
		String supported = numpy ? "float16, float32 or float64" : "F16, BF16, F32, F64, F8_E4M3 or F8_E5M2";
		if (lower.equals("bool") || lower.matches("u?int\\d*") || lower.matches("[<>=|]?[iub]\\d*")
				|| lower.matches("[iu]\\d+")) {
			return "dtype " + InertText.shorten(name, InertText.MAX_QUOTE) + " is an integer or boolean type; attributions are floating point (" + supported
					+ ")";
		}
		if (numpy && lower.startsWith(">")) {
			return "dtype " + InertText.shorten(name, InertText.MAX_QUOTE) + " is big-endian, which is not supported; expected little-endian " + supported;
		}
		return "unknown dtype " + InertText.quote(name) + "; expected " + supported;
	}
}
