package org.ndvec.indexing;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.storage.Buffers;

/**
 * {@code tri}, {@code triu}, {@code tril}: NumPy builds a boolean mask with {@code tri} over the last
 * two dims and selects with {@code where}, so a 1-d input broadcasts against an (n, n) mask; ndvec
 * does the same, and keeps the input's dtype (and a string array's width).
 */
public final class Triangles {
    private static final ArrayAccess ACCESS = Internals.access();

    private Triangles() {
    }

    /** {@code np.tri(n, m, k, dtype=bool)}: true at and below diagonal {@code k}. */
    public static NDArray tri(int n, int m, int k) {
        if (n < 0 || m < 0) {
            throw new IllegalArgumentException("negative dimensions are not allowed");
        }
        byte[] mask = new byte[Math.multiplyExact(n, m)];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m && j <= (long) i + k; j++) {
                mask[i * m + j] = 1;
            }
        }
        return ACCESS.wrap(mask, DType.BOOL, new int[] {n, m});
    }

    /**
     * {@code np.triu(m, k)} ({@code lower}: {@code np.tril(m, k)}): zeros below (above) diagonal
     * {@code k} of the last two dims.
     *
     * @throws IllegalArgumentException for a 0-d array ({@code tri() missing 1 required positional argument: 'N'})
     */
    public static NDArray triangle(NDArray m, int k, boolean lower) {
        if (m.ndim() == 0) {
            throw new IllegalArgumentException("tri() missing 1 required positional argument: 'N'");
        }
        int rows = m.ndim() == 1 ? m.shape(0) : m.shape(-2);
        int cols = m.shape(-1);
        NDArray mask = tri(rows, cols, lower ? k : k - 1);
        NDArray zero = ACCESS.wrapLike(m, Buffers.allocate(m.dtype(), 1), new int[] {1});
        return lower ? org.ndvec.Nd.where(mask, m, zero) : org.ndvec.Nd.where(mask, zero, m);
    }
}
