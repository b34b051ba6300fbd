package org.ndvec.linalg;

/**
 * The secular equation of a rank-one modification, {@code 1/rho + sum_j w2[j] / (P_j - lambda) = 0},
 * for the poles {@code P_j = d_j} (eigenvalues of {@code diag(d) + rho z z^T}, LAPACK's dlaed4) or
 * {@code P_j = d_j^2} (squared singular values of the broken-arrow matrix of bidiagonal divide and
 * conquer, dlasd4). d is ascending with distinct entries and every {@code w2[j] > 0}, so root i
 * lies between poles i and i+1, and the last one between the last pole and
 * {@code P_{k-1} + rho sum w2}.
 *
 * <p>Accuracy (Gu and Eisenstat; Li): a root is computed as {@code mu} relative to its nearer pole
 * (the origin, chosen by the sign of the function at the midpoint), and every pole relative to
 * that origin ({@code d_j - d_o}, or {@code (d_j - d_o)(d_j + d_o)}), so the differences
 * {@code P_j - lambda} that build the eigenvectors keep full relative accuracy. Each step solves
 * Li's "middle way" model: the two poles around the root kept exact, the rest of each side
 * matched in value and slope; a step that leaves the bracket is replaced by bisection, so the
 * iteration always ends.
 */
final class SecularEquation {
    private static final double EPS = Math.ulp(1.0) / 2;
    private static final int MAX_ITERATIONS = 200;

    private final int k;
    private final double[] d;
    private final double[] w2;
    private final double rhoInv;
    private final boolean squared;
    /** Poles relative to the current origin. */
    private final double[] p;

    /** The origin of the last solved root. */
    int origin;
    /** The last solved root relative to its origin's pole: lambda = P_origin + mu. */
    double mu;

    // the function at mu, split at the left pole a of the root's interval: psi over j <= a, phi over j > a
    private double f;
    private double psiSlope;
    private double phiSlope;
    private double absSum;

    SecularEquation(int k, double[] d, double[] w2, double rho, boolean squared) {
        this.k = k;
        this.d = d;
        this.w2 = w2;
        this.rhoInv = 1 / rho;
        this.squared = squared;
        this.p = new double[k];
    }

    /** Solves for root i (0-based) and writes {@code delta[off + j] = P_j - lambda} for every pole j. */
    void solve(int i, double[] delta, int off) {
        if (k == 1) {
            origin = 0;
            mu = w2[0] / rhoInv;
            delta[off] = -mu;
            return;
        }
        int a = Math.min(i, k - 2);
        boolean last = i == k - 1;
        double lo;
        double hi;
        if (!last) {
            shift(i);
            double half = p[i + 1] / 2;
            evaluate(half, a);
            if (f >= 0) {
                origin = i;
                lo = 0;
                hi = half;
                mu = half;
            } else {
                shift(i + 1);
                origin = i + 1;
                lo = p[i] / 2;
                hi = 0;
                mu = lo;
                evaluate(mu, a);
            }
        } else {
            a = k - 1;
            shift(k - 1);
            origin = k - 1;
            double sum = 0;
            for (int j = 0; j < k; j++) {
                sum += w2[j];
            }
            lo = 0;
            hi = sum / rhoInv;
            mu = hi;
            evaluate(mu, a);
        }
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            if (f < 0) {
                lo = Math.max(lo, mu);
            } else {
                hi = Math.min(hi, mu);
            }
            // |f| within the rounding error of evaluating it (LAPACK's erretm, simplified)
            if (Math.abs(f) <= EPS * (8 * absSum + 2 * rhoInv + Math.abs(mu) * (psiSlope + phiSlope))) {
                break;
            }
            double next = mu + (last ? stepLast(a) : step(a));
            if (!(next > lo && next < hi)) {
                next = bisect(lo, hi);
            }
            if (next == mu) {
                break;
            }
            mu = next;
            evaluate(mu, a);
        }
        for (int j = 0; j < k; j++) {
            delta[off + j] = p[j] - mu;
        }
    }

    /** P_j relative to pole o. */
    private void shift(int o) {
        double dOrigin = d[o];
        if (squared) {
            for (int j = 0; j < k; j++) {
                p[j] = (d[j] - dOrigin) * (d[j] + dOrigin);
            }
        } else {
            for (int j = 0; j < k; j++) {
                p[j] = d[j] - dOrigin;
            }
        }
        p[o] = 0;
    }

    private void evaluate(double x, int a) {
        double psi = 0;
        double psiD = 0;
        double phi = 0;
        double phiD = 0;
        double abs = 0;
        for (int j = 0; j <= a; j++) {
            double inv = 1 / (p[j] - x);
            double t = w2[j] * inv;
            psi += t;
            psiD += t * inv;
            abs -= t;
        }
        for (int j = a + 1; j < k; j++) {
            double inv = 1 / (p[j] - x);
            double t = w2[j] * inv;
            phi += t;
            phiD += t * inv;
            abs += t;
        }
        f = rhoInv + psi + phi;
        psiSlope = psiD;
        phiSlope = phiD;
        absSum = abs;
    }

    /**
     * Li's middle way between poles a and a+1: {@code c + s/(da - eta) + S/(db - eta)} with
     * {@code s = da^2 psi'}, {@code S = db^2 phi'} and c matching f; the step eta is its root
     * between the poles.
     */
    private double step(int a) {
        double da = p[a] - mu;
        double db = p[a + 1] - mu;
        double c = f - da * psiSlope - db * phiSlope;
        double s = da * da * psiSlope;
        double bigS = db * db * phiSlope;
        double qa = c * (da + db) + s + bigS;
        double qb = da * db * f;
        double qc = c;
        // the quadratic qc eta^2 - qa eta + qb = 0, scaled so that its discriminant cannot overflow
        double scale = Math.max(Math.abs(qa), Math.max(Math.abs(qb), Math.abs(qc)));
        if (scale == 0 || !Double.isFinite(scale)) {
            return Double.NaN;
        }
        qa /= scale;
        qb /= scale;
        qc /= scale;
        if (qc == 0) {
            return qb / qa;
        }
        double disc = Math.sqrt(Math.abs(qa * qa - 4 * qb * qc));
        return qa <= 0 ? (qa - disc) / (2 * qc) : 2 * qb / (qa + disc);
    }

    /** Above the last pole: {@code c + s/(da - eta)} with all the slope on the nearest pole. */
    private double stepLast(int a) {
        double da = p[a] - mu;
        double slope = psiSlope + phiSlope;
        double c = f - da * slope;
        return c > 0 ? da + da * da * slope / c : Double.NaN;
    }

    /** The middle of (lo, hi), geometric where it spans more than a factor of 4 on one side of 0. */
    private static double bisect(double lo, double hi) {
        if (lo > 0 && hi > 4 * lo) {
            return Math.sqrt(lo) * Math.sqrt(hi);
        }
        if (hi < 0 && lo < 4 * hi) {
            return -Math.sqrt(-lo) * Math.sqrt(-hi);
        }
        return lo + (hi - lo) / 2;
    }
}
