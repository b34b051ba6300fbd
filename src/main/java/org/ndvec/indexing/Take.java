package org.ndvec.indexing;

import java.util.Arrays;
import org.ndvec.DType;
import org.ndvec.Index;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Shapes;
import org.ndvec.storage.Buffers;

/** {@code take}, {@code put}, {@code take_along_axis}, {@code put_along_axis}: fancy indexing by another name. */
public final class Take {
    private static final ArrayAccess ACCESS = Internals.access();

    private Take() {
    }

    /** {@code np.take(a, indices)}: positions of the flattened array. */
    public static NDArray take(NDArray a, NDArray indices) {
        return take(a.reshape(-1), indices, 0);
    }

    /**
     * {@code np.take(a, indices, axis)}: {@code a[:, ..., indices, ...]} with {@code indices} at
     * {@code axis}. NumPy's take (PyArray_TakeFrom) differs from that index in three ways kept
     * here: a 0-d {@code a} is read as 1-d; taking anything from an empty axis is its own
     * IndexError; and the indices are checked once per element of the axes before {@code axis},
     * so when those hold nothing ({@code np.take(np.zeros((0, 6, 1)), 1, axis=-1)}) the result is
     * empty and no index is looked at.
     */
    public static NDArray take(NDArray a, NDArray indices, int axis) {
        if (a.ndim() == 0) {
            return take(a.reshape(1), indices, axis);
        }
        int ax = Shapes.normalizeAxis(axis, a.ndim());
        int[] shape = ACCESS.shape(a);
        int[] idxShape = ACCESS.shape(indices);
        int[] outShape = new int[shape.length - 1 + idxShape.length];
        System.arraycopy(shape, 0, outShape, 0, ax);
        System.arraycopy(idxShape, 0, outShape, ax, idxShape.length);
        System.arraycopy(shape, ax + 1, outShape, ax + idxShape.length, shape.length - ax - 1);
        long outSize = Shapes.size(outShape);
        if (shape[ax] == 0 && outSize != 0) {
            throw new IndexOutOfBoundsException("cannot do a non-empty take from an empty axes.");
        }
        if (Shapes.size(Arrays.copyOfRange(shape, 0, ax)) == 0) {
            return ACCESS.wrapLike(a, Buffers.allocate(a.dtype(), 0), outShape);
        }
        return AdvancedIndexer.get(a, alongAxis(ax, indices));
    }

    private static Index[] alongAxis(int axis, NDArray indices) {
        Index[] ix = new Index[axis + 1];
        for (int i = 0; i < axis; i++) {
            ix[i] = Index.all();
        }
        ix[axis] = Index.of(indices);
        return ix;
    }

    /**
     * {@code np.put(a, indices, values)}: flat positions of {@code a} (through views to the base)
     * receive {@code values}, repeated cyclically when shorter. Checked before any write.
     */
    public static void put(NDArray a, NDArray indices, NDArray values) {
        if (!a.isWriteable()) {
            throw new IllegalStateException("assignment destination is read-only");
        }
        int size = a.size();
        long[] idx = indices.toLongArray();
        if (idx.length == 0 || values.size() == 0) {
            return; // NumPy's put returns before looking at the indices when either is empty
        }
        if (size == 0) {
            throw new IndexOutOfBoundsException("cannot replace elements of an empty array");
        }
        int[] shape = ACCESS.shape(a);
        int[] strides = ACCESS.strides(a);
        int[] offsets = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            long v = idx[i];
            if (v < -size || v >= size) {
                throw new IndexOutOfBoundsException("index " + v + " is out of bounds for axis 0 with size " + size);
            }
            long flat = v < 0 ? v + size : v;
            long off = ACCESS.offset(a);
            for (int d = shape.length - 1; d >= 0; d--) {
                off += (flat % shape[d]) * strides[d];
                flat /= shape[d];
            }
            offsets[i] = (int) off;
        }
        NDArray v = values.astype(a.dtype());
        if (v.size() == 0) {
            return;
        }
        Object src = ACCESS.data(v);
        Object dst = ACCESS.data(a);
        for (int i = 0; i < offsets.length; i++) {
            Buffers.copyElement(src, i % v.size(), dst, offsets[i]);
        }
    }

    /** {@code np.take_along_axis(arr, indices, axis)}: pick along {@code axis} with matching index rows. */
    public static NDArray takeAlongAxis(NDArray arr, NDArray indices, int axis) {
        return AdvancedIndexer.get(arr, alongAxisIndex(arr, indices, axis));
    }

    /** {@code np.put_along_axis(arr, indices, values, axis)}. */
    public static void putAlongAxis(NDArray arr, NDArray indices, NDArray values, int axis) {
        AdvancedIndexer.set(arr, alongAxisIndex(arr, indices, axis), values);
    }

    /** The fancy index NumPy builds: an open mesh of aranges, with {@code indices} at {@code axis}. */
    private static Index[] alongAxisIndex(NDArray arr, NDArray indices, int axis) {
        int nd = arr.ndim();
        if (indices.ndim() != nd) {
            throw new IllegalArgumentException("`indices` and `arr` must have the same number of dimensions");
        }
        if (indices.dtype().isFloating() || indices.dtype().isBool()) {
            throw new IllegalArgumentException("`indices` must be an integer array");
        }
        int ax = Shapes.normalizeAxis(axis, nd);
        Index[] ix = new Index[nd];
        for (int d = 0; d < nd; d++) {
            if (d == ax) {
                ix[d] = Index.of(indices);
                continue;
            }
            int n = arr.shape(d);
            long[] r = new long[n];
            for (int i = 0; i < n; i++) {
                r[i] = i;
            }
            int[] s = new int[nd];
            java.util.Arrays.fill(s, 1);
            s[d] = n;
            ix[d] = Index.of(ACCESS.wrap(r, DType.INT64, s));
        }
        return ix;
    }
}
