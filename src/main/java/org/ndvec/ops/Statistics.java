package org.ndvec.ops;

import org.ndvec.DType;
import org.ndvec.NDArray;

/**
 * {@code mean var std nanmean}. Result dtypes are NumPy's: float32 stays float32, every
 * other input gives float64. The arithmetic is done in double throughout (NumPy's float32
 * mean/var accumulate in float32), with the two-pass variance NumPy uses:
 * {@code sum((x - mean)^2) / max(n - ddof, 0)}.
 */
public final class Statistics {
    private Statistics() {
    }

    /** {@code np.mean(a, axis, keepdims=keepdims)}; NaN over nothing, as NumPy (without its warning). */
    public static NDArray mean(NDArray a, int[] axes, boolean keepdims) {
        NDArray x = floating(a);
        ReductionPlan p = ReductionPlan.of(x, axes, keepdims);
        return Reductions.fromDoubles(p, means(p), x.dtype());
    }

    /** {@code np.var(a, axis, ddof=ddof, keepdims=keepdims)}; divides by {@code max(n - ddof, 0)}. */
    public static NDArray var(NDArray a, int[] axes, boolean keepdims, int ddof) {
        NDArray x = floating(a);
        ReductionPlan p = ReductionPlan.of(x, axes, keepdims);
        return Reductions.fromDoubles(p, variances(p, ddof), x.dtype());
    }

    /** {@code np.std(a, axis, ddof=ddof, keepdims=keepdims)}: the square root of {@link #var}. */
    public static NDArray std(NDArray a, int[] axes, boolean keepdims, int ddof) {
        NDArray x = floating(a);
        ReductionPlan p = ReductionPlan.of(x, axes, keepdims);
        double[] v = variances(p, ddof);
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.sqrt(v[i]);
        }
        return Reductions.fromDoubles(p, v, x.dtype());
    }

    /** {@code np.nanmean(a, axis, keepdims=keepdims)}: mean of the non-NaN values; NaN when there are none. */
    public static NDArray nanmean(NDArray a, int[] axes, boolean keepdims) {
        NDArray x = floating(a);
        ReductionPlan p = ReductionPlan.of(x, axes, keepdims);
        double[] sums = FloatFolds.fold(p, FloatFolds.Op.NANSUM, null);
        double[] counts = FloatFolds.fold(p, FloatFolds.Op.NANCOUNT, null);
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= counts[i];
        }
        return Reductions.fromDoubles(p, sums, x.dtype());
    }

    /**
     * The column means and variances (ddof 0) of a 2-d array, in double and not rounded to the
     * input's dtype: what a fitted scaler keeps. Sums in the order of
     * {@link org.ndvec.kernels.SumOrder}, so they equal {@code mean(0)} and {@code var(0)} of the
     * same array (for float64 input bit for bit), whatever its layout. Integer and bool input is
     * converted to float64 first.
     *
     * @return {@code {mean, var}}
     */
    public static double[][] columnMoments(NDArray x) {
        NDArray f = floating(x);
        ReductionPlan p = ReductionPlan.of(f, new int[] {0}, false);
        double[] m = means(p);
        double[] v = FloatFolds.fold(p, FloatFolds.Op.SQDEV, m);
        for (int i = 0; i < v.length; i++) {
            v[i] /= p.count;
        }
        return new double[][] {m, v};
    }

    private static double[] means(ReductionPlan p) {
        double[] s = FloatFolds.fold(p, FloatFolds.Op.SUM, null);
        for (int i = 0; i < s.length; i++) {
            s[i] /= p.count;
        }
        return s;
    }

    private static double[] variances(ReductionPlan p, int ddof) {
        double[] m = means(p);
        double[] v = FloatFolds.fold(p, FloatFolds.Op.SQDEV, m);
        double divisor = Math.max(p.count - (long) ddof, 0);
        for (int i = 0; i < v.length; i++) {
            v[i] /= divisor;
        }
        return v;
    }

    /** The input itself when it is float, else a float64 copy (NumPy's mean of ints is float64). */
    static NDArray floating(NDArray a) {
        return a.dtype().isFloating() ? a : a.astype(DType.FLOAT64);
    }
}
