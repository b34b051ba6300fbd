package org.ndvec.ops;

import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Broadcast;

/** {@code np.broadcast_arrays}: views, never copies. */
public final class Broadcasting {
    private static final ArrayAccess ACCESS = Internals.access();

    private Broadcasting() {
    }

    /** Read-only views of every array with the common broadcast shape. */
    public static NDArray[] arrays(NDArray... arrays) {
        int[][] shapes = new int[arrays.length][];
        for (int k = 0; k < arrays.length; k++) {
            shapes[k] = ACCESS.shape(arrays[k]);
        }
        int[] shape = Broadcast.shapes(shapes);
        NDArray[] out = new NDArray[arrays.length];
        for (int k = 0; k < arrays.length; k++) {
            NDArray a = arrays[k];
            out[k] = ACCESS.readOnlyView(a, shape.clone(),
                    Broadcast.stridesFor(ACCESS.shape(a), ACCESS.strides(a), shape), ACCESS.offset(a));
        }
        return out;
    }
}
