package org.ndvec.format;

import java.math.BigInteger;

/**
 * A finite binary float split as Dragon4 needs it: {@code value = mantissa * 2^exponent},
 * the index of the mantissa's highest set bit, and whether the gap to the next lower float
 * is half the gap to the next higher one (an exact power of two above the smallest normal).
 * Keeping float32 in its own format matters: its neighbours, and so its shortest digits,
 * differ from those of the same value widened to float64 ({@code 0.1f} prints {@code 0.1}).
 */
record FloatBits(boolean negative, long mantissa, int exponent, int mantissaBit, boolean unequalMargins) {

    static FloatBits of(double v) {
        long bits = Double.doubleToRawLongBits(v);
        long fraction = bits & ((1L << 52) - 1);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        boolean negative = bits < 0;
        if (biased != 0) {
            return new FloatBits(negative, (1L << 52) | fraction, biased - 1023 - 52, 52,
                    biased != 1 && fraction == 0);
        }
        return new FloatBits(negative, fraction, 1 - 1023 - 52, highBit(fraction), false);
    }

    static FloatBits of(float v) {
        int bits = Float.floatToRawIntBits(v);
        int fraction = bits & ((1 << 23) - 1);
        int biased = (bits >>> 23) & 0xff;
        boolean negative = bits < 0;
        if (biased != 0) {
            return new FloatBits(negative, (1L << 23) | fraction, biased - 127 - 23, 23,
                    biased != 1 && fraction == 0);
        }
        return new FloatBits(negative, fraction, 1 - 127 - 23, highBit(fraction), false);
    }

    private static int highBit(long m) {
        return m == 0 ? 0 : 63 - Long.numberOfLeadingZeros(m);
    }

    BigInteger bigMantissa() {
        return BigInteger.valueOf(mantissa);
    }
}
