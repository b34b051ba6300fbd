package org.ndvec.format;

import org.ndvec.NDArray;

/** NumPy's {@code str(a)} and {@code repr(a)} (array2string). */
public final class ArrayFormatter {
    private ArrayFormatter() {
    }

    /** {@code str(a)} */
    public static String str(NDArray a) {
        return java.util.Arrays.toString(a.toDoubleArray());
    }

    /** {@code repr(a)} */
    public static String repr(NDArray a) {
        return "array(" + str(a) + ")";
    }
}
