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
     * floats truncate into integer arrays, NaN and infinity cannot.
     *
     * @throws IllegalArgumentException {@code cannot convert float NaN to integer}
     */
    public static NDArray scalar(double value, DType dtype) {
        if (dtype.isInteger() && !Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot convert float " + (Double.isNaN(value) ? "NaN" : "infinity")
                    + " to integer");
        }
        Object data = Buffers.allocate(dtype, 1);
        Buffers.setDouble(data, 0, value);
        return Internals.access().wrap(data, dtype, new int[0]);
    }
}
