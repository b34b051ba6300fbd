package org.ndvec;

/**
 * The {@code mode=} of {@link Nd#pad}: how the border added around an array is filled, NumPy's
 * modes by NumPy's names.
 */
public enum PadMode {
    /** A constant ({@code constant_values}, default 0). */
    CONSTANT("constant"),
    /** The edge values repeated. */
    EDGE("edge"),
    /** A linear ramp from the edge value to {@code end_values} (default 0) at the border. */
    LINEAR_RAMP("linear_ramp"),
    /** The maximum of the edge vector ({@code stat_length} elements of it, default all). */
    MAXIMUM("maximum"),
    /** The mean of the edge vector (rounded for integer arrays). */
    MEAN("mean"),
    /** The median of the edge vector (rounded for integer arrays). */
    MEDIAN("median"),
    /** The minimum of the edge vector. */
    MINIMUM("minimum"),
    /** The mirror image without the edge value ({@code [1, 2, 3] -> 3, 2, | 1, 2, 3 | 2, 1}). */
    REFLECT("reflect"),
    /** The mirror image with the edge value ({@code [1, 2, 3] -> 2, 1, | 1, 2, 3 | 3, 2}). */
    SYMMETRIC("symmetric"),
    /** The values from the other end ({@code [1, 2, 3] -> 2, 3, | 1, 2, 3 | 1, 2}). */
    WRAP("wrap"),
    /** Unspecified values (NumPy leaves memory uninitialized; the JVM gives zeros). */
    EMPTY("empty");

    private final String numpyName;

    PadMode(String numpyName) {
        this.numpyName = numpyName;
    }

    /** NumPy's name of the mode. */
    @Override
    public String toString() {
        return numpyName;
    }
}
