package org.ndvec.kernels.scalar;

import org.ndvec.kernels.JacobiKernels;

/** Reference {@link JacobiKernels}: two partial sums per quantity, since the loop is latency-bound otherwise. */
public final class ScalarJacobiKernels implements JacobiKernels {

    @Override
    public void gram(double[] a, int xOff, int yOff, int n, double[] out) {
        double xx = 0;
        double yy = 0;
        double xy = 0;
        double xx2 = 0;
        double yy2 = 0;
        double xy2 = 0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            double x = a[xOff + i];
            double y = a[yOff + i];
            double x2 = a[xOff + i + 1];
            double y2 = a[yOff + i + 1];
            xx += x * x;
            yy += y * y;
            xy += x * y;
            xx2 += x2 * x2;
            yy2 += y2 * y2;
            xy2 += x2 * y2;
        }
        if (i < n) {
            double x = a[xOff + i];
            double y = a[yOff + i];
            xx += x * x;
            yy += y * y;
            xy += x * y;
        }
        out[0] = xx + xx2;
        out[1] = yy + yy2;
        out[2] = xy + xy2;
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
