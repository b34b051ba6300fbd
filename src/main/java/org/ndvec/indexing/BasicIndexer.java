package org.ndvec.indexing;

import java.util.Arrays;
import org.ndvec.Index;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Shapes;

/**
 * Basic indexing: integers, slices, {@code newaxis} and one ellipsis. The result is
 * always a view of the same storage (a 0-d view when every axis is indexed by an
 * integer), computed from shape, strides and offset alone.
 */
public final class BasicIndexer {
    private static final ArrayAccess ACCESS = Internals.access();

    private BasicIndexer() {
    }

    /** {@code a[index]} for basic index pieces. */
    public static NDArray view(NDArray a, Index... index) {
        int[] shape = ACCESS.shape(a);
        int[] strides = ACCESS.strides(a);
        int ndim = shape.length;
        int ellipses = 0;
        int consumed = 0;
        for (Index ix : index) {
            if (ix instanceof Index.Ellipsis) {
                ellipses++;
            } else if (ix instanceof Index.At || ix instanceof Index.Slice) {
                consumed++;
            }
        }
        if (ellipses > 1) {
            throw new IndexOutOfBoundsException("an index can only have a single ellipsis ('...')");
        }
        if (consumed > ndim) {
            throw new IndexOutOfBoundsException("too many indices for array: array is " + ndim
                    + "-dimensional, but " + consumed + " were indexed");
        }
        int outRank = ndim - consumed;
        for (Index ix : index) {
            if (ix instanceof Index.Slice || ix instanceof Index.NewAxis) {
                outRank++;
            }
        }
        int[] outShape = new int[outRank];
        int[] outStrides = new int[outRank];
        long offset = ACCESS.offset(a);
        int axis = 0;
        int out = 0;
        boolean sawEllipsis = false;
        for (Index ix : index) {
            switch (ix) {
                case Index.At at -> {
                    int i = Shapes.normalizeIndex(at.index(), axis, shape[axis]);
                    offset += (long) i * strides[axis];
                    axis++;
                }
                case Index.Slice sl -> {
                    long[] r = Slices.resolve(sl, shape[axis]);
                    outShape[out] = (int) r[2];
                    if (r[2] > 0) {
                        offset += r[0] * strides[axis];
                    }
                    outStrides[out] = (int) (r[1] * strides[axis]);
                    if (r[2] <= 1) {
                        // A stride over at most one element is never used; keep it small so
                        // huge steps cannot overflow the int stride.
                        outStrides[out] = strides[axis];
                    }
                    out++;
                    axis++;
                }
                case Index.NewAxis na -> {
                    outShape[out] = 1;
                    outStrides[out] = 0;
                    out++;
                }
                case Index.Array arr -> throw new IllegalArgumentException(
                        "index arrays are advanced indices: use AdvancedIndexer");
                case Index.Ellipsis el -> {
                    sawEllipsis = true;
                    int fill = ndim - consumed;
                    for (int k = 0; k < fill; k++) {
                        outShape[out] = shape[axis];
                        outStrides[out] = strides[axis];
                        out++;
                        axis++;
                    }
                }
            }
        }
        // Axes not named by the index are taken whole, as if a trailing ellipsis stood there.
        while (axis < ndim) {
            outShape[out] = shape[axis];
            outStrides[out] = strides[axis];
            out++;
            axis++;
        }
        assert out == outRank : Arrays.toString(outShape);
        assert !sawEllipsis || ellipses == 1;
        return ACCESS.view(a, outShape, outStrides, (int) offset);
    }
}
