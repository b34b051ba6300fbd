package org.ndvec.kernels;

/**
 * Double-precision special functions the JDK lacks ({@code erf}, an exact {@code log2}),
 * shared by the scalar kernels of every float dtype.
 */
public final class SpecialFunctions {
    /** {@code sqrt(2 / pi)}, the GELU tanh-approximation's scale. */
    public static final double SQRT_2_OVER_PI = 0.7978845608028654;

    private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;
    private static final double ONE_OVER_SQRT_PI = 0.5641895835477563;
    private static final double ONE_OVER_SQRT_2 = 0.7071067811865476;
    private static final double LN2 = 0.6931471805599453;
    // Where the continued fraction for erfc takes over from the series: at z = 3 sixty
    // backward steps already converge to double precision (checked against mpmath values
    // in SpecialFunctionsTest), while the series needs about 60 terms there too.
    private static final double SERIES_LIMIT = 3.0;
    private static final int FRACTION_DEPTH = 60;
    // gelu's continued-fraction depth scales (geluTail)
    private static final double GELU_DEPTH_F64 = 240;
    private static final double GELU_DEPTH_F32 = 120;
    // beyond it gelu(x) = x and gelu(-x) = -0: x Phi(-x) < 2^-1074 from 38.6 on
    private static final double GELU_SATURATION = 40;
    // k = 1 / sqrt(2 pi) as the pair K_HI + K_LO (mpmath)
    private static final double K_HI = 0x1.9884533d43651p-2;
    private static final double K_LO = -0x1.cbc0d30ebfd15p-56;
    // Q(t) = sum_{n>=1} (-1)^n t^(n-1) / (n! (2n+1)): erf's Maclaurin series in t = z^2 after
    // its first term; 20 terms reach 2^-60 of Q at t = 1/2 (|x| = 1)
    private static final double[] GELU_Q = maclaurinQ(20);

    private SpecialFunctions() {
    }

    private static double[] maclaurinQ(int terms) {
        double[] q = new double[terms];
        double factorial = 1;
        for (int n = 1; n <= terms; n++) {
            factorial *= n;
            q[n - 1] = (n % 2 == 0 ? 1 : -1) / (factorial * (2 * n + 1));
        }
        return q;
    }

    /** {@code log2(x)}, exact for powers of two (as C's {@code log2}), within 1 ulp elsewhere. */
    public static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return Math.log(x); // NaN, -Inf at 0, NaN below 0, +Inf at +Inf: same as log2
        }
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) { // subnormal: normalize first
            x *= 0x1p54;
            e = Math.getExponent(x) - 54;
            x = Math.scalb(x, -(e + 54));
        } else {
            x = Math.scalb(x, -e);
        }
        // x in [1, 2); for x near 2 use e + 1 + log2(x / 2) so the small term stays accurate.
        if (x > 1.4142135623730951) {
            return (e + 1) + Math.log1p(x / 2 - 1) / LN2;
        }
        return x == 1 ? e : e + Math.log1p(x - 1) / LN2;
    }

    /** The error function. */
    public static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double z = Math.abs(x);
        double r = z < SERIES_LIMIT ? erfSeries(z) : 1 - erfcFraction(z);
        return Math.copySign(r, x);
    }

    /** The complementary error function {@code 1 - erf(x)}, accurate in relative terms for large x. */
    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < SERIES_LIMIT) {
            return 1 - erf(x);
        }
        return erfcFraction(x);
    }

    /**
     * GELU with the exact normal CDF, {@code x Phi(x) = x/2 erfc(-x / sqrt 2)}, within 2 ulp on
     * float64 (GeluFloat64AccuracyTest, against mpmath). The old {@code 0.5 x erfc(-x/sqrt 2)}
     * cancelled in {@code 1 - erf} for negative x (229,694 ulp at x = -4.19, relative error 1 once
     * erf rounds to 1) and carried erf's error into {@code 1 + erf} (5 ulp at x = 3.94). Now:
     * <ul>
     *   <li>|x| &lt;= 1: {@code Phi = 1/2 + k x (1 + t Q(t))}, k = 1/sqrt(2 pi), t = x^2/2, Q the
     *       Maclaurin series of erf after its first term; k x is an exact pair, so the sum
     *       {@code 1/2 + k x} (down to 0.10 at x = -1) loses nothing;</li>
     *   <li>x &lt; -1: {@link #geluTail};</li>
     *   <li>x &gt; 1: {@code x Phi(x) = x - x Phi(-x) = x + gelu(-x)}, a small accurate tail added once.</li>
     * </ul>
     * float32 calls {@link #geluForFloat}, which needs fewer steps of the continued fraction.
     *
     * @param x the argument
     * @return {@code x Phi(x)}
     */
    public static double gelu(double x) {
        return gelu(x, GELU_DEPTH_F64);
    }

    /**
     * {@link #gelu} accurate to float32's needs: the continued fraction is run about half as deep
     * (relative error below 1e-11 before the rounding to float).
     *
     * @param x the argument
     * @return {@code x Phi(x)}
     */
    public static double geluForFloat(double x) {
        return gelu(x, GELU_DEPTH_F32);
    }

    private static double gelu(double x, double depthScale) {
        if (x > 1) {
            // gelu(-x) underflows to -0 from x = 38.6 on: x there (and +Inf, where x^2 - x^2 is NaN)
            return x > GELU_SATURATION ? x : x + geluTail(-x, depthScale);
        }
        if (x >= -1) {
            double t = 0.5 * (x * x);
            double q = GELU_Q[GELU_Q.length - 1];
            for (int n = GELU_Q.length - 2; n >= 0; n--) {
                q = Math.fma(q, t, GELU_Q[n]);
            }
            double p = K_HI * x;
            double pl = Math.fma(K_HI, x, -p) + K_LO * x;
            // 1/2 + p is exact for |p| >= 1/4 (Sterbenz) and without cancellation below
            return x * ((0.5 + p) + Math.fma(p, t * q, pl));
        }
        // below -40 x Phi(x) rounds to -0 (x^2 would overflow in the tail); NaN stays NaN and -Inf
        // gives NaN, as 0.5 x erfc(inf) = -Inf * 0 always did
        return x < -GELU_SATURATION ? 0 * x : geluTail(x, depthScale);
    }

    /**
     * {@code x Phi(x)} for x &lt; -1, with w = -x: {@code x k e^(-w^2/2) / M(w)}, k = 1/sqrt(2 pi),
     * M(w) = w + 1/(w + 2/(w + 3/(w + ...))) (Laplace's continued fraction of Mills' ratio, erfc's
     * fraction in w = z sqrt 2, so no rounded z enters). e^(-w^2/2) takes w^2 as the exact pair
     * h + l: the rounding of w^2 alone (half an ulp of h, up to 8e-14 for h near 1400) would scale
     * the result by e^(-l/2), up to 180 ulp. The fraction
     * converges slowly for small w; the depth {@code 30 + s / z^2} (z = w / sqrt 2) leaves under one
     * unit of 2^-53 with s = 240 (measured in double against mpmath: z = 0.7 needs 380 steps, z = 1
     * 200, z = 2 55, z = 3 30) and under 1e5 units with s = 120 (float32).
     */
    private static double geluTail(double x, double depthScale) {
        double w = -x;
        double h = w * w;
        double l = Math.fma(w, w, -h);
        int depth = 30 + (int) Math.min(2 * depthScale / h, 1000);
        double m1 = w;
        for (int k = depth; k >= 2; k--) {
            m1 = w + k / m1;
        }
        // the rest as unevaluated pairs, rounded once at the end: with x / M, the factor k and
        // e^(-l/2) each rounded it measured 3.2 ulp (x = -8.705), this way 1.26 (x = -32.46)
        double q = 1 / m1;
        double ql = Math.fma(-q, m1, 1) / m1;
        double mh = w + q; // M = mh + ml; q <= 1 <= w, so (w - mh) + q is the sum's exact error
        double ml = ((w - mh) + q) + ql;
        double r = x / mh; // x / M = r + rl
        double rl = (Math.fma(-r, mh, x) - r * ml) / mh;
        double ph = r * K_HI; // (x / M) k e^(-l/2) = ph + pl
        double pl = Math.fma(r, K_HI, -ph) + (r * K_LO + rl * K_HI) - ph * (0.5 * l);
        double e = Math.exp(-0.5 * h);
        // negative, also where it underflows (fma(ph, 0, pl 0) is +0 when pl > 0)
        return -Math.abs(Math.fma(ph, e, pl * e));
    }

    // erf(z) = 2/sqrt(pi) exp(-z^2) sum 2^n z^(2n+1) / (1*3*...*(2n+1)): every term is
    // positive, so nothing cancels, unlike the alternating Taylor series.
    private static double erfSeries(double z) {
        double z2 = z * z;
        double term = z;
        double sum = z;
        for (int n = 1; n < 200; n++) {
            term *= 2 * z2 / (2 * n + 1);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return TWO_OVER_SQRT_PI * Math.exp(-z2) * sum;
    }

    // erfc(z) = exp(-z^2)/sqrt(pi) / (z + (1/2)/(z + 1/(z + (3/2)/(z + ...)))), evaluated backward.
    private static double erfcFraction(double z) {
        double f = z;
        for (int k = FRACTION_DEPTH; k >= 1; k--) {
            f = z + (k / 2.0) / f;
        }
        return ONE_OVER_SQRT_PI * Math.exp(-z * z) / f;
    }
}
