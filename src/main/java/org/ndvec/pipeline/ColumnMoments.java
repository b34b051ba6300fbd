package org.ndvec.pipeline;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;

/**
 * Column means and variances of a (samples, features) array in float64, in one read of each row
 * per pass and without a float64 copy of float32 input. The sums run down the rows in order, the
 * way NumPy reduces axis 0 of a C-contiguous array, so the results are those of
 * {@code x.mean(0, dtype=np.float64)} and {@code x.var(0, dtype=np.float64)}
 * ({@code arr - mean} in float64, squared, summed, divided by n).
 */
final class ColumnMoments {
    private static final ArrayAccess ACCESS = Internals.access();

    final double[] mean;
    final double[] var;

    private ColumnMoments(double[] mean, double[] var) {
        this.mean = mean;
        this.var = var;
    }

    static ColumnMoments of(NDArray x) {
        NDArray c = x.dtype() == DType.FLOAT32 || x.dtype() == DType.FLOAT64 ? x.contiguous() : x.astype(DType.FLOAT64);
        int n = c.shape(0);
        int f = c.shape(1);
        int off = ACCESS.offset(c);
        double[] sum = new double[f];
        double[] ss = new double[f];
        switch (ACCESS.data(c)) {
            case float[] d -> {
                for (int i = 0, p = off; i < n; i++, p += f) {
                    for (int j = 0; j < f; j++) {
                        sum[j] += d[p + j];
                    }
                }
                divide(sum, n);
                for (int i = 0, p = off; i < n; i++, p += f) {
                    for (int j = 0; j < f; j++) {
                        double dev = d[p + j] - sum[j];
                        ss[j] += dev * dev;
                    }
                }
            }
            case double[] d -> {
                for (int i = 0, p = off; i < n; i++, p += f) {
                    for (int j = 0; j < f; j++) {
                        sum[j] += d[p + j];
                    }
                }
                divide(sum, n);
                for (int i = 0, p = off; i < n; i++, p += f) {
                    for (int j = 0; j < f; j++) {
                        double dev = d[p + j] - sum[j];
                        ss[j] += dev * dev;
                    }
                }
            }
            default -> throw new IllegalStateException("float storage expected");
        }
        divide(ss, n);
        return new ColumnMoments(sum, ss);
    }

    private static void divide(double[] a, int n) {
        for (int j = 0; j < a.length; j++) {
            a[j] /= n;
        }
    }
}
