package org.ndvec.ops;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.Internals;
import org.ndvec.storage.Buffers;

/**
 * Java scalars as ufunc operands: 0-d arrays whose dtype NEP 50's weak-scalar rule picks
 * from the array they meet ({@link Promotion#weak}). The value is converted to that dtype the
 * way NumPy converts a Python scalar: an integer that does not fit int32 is an error (but for
 * comparisons and true division, {@link #exact}), a double meeting float32 is rounded to float32.
 */
public final class Scalars {
    private Scalars() {
    }

    private static DType numeric(NDArray array) {
        DType t = array.dtype();
        if (!t.isBool() && !t.isInteger() && !t.isFloating()) {
            throw new IllegalArgumentException("Java scalars combine with bool, integer and float arrays, not dtype('"
                    + array.dtypeDescr() + "')");
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
            // NumPy converts a Python int to float32 through float64, two roundings: 2**60 + 2**36 + 1
            // becomes 2**60 + 2**36 and then 2**60 (ties to even), where (float) value gives 2**60 + 2**37
            ((float[]) data)[0] = (float) (double) value;
        } else {
            Buffers.setLong(data, 0, value);
        }
        return Internals.access().wrap(data, t, new int[0]);
    }

    /**
     * A Python-int-like operand for the operators where NumPy 2.4 uses the exact value instead of
     * refusing one outside the array's integer type: comparisons ({@code np.array([5], np.int32) ==
     * 2**31} is {@code [False]}) and true division ({@code / 2**40} is float64). Next to an int32
     * array such a value is an int64 operand, whose int64 (comparisons) or float64 (division) loop
     * gives NumPy's answer; every other case is {@link #of(NDArray, long)}.
     */
    public static NDArray exact(NDArray array, long value) {
        numeric(array);
        if (array.dtype() == DType.INT32 && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            return Internals.access().wrap(new long[] {value}, DType.INT64, new int[0]);
        }
        return of(array, value);
    }

    /** A Python-bool-like operand: it always takes the array's dtype. */
    public static NDArray of(NDArray array, boolean value) {
        Object data = Buffers.allocate(numeric(array), 1);
        Buffers.setBoolean(data, 0, value);
        return Internals.access().wrap(data, array.dtype(), new int[0]);
    }
}
