package org.ndvec.linalg;

/**
 * A product of {@code count} elementary reflectors {@code H_0 H_1 ... H_{count-1}} in compact WY
 * form {@code I - V T V^T} (LAPACK's dlarft, forward and columnwise), applied to a matrix with two
 * GEMMs (dlarfb) instead of {@code count} rank-one updates: that turns the back-transformations of
 * eigh and svd (2 n^3 flops each) into matrix products.
 *
 * <p>The reflectors act on coordinates {@code first .. first+len-1}. Reflector i is row i of
 * {@code vt} (count x len, row-major): zeros before column i, 1 at column i, its tail after.
 */
final class BlockReflector {
    final int first;
    final int len;
    final int count;
    private final double[] vt;
    /** count x count, upper triangular. */
    private final double[] t;

    /**
     * @param vt   the reflectors, as above (kept, not copied)
     * @param taus {@code taus[tauOff + i]} is reflector i's tau
     */
    BlockReflector(int first, int len, int count, double[] vt, double[] taus, int tauOff) {
        this.first = first;
        this.len = len;
        this.count = count;
        this.vt = vt;
        this.t = new double[count * count];
        // G = V^T V, then T's column i = -tau_i T[0:i, 0:i] G[0:i, i]
        double[] g = new double[count * count];
        DoubleGemm.product(count, count, len, vt, 0, len, 1, vt, 0, 1, len, g, 0, count);
        double[] w = new double[count];
        for (int i = 0; i < count; i++) {
            double tau = taus[tauOff + i];
            t[i * count + i] = tau;
            if (tau == 0) {
                continue;
            }
            for (int p = 0; p < i; p++) {
                w[p] = -tau * g[p * count + i];
            }
            for (int p = 0; p < i; p++) {
                double s = 0;
                for (int q = p; q < i; q++) {
                    s += t[p * count + q] * w[q];
                }
                t[p * count + i] = s;
            }
        }
    }

    /**
     * The block of reflectors {@code j0 .. j0+count-1} whose tails are stored in rows of
     * {@code src}: reflector {@code j0 + i} has its unit entry at coordinate {@code first + i} and
     * its tail (the next {@code len - i - 1} coordinates) at {@code src[j*ld + j + shift ..]},
     * j = j0 + i; its tau is {@code taus[j]}.
     */
    static BlockReflector fromTails(double[] src, int ld, int shift, int j0, int count, int first, int len,
            double[] taus) {
        double[] vt = new double[count * len];
        for (int i = 0; i < count; i++) {
            int j = j0 + i;
            vt[i * len + i] = 1;
            System.arraycopy(src, j * ld + j + shift, vt, i * len + i + 1, len - i - 1);
        }
        return new BlockReflector(first, len, count, vt, taus, j0);
    }

    /**
     * Rows {@code first .. first+len-1} of Y (cols columns, row stride ldy, from yOff) become
     * {@code H_0 ... H_{count-1} Y}, or {@code H_{count-1} ... H_0 Y} (the transpose) when
     * {@code transpose}.
     */
    void applyLeft(double[] y, int yOff, int ldy, int cols, boolean transpose) {
        if (cols == 0 || count == 0) {
            return;
        }
        int sub = yOff + first * ldy;
        double[] w = new double[count * cols];
        DoubleGemm.product(count, cols, len, vt, 0, len, 1, y, sub, ldy, 1, w, 0, cols);
        // W := -T W (or -T^T W) in place: row i of T W reads rows i.. of W, row i of T^T W rows ..i
        if (!transpose) {
            for (int i = 0; i < count; i++) {
                scaleRow(w, i, cols, -t[i * count + i]);
                for (int p = i + 1; p < count; p++) {
                    addRow(w, i, p, cols, -t[i * count + p]);
                }
            }
        } else {
            for (int i = count - 1; i >= 0; i--) {
                scaleRow(w, i, cols, -t[i * count + i]);
                for (int p = 0; p < i; p++) {
                    addRow(w, i, p, cols, -t[p * count + i]);
                }
            }
        }
        // Y += V W
        DoubleGemm.addProduct(len, cols, count, vt, 0, 1, len, w, 0, cols, 1, y, sub, ldy);
    }

    /**
     * Columns {@code first .. first+len-1} of Y (rows rows, row stride ldy, from yOff) become
     * {@code Y H_0 ... H_{count-1}}, or {@code Y H_{count-1} ... H_0} when {@code transpose}: the
     * transposed form of {@link #applyLeft}, {@code (Q^T Y^T)^T}, for matrices kept one vector
     * per row.
     */
    void applyRight(double[] y, int yOff, int ldy, int rows, boolean transpose) {
        if (rows == 0 || count == 0) {
            return;
        }
        int sub = yOff + first;
        double[] w = new double[rows * count];
        // W = Y V, then W := -W T (or -W T^T) row by row, then Y += W V^T
        DoubleGemm.product(rows, count, len, y, sub, ldy, 1, vt, 0, 1, len, w, 0, count);
        for (int r = 0; r < rows; r++) {
            int o = r * count;
            if (!transpose) {
                // (w T)_j reads w_0..w_j: from the last j down, each w_j is still the old one
                for (int j = count - 1; j >= 0; j--) {
                    double s = 0;
                    for (int p = 0; p <= j; p++) {
                        s += w[o + p] * t[p * count + j];
                    }
                    w[o + j] = -s;
                }
            } else {
                // (w T^T)_j = sum over p >= j of w_p T[j][p]: from the first j up
                for (int j = 0; j < count; j++) {
                    double s = 0;
                    for (int p = j; p < count; p++) {
                        s += w[o + p] * t[j * count + p];
                    }
                    w[o + j] = -s;
                }
            }
        }
        DoubleGemm.addProduct(rows, len, count, w, 0, count, 1, vt, 0, len, 1, y, sub, ldy);
    }

    private static void scaleRow(double[] w, int i, int cols, double f) {
        int o = i * cols;
        for (int c = 0; c < cols; c++) {
            w[o + c] *= f;
        }
    }

    private static void addRow(double[] w, int i, int p, int cols, double f) {
        if (f == 0) {
            return;
        }
        int oi = i * cols;
        int op = p * cols;
        for (int c = 0; c < cols; c++) {
            w[oi + c] += f * w[op + c];
        }
    }
}
