package org.ndvec.io;

import java.math.BigInteger;

/**
 * Eisel and Lemire's decimal-to-binary conversion ("Number Parsing at a Gigabyte per Second",
 * Lemire 2021): w * 10^q is multiplied out against a 128-bit truncation of 10^q, and the
 * result is returned only when the truncation provably cannot change the rounding; otherwise
 * the caller falls back to the JDK parser. It turns the 19-significant-digit numbers that
 * {@code np.savetxt} writes ({@code %.18e}) into doubles without a String; the rare fallbacks
 * (exact halfway cases, subnormals, overflow) stay correct because the JDK handles them.
 *
 * <p>Checked bit for bit against {@link Double#parseDouble} and {@link Float#parseFloat} by
 * {@code TextNumbersTest}.
 */
final class EiselLemire {
    static final int MIN_EXP10 = -348;
    static final int MAX_EXP10 = 347;

    /** 10^q's top 128 bits, truncated, as {hi, lo} pairs from MIN_EXP10 up; built once with BigInteger. */
    private static final long[] POW10 = table();

    private EiselLemire() {
    }

    private static long[] table() {
        long[] t = new long[2 * (MAX_EXP10 - MIN_EXP10 + 1)];
        BigInteger mask = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        for (int q = MIN_EXP10; q <= MAX_EXP10; q++) {
            BigInteger m;
            if (q >= 0) {
                BigInteger v = BigInteger.TEN.pow(q);
                int shift = 128 - v.bitLength();
                m = shift >= 0 ? v.shiftLeft(shift) : v.shiftRight(-shift);
            } else {
                // floor(2^k / 10^-q) with k chosen so the quotient has exactly 128 bits
                BigInteger d = BigInteger.TEN.pow(-q);
                m = BigInteger.ONE.shiftLeft(d.bitLength() + 127).divide(d);
            }
            int i = 2 * (q - MIN_EXP10);
            t[i] = m.shiftRight(64).longValue();
            t[i + 1] = m.and(mask).longValue();
        }
        return t;
    }

    /** The double nearest w * 10^q (w unsigned, not 0), or NaN when this method cannot be sure. */
    static double toDouble(long w, int q, boolean negative) {
        long bits = convert(w, q, 9, 52, 1023, 0x7FF);
        if (bits < 0) {
            return Double.NaN;
        }
        double v = Double.longBitsToDouble(bits);
        return negative ? -v : v;
    }

    /** The float nearest w * 10^q (w unsigned, not 0), or NaN when this method cannot be sure. */
    static float toFloat(long w, int q, boolean negative) {
        long bits = convert(w, q, 38, 23, 127, 0xFF);
        if (bits < 0) {
            return Float.NaN;
        }
        float v = Float.intBitsToFloat((int) bits);
        return negative ? -v : v;
    }

    /**
     * The IEEE bits of the nearest binary value with {@code mantissaBits} stored bits, or -1.
     * {@code lowBits} = 64 - mantissaBits - 3: the bits below the mantissa plus its rounding
     * bit in the high product word, whose all-ones pattern signals a possibly inexact product.
     */
    private static long convert(long w, int q, int lowBits, int mantissaBits, int bias, int maxExp) {
        if (q < MIN_EXP10 || q > MAX_EXP10) {
            return -1;
        }
        int clz = Long.numberOfLeadingZeros(w);
        w <<= clz;
        // floor(q * log2(10)) + 64 + bias - clz, with log2(10) ~ 217706 / 2^16 (exact over this range of q)
        long exp2 = ((217706L * q) >> 16) + 64 + bias - clz;
        int i = 2 * (q - MIN_EXP10);
        long tHi = POW10[i];
        long tLo = POW10[i + 1];
        long lowMask = (1L << lowBits) - 1;
        long hi = Math.unsignedMultiplyHigh(w, tHi);
        long lo = w * tHi;
        // The truncated table can make the product too small by less than w in the low word:
        // widen with the next 64 bits of 10^q when that could carry into the kept bits.
        if ((hi & lowMask) == lowMask && Long.compareUnsigned(lo + w, w) < 0) {
            long yHi = Math.unsignedMultiplyHigh(w, tLo);
            long yLo = w * tLo;
            long mergedHi = hi;
            long mergedLo = lo + yHi;
            if (Long.compareUnsigned(mergedLo, lo) < 0) {
                mergedHi++;
            }
            if ((mergedHi & lowMask) == lowMask && mergedLo + 1 == 0 && Long.compareUnsigned(yLo + w, w) < 0) {
                return -1;
            }
            hi = mergedHi;
            lo = mergedLo;
        }
        long msb = hi >>> 63;
        long mantissa = hi >>> (msb + lowBits);
        exp2 -= 1 ^ msb;
        // exactly halfway between two binary values: only the exact (JDK) path can tell
        if (lo == 0 && (hi & lowMask) == 0 && (mantissa & 3) == 1) {
            return -1;
        }
        mantissa += mantissa & 1;
        mantissa >>>= 1;
        if ((mantissa >>> (mantissaBits + 1)) != 0) {
            mantissa >>>= 1;
            exp2++;
        }
        // subnormal, zero, infinite: left to the JDK
        if (exp2 <= 0 || exp2 >= maxExp) {
            return -1;
        }
        return exp2 << mantissaBits | (mantissa & ((1L << mantissaBits) - 1));
    }
}
