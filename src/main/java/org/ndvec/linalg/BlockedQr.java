package org.ndvec.linalg;

/**
 * Householder QR of a tall matrix, {@code A = Q R} (m >= n), that keeps Q as its reflectors:
 * the first step of the SVD of a tall matrix, as LAPACK's dgesdd takes it when m is well above n
 * (the SVD of R is then an n x n problem, and U = Q U_R).
 *
 * <p>A is kept transposed, one column per row, so that a reflector and the columns it updates
 * are contiguous (on a 100,000 x 64 row-major matrix every column element is a cache line of its
 * own). Recursive in the columns (Elmroth and Gustavson): the left half is factored, its
 * reflectors are applied to the right half as one {@link BlockReflector} (two GEMMs), then the
 * right half is factored; only panels of {@link #LEAF} columns are reduced one reflector at a
 * time. Reflector j ({@code H_j = I - tau_j v_j v_j^T}, v_j[j] = 1) zeroes column j below the
 * diagonal and is kept there; {@code Q = H_0 H_1 ... H_{n-1}}.
 */
final class BlockedQr {
    /**
     * Columns reduced one reflector at a time: below it the two GEMMs of a block do too little
     * work to pay for forming it.
     */
    static final int LEAF = 8;

    final int m;
    final int n;
    /** A^T, n x m row-major: R^T on and below the diagonal, the reflectors' tails right of it. */
    private final double[] at;
    private final double[] tau;

    /** Factors {@code a} (m x n row-major, m >= n; not modified). */
    BlockedQr(double[] a, int m, int n) {
        if (m < n) {
            throw new IllegalArgumentException("BlockedQr needs m >= n, got " + m + " x " + n);
        }
        this.m = m;
        this.n = n;
        this.at = Decompositions.transpose(a, m, n);
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
        // columns mid..c1 of A := Q_left^T A, that is rows mid..c1 of A^T := A^T Q_left
        reflector(c0, mid - c0).applyRight(at, mid * m, m, c1 - mid, false);
        factor(mid, c1);
    }

    /** Columns c0..c1-1 one reflector at a time, each applied to the panel's later columns. */
    private void leaf(int c0, int c1) {
        double[] beta = new double[1];
        for (int j = c0; j < c1; j++) {
            int vj = j * m + j;
            int tail = m - j - 1;
            double t = Householder.generate(at[vj], at, vj + 1, tail, beta);
            tau[j] = t;
            at[vj] = beta[0];
            if (t == 0) {
                continue;
            }
            for (int i = j + 1; i < c1; i++) {
                // column i -= tau (v . column i) v, v = [1, tail]
                int ci = i * m + j;
                double s = t * (at[ci] + Householder.dot(at, vj + 1, ci + 1, tail));
                at[ci] -= s;
                for (int r = 1; r <= tail; r++) {
                    at[ci + r] -= s * at[vj + r];
                }
            }
        }
    }

    /** Reflectors c0..c0+count-1 as a block, acting on coordinates c0..m-1. */
    private BlockReflector reflector(int c0, int count) {
        // reflector j's tail is kept in row j of A^T from column j+1
        return BlockReflector.fromTails(at, m, 1, c0, count, c0, m - c0, tau);
    }

    /** R, n x n row-major (upper triangular). */
    double[] r() {
        double[] r = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                r[i * n + j] = at[j * m + i];
            }
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
