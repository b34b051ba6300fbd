package org.ndvec.kernels.scalar;

/**
 * Our own float64 exp, log, tanh, sigmoid, silu and tanh-GELU, one element at a time, built
 * only from IEEE basic operations (+ - * /, fma, compares, bit conversions). Each function
 * performs exactly the operations, in exactly the order, that its Vector API twin
 * ({@code org.ndvec.kernels.vector.VectorFloat64Math}) performs in every lane, so the two
 * return the same bits for every input whatever the vector width and compilation state. The
 * constants are here, and the vector twin reads them from here.
 *
 * <p>Integer lane work is limited to adds, logical shifts and bit masks (no arithmetic
 * shift of 64-bit lanes, no long-to-double conversion): AVX2 has no instruction for either,
 * and a Vector API operation C2 cannot intrinsify boxes the whole loop. Integers k are turned
 * into doubles, and doubles into 2^k, through the 1.5 * 2^52 magic constant instead.
 *
 * <p>Accuracy (TranscendentalAccuracyTest against fdlibm and a 40-digit sigmoid,
 * GeluFloat64AccuracyTest against mpmath): exp and log within 1 ulp, tanh 2, sigmoid 2.5,
 * tanh-GELU 4 (the bounds documented in {@code UnaryOp}).
 */
public final class ScalarFloat64Math {
    // ---------------------------------------------------------------- exp

    public static final double LOG2E = 0x1.71547652b82fep0;
    /** 1.5 * 2^52: adding it rounds a double below 2^51 to an integer held in the low mantissa bits. */
    public static final double MAGIC = 0x1.8p52;
    public static final long MAGIC_BITS = Double.doubleToRawLongBits(MAGIC);
    /**
     * ln 2 = LN2_HI + LN2_LO, LN2_HI with 32 significant bits: k LN2_HI is exact for
     * |k| < 2^21 and x - k LN2_HI is exact (Cody and Waite's reduction).
     */
    public static final double LN2_HI = 0x1.62e42feep-1;
    public static final double LN2_LO = 0x1.a39ef35793c76p-33;
    /**
     * e^r = 1 + r + r^2 P(r) on |r| <= ln2/2, P minimax of degree 9 (src/main/codegen/fit_exp_log.py:
     * 0.03 units of 2^-53 before the roundings of the evaluation).
     */
    public static final double EXP_P0 = 0x1.000000000000ap-1;
    public static final double EXP_P1 = 0x1.5555555555504p-3;
    public static final double EXP_P2 = 0x1.55555555506a6p-5;
    public static final double EXP_P3 = 0x1.1111111125559p-7;
    public static final double EXP_P4 = 0x1.6c16c1847e857p-10;
    public static final double EXP_P5 = 0x1.a01a0136da4dfp-13;
    public static final double EXP_P6 = 0x1.a01999459d6dbp-16;
    public static final double EXP_P7 = 0x1.71df0a3591b1ap-19;
    public static final double EXP_P8 = 0x1.28ae17df86cfap-22;
    public static final double EXP_P9 = 0x1.ada969341eb35p-26;
    /** The largest double whose exp is finite. */
    public static final double EXP_OVERFLOW = 0x1.62e42fefa39efp9;
    /** Below this exp rounds to +0 (e^-745.14 < 2^-1075); down to it 2^k in two factors is normal. */
    public static final double EXP_UNDERFLOW = -746;
    /** 1023 in the exponent field: (b + BIAS) << 52 is 2^k for b = k + (MAGIC_BITS' low bits). */
    public static final long EXPONENT_BIAS = 1023;

    // ---------------------------------------------------------------- log

    /** Bits of sqrt(2)/2: log reduces x = 2^k m with m in [sqrt(2)/2, sqrt(2)) (fdlibm's reduction). */
    public static final long LOG_OFFSET = 0x3fe6a09e667f3bcdL;
    public static final long EXPONENT_MASK = 0xfff0000000000000L;
    /** tmp + ONE_BITS >= 0 for every positive input, so k comes out of a logical shift. */
    public static final long ONE_BITS = 0x3ff0000000000000L;
    /**
     * log(1 + f) = f - f^2/2 + s (f^2/2 + R), s = f / (2 + f), R = z (R0 + R1 z + ... + R6 z^6),
     * z = s^2: fdlibm's form, whose division error only reaches the small s (f^2/2 + R) term. Our
     * own minimax fit of R (fit_exp_log.py: 0.02 units of 2^-53).
     */
    public static final double LOG_R0 = 0x1.5555555555593p-1;
    public static final double LOG_R1 = 0x1.999999997fa53p-2;
    public static final double LOG_R2 = 0x1.249249422140ep-2;
    public static final double LOG_R3 = 0x1.c71c51e1b0dbep-3;
    public static final double LOG_R4 = 0x1.7466473b2436cp-3;
    public static final double LOG_R5 = 0x1.39a0de319cee7p-3;
    public static final double LOG_R6 = 0x1.2f0e51e0be44ap-3;
    /** Subnormal inputs are scaled by 2^54 first (exactly), and k corrected. */
    public static final double TWO_54 = 0x1p54;

    // ---------------------------------------------------------------- tanh, sigmoid, tanh-GELU

    /** tanh(20) = 1 - 8.5e-18 rounds to 1; beyond, e^2|x| would leave the range of one 2^k factor. */
    public static final double TANH_SATURATION = 20;
    public static final long SIGN_BIT = 0x8000000000000000L;
    public static final long ABS_BITS = 0x7fffffffffffffffL;
    public static final long ONE_D_BITS = Double.doubleToRawLongBits(1.0);
    /** A = 2 sqrt(2/pi) and B = 0.044715 A as double pairs (hi + lo, by mpmath). */
    public static final double GELU_A_HI = 0x1.9884533d43651p0;
    public static final double GELU_A_LO = -0x1.cbc0d30ebfd15p-54;
    public static final double GELU_B_HI = 0x1.2444f2a4d8b4bp-4;
    public static final double GELU_B_LO = -0x1.6c843a29d1c7p-61;
    /**
     * |x| is clamped here (as bits): z = A 25 + B 25^3 = 1155 keeps 2^-k in two normal factors, and
     * x e^-z underflows to 0 from x = -21.6 on anyway.
     */
    public static final long GELU_CLAMP_BITS = Double.doubleToRawLongBits(25.0);

    private ScalarFloat64Math() {
    }

    /**
     * {@code e^(rh + rl) - 1} for a reduced argument {@code |rh + rl| <= ln2/2} (a hair more):
     * {@code rh + (rl + r^2 P(r))}, r = rh + rl, the low part rl kept out of the rounding of r.
     */
    public static double expm1Reduced(double rh, double rl) {
        double r = rh + rl;
        return rh + Math.fma(expPolynomial(r), r * r, rl);
    }

    /** P(r), Horner with fma. */
    public static double expPolynomial(double r) {
        return Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(
                EXP_P9, r, EXP_P8), r, EXP_P7), r, EXP_P6), r, EXP_P5), r, EXP_P4), r, EXP_P3), r, EXP_P2), r, EXP_P1),
                r, EXP_P0);
    }

    /** {@code 2^k} for the integer k that {@code t = k + MAGIC} holds, {@code -1022 <= k <= 1023}. */
    public static double twoTo(long magicBits) {
        return Double.longBitsToDouble((magicBits + EXPONENT_BIAS) << 52);
    }

    /** {@code y 2^k}, k held by {@code t = kf + MAGIC}, as two normal factors so that a subnormal result rounds once. */
    public static double scale(double y, double t, double kf) {
        // k1 = round(k / 2), k - k1 from the bits of t and t1, both within the normal exponents
        double t1 = Math.fma(kf, 0.5, MAGIC);
        long b1 = Double.doubleToRawLongBits(t1);
        return y * twoTo(b1) * twoTo(Double.doubleToRawLongBits(t) - b1);
    }

    /** {@code np.exp}: within 1 ulp of the exact value. */
    public static double exp(double x) {
        double t = Math.fma(x, LOG2E, MAGIC);
        double kf = t - MAGIC;
        double y = expm1Reduced(Math.fma(kf, -LN2_HI, x), kf * -LN2_LO) + 1;
        double e = scale(y, t, kf);
        // beyond the thresholds (and for +-Inf) k leaves the range the factors cover; NaN stays NaN
        return x > EXP_OVERFLOW ? Double.POSITIVE_INFINITY : x < EXP_UNDERFLOW ? 0 : e;
    }

    /** {@code np.log}: within 1 ulp of the exact value. */
    public static double log(double x) {
        boolean tiny = x < Double.MIN_NORMAL;
        double xs = tiny ? x * TWO_54 : x;
        long ix = Double.doubleToRawLongBits(xs);
        long tmp = ix - LOG_OFFSET;
        // k + 1023 by a logical shift, then k as a double through the magic constant
        double kf = Double.longBitsToDouble(((tmp + ONE_BITS) >>> 52) + (MAGIC_BITS - EXPONENT_BIAS)) - MAGIC;
        if (tiny) {
            kf = kf - 54;
        }
        double f = Double.longBitsToDouble(ix - (tmp & EXPONENT_MASK)) - 1;
        double s = f / (2 + f);
        double z = s * s;
        double r = z * Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(
                LOG_R6, z, LOG_R5), z, LOG_R4), z, LOG_R3), z, LOG_R2), z, LOG_R1), z, LOG_R0);
        double hfsq = 0.5 * f * f;
        double y = Math.fma(kf, LN2_HI, -((hfsq - Math.fma(s, hfsq + r, kf * LN2_LO)) - f));
        // in the vector lanes' order: +Inf and NaN give x, then negatives NaN, then +-0 -Inf
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x < 0) {
            return Double.NaN;
        }
        return x < Double.POSITIVE_INFINITY ? y : x;
    }

    /**
     * {@code np.tanh}: {@code t / (t + 2)} with {@code t = e^2|x| - 1} (our exp's reduction and
     * polynomial, 2^k (e^r - 1) + (2^k - 1) in one fma), x's sign put back; +-1 beyond |x| = 20.
     * Within 2 ulp of the exact value.
     */
    public static double tanh(double x) {
        double a = Math.abs(x) * 2;
        double t = Math.fma(a, LOG2E, MAGIC);
        double kf = t - MAGIC;
        double rh = Math.fma(kf, -LN2_HI, a);
        double rl = kf * -LN2_LO;
        double r = rh + rl;
        double m = Math.fma(expPolynomial(r), r * r, rl);
        double em1 = rh + m;
        // 0 <= k <= 58: one factor; 2^k - 1 is exact up to k = 53, and past it tanh is 1 anyway
        double p2 = twoTo(Double.doubleToRawLongBits(t));
        double u = Math.fma(p2, em1, p2 - 1);
        // u + ulo: the rounding error of em1 (exact for k = 0, where it matters most), scaled
        double ulo = p2 * (rh - em1 + m);
        // d + dlo = u + ulo + 2 (Knuth's two-sum: u may be above or below 2)
        double d = u + 2;
        double d2 = d - u;
        double dlo = (u - (d - d2) + (2 - d2)) + ulo;
        double q = u / d;
        // y = (u + ulo) / (d + dlo) = q + (u + ulo - q (d + dlo)) / (d + dlo), the remainder exact by fma
        double y = q + Math.fma(-q, dlo, Math.fma(-q, d, u) + ulo) / d;
        y = a > 2 * TANH_SATURATION ? 1 : y;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & SIGN_BIT | Double.doubleToRawLongBits(y));
    }

    /**
     * {@code 1 / (1 + e^-x)}: {@code 1 / (1 + e)} for x >= 0 and {@code e / (1 + e)} below, e = e^-|x|
     * by our exp, with the rounding of 1 + e and of the quotient corrected (1 + e = d + dlo exactly,
     * the remainder of the division by fma), so that only exp's error and one rounding remain:
     * within 2.5 ulp of the exact value (the plain quotient reached 2.31 on 200k points).
     */
    public static double sigmoid(double x) {
        double e = exp(-Math.abs(x));
        boolean neg = x < 0;
        double num = neg ? e : 1;
        double d = 1 + e;
        double dlo = 1 - d + e;
        double q = num / d;
        // num / (d + dlo) = q + (num - q d - q dlo) / (d + dlo); 1 / d is q above 0 and 1 - q below
        double rd = neg ? 1 - q : q;
        return Math.fma(Math.fma(-q, dlo, Math.fma(-q, d, num)), rd, q);
    }

    /** {@code x * sigmoid(x)}. */
    public static double silu(double x) {
        return x * sigmoid(x);
    }

    /**
     * The tanh-approximate GELU, {@code x / (1 + e^-z)} for x >= 0 and {@code x e^-z / (1 + e^-z)}
     * below, z = 2u = A|x| + B|x|^3 carried as a double pair (the float32 kernel's scheme); within 4
     * ulp of the exact {@code x sigmoid(2u)}.
     */
    public static double geluTanh(double x) {
        double ax = Double.longBitsToDouble(Math.min(Double.doubleToRawLongBits(x) & ABS_BITS, GELU_CLAMP_BITS));
        double nax = -ax;
        // ax^3 and the two products as exact pairs, low parts negated (see ScalarFloat32Math.geluTanh)
        double s = ax * ax;
        double c3 = s * ax;
        double c3lo = Math.fma(Math.fma(nax, ax, s), ax, Math.fma(nax, s, c3));
        double p1 = ax * GELU_A_HI;
        double p1lo = Math.fma(nax, GELU_A_LO, Math.fma(nax, GELU_A_HI, p1));
        double p3 = c3 * GELU_B_HI;
        double p3lo = Math.fma(c3, -GELU_B_LO, Math.fma(c3lo, GELU_B_HI, Math.fma(c3, -GELU_B_HI, p3)));
        double z = p1 + p3;
        double zp1 = z - p1;
        double zlo = (z - zp1 - p1 + (zp1 - p3)) + (p1lo + p3lo);
        // e = e^-(z - zlo') = 2^k y
        double t = Math.fma(z, -LOG2E, MAGIC);
        double kf = t - MAGIC;
        double y = expm1Reduced(Math.fma(kf, -LN2_HI, -z), Math.fma(kf, -LN2_LO, zlo)) + 1;
        double t1 = Math.fma(kf, 0.5, MAGIC);
        long b1 = Double.doubleToRawLongBits(t1);
        double s1 = twoTo(b1);
        double s2 = twoTo(Double.doubleToRawLongBits(t) - b1);
        double e = y * s1 * s2;
        boolean neg = x < 0;
        double q = (neg ? Math.fma(nax, y, x - x) * s1 : x) / (e + 1);
        return q * (neg ? s2 : 1);
    }
}
