package org.ndvec.linalg;

/**
 * Householder QR of a tall matrix, {@code A = Q R} (m >= n), that keeps Q as its reflectors:
 * the first step of the SVD of a tall matrix, as LAPACK's dgesdd takes it when m is well above n
 * (the SVD of R is then an n x n problem, and U = Q U_R).
 *
 * <p>Recursive in the columns (Elmroth and Gustavson): the left half is factored, its reflectors
 * are applied to the right half as one {@link BlockReflector} (two GEMMs), then the right half is
 * factored. Only panels of {@link #LEAF} columns are reduced one reflector at a time, so on a
 * 100,000 x 64 matrix the trailing updates that would stream the whole matrix 64 times stream it
 * about 2 log2(64 / LEAF) times. Reflector j ({@code H_j = I - tau_j v_j v_j^T}, v_j[j] = 1)
 * zeroes column j below the diagonal and is kept there; {@code Q = H_0 H_1 ... H_{n-1}}.
 */
final class BlockedQr {
    /**
     * Columns reduced one reflector at a time: each reflector there updates at most LEAF - 1
     * columns, rows of 64 bytes (one cache line).
     */
    static final int LEAF = 8;

    final int m;
    final int n;
    /** m x n row-major: R on and above the diagonal, the reflectors' tails below it. */
    private final double[] a;
    private final double[] tau;

    /** Factors {@code a} (m x n row-major, m >= n; overwritten). */
    BlockedQr(double[] a, int m, int n) {
        if (m < n) {
            throw new IllegalArgumentException("BlockedQr needs m >= n, got " + m + " x " + n);
        }
        this.m = m;
        this.n = n;
        this.a = a;
        this.tau = new double[n];
        factor(0, n);
    }

    private void factor(int c0, int c1) {
        if (c1 - c0 <= LEAF) {
            leaf(c0, c1);
            return;
        }
        int mid = c0 + Math.max(LEAF, (c1 - c0) / 2 / LEAF * LEAF);
        factor(c0, mid);
        reflector(c0, mid - c0).applyLeft(a, mid, n, c1 - mid, true);
        factor(mid, c1);
    }

    /** Columns c0..c1-1 one reflector at a time, each applied to the panel's later columns. */
    private void leaf(int c0, int c1) {
        double[] col = new double[m];
        double[] beta = new double[1];
        double[] w = new double[LEAF];
        for (int j = c0; j < c1; j++) {
            int len = m - j;
            for (int r = j + 1; r < m; r++) {
                col[r - j - 1] = a[r * n + j];
            }
            double t = Householder.generate(a[j * n + j], col, 0, len - 1, beta);
            tau[j] = t;
            a[j * n + j] = beta[0];
            for (int r = j + 1; r < m; r++) {
                a[r * n + j] = col[r - j - 1];
            }
            int width = c1 - j - 1;
            if (t == 0 || width == 0) {
                continue;
            }
            // w = v^T A[j:, j+1:c1], then A[j:, j+1:c1] -= tau v w, both row by row
            int c = j + 1;
            System.arraycopy(a, j * n + c, w, 0, width);
            for (int r = j + 1; r < m; r++) {
                double v = a[r * n + j];
                int row = r * n + c;
                for (int x = 0; x < width; x++) {
                    w[x] += v * a[row + x];
                }
            }
            for (int x = 0; x < width; x++) {
                w[x] *= t;
                a[j * n + c + x] -= w[x];
            }
            for (int r = j + 1; r < m; r++) {
                double v = a[r * n + j];
                int row = r * n + c;
                for (int x = 0; x < width; x++) {
                    a[row + x] -= v * w[x];
                }
            }
        }
    }

    /** Reflectors c0..c0+count-1 as a block, acting on rows c0..m-1. */
    private BlockReflector reflector(int c0, int count) {
        int len = m - c0;
        double[] vt = new double[count * len];
        for (int i = 0; i < count; i++) {
            int j = c0 + i;
            vt[i * len + i] = 1;
            for (int r = j + 1; r < m; r++) {
                vt[i * len + r - c0] = a[r * n + j];
            }
        }
        return new BlockReflector(c0, len, count, vt, tau, c0);
    }

    /** R, n x n row-major (upper triangular). */
    double[] r() {
        double[] r = new double[n * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, i * n + i, r, i * n + i, n - i);
        }
        return r;
    }

    /**
     * {@code Q [top; 0]}: the m x cols product of Q with the n x cols matrix {@code top} stacked
     * over zeros (U = Q U_R for the SVD).
     */
    double[] q(double[] top, int cols) {
        double[] y = new double[m * cols];
        System.arraycopy(top, 0, y, 0, n * cols);
        // Q Y = B_0 (B_1 (... Y)) over blocks of reflectors, the last block first
        int block = Tridiagonalization.BLOCK;
        for (int c0 = (Math.max(0, n - 1) / block) * block; c0 >= 0 && n > 0; c0 -= block) {
            reflector(c0, Math.min(block, n - c0)).applyLeft(y, 0, cols, cols, false);
        }
        return y;
    }
}
