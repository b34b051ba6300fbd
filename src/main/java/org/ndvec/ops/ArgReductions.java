package org.ndvec.ops;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Shapes;
import org.ndvec.parallel.Workers;
import org.ndvec.storage.Buffers;

/**
 * {@code argmax} and {@code argmin}: int64 positions of the first extreme along one axis or
 * in the flattened (C-order) array. NaN counts as the extreme, so the first NaN wins, as in NumPy.
 */
public final class ArgReductions {
    private static final ArrayAccess ACCESS = Internals.access();

    private ArgReductions() {
    }

    /**
     * {@code np.argmax(a, axis, keepdims=keepdims)}; {@code axis == null} flattens.
     *
     * @throws IllegalArgumentException {@code attempt to get argmax of an empty sequence}
     */
    public static NDArray argmax(NDArray a, Integer axis, boolean keepdims) {
        return arg(a, axis, keepdims, true, Workers.THREADS);
    }

    /**
     * {@code np.argmin(a, axis, keepdims=keepdims)}; {@code axis == null} flattens.
     *
     * @throws IllegalArgumentException {@code attempt to get argmin of an empty sequence}
     */
    public static NDArray argmin(NDArray a, Integer axis, boolean keepdims) {
        return arg(a, axis, keepdims, false, Workers.THREADS);
    }

    /** argmax ({@code max}) or argmin on at most {@code threads} threads (tests vary it). */
    static NDArray arg(NDArray a, Integer axis, boolean keepdims, boolean max, int threads) {
        int nd = a.ndim();
        if (axis == null) {
            if (a.size() == 0) {
                throw empty(max);
            }
            NDArray flat = a.isContiguous() ? a : a.copy();
            long index = lane(ACCESS.data(flat), ACCESS.offset(flat), 1, a.size(), max);
            int[] shape = new int[keepdims ? nd : 0];
            java.util.Arrays.fill(shape, 1);
            return ACCESS.wrap(new long[] {index}, DType.INT64, shape);
        }
        int ax = Shapes.normalizeAxis(axis, nd);
        int[] shape = a.shape();
        int n = shape[ax];
        if (n == 0) {
            throw empty(max);
        }
        int[] outShape = shape.clone();
        outShape[ax] = 1;
        int[] outStrides = Shapes.cStrides(outShape);
        long[] out = new long[Shapes.size(outShape)];
        Object data = ACCESS.data(a);
        int stride = ACCESS.strides(a)[ax];
        if (ax == nd - 1 && a.isContiguous()) {
            // independent contiguous rows: chunks of whole rows on the worker pool
            int base = ACCESS.offset(a);
            RowChunks.forEach(out.length, n, threads, (from, to) -> {
                for (int r = from; r < to; r++) {
                    out[r] = lane(data, base + r * n, 1, n, max);
                }
            });
        } else {
            AxisLanes.forEach(a, ax, outStrides, (in, o) -> out[o] = lane(data, in, stride, n, max));
        }
        if (!keepdims) {
            outShape = removeAxis(shape, ax);
        }
        return ACCESS.wrap(out, DType.INT64, outShape);
    }

    /** Position of the first extreme (or first NaN) of one lane of {@code n >= 1} elements. */
    static int lane(Object data, int off, int stride, int n, boolean max) {
        if (stride == 1 && data instanceof float[] f) {
            return max ? FloatFolds.KERNELS.argmax(f, off, n) : FloatFolds.KERNELS.argmin(f, off, n);
        }
        if (stride == 1 && data instanceof double[] d) {
            return max ? FloatFolds.KERNELS.argmax(d, off, n) : FloatFolds.KERNELS.argmin(d, off, n);
        }
        int best = 0;
        if (data instanceof float[] || data instanceof double[]) {
            double m = Buffers.getDouble(data, off);
            for (int i = 1; i < n && m == m; i++) {
                double x = Buffers.getDouble(data, off + i * stride);
                if (x != x || (max ? x > m : x < m)) {
                    m = x;
                    best = i;
                }
            }
            return best;
        }
        long m = Buffers.getLong(data, off);
        for (int i = 1; i < n; i++) {
            long x = Buffers.getLong(data, off + i * stride);
            if (max ? x > m : x < m) {
                m = x;
                best = i;
            }
        }
        return best;
    }

    private static IllegalArgumentException empty(boolean max) {
        return new IllegalArgumentException("attempt to get " + (max ? "argmax" : "argmin") + " of an empty sequence");
    }

    static int[] removeAxis(int[] shape, int axis) {
        int[] out = new int[shape.length - 1];
        for (int k = 0, j = 0; k < shape.length; k++) {
            if (k != axis) {
                out[j++] = shape[k];
            }
        }
        return out;
    }
}
