package org.ndvec.ops;

import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.iter.StridedLoop;

/**
 * Visits the 1-d lanes of an array along one axis (NumPy's {@code apply_along_axis} shape
 * of loop), pairing each lane with a position in an output laid out over the other axes.
 * Used by argmax/argmin, cumulative sums and softmax's strided fallback.
 */
final class AxisLanes {
    private static final ArrayAccess ACCESS = Internals.access();

    /** Receives one lane: its start in the input storage and the paired output offset. */
    @FunctionalInterface
    interface LaneVisitor {
        void lane(int inOffset, int outOffset);
    }

    private AxisLanes() {
    }

    /**
     * @param a          the input
     * @param axis       normalized axis the lanes run along
     * @param outStrides output strides for every axis of {@code a} (the entry for {@code axis} is ignored)
     */
    static void forEach(NDArray a, int axis, int[] outStrides, LaneVisitor visitor) {
        int[] shape = ACCESS.shape(a);
        int[] strides = ACCESS.strides(a);
        int nd = shape.length;
        int[] outer = new int[nd - 1];
        int[] in = new int[nd - 1];
        int[] out = new int[nd - 1];
        for (int k = 0, j = 0; k < nd; k++) {
            if (k != axis) {
                outer[j] = shape[k];
                in[j] = strides[k];
                out[j] = outStrides[k];
                j++;
            }
        }
        StridedLoop.plan(outer, in, out).forEachRow(new int[] {ACCESS.offset(a), 0}, (off, n, st) -> {
            for (int j = 0; j < n; j++) {
                visitor.lane(off[0] + j * st[0], off[1] + j * st[1]);
            }
        });
    }
}
