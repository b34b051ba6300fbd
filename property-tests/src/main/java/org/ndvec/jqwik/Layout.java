package org.ndvec.jqwik;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.ndvec.NDArray;

/**
 * How an array's elements lie in memory, as {@link NDArrayArbitrary#layouts} asks for them and
 * {@link #of(NDArray)} tells them apart. An array with fewer than two elements, or with a
 * single axis longer than 1, is C-contiguous whatever was asked: no other layout exists for it
 * (NumPy flags it C- and F-contiguous alike).
 */
public enum Layout {
    /** Row-major without gaps ({@code a.flags['C_CONTIGUOUS']}), sometimes at an offset in a larger buffer. */
    CONTIGUOUS,
    /** Column-major without gaps ({@code np.asfortranarray(a)}): a C array transposed. */
    FORTRAN,
    /** Positive strides with gaps ({@code base[1::2, :3]}), sometimes with axes permuted. */
    STRIDED,
    /** At least one negative stride ({@code base[::-1]}), gaps and permuted axes mixed in. */
    REVERSED,
    /** At least one zero stride ({@code np.broadcast_to(row, (4, 3))}); always read-only. */
    BROADCAST;

    /** Every layout but {@link #CONTIGUOUS}. */
    public static final Set<Layout> NON_CONTIGUOUS =
            Collections.unmodifiableSet(EnumSet.of(FORTRAN, STRIDED, REVERSED, BROADCAST));

    /** Every layout. */
    public static final Set<Layout> ANY = Collections.unmodifiableSet(EnumSet.allOf(Layout.class));

    /**
     * The layout of an array, judged from its strides alone: {@link #BROADCAST} if an axis longer
     * than 1 has stride 0, else {@link #REVERSED} if one has a negative stride, else
     * {@link #CONTIGUOUS} or {@link #FORTRAN} if the array has no gaps in that order, else
     * {@link #STRIDED}. Empty and one-element arrays are {@link #CONTIGUOUS}.
     *
     * @param a the array to classify
     * @return its layout
     */
    public static Layout of(NDArray a) {
        int[] shape = a.shape();
        long[] strides = a.strides();
        if (a.size() <= 1) {
            return CONTIGUOUS;
        }
        boolean reversed = false;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] > 1 && strides[i] == 0) {
                return BROADCAST;
            }
            reversed |= shape[i] > 1 && strides[i] < 0;
        }
        if (reversed) {
            return REVERSED;
        }
        if (a.isContiguous()) {
            return CONTIGUOUS;
        }
        return a.isFortranContiguous() ? FORTRAN : STRIDED;
    }
}
