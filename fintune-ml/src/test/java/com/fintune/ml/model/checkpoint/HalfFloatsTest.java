package com.fintune.ml.model.checkpoint;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HalfFloatsTest {
    @Test
    void knownHalfValues() {
        assertEquals(1.0f, HalfFloats.halfToFloat((short) 0x3c00));
        assertEquals(-2.0f, HalfFloats.halfToFloat((short) 0xc000));
        assertEquals(65504f, HalfFloats.halfToFloat((short) 0x7bff));
        assertEquals(0x1p-24f, HalfFloats.halfToFloat((short) 0x0001));
        assertEquals(Float.POSITIVE_INFINITY, HalfFloats.halfToFloat((short) 0x7c00));
        assertEquals((short) 0x3c00, HalfFloats.floatToHalf(1.0f));
        assertEquals((short) 0x7c00, HalfFloats.floatToHalf(1e6f));
        assertEquals((short) 0x0001, HalfFloats.floatToHalf(0x1p-24f));
        assertEquals(1.5f, HalfFloats.bfloat16ToFloat((short) 0x3fc0));
    }

    @Test
    void everyHalfSurvivesARoundTrip() {
        for (int bits = 0; bits < 0x10000; bits++) {
            float f = HalfFloats.halfToFloat((short) bits);
            if (!Float.isNaN(f)) {
                assertEquals((short) bits, HalfFloats.floatToHalf(f), "half bits " + Integer.toHexString(bits));
            }
        }
    }

    @Test
    void roundsToNearestEven() {
        float one = 1.0f;
        float halfUlp = 0x1p-11f; // half a binary16 ulp at 1.0
        assertEquals((short) 0x3c00, HalfFloats.floatToHalf(one + halfUlp));          // tie → even (0x3c00)
        assertEquals((short) 0x3c02, HalfFloats.floatToHalf(one + 3 * halfUlp));      // tie → even (0x3c02)
        assertEquals((short) 0x3c01, HalfFloats.floatToHalf(one + halfUlp * 1.01f));
    }
}
