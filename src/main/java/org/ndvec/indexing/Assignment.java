package org.ndvec.indexing;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.Internals;
import org.ndvec.storage.Buffers;

/** Scalar values of assignments ({@code a[idx] = 1.5}) made into 0-d arrays with NumPy's checks. */
public final class Assignment {
    private Assignment() {
    }

    /**
     * A 0-d array of {@code dtype} holding {@code value} as {@code a[...] = value} stores it:
     * floats truncate into integer arrays, NaN, infinity and values out of the integer's range
     * cannot ({@link #checkFits}).
     *
     * @throws IllegalArgumentException {@code cannot convert float NaN to integer}
     */
    public static NDArray scalar(double value, DType dtype) {
        checkFits(value, dtype);
        Object data = Buffers.allocate(dtype, 1);
        Buffers.setDouble(data, 0, value);
        return Internals.access().wrap(data, dtype, new int[0]);
    }

    /**
     * NumPy's checks when a Python float is stored into an integer array: it becomes a Python
     * int first (NaN and infinity cannot), which must fit a C long and then the array's type.
     *
     * @throws IllegalArgumentException {@code cannot convert float NaN to integer}, {@code cannot
     *     convert float infinity to integer}, {@code Python int too large to convert to C long},
     *     {@code Python integer 3000000000 out of bounds for int32}
     */
    public static void checkFits(double value, DType dtype) {
        if (!dtype.isInteger()) {
            return;
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot convert float " + (Double.isNaN(value) ? "NaN" : "infinity")
                    + " to integer");
        }
        if (value >= 0x1p63 || value < -0x1p63) {
            throw new IllegalArgumentException("Python int too large to convert to C long");
        }
        long whole = (long) value;
        if (dtype == DType.INT32 && (whole < Integer.MIN_VALUE || whole > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("Python integer " + whole + " out of bounds for int32");
        }
    }
}
