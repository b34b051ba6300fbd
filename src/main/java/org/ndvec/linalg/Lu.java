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
        // Right-looking blocked form (getrf): factor a panel of block(n) columns, solve for the block
        // row of U right of it, and update the trailing matrix with one GEMM. Matrices up to block(n)
        // wide take the single-panel path, whose arithmetic is that of the unblocked algorithm.
        int block = block(n);
        for (int k0 = 0; k0 < n; k0 += block) {
            int k1 = n <= block ? n : Math.min(n, k0 + block);
            for (int k = k0; k < k1; k++) {
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
                        for (int j = k + 1; j < k1; j++) {
                            lu[ri + j] -= l * lu[rk + j];
                        }
                    }
                }
            }
            if (k1 < n) {
                // U12 = L11^-1 A12
                unitLowerSolve(lu, n, k0, k1, lu, n, k1, n);
                // A22 -= L21 U12
                multiplySubtract(lu, k1 * n + k0, n, lu, k0 * n + k1, n, lu, k1 * n + k1, n, n - k1, n - k1, k1 - k0);
            }
        }
        sign = sg;
        singular = sing;
    }

    /**
     * Columns per panel of the blocked factorization and solve, by matrix size. Minimum of 300
     * inv calls, one thread, under load (InvTime by hand, the same matrices as GemmBench.inv_f64_256):
     * n = 256: panel 8 2.95 ms, 16 2.46, 24 2.56, 32 2.76, 48 3.09, 64 3.39, 128 5.56, unblocked
     * 8.18 (NumPy/OpenBLAS 2.54 in the same minutes); n = 1000: 16 145 ms, 32 125, 64 115. Narrow
     * panels keep the unblocked panel work small; wide ones feed the GEMM a deeper k.
     */
    static int block(int n) {
        return n < 512 ? 24 : 64;
    }

    /** Rows per block row of the solves: matrices up to one panel wide in one block. */
    private int solveBlock() {
        return n <= block(n) ? n : block(n);
    }

    /**
     * Rows {@code i0..i1} of {@code x} (leading dimension {@code ldx}, columns {@code c0..c1})
     * become {@code L^-1} times themselves, L the unit lower block of {@code lu} on those rows:
     * row operations along contiguous rows, skipping zero multipliers.
     */
    private static void unitLowerSolve(double[] lu, int n, int i0, int i1, double[] x, int ldx, int c0, int c1) {
        for (int i = i0 + 1; i < i1; i++) {
            subtractRows(lu, i * n, i0, i, x, i * ldx, ldx, c0, c1);
        }
    }

    /**
     * {@code x[row, c0:c1] -= sum over p in [p0, p1) of m[mOff + p] x[p, c0:c1]} (x's rows
     * {@code ldx} apart, {@code row} its offset), skipping zero multipliers. Four rows whose
     * multipliers are all non-zero go in one pass over x's row: a quarter of its loads and stores
     * (inv_f64_256: 2.23-2.73 -> 2.09-2.61 ms with the backward solve alone).
     */
    private static void subtractRows(double[] m, int mOff, int p0, int p1, double[] x, int row, int ldx, int c0,
            int c1) {
        int p = p0;
        for (; p + 4 <= p1; p += 4) {
            double m0 = m[mOff + p];
            double m1 = m[mOff + p + 1];
            double m2 = m[mOff + p + 2];
            double m3 = m[mOff + p + 3];
            if (m0 != 0 && m1 != 0 && m2 != 0 && m3 != 0) {
                int r0 = p * ldx;
                int r1 = r0 + ldx;
                int r2 = r1 + ldx;
                int r3 = r2 + ldx;
                for (int j = c0; j < c1; j++) {
                    x[row + j] -= m0 * x[r0 + j] + m1 * x[r1 + j] + m2 * x[r2 + j] + m3 * x[r3 + j];
                }
            } else {
                subtractEach(m, mOff, p, p + 4, x, row, ldx, c0, c1);
            }
        }
        subtractEach(m, mOff, p, p1, x, row, ldx, c0, c1);
    }

    /** As {@link #subtractRows}, one row at a time. */
    private static void subtractEach(double[] m, int mOff, int p0, int p1, double[] x, int row, int ldx, int c0,
            int c1) {
        for (int p = p0; p < p1; p++) {
            double mp = m[mOff + p];
            if (mp != 0) {
                int rp = p * ldx;
                for (int j = c0; j < c1; j++) {
                    x[row + j] -= mp * x[rp + j];
                }
            }
        }
    }

    /**
     * {@code C[m x n] -= A[m x k] B[k x n]}, all row-major blocks of double arrays with the given
     * leading dimensions, through the packed GEMM (the product lands in a scratch block first,
     * since the GEMM overwrites its output).
     */
    static void multiplySubtract(double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
            double[] c, int cOff, int ldc, int m, int n, int k) {
        if (m == 0 || n == 0 || k == 0) {
            return;
        }
        double[] t = new double[m * n];
        GemmDriver.run(new PackedF64Gemm(a, aOff, lda, 1, b, bOff, ldb, 1, t, 0, n), m, n, k);
        for (int i = 0; i < m; i++) {
            int ci = cOff + i * ldc;
            int ti = i * n;
            for (int j = 0; j < n; j++) {
                c[ci + j] -= t[ti + j];
            }
        }
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
        forward(x, k, false);
        backward(x, k, tiny);
        return x;
    }

    /**
     * A^-1 = U^-1 L^-1 P, as LAPACK's getri has it. L^-1 is lower triangular, so the forward
     * solve starts from the identity and skips the columns still zero: the products of its block
     * rows cover columns below the block only, a third fewer flops than solving for P I.
     */
    double[] inverse(double tiny) {
        double[] x = Decompositions.identity(n);
        forward(x, n, true);
        backward(x, n, tiny);
        // (U^-1 L^-1) P: column i goes to column perm[i]
        double[] inv = new double[n * n];
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < n; i++) {
                inv[r * n + perm[i]] = x[r * n + i];
            }
        }
        return inv;
    }

    /**
     * x (n rows of k) := L^-1 x, a block row at a time; the rows above enter through one GEMM.
     * When x starts as the identity ({@code lowerTriangular}) it stays lower triangular: the rows
     * above a block are zero from the block's first column on, so the GEMM and the solve stop there.
     */
    private void forward(double[] x, int k, boolean lowerTriangular) {
        int block = solveBlock();
        for (int i0 = 0; i0 < n; i0 += block) {
            int i1 = Math.min(n, i0 + block);
            multiplySubtract(lu, i0 * n, n, x, 0, k, x, i0 * k, k, i1 - i0, lowerTriangular ? i0 : k, i0);
            unitLowerSolve(lu, n, i0, i1, x, k, 0, lowerTriangular ? i1 : k);
        }
    }

    /** x (n rows of k) := U^-1 x, block row by block row from the last; a zero pivot counts as {@code tiny}. */
    private void backward(double[] x, int k, double tiny) {
        int block = solveBlock();
        // from the last block row up
        for (int i1 = n; i1 > 0; i1 -= block) {
            int i0 = Math.max(0, i1 - block);
            multiplySubtract(lu, i0 * n + i1, n, x, i1 * k, k, x, i0 * k, k, i1 - i0, k, n - i1);
            for (int i = i1 - 1; i >= i0; i--) {
                subtractRows(lu, i * n, i + 1, i1, x, i * k, k, 0, k);
                double d = lu[i * n + i];
                d = d == 0 ? tiny : d;
                for (int j = 0; j < k; j++) {
                    x[i * k + j] /= d;
                }
            }
        }
    }
}