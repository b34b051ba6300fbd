package org.ndvec.indexing;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Shapes;

/** Positions of the true (non-zero) elements: {@code nonzero}, {@code argwhere}, {@code flatnonzero}. */
public final class Nonzero {
    private static final ArrayAccess ACCESS = Internals.access();

    private Nonzero() {
    }

    /**
     * One int64 array per dim holding the coordinates of the non-zero elements in C order.
     * {@code np.nonzero(a)}
     *
     * @throws IllegalArgumentException for a 0-d array, which NumPy 2 refuses too
     */
    public static NDArray[] nonzero(NDArray a) {
        int nd = a.ndim();
        if (nd == 0) {
            throw new IllegalArgumentException("Calling nonzero on 0d arrays is not allowed. "
                    + "Use np.atleast_1d(scalar).nonzero() instead.");
        }
        long[] flat = flatPositions(a);
        int[] shape = ACCESS.shape(a);
        int n = flat.length;
        long[][] coords = new long[nd][n];
        for (int i = 0; i < n; i++) {
            long f = flat[i];
            for (int d = nd - 1; d >= 0; d--) {
                coords[d][i] = f % shape[d];
                f /= shape[d];
            }
        }
        NDArray[] out = new NDArray[nd];
        for (int d = 0; d < nd; d++) {
            out[d] = ACCESS.wrap(coords[d], DType.INT64, new int[] {n});
        }
        return out;
    }

    /** C-order flat positions of the non-zero elements. {@code np.flatnonzero(a)} */
    public static NDArray flatnonzero(NDArray a) {
        long[] flat = flatPositions(a);
        return ACCESS.wrap(flat, DType.INT64, new int[] {flat.length});
    }

    /** Coordinates of the non-zero elements, one row each: shape (count, ndim). {@code np.argwhere(a)} */
    public static NDArray argwhere(NDArray a) {
        int nd = a.ndim();
        if (nd == 0) {
            // NumPy treats a 0-d input as 1-d of length 1 and then drops the coordinate column.
            return ACCESS.wrap(new long[0], DType.INT64, new int[] {a.getBoolean() ? 1 : 0, 0});
        }
        NDArray[] nz = nonzero(a);
        int n = nz[0].size();
        long[] out = new long[n * nd];
        for (int d = 0; d < nd; d++) {
            long[] c = (long[]) ACCESS.data(nz[d]);
            for (int i = 0; i < n; i++) {
                out[i * nd + d] = c[i];
            }
        }
        return ACCESS.wrap(out, DType.INT64, new int[] {n, nd});
    }

    private static long[] flatPositions(NDArray a) {
        NDArray b = a.astype(DType.BOOL);
        byte[] m = (byte[]) ACCESS.data(b);
        int count = MaskFilter.count(m, 0, m.length);
        long[] out = new long[count];
        for (int i = 0, k = 0; k < count; i++) {
            if (m[i] != 0) {
                out[k++] = i;
            }
        }
        assert Shapes.size(ACCESS.shape(a)) == m.length;
        return out;
    }
}
