package org.ndvec.kernels.scalar;

/**
 * Our own float32 exp, log, tanh, sigmoid, silu and tanh-GELU, one element at a time, built
 * only from IEEE basic operations (+ - * /, fma, compares, bit conversions). Each function
 * performs exactly the operations, in exactly the order, that its Vector API twin
 * ({@code org.ndvec.kernels.vector.VectorFloat32Math}) performs in every lane, so the two
 * return the same bits for every input whatever the vector width, and whether the caller runs
 * interpreted, C1- or C2-compiled: dispatch may switch between them at any call, or between
 * the chunks of one call. The constants are here, and the vector twin reads them from here.
 *
 * <p>Accuracy against the exact value: exp 0.88 ulp and log 0.93 ulp (faithfully rounded; by the
 * author of these kernels on every float; TranscendentalAccuracyTest checks every 97th float
 * against an unrounded double reference: 0.85 and 0.91 there), tanh 4 (every float with
 * {@code -Dndvec.exhaustive=true}), sigmoid 2, tanh-GELU 4 (the bounds documented in {@code UnaryOp}).
 */
public final class ScalarFloat32Math {
    // ---------------------------------------------------------------- exp

    /** log2(e) rounded to float: k = round(x log2 e) need not be exact, only r small. */
    public static final float LOG2E = 0x1.715476p0f;
    /** 1.5 * 2^23: x log2(e) + MAGIC rounds to an integer held in the low mantissa bits (|k| < 2^22). */
    public static final float MAGIC = 0x1.8p23f;
    public static final int MAGIC_BITS = Float.floatToRawIntBits(MAGIC);
    /**
     * ln 2 = LN2_HI + LN2_LO: LN2_HI has 9 significant bits, so k LN2_HI is exact for |k| < 2^15
     * and x - k LN2_HI is exact (Sterbenz) - Cody and Waite's reduction.
     */
    public static final float LN2_HI = 0x1.63p-1f;
    public static final float LN2_LO = -0x1.bd0106p-13f;
    /**
     * e^r = 1 + r + r^2 P(r) on |r| <= ln2/2, P minimax of degree 4 (src/main/codegen/fit_exp_log.py:
     * 0.05 units of 2^-24 before the roundings of the evaluation).
     */
    public static final float EXP_P0 = 0x1.fffffcp-2f;
    public static final float EXP_P1 = 0x1.555492p-3f;
    public static final float EXP_P2 = 0x1.5558bp-5f;
    public static final float EXP_P3 = 0x1.12398ep-7f;
    public static final float EXP_P4 = 0x1.6a4d6ap-10f;
    /** The largest float whose exp is finite (exp(next float) > FLT_MAX rounds to +Inf). */
    public static final float EXP_OVERFLOW = 0x1.62e42ep6f;
    /** Below this exp rounds to +0 (e^-103.98 < 2^-150); down to it 2^k in two factors is normal. */
    public static final float EXP_UNDERFLOW = -104f;

    // ---------------------------------------------------------------- log

    /** Bits of 2/3: log reduces x = 2^k m with m in [2/3, 4/3), so f = m - 1 in [-1/3, 1/3]. */
    public static final int LOG_OFFSET = 0x3f2aaaab;
    public static final int EXPONENT_MASK = 0xff800000;
    /** ln 2 rounded to float (k LN2 errs by at most 150 * 1.9e-9, 0.06 ulp of k ln 2). */
    public static final float LN2 = 0x1.62e43p-1f;
    /** log(1 + f) = f + f^2 Q(f), Q minimax of degree 8 (fit_exp_log.py: 0.08 units of 2^-24). */
    public static final float LOG_Q0 = -0x1p-1f;
    public static final float LOG_Q1 = 0x1.555506p-2f;
    public static final float LOG_Q2 = -0x1.fffefap-3f;
    public static final float LOG_Q3 = 0x1.99d05cp-3f;
    public static final float LOG_Q4 = -0x1.559c2cp-3f;
    public static final float LOG_Q5 = 0x1.1ed452p-3f;
    public static final float LOG_Q6 = -0x1.f33cccp-4f;
    public static final float LOG_Q7 = 0x1.1e72ap-3f;
    public static final float LOG_Q8 = -0x1.07a94p-3f;
    /** Subnormal inputs are scaled by 2^23 first (exactly), and k corrected. */
    public static final float TWO_23 = 0x1p23f;

    // ---------------------------------------------------------------- tanh

    // Coefficients of tanh(x/2) = N / D, N = x + x s (N1 + N2 s + N3 s^2), D = D0 + D1 s + D2 s^2
    // + D3 s^3, s = x^2, fitted by src/main/codegen/fit_tanh_f32.py (minimax relative error).
    public static final float TANH_N1 = 0.031498563f;
    public static final float TANH_N2 = 0.00016004892f;
    public static final float TANH_N3 = 8.618853e-08f;
    public static final float TANH_D0 = 2.0f;
    public static final float TANH_D1 = 0.22966371f;
    public static final float TANH_D2 = 0.0027921195f;
    public static final float TANH_D3 = 5.4829884e-06f;
    /** float32 tanh rounds to +-1 beyond |x| = 9.01; the fit covers [0, 9]. */
    public static final float TANH_SATURATION = 9f;
    public static final int SIGN_BIT = 0x80000000;
    public static final int ABS_BITS = 0x7fffffff;
    public static final int ONE_BITS = Float.floatToRawIntBits(1f);

    // ---------------------------------------------------------------- sigmoid, tanh-GELU

    /** sigmoid clamps |x| to 104 (as bits, one integer min): e^-104 already rounds to 0. */
    public static final int SIGMOID_CLAMP_BITS = Float.floatToRawIntBits(104f);
    // GELU's exp argument z = 2u = A|x| + B|x|^3 (A = 2 sqrt(2/pi), B = 0.044715 A) is carried as
    // a float pair z + zlo: exp multiplies an absolute error in z into a relative one, and z in
    // float alone misses the 4-ulp bound for x below about -3 (z near 100 has an ulp of 8e-6).
    private static final double GELU_A = 2 * org.ndvec.kernels.SpecialFunctions.SQRT_2_OVER_PI;
    private static final double GELU_B = 0.044715 * GELU_A;
    public static final float GELU_A_HI = (float) GELU_A;
    public static final float GELU_A_LO = (float) (GELU_A - GELU_A_HI);
    public static final float GELU_B_HI = (float) GELU_B;
    public static final float GELU_B_LO = (float) (GELU_B - GELU_B_HI);
    /**
     * |x| is clamped here (as bits): z <= 160 keeps 2^k in two normal factors, and x e^-z
     * underflows to 0 from x = -10.9 on anyway.
     */
    public static final int GELU_CLAMP_BITS = Float.floatToRawIntBits(12.5f);

    private ScalarFloat32Math() {
    }

    /**
     * {@code e^(rh + rl)} for a reduced argument {@code |rh + rl| <= ln2/2} (a hair more):
     * {@code 1 + rh + (rl + r^2 P(r))}, r = rh + rl. Keeping the low part rl out of the
     * rounding of r until the last additions takes the worst error from 1.02 ulp (r rounded
     * first) to 0.88, every float checked.
     */
    public static float expReduced(float rh, float rl) {
        float r = rh + rl;
        float p = Math.fma(Math.fma(Math.fma(Math.fma(EXP_P4, r, EXP_P3), r, EXP_P2), r, EXP_P1), r, EXP_P0);
        return (rh + Math.fma(p, r * r, rl)) + 1f;
    }

    /** {@code 2^k} for {@code -126 <= k <= 127}, built in the exponent bits. */
    public static float twoTo(int k) {
        return Float.intBitsToFloat((k + 127) << 23);
    }

    /** {@code np.exp}: within 0.88 ulp of the exact value (faithfully rounded) for every float. */
    public static float exp(float x) {
        float t = Math.fma(x, LOG2E, MAGIC);
        float kf = t - MAGIC;
        int k = Float.floatToRawIntBits(t) - MAGIC_BITS;
        float y = expReduced(Math.fma(kf, -LN2_HI, x), kf * -LN2_LO);
        // 2^k as two normal factors, so that a subnormal result rounds once, in the last multiply
        int k1 = k >> 1;
        float e = y * twoTo(k1) * twoTo(k - k1);
        // beyond the thresholds (and for +-Inf) k leaves the range the factors cover; NaN stays NaN
        return x > EXP_OVERFLOW ? Float.POSITIVE_INFINITY : x < EXP_UNDERFLOW ? 0f : e;
    }

    /** {@code np.log}: within 0.93 ulp of the exact value (faithfully rounded) for every float. */
    public static float log(float x) {
        boolean tiny = x < Float.MIN_NORMAL;
        float xs = tiny ? x * TWO_23 : x;
        int ix = Float.floatToRawIntBits(xs);
        int tmp = ix - LOG_OFFSET;
        float kf = (float) (tmp >> 23);
        if (tiny) {
            kf = kf - 23f;
        }
        float f = Float.intBitsToFloat(ix - (tmp & EXPONENT_MASK)) - 1f;
        float q = Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(
                LOG_Q8, f, LOG_Q7), f, LOG_Q6), f, LOG_Q5), f, LOG_Q4), f, LOG_Q3), f, LOG_Q2), f, LOG_Q1), f, LOG_Q0);
        float y = Math.fma(kf, LN2, Math.fma(f * f, q, f));
        // in the vector lanes' order: +Inf and NaN give x, then negatives NaN, then +-0 -Inf
        if (x == 0) {
            return Float.NEGATIVE_INFINITY;
        }
        if (x < 0) {
            return Float.NaN;
        }
        return x < Float.POSITIVE_INFINITY ? y : x;
    }

    /**
     * {@code np.tanh}: tanh(x) = 2ND / (N^2 + D^2), the double-angle formula on tanh(x/2) = N / D,
     * one division and no exp. Max error 4.00 ulp, checked on every float in [0, 100].
     */
    public static float tanh(float x) {
        float s = x * x;
        float num = Math.fma(x * s, Math.fma(Math.fma(TANH_N3, s, TANH_N2), s, TANH_N1), x);
        float den = Math.fma(Math.fma(Math.fma(TANH_D3, s, TANH_D2), s, TANH_D1), s, TANH_D0);
        float nd = num * den;
        // N^2 rounds before the fma, D^2 inside it: near 0, where N^2 << D^2, that is one rounding
        float y = (nd + nd) / Math.fma(den, den, num * num);
        // +-1 with x's sign; also replaces the NaN that +-Inf gives above, NaN stays NaN
        float one = Float.intBitsToFloat(Float.floatToRawIntBits(x) & SIGN_BIT | ONE_BITS);
        return Math.abs(x) > TANH_SATURATION ? one : y;
    }

    /**
     * {@code 1 / (1 + e^-x)}, within 2 ulp: {@code 1 / (1 + e)} for x >= 0 and {@code e / (1 + e)}
     * below, with {@code e = e^-|x|} (our exp's reduction and polynomial, |x| clamped to 104 as bits),
     * so the tiny results below -88 do not flush to 0 through an overflowing e^-x.
     */
    public static float sigmoid(float x) {
        float ax = Float.intBitsToFloat(Math.min(Float.floatToRawIntBits(x) & ABS_BITS, SIGMOID_CLAMP_BITS));
        float t = Math.fma(ax, -LOG2E, MAGIC);
        float kf = t - MAGIC;
        int k = Float.floatToRawIntBits(t) - MAGIC_BITS;
        float y = expReduced(Math.fma(kf, -LN2_HI, -ax), kf * -LN2_LO);
        int k1 = k >> 1;
        float e = y * twoTo(k1) * twoTo(k - k1);
        float q = (x < 0 ? e : 1f) / (e + 1f);
        return x != x ? x : q;
    }

    /** {@code x * sigmoid(x)}. */
    public static float silu(float x) {
        return x * sigmoid(x);
    }

    /**
     * The tanh-approximate GELU, {@code x / (1 + e^-z)} for x >= 0 and {@code x e^-z / (1 + e^-z)}
     * below, z = 2u = A|x| + B|x|^3 carried as a float pair; within 4 ulp of the exact
     * {@code x sigmoid(2u)}.
     */
    public static float geluTanh(float x) {
        float ax = Float.intBitsToFloat(Math.min(Float.floatToRawIntBits(x) & ABS_BITS, GELU_CLAMP_BITS));
        float nax = -ax;
        // ax^3 and the two products as exact float pairs (fma gives each product's error); the
        // low parts are carried negated (lo' = -lo), which saves a negation per product
        float s = ax * ax;
        float c3 = s * ax;
        float c3lo = Math.fma(Math.fma(nax, ax, s), ax, Math.fma(nax, s, c3));
        float p1 = ax * GELU_A_HI;
        float p1lo = Math.fma(nax, GELU_A_LO, Math.fma(nax, GELU_A_HI, p1));
        float p3 = c3 * GELU_B_HI;
        float p3lo = Math.fma(c3, -GELU_B_LO, Math.fma(c3lo, GELU_B_HI, Math.fma(c3, -GELU_B_HI, p3)));
        // z - zlo' = p1 + p3 (Knuth's two-sum, its error negated too) + the low parts
        float z = p1 + p3;
        float zp1 = z - p1;
        float zlo = (z - zp1 - p1 + (zp1 - p3)) + (p1lo + p3lo);
        // e = e^-(z - zlo') = 2^k y, k = round(-z / ln2), y = e^r, r = -z - k ln2 + zlo'
        float t = Math.fma(z, -LOG2E, MAGIC);
        float kf = t - MAGIC;
        int k = Float.floatToRawIntBits(t) - MAGIC_BITS;
        float y = expReduced(Math.fma(kf, -LN2_HI, -z), Math.fma(kf, -LN2_LO, zlo));
        int k1 = k >> 1;
        float s1 = twoTo(k1);
        float s2 = twoTo(k - k1);
        float e = y * s1 * s2;
        // below 0: -|x| y 2^k1 stays normal, the last factor 2^(k-k1) is applied after the
        // division so a subnormal result rounds once; x - x (NaN for -Inf, else +0) gives NaN
        // at -Inf as x sigmoid(2u) does
        boolean neg = x < 0;
        float q = (neg ? Math.fma(nax, y, x - x) * s1 : x) / (e + 1f);
        return q * (neg ? s2 : 1f);
    }
}
