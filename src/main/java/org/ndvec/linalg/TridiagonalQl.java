package org.ndvec.linalg;

/**
 * The implicit QL iteration with Wilkinson-style shifts on a symmetric tridiagonal matrix (d, e),
 * e[i] coupling i and i+1: all eigenvalues in O(n^2) (eigvalsh, svdvals), or with the plane
 * rotations accumulated into eigenvectors for small matrices (the leaves of divide and conquer).
 */
final class TridiagonalQl {
    private static final double EPS = Math.ulp(1.0);
    /** Iterations allowed per eigenvalue on average, as LAPACK's dsteqr (MAXIT = 30). */
    private static final int MAX_ITERATIONS = 30;
    /** The smallest normal double: an off-diagonal whose square is below it is zero. */
    private static final double SAFE_MIN = Double.MIN_NORMAL;
    /** Squares summed inside (TINY, HUGE) neither underflow to zero nor overflow. */
    private static final double TINY = 0x1p-1000;
    private static final double HUGE = 0x1p1000;

    private TridiagonalQl() {
    }

    /** Eigenvalues into d, ascending; e is destroyed. */
    static void values(double[] d, double[] e, int n) {
        iterate(d, e, n, null);
        java.util.Arrays.sort(d, 0, n);
    }

    /**
     * Eigenvalues into d (not sorted) and the eigenvectors as the rows of zt (n x n, the identity
     * or the rows of an earlier orthogonal factor on entry: each rotation of T is applied to the
     * rows i and i+1). e is destroyed.
     */
    static void vectors(double[] d, double[] e, int n, double[] zt) {
        iterate(d, e, n, zt);
    }

    private static void iterate(double[] d, double[] e, int n, double[] zt) {
        int budget = MAX_ITERATIONS * n;
        int l1 = 0;
        while (l1 < n) {
            // the next unreduced block [l1, end]: off-diagonals negligible next to their diagonal
            // neighbours are set to zero (dsteqr)
            int end = l1;
            while (end < n - 1) {
                double t = Math.abs(e[end]);
                if (t == 0 || t <= Math.sqrt(Math.abs(d[end])) * Math.sqrt(Math.abs(d[end + 1])) * EPS) {
                    e[end] = 0;
                    break;
                }
                end++;
            }
            if (end > l1) {
                // QL converges the top of the block first, QR the bottom: start at the smaller end,
                // as a graded block (large entries first, then noise) takes QL hundreds of sweeps
                budget = Math.abs(d[end]) < Math.abs(d[l1])
                        ? qr(d, e, n, zt, l1, end, budget) : ql(d, e, n, zt, l1, end, budget);
            }
            l1 = end + 1;
        }
    }

    /** QL on the block [l, end], eigenvalues settling from l upward; returns the iterations left. */
    private static int ql(double[] d, double[] e, int n, double[] zt, int l, int end, int budget) {
        while (l <= end) {
            int m = l;
            for (; m < end; m++) {
                double t = e[m] * e[m];
                if (t <= EPS * EPS * Math.abs(d[m]) * Math.abs(d[m + 1]) + SAFE_MIN) {
                    e[m] = 0;
                    break;
                }
            }
            if (m == l) {
                l++;
                continue;
            }
            if (budget-- == 0) {
                throw new ArithmeticException("Eigenvalues did not converge");
            }
            // shift from the leading 2x2 block's eigenvalue nearer d[l]
            double g = (d[l + 1] - d[l]) / (2 * e[l]);
            double r = Math.abs(g) < HUGE ? Math.sqrt(g * g + 1) : Math.abs(g);
            g = d[m] - d[l] + e[l] / (g + Math.copySign(r, g));
            double s = 1;
            double c = 1;
            double p = 0;
            boolean underflow = false;
            for (int i = m - 1; i >= l; i--) {
                double f = s * e[i];
                double b = c * e[i];
                r = radius(f, g);
                e[i + 1] = r;
                if (r == 0) {
                    d[i + 1] -= p;
                    e[m] = 0;
                    underflow = true;
                    break;
                }
                s = f / r;
                c = g / r;
                g = d[i + 1] - p;
                r = (d[i] - g) * s + 2 * c * b;
                p = s * r;
                d[i + 1] = g + p;
                g = c * r - b;
                if (zt != null) {
                    Decompositions.JACOBI.rotate(zt, i * n, (i + 1) * n, n, c, s);
                }
            }
            if (!underflow) {
                d[l] -= p;
                e[l] = g;
                e[m] = 0;
            }
        }
        return budget;
    }

    /** QR on the block [start, l], eigenvalues settling from l downward; returns the iterations left. */
    private static int qr(double[] d, double[] e, int n, double[] zt, int start, int l, int budget) {
        while (l >= start) {
            int m = l;
            for (; m > start; m--) {
                double t = e[m - 1] * e[m - 1];
                if (t <= EPS * EPS * Math.abs(d[m]) * Math.abs(d[m - 1]) + SAFE_MIN) {
                    e[m - 1] = 0;
                    break;
                }
            }
            if (m == l) {
                l--;
                continue;
            }
            if (budget-- == 0) {
                throw new ArithmeticException("Eigenvalues did not converge");
            }
            // shift from the trailing 2x2 block's eigenvalue nearer d[l]
            double g = (d[l - 1] - d[l]) / (2 * e[l - 1]);
            double r = Math.abs(g) < HUGE ? Math.sqrt(g * g + 1) : Math.abs(g);
            g = d[m] - d[l] + e[l - 1] / (g + Math.copySign(r, g));
            double s = 1;
            double c = 1;
            double p = 0;
            boolean underflow = false;
            for (int i = m; i < l; i++) {
                double f = s * e[i];
                double b = c * e[i];
                r = radius(f, g);
                if (i != m) {
                    e[i - 1] = r;
                }
                if (r == 0) {
                    // f and g underflowed: e[i-1] is now 0 and the block splits there
                    d[i] -= p;
                    underflow = true;
                    break;
                }
                s = f / r;
                c = g / r;
                g = d[i] - p;
                r = (d[i + 1] - g) * s + 2 * c * b;
                p = s * r;
                d[i] = g + p;
                g = c * r - b;
                if (zt != null) {
                    Decompositions.JACOBI.rotate(zt, i * n, (i + 1) * n, n, c, -s);
                }
            }
            if (!underflow) {
                d[l] -= p;
                e[l - 1] = g;
            }
        }
        return budget;
    }

    /** sqrt(x^2 + y^2): Math.hypot's scaling only where the squares would under- or overflow (it costs ~20 ns). */
    static double radius(double x, double y) {
        double s = x * x + y * y;
        return s > TINY && s < HUGE ? Math.sqrt(s) : Math.hypot(x, y);
    }
}
