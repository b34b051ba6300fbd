package org.ndvec.ops;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Shapes;
import org.ndvec.storage.Buffers;

/**
 * {@code cumsum} and {@code cumprod}: running folds along one axis, or over the flattened
 * array when no axis is given. Bool and integer input give int64 (NumPy's rule), floats keep
 * their type and run in their own precision, element after element, as NumPy's do.
 */
public final class Cumulative {
    private static final ArrayAccess ACCESS = Internals.access();

    private Cumulative() {
    }

    /** {@code np.cumsum(a, axis)}; {@code axis == null} flattens in C order. */
    public static NDArray cumsum(NDArray a, Integer axis) {
        return running(a, axis, false);
    }

    /** {@code np.cumprod(a, axis)}; {@code axis == null} flattens in C order. */
    public static NDArray cumprod(NDArray a, Integer axis) {
        return running(a, axis, true);
    }

    private static NDArray running(NDArray a, Integer axis, boolean product) {
        NDArray x = axis == null ? a.ravel() : a;
        int ax = axis == null ? 0 : Shapes.normalizeAxis(axis, a.ndim());
        DType dtype = a.dtype().isFloating() ? a.dtype() : DType.INT64;
        int[] shape = x.shape();
        int[] outStrides = Shapes.cStrides(shape);
        Object out = Buffers.allocate(dtype, x.size());
        Object data = ACCESS.data(x);
        int n = shape[ax];
        int inStride = ACCESS.strides(x)[ax];
        int outStride = outStrides[ax];
        AxisLanes.forEach(x, ax, outStrides, (in, o) -> {
            if (n == 0) {
                return;
            }
            // each run starts from its first element, as NumPy's accumulate does (so -0.0 stays -0.0)
            if (dtype == DType.FLOAT32) {
                // float32 runs in float32, as NumPy's: a double carry gave other last bits, and a
                // finite value after an overflow to inf ([1e30, 1e30, 1e-30].cumprod())
                float acc = (float) Buffers.getDouble(data, in);
                Buffers.setDouble(out, o, acc);
                for (int i = 1; i < n; i++) {
                    float v = (float) Buffers.getDouble(data, in + i * inStride);
                    acc = product ? acc * v : acc + v;
                    Buffers.setDouble(out, o + i * outStride, acc);
                }
            } else if (dtype == DType.FLOAT64) {
                double acc = Buffers.getDouble(data, in);
                Buffers.setDouble(out, o, acc);
                for (int i = 1; i < n; i++) {
                    double v = Buffers.getDouble(data, in + i * inStride);
                    acc = product ? acc * v : acc + v;
                    Buffers.setDouble(out, o + i * outStride, acc);
                }
            } else {
                long acc = Buffers.getLong(data, in);
                Buffers.setLong(out, o, acc);
                for (int i = 1; i < n; i++) {
                    long v = Buffers.getLong(data, in + i * inStride);
                    acc = product ? acc * v : acc + v;
                    Buffers.setLong(out, o + i * outStride, acc);
                }
            }
        });
        return ACCESS.wrap(out, dtype, shape);
    }
}
