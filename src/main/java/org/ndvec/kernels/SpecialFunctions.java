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

    private SpecialFunctions() {
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

    /** GELU with the exact normal CDF: {@code x * Phi(x) = x/2 * erfc(-x / sqrt 2)}. */
    public static double gelu(double x) {
        return 0.5 * x * erfc(-x * ONE_OVER_SQRT_2);
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
