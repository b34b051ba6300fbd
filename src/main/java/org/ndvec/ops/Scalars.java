package org.ndvec.ops;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.Internals;
import org.ndvec.storage.Buffers;

/**
 * Java scalars as ufunc operands: 0-d arrays whose dtype NEP 50's weak-scalar rule picks
 * from the array they meet ({@link Promotion#weak}). The value is converted to that dtype the
 * way NumPy converts a Python scalar: an integer that does not fit int32 is an error, a double
 * meeting float32 is rounded to float32.
 */
public final class Scalars {
    private Scalars() {
    }

    private static DType numeric(NDArray array) {
        DType t = array.dtype();
        if (!t.isBool() && !t.isInteger() && !t.isFloating()) {
            throw new IllegalArgumentException("Java scalars combine with bool, integer and float arrays, not dtype('"
                    + t + "')");
        }
        return t;
    }

    /** A Python-float-like operand next to {@code array}. */
    public static NDArray of(NDArray array, double value) {
        return of(numeric(array), value);
    }

    /** A Python-float-like operand next to an operand of dtype {@code other} (bool, integer or float). */
    public static NDArray of(DType other, double value) {
        DType t = Promotion.weak(other, DType.Kind.FLOAT);
        Object data = Buffers.allocate(t, 1);
        Buffers.setDouble(data, 0, value);
        return Internals.access().wrap(data, t, new int[0]);
    }

    /**
     * A Python-int-like operand next to {@code array}.
     *
     * @throws IllegalArgumentException {@code Python integer 3000000000 out of bounds for int32}
     */
    public static NDArray of(NDArray array, long value) {
        numeric(array);
        DType t = Promotion.weak(array.dtype(), DType.Kind.INTEGER);
        if (t == DType.INT32 && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("Python integer " + value + " out of bounds for int32");
        }
        Object data = Buffers.allocate(t, 1);
        if (t == DType.FLOAT32) {
            ((float[]) data)[0] = value; // one rounding, as NumPy converts a Python int to float32
        } else {
            Buffers.setLong(data, 0, value);
        }
        return Internals.access().wrap(data, t, new int[0]);
    }

    /** A Python-bool-like operand: it always takes the array's dtype. */
    public static NDArray of(NDArray array, boolean value) {
        Object data = Buffers.allocate(numeric(array), 1);
        Buffers.setBoolean(data, 0, value);
        return Internals.access().wrap(data, array.dtype(), new int[0]);
    }
}
