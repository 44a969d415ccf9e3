package com.fintune.ml.model.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Half-precision conversion: every half decodes exactly, and rounding agrees with ND4J's cast. */
class HalfFloatsRoundingTest {
    @Test
    void everyHalfDecodesAndReencodesExactly() {
        for (int bits = 0; bits < 0x10000; bits++) {
            short half = (short) bits;
            double expected = reference(half);
            if (Double.isNaN(expected)) continue;
            float decoded = HalfFloats.halfToFloat(half);
            assertEquals(expected, decoded, 0.0, "half 0x" + Integer.toHexString(bits));
            assertEquals(half, HalfFloats.floatToHalf(decoded), "re-encoding 0x" + Integer.toHexString(bits));
        }
    }

    @Test
    void roundsAsNd4jDoes() {
        Random random = new Random(3);
        float[] values = new float[20_000];
        for (int i = 0; i < values.length; i++) {
            double magnitude = Math.pow(2, -30 + random.nextDouble() * 48);
            values[i] = (float) ((random.nextBoolean() ? 1 : -1) * magnitude);
        }
        float[] special = {0f, 65504f, 65519f, 65520f, 1e6f, 6.1035156e-5f, 5.9604645e-8f, 2.9802322e-8f,
                1.0009765625f + 0.00048828125f, 1.00048828125f};
        System.arraycopy(special, 0, values, 0, special.length);
        float[] nd4j = Nd4j.createFromArray(values).castTo(DataType.HALF).castTo(DataType.FLOAT).toFloatVector();
        for (int i = 0; i < values.length; i++) {
            float mine = HalfFloats.halfToFloat(HalfFloats.floatToHalf(values[i]));
            assertEquals(nd4j[i], mine, 0f, "half of " + values[i]);
            if (Math.abs(values[i]) > 1e-4 && Math.abs(values[i]) < 6e4) {
                assertEquals(values[i], mine, Math.abs(values[i]) * 4.9e-4, "relative error of " + values[i]);
            }
        }
    }

    /** IEEE binary16 by its definition, in double arithmetic. */
    private static double reference(short half) {
        int h = half & 0xffff;
        int exponent = (h >>> 10) & 0x1f;
        int mantissa = h & 0x3ff;
        double v = exponent == 0 ? mantissa * Math.pow(2, -24)
                : exponent == 0x1f ? (mantissa == 0 ? Double.POSITIVE_INFINITY : Double.NaN)
                : (1 + mantissa / 1024.0) * Math.pow(2, exponent - 15);
        return (h & 0x8000) != 0 ? -v : v;
    }
}
