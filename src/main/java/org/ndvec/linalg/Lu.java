package org.ndvec.linalg;

/**
 * LU factorization with partial pivoting of one n x n row-major matrix (LAPACK getrf's
 * algorithm): {@code P A = L U}, L unit lower. The elimination's inner loop runs along
 * contiguous rows so C2 vectorizes it. A zero pivot marks the matrix singular but the
 * factorization continues, as getrf does, so det/slogdet still read the diagonal.
 */
final class Lu {
    final int n;
    final double[] lu;
    final int[] perm;
    final int sign;
    final boolean singular;

    Lu(double[] a, int n) {
        this.n = n;
        lu = a.clone();
        perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        int sg = 1;
        boolean sing = false;
        for (int k = 0; k < n; k++) {
            int p = k;
            double best = Math.abs(lu[k * n + k]);
            for (int i = k + 1; i < n; i++) {
                double v = Math.abs(lu[i * n + k]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            if (best == 0 || Double.isNaN(best)) {
                sing = true;
                continue;
            }
            if (p != k) {
                swapRows(lu, n, p, k);
                int t = perm[p];
                perm[p] = perm[k];
                perm[k] = t;
                sg = -sg;
            }
            double pivot = lu[k * n + k];
            for (int i = k + 1; i < n; i++) {
                double l = lu[i * n + k] / pivot;
                lu[i * n + k] = l;
                if (l != 0) {
                    int ri = i * n;
                    int rk = k * n;
                    for (int j = k + 1; j < n; j++) {
                        lu[ri + j] -= l * lu[rk + j];
                    }
                }
            }
        }
        sign = sg;
        singular = sing;
    }

    static void swapRows(double[] a, int n, int p, int k) {
        for (int j = 0; j < n; j++) {
            double t = a[p * n + j];
            a[p * n + j] = a[k * n + j];
            a[k * n + j] = t;
        }
    }

    /** The determinant: sign times the product of U's diagonal. */
    double det() {
        double d = sign;
        for (int i = 0; i < n; i++) {
            d *= lu[i * n + i];
        }
        // a zero pivot's sign is an accident of rounding; NumPy prints these as 0.0
        return d == 0 ? 0.0 : d;
    }

    /**
     * Solves {@code A X = B} for B (n x k, row-major), returning X; row operations along contiguous
     * rows. Zero pivots are replaced by {@code tiny} (inverse iteration wants a huge but finite answer);
     * callers that must refuse singular matrices check {@link #singular} first.
     */
    double[] solve(double[] b, int k, double tiny) {
        double[] x = new double[n * k];
        for (int i = 0; i < n; i++) {
            System.arraycopy(b, perm[i] * k, x, i * k, k);
        }
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < i; p++) {
                double l = lu[i * n + p];
                if (l != 0) {
                    for (int j = 0; j < k; j++) {
                        x[i * k + j] -= l * x[p * k + j];
                    }
                }
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int p = i + 1; p < n; p++) {
                double u = lu[i * n + p];
                if (u != 0) {
                    for (int j = 0; j < k; j++) {
                        x[i * k + j] -= u * x[p * k + j];
                    }
                }
            }
            double d = lu[i * n + i];
            d = d == 0 ? tiny : d;
            for (int j = 0; j < k; j++) {
                x[i * k + j] /= d;
            }
        }
        return x;
    }
}
