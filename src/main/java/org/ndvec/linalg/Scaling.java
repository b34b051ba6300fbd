package org.ndvec.linalg;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.Internals;
import org.ndvec.storage.Buffers;

/**
 * The product with a 0-d operand that {@code np.dot}/{@code np.inner} fall back to. Kept here
 * (one element loop) so the products do not depend on the elementwise engine.
 */
final class Scaling {
    private Scaling() {
    }

    /** {@code a * b} where at least one operand is 0-d, in dtype {@code rt}. */
    static NDArray multiply(NDArray a, NDArray b, DType rt) {
        NDArray s = a.ndim() == 0 ? a : b;
        NDArray arr = s == a ? b : a;
        NDArray out = Products.cast(arr, rt);
        out = out == arr ? arr.copy() : out;
        Object d = Internals.access().data(out);
        int n = out.size();
        switch (rt) {
            case FLOAT32, FLOAT64 -> {
                // a float product of two floats is exact in double, so rounding once to float matches float32 math
                double v = s.itemDouble();
                for (int i = 0; i < n; i++) {
                    Buffers.setDouble(d, i, Buffers.getDouble(d, i) * v);
                }
            }
            case INT32, INT64 -> {
                long v = s.itemLong();
                for (int i = 0; i < n; i++) {
                    Buffers.setLong(d, i, Buffers.getLong(d, i) * v);
                }
            }
            default -> {
                boolean v = s.itemLong() != 0;
                for (int i = 0; i < n; i++) {
                    Buffers.setBoolean(d, i, v && Buffers.getBoolean(d, i));
                }
            }
        }
        return out;
    }
}
