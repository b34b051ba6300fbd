package org.ndvec.ops;

import org.ndvec.DType;
import org.ndvec.NDArray;

/**
 * Folding reductions: {@code sum prod max min ptp nansum nanmax nanmin all any count_nonzero}.
 * Every method takes the axes to fold ({@code null} for all, negative counting from the end)
 * and NumPy's {@code keepdims}; it returns a new array (0-d when every axis is folded
 * without keepdims) and never modifies its input.
 *
 * <p>Result dtypes are NumPy's: sums and products of bool/int32/int64 are int64, of floats
 * keep the float type; max/min/ptp keep the input type; all/any are bool and count_nonzero
 * int64. float32 results are accumulated in double and rounded once, but for products, which
 * run in float32 as NumPy's do.
 */
public final class Reductions {
    private Reductions() {
    }

    /** {@code np.sum(a, axis, keepdims=keepdims)}; sum of nothing is 0. */
    public static NDArray sum(NDArray a, int[] axes, boolean keepdims) {
        return fold(a, axes, keepdims, FloatFolds.Op.SUM, IntegerFolds.Op.SUM, DType.INT64);
    }

    /** {@code np.prod(a, axis, keepdims=keepdims)}; product of nothing is 1. */
    public static NDArray prod(NDArray a, int[] axes, boolean keepdims) {
        FloatFolds.Op op = a.dtype() == DType.FLOAT32 ? FloatFolds.Op.PROD_F32 : FloatFolds.Op.PROD;
        return fold(a, axes, keepdims, op, IntegerFolds.Op.PROD, DType.INT64);
    }

    /** {@code np.nansum(a, axis, keepdims=keepdims)}: NaN counts as 0. */
    public static NDArray nansum(NDArray a, int[] axes, boolean keepdims) {
        return fold(a, axes, keepdims, FloatFolds.Op.NANSUM, IntegerFolds.Op.SUM, DType.INT64);
    }

    /** {@code np.max(a, axis, keepdims=keepdims)}; NaN propagates. */
    public static NDArray max(NDArray a, int[] axes, boolean keepdims) {
        return extreme(a, axes, keepdims, "maximum", FloatFolds.Op.MAX, IntegerFolds.Op.MAX);
    }

    /** {@code np.min(a, axis, keepdims=keepdims)}; NaN propagates. */
    public static NDArray min(NDArray a, int[] axes, boolean keepdims) {
        return extreme(a, axes, keepdims, "minimum", FloatFolds.Op.MIN, IntegerFolds.Op.MIN);
    }

    /** {@code np.nanmax(a, axis, keepdims=keepdims)}: NaN ignored; an all-NaN slice gives NaN. */
    public static NDArray nanmax(NDArray a, int[] axes, boolean keepdims) {
        return extreme(a, axes, keepdims, "fmax", FloatFolds.Op.NANMAX, IntegerFolds.Op.MAX);
    }

    /** {@code np.nanmin(a, axis, keepdims=keepdims)}: NaN ignored; an all-NaN slice gives NaN. */
    public static NDArray nanmin(NDArray a, int[] axes, boolean keepdims) {
        return extreme(a, axes, keepdims, "fmin", FloatFolds.Op.NANMIN, IntegerFolds.Op.MIN);
    }

    /**
     * {@code np.ptp(a, axis, keepdims=keepdims)}: max minus min in the input dtype
     * (int32 wraps as NumPy's does).
     *
     * @throws IllegalArgumentException for bool input, as NumPy refuses boolean subtract
     */
    public static NDArray ptp(NDArray a, int[] axes, boolean keepdims) {
        // NumPy's order: the axes, then an empty max, then max - min refused for bool
        ReductionPlan p = ReductionPlan.of(a, axes, keepdims);
        p.requireNonEmpty("maximum");
        if (a.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("numpy boolean subtract, the `-` operator, is not supported, "
                    + "use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
        }
        if (a.dtype().isFloating()) {
            double[] hi = FloatFolds.fold(p, FloatFolds.Op.MAX, null);
            double[] lo = FloatFolds.fold(p, FloatFolds.Op.MIN, null);
            for (int i = 0; i < hi.length; i++) {
                hi[i] -= lo[i];
            }
            return fromDoubles(p, hi, a.dtype());
        }
        long[] hi = IntegerFolds.fold(p, IntegerFolds.Op.MAX);
        long[] lo = IntegerFolds.fold(p, IntegerFolds.Op.MIN);
        for (int i = 0; i < hi.length; i++) {
            hi[i] -= lo[i];
        }
        return fromLongs(p, hi, a.dtype());
    }

    /** {@code np.count_nonzero(a, axis, keepdims=keepdims)}, int64; NaN is not zero. */
    public static NDArray countNonzero(NDArray a, int[] axes, boolean keepdims) {
        ReductionPlan p = ReductionPlan.of(a, axes, keepdims);
        return fromLongs(p, IntegerFolds.fold(p, IntegerFolds.Op.COUNT), DType.INT64);
    }

    /** {@code np.all(a, axis, keepdims=keepdims)}; true over nothing. */
    public static NDArray all(NDArray a, int[] axes, boolean keepdims) {
        ReductionPlan p = ReductionPlan.of(a, axes, keepdims);
        long[] c = IntegerFolds.fold(p, IntegerFolds.Op.COUNT);
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i] == p.count ? 1 : 0;
        }
        return fromLongs(p, c, DType.BOOL);
    }

    /** {@code np.any(a, axis, keepdims=keepdims)}; false over nothing. */
    public static NDArray any(NDArray a, int[] axes, boolean keepdims) {
        ReductionPlan p = ReductionPlan.of(a, axes, keepdims);
        return fromLongs(p, IntegerFolds.fold(p, IntegerFolds.Op.COUNT), DType.BOOL);
    }

    /**
     * {@code sum(a[off .. off+n)^2)}, compensated in the order of {@link org.ndvec.kernels.SumOrder}
     * (rules 1-3): the 2-norm and Frobenius norm of {@code np.linalg.norm}, for the linalg package.
     */
    public static double sumOfSquares(double[] a, int off, int n) {
        // x - 0.0 is x exactly (and -0.0 - 0.0 is -0.0), so the squared deviations from 0 are the squares
        return FloatFolds.KERNELS.sumSquaredDeviations(a, off, n, 0.0);
    }

    /** A fold without identity (NumPy's error over nothing) whose result keeps the input dtype. */
    private static NDArray extreme(NDArray a, int[] axes, boolean keepdims, String ufunc, FloatFolds.Op floatOp,
                                   IntegerFolds.Op intOp) {
        ReductionPlan p = ReductionPlan.of(a, axes, keepdims);
        p.requireNonEmpty(ufunc);
        return fold(p, a.dtype(), floatOp, intOp, a.dtype());
    }

    private static NDArray fold(NDArray a, int[] axes, boolean keepdims, FloatFolds.Op floatOp,
                                IntegerFolds.Op intOp, DType intResult) {
        return fold(ReductionPlan.of(a, axes, keepdims), a.dtype(), floatOp, intOp, intResult);
    }

    private static NDArray fold(ReductionPlan p, DType in, FloatFolds.Op floatOp, IntegerFolds.Op intOp,
                                DType intResult) {
        if (in.isFloating()) {
            return fromDoubles(p, FloatFolds.fold(p, floatOp, null), in);
        }
        return fromLongs(p, IntegerFolds.fold(p, intOp), intResult);
    }

    /** Float accumulators rounded once into a float32 or float64 result. */
    static NDArray fromDoubles(ReductionPlan p, double[] acc, DType dtype) {
        if (dtype == DType.FLOAT64) {
            return p.result(acc, dtype);
        }
        float[] out = new float[acc.length];
        for (int i = 0; i < acc.length; i++) {
            out[i] = (float) acc[i];
        }
        return p.result(out, DType.FLOAT32);
    }

    /** Integer accumulators cast into the result dtype (int32 keeps the low bits; bool is x != 0). */
    static NDArray fromLongs(ReductionPlan p, long[] acc, DType dtype) {
        return switch (dtype) {
            case INT64 -> p.result(acc, dtype);
            case INT32 -> {
                int[] out = new int[acc.length];
                for (int i = 0; i < acc.length; i++) {
                    out[i] = (int) acc[i];
                }
                yield p.result(out, dtype);
            }
            case BOOL -> {
                byte[] out = new byte[acc.length];
                for (int i = 0; i < acc.length; i++) {
                    out[i] = (byte) (acc[i] != 0 ? 1 : 0);
                }
                yield p.result(out, dtype);
            }
            default -> throw new IllegalStateException("not an integer result type: " + dtype);
        };
    }
}
