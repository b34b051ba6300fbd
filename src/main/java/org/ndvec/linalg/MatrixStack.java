package org.ndvec.linalg;

import java.util.Arrays;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Shapes;

/**
 * An array of shape (..., m, n) read as a stack of row-major double matrices, as np.linalg's
 * gufuncs see it, plus the dtype rule for their results: float32 in, float32 out; everything
 * else (ints, bool, float64) computes and answers in float64.
 */
final class MatrixStack {
    final int[] batch;
    final int count;
    final int m;
    final int n;
    final DType resultType;
    private final double[] data;

    MatrixStack(NDArray a) {
        if (a.ndim() < 2) {
            throw new LinAlgException(a.ndim() + "-dimensional array given. Array must be at least two-dimensional");
        }
        int[] s = a.shape();
        batch = Arrays.copyOf(s, s.length - 2);
        count = Shapes.size(batch);
        m = s[s.length - 2];
        n = s[s.length - 1];
        resultType = a.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        data = (double[]) Internals.access().data(a.astype(DType.FLOAT64));
    }

    /** Refuses non-square matrices with NumPy's message. */
    MatrixStack square() {
        if (m != n) {
            throw new LinAlgException("Last 2 dimensions of the array must be square");
        }
        return this;
    }

    /** Matrix t of the stack, a fresh row-major copy. */
    double[] matrix(int t) {
        return Arrays.copyOfRange(data, t * m * n, (t + 1) * m * n);
    }

    /** Wraps per-matrix results (each of shape {@code tail}) into batch + tail, in the result dtype. */
    NDArray assemble(double[][] parts, int... tail) {
        int per = Shapes.size(tail);
        double[] out = new double[count * per];
        for (int t = 0; t < count; t++) {
            System.arraycopy(parts[t], 0, out, t * per, per);
        }
        return wrap(out, resultType, concat(batch, tail));
    }

    static NDArray wrap(double[] values, DType dt, int... shape) {
        NDArray r = Internals.access().wrap(values, DType.FLOAT64, shape);
        return dt == DType.FLOAT64 ? r : r.astype(dt);
    }

    /**
     * For each matrix of a stack with batch shape {@code target} (C order), the index of the matrix
     * of a stack with batch shape {@code from} that broadcasts onto it.
     */
    static int[] broadcastIndex(int[] from, int[] target) {
        int[] st = org.ndvec.layout.Broadcast.stridesFor(from, Shapes.cStrides(from), target);
        int[] out = new int[Shapes.size(target)];
        int[] counter = new int[target.length];
        for (int t = 0, at = 0; t < out.length; t++) {
            out[t] = at;
            for (int d = target.length - 1; d >= 0; d--) {
                counter[d]++;
                at += st[d];
                if (counter[d] < target[d]) {
                    break;
                }
                at -= st[d] * target[d];
                counter[d] = 0;
            }
        }
        return out;
    }

    static int[] concat(int[] x, int[] y) {
        int[] out = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }
}
