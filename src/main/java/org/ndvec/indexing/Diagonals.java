package org.ndvec.indexing;

import org.ndvec.AxisException;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.storage.Buffers;
import org.ndvec.storage.Cast;

/**
 * {@code diagonal}, {@code diag} and {@code trace}. A diagonal is a strided view (stride
 * {@code s1 + s2}), read-only as NumPy 2's is: writing through it throws, as NumPy's
 * {@code assignment destination is read-only} does.
 */
public final class Diagonals {
    private static final ArrayAccess ACCESS = Internals.access();

    private Diagonals() {
    }

    /**
     * {@code np.diagonal(a, offset, axis1, axis2)}: a read-only view whose last axis runs along the
     * diagonal {@code offset} (above the main one when positive) of the plane {@code (axis1, axis2)};
     * the other axes come first, in order.
     *
     * @throws IllegalArgumentException {@code diag requires an array of at least two dimensions},
     *     {@code axis1 and axis2 cannot be the same}, {@code axis1: axis 2 is out of bounds for array of dimension 2}
     */
    public static NDArray diagonal(NDArray a, int offset, int axis1, int axis2) {
        int nd = a.ndim();
        if (nd < 2) {
            throw new IllegalArgumentException("diag requires an array of at least two dimensions");
        }
        int ax1 = axis(axis1, nd, "axis1");
        int ax2 = axis(axis2, nd, "axis2");
        if (ax1 == ax2) {
            throw new IllegalArgumentException("axis1 and axis2 cannot be the same");
        }
        int[] shape = ACCESS.shape(a);
        int[] strides = ACCESS.strides(a);
        long n1 = shape[ax1];
        long n2 = shape[ax2];
        long start = ACCESS.offset(a);
        long len;
        if (offset >= 0) {
            len = Math.max(0, Math.min(n1, n2 - offset));
            if (len > 0) {
                start += (long) offset * strides[ax2];
            }
        } else {
            len = Math.max(0, Math.min(n1 + offset, n2));
            if (len > 0) {
                start -= (long) offset * strides[ax1];
            }
        }
        int[] outShape = new int[nd - 1];
        int[] outStrides = new int[nd - 1];
        for (int k = 0, j = 0; k < nd; k++) {
            if (k != ax1 && k != ax2) {
                outShape[j] = shape[k];
                outStrides[j++] = strides[k];
            }
        }
        outShape[nd - 2] = (int) len;
        outStrides[nd - 2] = strides[ax1] + strides[ax2];
        return ACCESS.readOnlyView(a, outShape, outStrides, len == 0 ? ACCESS.offset(a) : (int) start);
    }

    private static int axis(int axis, int nd, String name) {
        if (axis < -nd || axis >= nd) {
            throw new AxisException(name, axis, nd);
        }
        return axis < 0 ? axis + nd : axis;
    }

    /**
     * {@code np.diag(v, k)}: for 1-d {@code v} a new square matrix with {@code v} on diagonal
     * {@code k} and zeros elsewhere; for 2-d {@code v} its diagonal {@code k}, a read-only view.
     *
     * @throws IllegalArgumentException {@code Input must be 1- or 2-d.}
     */
    public static NDArray diag(NDArray v, int k) {
        if (v.ndim() == 2) {
            return diagonal(v, k, 0, 1);
        }
        if (v.ndim() != 1) {
            throw new IllegalArgumentException("Input must be 1- or 2-d.");
        }
        int n = v.size() + Math.abs(k);
        NDArray out = ACCESS.wrapLike(v, Buffers.allocate(v.dtype(), Math.multiplyExact(n, n)), new int[] {n, n});
        NDArray d = diagonal(out, k, 0, 1);
        Cast.copyInto(v, ACCESS.data(d), ACCESS.offset(d), ACCESS.strides(d));
        return out;
    }

    /**
     * {@code np.trace(a, offset, axis1, axis2)}: the sum along the diagonal; for more than 2 dims an
     * array of sums over the other axes. int32 and bool give int64, as NumPy's sum does.
     */
    public static NDArray trace(NDArray a, int offset, int axis1, int axis2) {
        return diagonal(a, offset, axis1, axis2).sum(-1);
    }
}
