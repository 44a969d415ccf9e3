package com.fintune.ml.train.cache;

/**
 * IEEE 754 half precision (binary16) conversion in plain Java (Java 17 has no {@code Float.floatToFloat16}): round to
 * nearest, ties to even; overflow to infinity, tiny values to subnormals or zero.
 */
public final class Float16 {
    private Float16() {
    }

    public static short fromFloat(float value) {
        int bits = Float.floatToRawIntBits(value);
        int sign = (bits >>> 16) & 0x8000;
        int exponent = (bits >>> 23) & 0xff;
        int mantissa = bits & 0x7fffff;
        if (exponent == 0xff) {
            return (short) (sign | 0x7c00 | (mantissa != 0 ? 0x200 : 0));
        }
        int e = exponent - 127 + 15;
        if (e >= 0x1f) {
            return (short) (sign | 0x7c00);
        }
        if (e <= 0) {
            if (e < -10) {
                return (short) sign;
            }
            return (short) (sign | rounded(mantissa | 0x800000, 14 - e, 0));
        }
        return (short) (sign | rounded(mantissa, 13, e << 10));
    }

    /** {@code high + (m >> shift)}, rounded to nearest even; a carry may move into the exponent, as it should. */
    private static int rounded(int m, int shift, int high) {
        int value = high | (m >>> shift);
        int rest = m & ((1 << shift) - 1);
        int half = 1 << (shift - 1);
        if (rest > half || (rest == half && (value & 1) == 1)) {
            value++;
        }
        return value;
    }

    public static float toFloat(short half) {
        int h = half & 0xffff;
        int sign = (h & 0x8000) << 16;
        int exponent = (h >>> 10) & 0x1f;
        int mantissa = h & 0x3ff;
        if (exponent == 0) {
            float magnitude = mantissa * 0x1p-24f;
            return sign == 0 ? magnitude : -magnitude;
        }
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
        }
        return Float.intBitsToFloat(sign | ((exponent - 15 + 127) << 23) | (mantissa << 13));
    }
}
