package org.ndvec.kernels.scalar;

import org.ndvec.kernels.JacobiKernels;
import org.ndvec.kernels.SumOrder;

/**
 * Reference {@link JacobiKernels}. The Gram sums follow {@link SumOrder}: rounded products (no
 * fma) into 16 plain lanes per sum, element {@code i} to lane {@code i mod 16}, then the tree.
 */
public final class ScalarJacobiKernels implements JacobiKernels {
    private static final int L = SumOrder.F64_LANES;

    @Override
    public void gram(double[] a, int xOff, int yOff, int n, double[] out) {
        double[] v = new double[3 * L]; // x.x lanes, y.y lanes, x.y lanes
        // round by round, a loop over the lanes without the index mask: 1.20-1.26 us per pair of
        // 1024-element rows against 1.26-1.58 us (the cold SVD's main cost at n = 1024)
        for (int i = 0; i < n; i += L) {
            int x0 = xOff + i;
            int y0 = yOff + i;
            for (int l = 0, len = Math.min(L, n - i); l < len; l++) {
                double x = a[x0 + l];
                double y = a[y0 + l];
                v[l] += x * x;
                v[L + l] += y * y;
                v[2 * L + l] += x * y;
            }
        }
        int used = Math.min(n, L);
        out[0] = SumOrder.foldPlain(v, 0, 1, L, used);
        out[1] = SumOrder.foldPlain(v, L, 1, L, used);
        out[2] = SumOrder.foldPlain(v, 2 * L, 1, L, used);
    }

    @Override
    public void gram4(double[] a, int xOff, int xStride, int yOff, int n, double[] out) {
        double[] v = new double[5 * L]; // y.y lanes, then x_j.y lanes for j = 0..3
        for (int i = 0; i < n; i += L) {
            int x0 = xOff + i;
            int y0 = yOff + i;
            for (int l = 0, len = Math.min(L, n - i); l < len; l++) {
                double y = a[y0 + l];
                v[l] += y * y;
                v[L + l] += a[x0 + l] * y;
                v[2 * L + l] += a[x0 + xStride + l] * y;
                v[3 * L + l] += a[x0 + 2 * xStride + l] * y;
                v[4 * L + l] += a[x0 + 3 * xStride + l] * y;
            }
        }
        int used = Math.min(n, L);
        for (int s = 0; s < 5; s++) {
            out[s] = SumOrder.foldPlain(v, s * L, 1, L, used);
        }
    }

    @Override
    public double dotAxpy(double[] a, int aOff, double[] v, int vOff, double s, double[] y, int yOff, int n) {
        double[] lanes = new double[L];
        for (int i = 0; i < n; i += L) {
            for (int l = 0, len = Math.min(L, n - i); l < len; l++) {
                double x = a[aOff + i + l];
                lanes[l] += x * v[vOff + i + l];
                y[yOff + i + l] += s * x;
            }
        }
        return SumOrder.foldPlain(lanes, 0, 1, L, Math.min(n, L));
    }

    @Override
    public void rotate(double[] a, int xOff, int yOff, int n, double c, double s) {
        for (int i = 0; i < n; i++) {
            double x = a[xOff + i];
            double y = a[yOff + i];
            a[xOff + i] = c * x - s * y;
            a[yOff + i] = s * x + c * y;
        }
    }
}
