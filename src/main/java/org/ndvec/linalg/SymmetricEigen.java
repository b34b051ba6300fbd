package org.ndvec.linalg;

/**
 * Symmetric eigen-decomposition: Householder reduction to tridiagonal form T = Q^T A Q, then the
 * implicit QL iteration with Wilkinson-style shifts on T, accumulating the plane rotations into
 * the vectors. About 9 n^3 flops against the cyclic Jacobi method's ~3 n^3 per sweep times 6-10
 * sweeps (eigh_f64_256 in GemmBench). Eigenvectors are kept transposed (one vector per row) so
 * every rotation and reflection touches two contiguous rows.
 */
final class SymmetricEigen {
    private static final double EPS = Math.ulp(1.0);
    private static final int MAX_ITERATIONS = 60;

    private SymmetricEigen() {
    }

    /** Returns {w ascending, V (n x n row-major, eigenvectors as columns)}; reads the lower triangle. */
    static double[][] eigh(double[] in, int n) {
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i * n + j] = in[i * n + j];
                a[j * n + i] = in[i * n + j];
            }
        }
        double[] zt = Decompositions.identity(n);
        double[] d = new double[n];
        double[] e = new double[n];
        tridiagonalize(a, n, zt, d, e);
        ql(d, e, n, zt);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(d[x], d[y]));
        double[] w = new double[n];
        double[] v = new double[n * n];
        for (int j = 0; j < n; j++) {
            w[j] = d[order[j]];
            int row = order[j] * n;
            for (int i = 0; i < n; i++) {
                v[i * n + j] = zt[row + i];
            }
        }
        return new double[][] {w, v};
    }

    /**
     * Reflects column k below the subdiagonal to zero for k = 0..n-3; d/e receive T's diagonal and
     * subdiagonal (e[i] couples i and i+1), zt (the identity on entry) the rows of Q^T (Q's columns).
     */
    private static void tridiagonalize(double[] a, int n, double[] zt, double[] d, double[] e) {
        double[] p = new double[n];
        double[][] reflectors = new double[n][];
        double[] betas = new double[n];
        for (int k = 0; k < n - 2; k++) {
            int len = n - k - 1;
            int s = k + 1;
            double[] v = new double[len];
            double norm2 = 0;
            for (int i = 0; i < len; i++) {
                v[i] = a[(s + i) * n + k];
                norm2 += v[i] * v[i];
            }
            double x0 = v[0];
            if (norm2 == 0 || norm2 == x0 * x0) {
                continue; // already tridiagonal in this column
            }
            double alpha = -Math.copySign(Math.sqrt(norm2), x0);
            double vn2 = 2 * (norm2 - x0 * alpha);
            v[0] -= alpha;
            double beta = 2 / vn2;
            // A22 <- H A22 H = A22 - v w^T - w v^T with p = beta A22 v, w = p - (beta/2)(p.v) v
            // A22 is symmetric, so A22 v is built from rows as axpys (C2 vectorizes those; it does
            // not vectorize the dot-product form, a floating-point reduction)
            java.util.Arrays.fill(p, 0, len, 0.0);
            for (int j = 0; j < len; j++) {
                double vj = v[j];
                int row = (s + j) * n + s;
                for (int i = 0; i < len; i++) {
                    p[i] += vj * a[row + i];
                }
            }
            double pv = 0;
            for (int i = 0; i < len; i++) {
                p[i] *= beta;
                pv += p[i] * v[i];
            }
            double half = 0.5 * beta * pv;
            for (int i = 0; i < len; i++) {
                p[i] -= half * v[i];
            }
            for (int i = 0; i < len; i++) {
                int row = (s + i) * n + s;
                double vi = v[i];
                double wi = p[i];
                for (int j = 0; j < len; j++) {
                    a[row + j] -= vi * p[j] + wi * v[j];
                }
            }
            a[s * n + k] = alpha;
            a[k * n + s] = alpha;
            for (int i = 1; i < len; i++) {
                a[(s + i) * n + k] = 0;
                a[k * n + s + i] = 0;
            }
            reflectors[k] = v;
            betas[k] = beta;
        }
        // Q = H_0 H_1 ... H_{n-3}, formed from the last reflector back (LAPACK's dorg2l order):
        // the partial product differs from I only in its trailing block, so H_k touches a
        // len x len block (4/3 n^3 flops in all) instead of len x n rows (2 n^3) going forward
        double[] t = new double[n];
        for (int k = n - 3; k >= 0; k--) {
            double[] v = reflectors[k];
            if (v == null) {
                continue;
            }
            int s = k + 1;
            int len = n - s;
            java.util.Arrays.fill(t, 0, len, 0.0);
            for (int j = 0; j < len; j++) {
                double vj = v[j];
                int row = (s + j) * n + s;
                for (int c = 0; c < len; c++) {
                    t[c] += vj * zt[row + c];
                }
            }
            for (int i = 0; i < len; i++) {
                double f = betas[k] * v[i];
                int row = (s + i) * n + s;
                for (int c = 0; c < len; c++) {
                    zt[row + c] -= f * t[c];
                }
            }
        }
        // zt holds Q; the QL step wants Q^T (one eigenvector per row)
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double x = zt[i * n + j];
                zt[i * n + j] = zt[j * n + i];
                zt[j * n + i] = x;
            }
        }
        for (int i = 0; i < n; i++) {
            d[i] = a[i * n + i];
            e[i] = i + 1 < n ? a[(i + 1) * n + i] : 0;
        }
    }

    /** Implicit QL on the tridiagonal (d, e); rotations applied to rows i, i+1 of zt. */
    private static void ql(double[] d, double[] e, int n, double[] zt) {
        for (int l = 0; l < n; l++) {
            int iter = 0;
            int m;
            do {
                for (m = l; m < n - 1; m++) {
                    double dd = Math.abs(d[m]) + Math.abs(d[m + 1]);
                    if (Math.abs(e[m]) <= EPS * dd) {
                        break;
                    }
                }
                if (m == l) {
                    break;
                }
                if (iter++ == MAX_ITERATIONS) {
                    throw new ArithmeticException("Eigenvalues did not converge");
                }
                // shift from the leading 2x2 block's eigenvalue nearer d[l]
                double g = (d[l + 1] - d[l]) / (2 * e[l]);
                double r = Math.hypot(g, 1.0);
                g = d[m] - d[l] + e[l] / (g + Math.copySign(r, g));
                double s = 1;
                double c = 1;
                double p = 0;
                int i;
                boolean underflow = false;
                for (i = m - 1; i >= l; i--) {
                    double f = s * e[i];
                    double b = c * e[i];
                    r = Math.hypot(f, g);
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
                    Decompositions.JACOBI.rotate(zt, i * n, (i + 1) * n, n, c, s);
                }
                if (underflow) {
                    continue;
                }
                d[l] -= p;
                e[l] = g;
                e[m] = 0;
            } while (m != l);
        }
    }
}
