package org.ndvec.linalg;

import java.util.Arrays;

/**
 * Blocked Householder reduction of a symmetric matrix to tridiagonal form, {@code Q^T A Q = T}
 * (LAPACK's dsytrd with dlatrd panels, lower variant, on full row-major storage).
 *
 * <p>Reflector j ({@code H_j = I - tau_j v_j v_j^T}) zeroes row j of A beyond the subdiagonal; it
 * acts on coordinates j+1..n-1, and {@code Q = H_0 H_1 ... H_{n-2}}. A panel of {@link #PANEL}
 * columns is reduced with only matrix-vector work on the trailing matrix as it was when the
 * panel began, corrected by the panel's own reflectors V and the vectors W they produce; then
 * GEMMs apply the whole panel, {@code A -= V W^T + W V^T}, to the upper triangle only: the
 * matrix-vector products read that triangle alone ({@link SymmetricRows}), as does everything
 * after them. Half of the 4/3 n^3 flops are those matrix-vector products, the other half the GEMMs.
 *
 * <p>The reflectors are kept in A's rows ({@code v_j[r] = a[j*n + r]} for r > j+1; v_j[j+1] = 1)
 * for {@link #applyQ}.
 */
final class Tridiagonalization {
    /**
     * Columns per panel. Each panel's GEMM has depth 2 PANEL; shallower panels leave more work to
     * the corrections inside the panel, deeper ones to the GEMM's own overhead (eigh_f64_1024,
     * eigh_f64_256).
     */
    static final int PANEL = 32;
    /** Reflectors per block of the back-transformation (its GEMMs have depth BLOCK). */
    static final int BLOCK = 64;

    final int n;
    /** Diagonal of T. */
    final double[] d;
    /** Off-diagonal of T: e[i] couples i and i+1; e[n-1] = 0. */
    final double[] e;
    private final double[] a;
    private final double[] tau;

    /** Reduces {@code a} (n x n row-major, symmetric; its upper triangle is read and overwritten by the reflectors). */
    Tridiagonalization(double[] a, int n) {
        this.n = n;
        this.a = a;
        this.d = new double[n];
        this.e = new double[n];
        this.tau = new double[n];
        double[] beta = new double[1];
        double[] vw = new double[2 * PANEL * n];
        double[] vwt = new double[n * 2 * PANEL];
        double[] neg = new double[2 * PANEL * n];
        double[] y = new double[n];
        double[] pq = new double[2 * PANEL];
        for (int k0 = 0; k0 < n; k0 += PANEL) {
            int nb = Math.min(PANEL, n - k0);
            panel(k0, nb, vw, vwt, y, pq, beta);
            int k1 = k0 + nb;
            if (k1 < n) {
                // A[k1:, k1:] += [V W] [-W; -V], one product of depth 2 nb (nb = PANEL here): V and
                // W are rows 0..2 PANEL-1 of vw, read as a transposed view
                int len = n - k1;
                for (int c = 0; c < nb; c++) {
                    negate(vw, (PANEL + c) * n + k1, neg, c * n + k1, len);
                    negate(vw, c * n + k1, neg, (PANEL + c) * n + k1, len);
                }
                // only the upper triangle is read from here on (SymmetricRows, the reflectors' rows):
                // column panels down to their diagonal blocks, as Products.gram
                for (int j0 = 0; j0 < len; j0 += Products.GRAM_PANEL) {
                    int j1 = Math.min(len, j0 + Products.GRAM_PANEL);
                    DoubleGemm.addProduct(j1, j1 - j0, 2 * PANEL, vw, k1, 1, n, neg, k1 + j0, n, 1, a,
                            k1 * n + k1 + j0, n);
                }
            }
        }
    }

    private static void negate(double[] src, int so, double[] dst, int dOff, int len) {
        for (int i = 0; i < len; i++) {
            dst[dOff + i] = -src[so + i];
        }
    }

    /**
     * Reduces rows k0..k0+nb-1 (dlatrd). On return vw's rows 0..nb-1 hold the panel's reflectors
     * V (zero before their unit entry) and rows PANEL..PANEL+nb-1 the vectors W, both over all n
     * columns, so that the trailing matrix is {@code A - V W^T - W V^T}.
     */
    private void panel(int k0, int nb, double[] vw, double[] vwt, double[] y, double[] pq, double[] beta) {
        int ld = 2 * PANEL;
        Arrays.fill(vw, 0.0);
        Arrays.fill(vwt, 0.0);
        for (int i = 0; i < nb; i++) {
            int j = k0 + i;
            int row = j * n;
            // (a) row j (= column j) brought up to date with the panel's earlier reflectors
            for (int c = 0; c < i; c++) {
                int vr = c * n;
                int wr = (PANEL + c) * n;
                double vj = vw[vr + j];
                double wj = vw[wr + j];
                for (int x = j; x < n; x++) {
                    a[row + x] -= vj * vw[wr + x] + wj * vw[vr + x];
                }
            }
            d[j] = a[row + j];
            int s = j + 1;
            int len = n - s;
            if (len == 0) {
                tau[j] = 0;
                e[j] = 0;
                continue;
            }
            // (b) the reflector that zeroes a[j, j+2:]
            double t = Householder.generate(a[row + s], a, row + s + 1, len - 1, beta);
            tau[j] = t;
            e[j] = beta[0];
            int vr = i * n;
            vw[vr + s] = 1;
            System.arraycopy(a, row + s + 1, vw, vr + s + 1, len - 1);
            for (int r = s; r < n; r++) {
                vwt[r * ld + i] = vw[vr + r];
            }
            if (t == 0) {
                continue; // W row stays zero
            }
            // (c) y = A22 v on the panel's starting matrix, from its upper triangle
            SymmetricRows.product(Decompositions.JACOBI, a, n, s, vw, vr + s, y);
            // (d) q = V^T v and p = W^T v over the earlier panel columns
            Arrays.fill(pq, 0.0);
            for (int r = s; r < n; r++) {
                double v = vw[vr + r];
                int o = r * ld;
                for (int c = 0; c < i; c++) {
                    pq[c] += v * vwt[o + c];
                    pq[PANEL + c] += v * vwt[o + PANEL + c];
                }
            }
            // (e) the current A22 v = y - V p - W q; w = tau (A22 v) - (tau^2 / 2)(v . A22 v) v
            for (int c = 0; c < i; c++) {
                double qc = pq[c];
                double pc = pq[PANEL + c];
                int vc = c * n;
                int wc = (PANEL + c) * n;
                for (int x = s; x < n; x++) {
                    y[x] -= pc * vw[vc + x] + qc * vw[wc + x];
                }
            }
            int wr = (PANEL + i) * n;
            double dot = 0;
            for (int x = s; x < n; x++) {
                double w = t * y[x];
                vw[wr + x] = w;
                dot += w * vw[vr + x];
            }
            double alpha = -0.5 * t * dot;
            for (int x = s; x < n; x++) {
                vw[wr + x] += alpha * vw[vr + x];
                vwt[x * ld + PANEL + i] = vw[wr + x];
            }
        }
    }

    /** Z (n x cols, row-major, row stride ldz) := Q Z. */
    void applyQ(double[] z, int cols, int ldz) {
        // reflectors 0..n-2, in blocks applied from the last one back (Q Z = B_0 (B_1 (... Z)))
        int reflectors = n - 1;
        for (int j0 = (Math.max(0, reflectors - 1) / BLOCK) * BLOCK; j0 >= 0 && reflectors > 0; j0 -= BLOCK) {
            int count = Math.min(BLOCK, reflectors - j0);
            // reflector j acts on j+1.., its tail kept in row j of a from column j+2
            BlockReflector.fromTails(a, n, 2, j0, count, j0 + 1, n - j0 - 1, tau).applyLeft(z, 0, ldz, cols, false);
        }
    }
}
