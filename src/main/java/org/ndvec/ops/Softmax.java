package org.ndvec.ops;

import org.ndvec.AxisException;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.kernels.ReductionKernels;
import org.ndvec.layout.Shapes;
import org.ndvec.parallel.Workers;
import org.ndvec.storage.Buffers;

/**
 * Numerically stable {@code softmax}, {@code logSoftmax} and {@code logSumExp} along one axis
 * (SciPy's {@code scipy.special} functions of the same names). Every row is shifted by its
 * maximum before {@code exp}, so logits of 1e4 neither overflow nor lose the answer.
 *
 * <p>Fused passes per contiguous row, input read twice:
 * softmax = max, then {@code out = exp(x - max)} with its sum, then {@code out *= 1/sum} (over
 * the output, still in cache); logSoftmax = max, then {@code out = x - max} with the sum of
 * {@code exp(out)}, then {@code out -= log(sum)}; logSumExp = max, then the sum of exps,
 * nothing stored. A row whose maximum is +inf has logSumExp +inf, and its logSoftmax is
 * {@code x - inf} (NaN for the infinite entries, -inf for the others), as SciPy's. A non-last axis or a non-contiguous input is first copied so that the axis
 * is the contiguous last one (one extra pass), and the result is laid back.
 *
 * <p>float32 stays float32; every other input computes in float64.
 */
public final class Softmax {
    private static final ArrayAccess ACCESS = Internals.access();
    private static final ReductionKernels K = FloatFolds.KERNELS;

    private enum Kind { SOFTMAX, LOG_SOFTMAX }

    private Softmax() {
    }

    /** {@code scipy.special.softmax(a, axis)}: {@code exp(x - max) / sum(exp(x - max))} along {@code axis}. */
    public static NDArray softmax(NDArray a, int axis) {
        return softmax(a, axis, Workers.THREADS);
    }

    /** {@link #softmax(NDArray, int)} on at most {@code threads} threads (tests vary it). */
    static NDArray softmax(NDArray a, int axis, int threads) {
        return transform(a, axis, Kind.SOFTMAX, threads);
    }

    /** {@code scipy.special.log_softmax(a, axis)}: {@code x - max - log(sum(exp(x - max)))}. */
    public static NDArray logSoftmax(NDArray a, int axis) {
        return transform(a, axis, Kind.LOG_SOFTMAX, Workers.THREADS);
    }

    /**
     * {@code scipy.special.logsumexp(a, axis)}: {@code max + log(sum(exp(x - max)))}, the axis
     * removed. An infinite maximum is the answer itself; an empty axis gives {@code -inf}.
     */
    public static NDArray logSumExp(NDArray a, int axis, boolean keepdims) {
        NDArray x = rowsLast(a, axis);
        int n = x.shape(-1);
        int rows = outerSize(x);
        double[] out = new double[rows];
        Object data = ACCESS.data(x);
        int base = ACCESS.offset(x);
        RowChunks.forEach(rows, n, Workers.THREADS, (from, to) -> {
            for (int r = from; r < to; r++) {
                out[r] = logSumExpRow(data, base + r * n, n);
            }
        });
        // rows of x run in C order over the other axes: exactly a reduction's output order
        ReductionPlan shape = ReductionPlan.of(a, new int[] {axis}, keepdims);
        return Reductions.fromDoubles(shape, out, x.dtype());
    }

    /** log(sum(exp(row))) of one contiguous row. */
    static double logSumExpRow(Object data, int off, int n) {
        if (n == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (data instanceof float[] f) {
            float m = K.max(f, off, n);
            return Float.isInfinite(m) ? m : m + Math.log(K.sumExp(f, off, n, m));
        }
        double[] d = (double[]) data;
        double m = K.max(d, off, n);
        return Double.isInfinite(m) ? m : m + Math.log(K.sumExp(d, off, n, m));
    }

    private static NDArray transform(NDArray a, int axis, Kind kind, int threads) {
        int nd = a.ndim();
        int ax = Shapes.normalizeAxis(axis, nd);
        NDArray x = rowsLast(a, axis);
        NDArray out = ACCESS.wrap(Buffers.allocate(x.dtype(), x.size()), x.dtype(), x.shape());
        int n = x.shape(-1);
        if (n > 0) {
            int rows = x.size() / n;
            Object in = ACCESS.data(x);
            Object o = ACCESS.data(out);
            int base = ACCESS.offset(x);
            // rows are independent: chunks of whole rows on the worker pool, bit-identical for any count
            RowChunks.forEach(rows, n, threads, (from, to) -> {
                for (int r = from; r < to; r++) {
                    row(in, base + r * n, o, r * n, n, kind);
                }
            });
        }
        return ax == nd - 1 ? out : out.moveaxis(-1, ax).copy();
    }

    private static void row(Object in, int off, Object out, int outOff, int n, Kind kind) {
        if (in instanceof float[] f) {
            float[] o = (float[]) out;
            float m = K.max(f, off, n);
            if (kind == Kind.SOFTMAX) {
                double s = K.expInto(f, off, m, o, outOff, n);
                K.scale(o, outOff, n, (float) (1.0 / s));
            } else {
                double s = K.shiftInto(f, off, m, o, outOff, n);
                if (m != Float.POSITIVE_INFINITY) {
                    K.subtract(o, outOff, n, (float) Math.log(s));
                }
            }
            return;
        }
        double[] d = (double[]) in;
        double[] o = (double[]) out;
        double m = K.max(d, off, n);
        if (kind == Kind.SOFTMAX) {
            double s = K.expInto(d, off, m, o, outOff, n);
            K.scale(o, outOff, n, 1.0 / s);
        } else {
            double s = K.shiftInto(d, off, m, o, outOff, n);
            if (m != Double.POSITIVE_INFINITY) {
                K.subtract(o, outOff, n, Math.log(s));
            }
        }
    }

    /** The input as float, with {@code axis} moved last and C-contiguous (copying only when needed). */
    private static NDArray rowsLast(NDArray a, int axis) {
        int nd = a.ndim();
        if (nd == 0) {
            throw new AxisException(axis, 0);
        }
        int ax = Shapes.normalizeAxis(axis, nd);
        NDArray x = Statistics.floating(a);
        if (ax != nd - 1) {
            x = x.moveaxis(ax, -1);
        }
        return x.isContiguous() ? x : x.copy();
    }

    private static int outerSize(NDArray x) {
        int n = 1;
        for (int k = 0; k < x.ndim() - 1; k++) {
            n *= x.shape(k);
        }
        return n;
    }
}
