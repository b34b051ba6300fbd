package org.ndvec.random;

/**
 * Binomial variates as NumPy's legacy {@code legacy_random_binomial}: inversion when
 * {@code n * min(p, 1-p) <= 30}, otherwise Kachitvichyanukul and Schmeiser's BTPE
 * (Comm. ACM 31, 1988). Unlike the modern generator, the legacy one has no shortcut
 * for {@code n == 0} or {@code p == 0}: inversion still consumes one uniform, and so
 * do we. The setup for one {@code (n, p)} pair is cached across calls, as NumPy's
 * {@code binomial_t} is; the cache only saves work and never changes a value.
 *
 * <p>C's mixed {@code long}/{@code double} arithmetic is kept operation for operation
 * (integer products stay integer, conversions happen where C converts).
 */
final class LegacyBinomial {
    private boolean cached;
    private boolean cachedInversion;
    private long nSave;
    private double pSave;
    // inversion setup
    private double q;
    private double qn;
    private long bound;
    // BTPE setup
    private double r;
    private double fm;
    private long m;
    private double p1;
    private double xm;
    private double xl;
    private double xr;
    private double c;
    private double laml;
    private double lamr;
    private double p2;
    private double p3;
    private double p4;

    long draw(MT19937 mt, double p, long n) {
        if (p <= 0.5) {
            return p * n <= 30.0 ? inversion(mt, n, p) : btpe(mt, n, p);
        }
        double qq = 1.0 - p;
        return qq * n <= 30.0 ? n - inversion(mt, n, qq) : n - btpe(mt, n, qq);
    }

    private boolean hit(long n, double p, boolean inversion) {
        if (cached && nSave == n && pSave == p && cachedInversion == inversion) {
            return true;
        }
        cached = true;
        cachedInversion = inversion;
        nSave = n;
        pSave = p;
        return false;
    }

    private long inversion(MT19937 mt, long n, double p) {
        if (!hit(n, p, true)) {
            q = 1.0 - p;
            qn = Libm.exp(n * Libm.log(q));
            double np = n * p;
            bound = (long) Math.min((double) n, np + 10.0 * Math.sqrt(np * q + 1));
        }
        long x = 0;
        double px = qn;
        double u = mt.nextDouble();
        while (u > px) {
            x++;
            if (x > bound) {
                x = 0;
                px = qn;
                u = mt.nextDouble();
            } else {
                u -= px;
                px = ((n - x + 1) * p * px) / (x * q);
            }
        }
        return x;
    }

    private long btpe(MT19937 mt, long n, double p) {
        if (!hit(n, p, false)) {
            r = Math.min(p, 1.0 - p);
            q = 1.0 - r;
            fm = n * r + r;
            m = (long) Math.floor(fm);
            p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
            xm = m + 0.5;
            xl = xm - p1;
            xr = xm + p1;
            c = 0.134 + 20.5 / (15.3 + m);
            double a = (fm - xl) / (fm - xl * r);
            laml = a * (1.0 + a / 2.0);
            a = (xr - fm) / (xr * q);
            lamr = a * (1.0 + a / 2.0);
            p2 = p1 * (1.0 + 2.0 * c);
            p3 = p2 + c / laml;
            p4 = p3 + c / lamr;
        }
        while (true) {
            // Step 10: triangular region, or pick a region for the rejection test.
            double nrq = n * r * q;
            double u = mt.nextDouble() * p4;
            double v = mt.nextDouble();
            long y;
            if (u <= p1) {
                y = (long) Math.floor(xm - p1 * v + u);
                return p > 0.5 ? n - y : y;
            }
            if (u <= p2) {
                // Step 20: parallelogram.
                double x = xl + (u - p1) / c;
                v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
                if (v > 1.0) {
                    continue;
                }
                y = (long) Math.floor(x);
            } else if (u <= p3) {
                // Step 30: left exponential tail; v == 0 would make the cast undefined in C.
                y = (long) Math.floor(xl + Libm.log(v) / laml);
                if (y < 0 || v == 0.0) {
                    continue;
                }
                v = v * (u - p2) * laml;
            } else {
                // Step 40: right exponential tail.
                y = (long) Math.floor(xr - Libm.log(v) / lamr);
                if (y > n || v == 0.0) {
                    continue;
                }
                v = v * (u - p3) * lamr;
            }
            // Step 50: acceptance by explicit evaluation, or squeeze (Step 52).
            long k = Math.abs(y - m);
            if (!(k > 20 && k < nrq / 2.0 - 1)) {
                double s = r / q;
                double a = s * (n + 1);
                double f = 1.0;
                if (m < y) {
                    for (long i = m + 1; i <= y; i++) {
                        f *= a / i - s;
                    }
                } else if (m > y) {
                    for (long i = y + 1; i <= m; i++) {
                        f /= a / i - s;
                    }
                }
                if (v > f) {
                    continue;
                }
                return p > 0.5 ? n - y : y;
            }
            double rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
            double t = (double) (-k * k) / (2 * nrq);
            double bigA = Libm.log(v);
            if (bigA < t - rho) {
                return p > 0.5 ? n - y : y;
            }
            if (bigA > t + rho) {
                continue;
            }
            double x1 = y + 1;
            double f1 = m + 1;
            double z = n + 1 - m;
            double w = n - y + 1;
            double x2 = x1 * x1;
            double f2 = f1 * f1;
            double z2 = z * z;
            double w2 = w * w;
            double bound2 = xm * Libm.log(f1 / x1) + (n - m + 0.5) * Libm.log(z / w)
                    + (y - m) * Libm.log(w * r / (x1 * q))
                    + stirlingTail(f1, f2) + stirlingTail(z, z2) + stirlingTail(x1, x2) + stirlingTail(w, w2);
            if (bigA > bound2) {
                continue;
            }
            return p > 0.5 ? n - y : y;
        }
    }

    private static double stirlingTail(double v, double v2) {
        return (13680. - (462. - (132. - (99. - 140. / v2) / v2) / v2) / v2) / v / 166320.;
    }
}
