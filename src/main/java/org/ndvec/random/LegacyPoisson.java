package org.ndvec.random;

/**
 * Poisson variates as NumPy's legacy {@code random_poisson}: multiplication of
 * uniforms below {@code lam = 10}, Hoermann's transformed rejection (PTRS, Insurance:
 * Mathematics and Economics 12, 39-45, 1993) from 10 up. Every operation is done in
 * the same order and precision as the C code so the uniforms consumed, and hence
 * the stream after the call, match.
 */
final class LegacyPoisson {
    /** NumPy's {@code POISSON_LAM_MAX}: {@code INT64_MAX - sqrt(INT64_MAX) * 10}. */
    static final double LAM_MAX = 9.223372006484771e18;

    private LegacyPoisson() {
    }

    static long draw(MT19937 mt, double lam) {
        if (lam >= 10) {
            return ptrs(mt, lam);
        } else if (lam == 0) {
            return 0;
        }
        return mult(mt, lam);
    }

    private static long mult(MT19937 mt, double lam) {
        double enlam = Libm.exp(-lam);
        long x = 0;
        double prod = 1.0;
        while (true) {
            prod *= mt.nextDouble();
            if (prod > enlam) {
                x += 1;
            } else {
                return x;
            }
        }
    }

    private static long ptrs(MT19937 mt, double lam) {
        double slam = Math.sqrt(lam);
        double loglam = Libm.log(lam);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = mt.nextDouble() - 0.5;
            double v = mt.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + lam + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            // log(0) = -inf when v == 0 accepts, as in C.
            if (Libm.log(v) + Libm.log(invalpha) - Libm.log(a / (us * us) + b)
                    <= -lam + k * loglam - logGamma(k + 1)) {
                return k;
            }
        }
    }

    /**
     * {@code random_loggam}: log Gamma(x) by the Stirling series of Zhang and Jin
     * ("Computation of Special Functions", 1996), shifting small x up to 7 first.
     */
    static double logGamma(double x) {
        double x0 = x;
        long n = 0;
        if (x == 1.0 || x == 2.0) {
            return 0.0;
        } else if (x <= 7.0) {
            n = (long) (7 - x);
            x0 = x + n;
        }
        double x2 = 1.0 / (x0 * x0);
        double gl0 = STIRLING[9];
        for (int k = 8; k >= 0; k--) {
            gl0 *= x2;
            gl0 += STIRLING[k];
        }
        double gl = gl0 / x0 + 0.5 * Libm.log(2 * Math.PI) + (x0 - 0.5) * Libm.log(x0) - x0;
        if (x <= 7.0) {
            for (long k = 1; k <= n; k++) {
                gl -= Libm.log(x0 - 1.0);
                x0 -= 1.0;
            }
        }
        return gl;
    }

    /** Coefficients B(2k) / (2k (2k-1)) of the Stirling series, as NumPy spells them. */
    private static final double[] STIRLING = {8.333333333333333e-02, -2.777777777777778e-03,
        7.936507936507937e-04, -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
        6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01, -1.39243221690590e+00};
}
