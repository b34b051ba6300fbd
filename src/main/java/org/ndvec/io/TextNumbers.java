package org.ndvec.io;

import java.nio.charset.StandardCharsets;

/**
 * Parses numbers straight from bytes of ASCII/UTF-8 text, accepting exactly the forms
 * {@code np.loadtxt} accepts: optional sign, digits with at most one point, an optional
 * {@code e}/{@code E} exponent, and {@code nan}/{@code inf}/{@code infinity} in any case.
 * Java-only spellings that {@link Double#parseDouble} would also take ({@code 1d},
 * {@code 0x1p3}) are refused, so a file reads the same here as in NumPy.
 *
 * <p>Results are bit for bit those of {@link Double#parseDouble} and {@link Float#parseFloat}
 * (correctly rounded). Decimals short enough for Clinger's fast path (after trailing zeros are
 * dropped: a mantissa below 2^53 (2^24 for floats) and a power of ten that is itself exact) are
 * computed with one exact multiply or divide, which rounds once, correctly; other decimals of up
 * to 19 significant digits go through {@link EiselLemire}; what remains (more digits, exact
 * halfway cases, subnormals, overflow) goes through the JDK parser on an ASCII string. NumPy itself parses float32
 * through a double and rounds twice, which can differ in the last bit for decimals within
 * 2^-29 ulp of a float32 midpoint; ndvec rounds once.
 *
 * <p>Callers pass fields already stripped of surrounding whitespace. One instance per reader:
 * {@link #ok} reports whether the last call found a valid number (no exception per bad field).
 */
final class TextNumbers {
    // Clinger's fast path: m * 10^e is correctly rounded when m and 10^e are both exact doubles.
    private static final double[] DOUBLE_POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    // 10^10 = 2^10 * 5^10 and 5^10 < 2^24: the largest power of ten that is an exact float.
    private static final float[] FLOAT_POW10 = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};
    private static final long DOUBLE_EXACT_MANTISSA = 1L << 53;
    private static final long FLOAT_EXACT_MANTISSA = 1L << 24;
    // An unsigned long holds any 19-digit decimal (10^19 < 2^64); further digits are kept only to
    // know whether they are zero. 19 is also what np.savetxt's default %.18e writes.
    private static final int MAX_DIGITS = 19;
    // Exponents beyond this overflow or underflow every double; clamping keeps the int from wrapping.
    private static final int EXPONENT_CLAMP = 100_000;

    /** Whether the last parse found a valid number. */
    boolean ok;

    // The decomposed decimal of the last scan: (-1)^negative * mantissa * 10^exponent, mantissa unsigned.
    private boolean negative;
    private long mantissa;
    private int exponent;
    private boolean inexact;
    private int special; // 0 finite, 1 nan, 2 inf

    // What the common front end of parseDouble/parseFloat found.
    private static final int INVALID = 0;
    private static final int NAN = 1;
    private static final int INFINITE = 2;
    private static final int ZERO = 3;
    private static final int EXACT_DIGITS = 4;
    private static final int TOO_MANY_DIGITS = 5;

    double parseDouble(byte[] b, int from, int to) {
        switch (classify(b, from, to)) {
            case INVALID, NAN:
                return Double.NaN;
            case INFINITE:
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            case ZERO:
                return negative ? -0.0 : 0.0;
            case EXACT_DIGITS:
                if (mantissa >= 0 && mantissa < DOUBLE_EXACT_MANTISSA && exponent >= -22 && exponent <= 22) {
                    double m = mantissa;
                    double v = exponent >= 0 ? m * DOUBLE_POW10[exponent] : m / DOUBLE_POW10[-exponent];
                    return negative ? -v : v;
                }
                double v = EiselLemire.toDouble(mantissa, exponent, negative);
                if (!Double.isNaN(v)) {
                    return v;
                }
                return Double.parseDouble(ascii(b, from, to));
            default:
                return Double.parseDouble(ascii(b, from, to));
        }
    }

    float parseFloat(byte[] b, int from, int to) {
        switch (classify(b, from, to)) {
            case INVALID, NAN:
                return Float.NaN;
            case INFINITE:
                return negative ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
            case ZERO:
                return negative ? -0.0f : 0.0f;
            case EXACT_DIGITS:
                if (mantissa >= 0 && mantissa < FLOAT_EXACT_MANTISSA && exponent >= -10 && exponent <= 10) {
                    float m = mantissa;
                    float v = exponent >= 0 ? m * FLOAT_POW10[exponent] : m / FLOAT_POW10[-exponent];
                    return negative ? -v : v;
                }
                float v = EiselLemire.toFloat(mantissa, exponent, negative);
                if (!Float.isNaN(v)) {
                    return v;
                }
                return Float.parseFloat(ascii(b, from, to));
            default:
                return Float.parseFloat(ascii(b, from, to));
        }
    }

    /** Scans the text and sets {@link #ok}; says which way the value is to be computed. */
    private int classify(byte[] b, int from, int to) {
        ok = scan(b, from, to);
        if (!ok) {
            return INVALID;
        }
        if (special != 0) {
            return special == 1 ? NAN : INFINITE;
        }
        if (inexact) {
            return TOO_MANY_DIGITS;
        }
        return mantissa == 0 ? ZERO : EXACT_DIGITS;
    }

    /**
     * An integer in [min, max]: optional sign and decimal digits only, as NumPy's integer
     * conversion in loadtxt ({@code '1.5'} and {@code '1e3'} are refused).
     */
    long parseLong(byte[] b, int from, int to, long min, long max) {
        ok = false;
        int i = from;
        boolean neg = false;
        if (i < to && (b[i] == '+' || b[i] == '-')) {
            neg = b[i] == '-';
            i++;
        }
        if (i == to) {
            return 0;
        }
        // Accumulate negatively so that Long.MIN_VALUE is reachable without overflow.
        long acc = 0;
        long limit = neg ? min : -max;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return 0;
            }
            if (acc < limit / 10 || acc * 10 < limit + d) {
                return 0;
            }
            acc = acc * 10 - d;
        }
        ok = true;
        return neg ? acc : -acc;
    }

    /** Decomposes a decimal into sign, mantissa and exponent; false if it is not one NumPy accepts. */
    private boolean scan(byte[] b, int from, int to) {
        int i = from;
        negative = false;
        special = 0;
        if (i < to && (b[i] == '+' || b[i] == '-')) {
            negative = b[i] == '-';
            i++;
        }
        if (i < to && (b[i] | 0x20) >= 'a' && (b[i] | 0x20) <= 'z') {
            return scanSpecial(b, i, to);
        }
        long m = 0;
        int digits = 0;
        int exp = 0;
        boolean anyDigit = false;
        boolean lost = false;
        for (; i < to && b[i] >= '0' && b[i] <= '9'; i++) {
            anyDigit = true;
            int d = b[i] - '0';
            if (digits < MAX_DIGITS) {
                if (m != 0 || d != 0) {
                    m = m * 10 + d;
                    digits++;
                }
            } else {
                exp++;
                lost |= d != 0;
            }
        }
        if (i < to && b[i] == '.') {
            i++;
            for (; i < to && b[i] >= '0' && b[i] <= '9'; i++) {
                anyDigit = true;
                int d = b[i] - '0';
                if (digits < MAX_DIGITS) {
                    if (m != 0 || d != 0) {
                        m = m * 10 + d;
                        digits++;
                    }
                    exp--;
                } else {
                    lost |= d != 0;
                }
            }
        }
        if (!anyDigit) {
            return false;
        }
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean eneg = false;
            if (i < to && (b[i] == '+' || b[i] == '-')) {
                eneg = b[i] == '-';
                i++;
            }
            if (i == to) {
                return false;
            }
            int e = 0;
            for (; i < to && b[i] >= '0' && b[i] <= '9'; i++) {
                e = Math.min(e * 10 + (b[i] - '0'), EXPONENT_CLAMP);
            }
            exp += eneg ? -e : e;
        }
        if (i != to) {
            return false;
        }
        // m is unsigned: 19 digits may exceed Long.MAX_VALUE
        while (m != 0 && Long.remainderUnsigned(m, 10) == 0) {
            m = Long.divideUnsigned(m, 10);
            exp++;
        }
        mantissa = m;
        exponent = exp;
        inexact = lost;
        return true;
    }

    private boolean scanSpecial(byte[] b, int i, int to) {
        int n = to - i;
        if (n == 3 && lower(b, i, "nan")) {
            special = 1;
            return true;
        }
        if ((n == 3 && lower(b, i, "inf")) || (n == 8 && lower(b, i, "infinity"))) {
            special = 2;
            return true;
        }
        return false;
    }

    private static boolean lower(byte[] b, int i, String word) {
        for (int k = 0; k < word.length(); k++) {
            if ((b[i + k] | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Only called after {@link #scan} accepted the bytes, so they are ASCII. */
    private static String ascii(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
