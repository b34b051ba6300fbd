package org.ndvec.ops;

import org.ndvec.NDArray;

/**
 * {@code np.kron}: the Kronecker product as NumPy 2.4 builds it, one broadcast multiply: {@code a}
 * with new axes after each of its (padded) axes, {@code b} with new axes before each of its, the
 * product reshaped to {@code a.shape * b.shape}. The dtype is the multiply's promotion.
 */
public final class Kron {
    private Kron() {
    }

    /** {@code np.kron(a, b)}. */
    public static NDArray kron(NDArray a, NDArray b) {
        int na = a.ndim();
        int nb = b.ndim();
        if (na == 0 || nb == 0) {
            return a.mul(b);
        }
        int nd = Math.max(na, nb);
        int[] as = padded(a.shape(), nd);
        int[] bs = padded(b.shape(), nd);
        NDArray ap = a.reshape(as);
        NDArray bp = b.reshape(bs);
        int[] aExpanded = new int[2 * nd];
        int[] bExpanded = new int[2 * nd];
        int[] out = new int[nd];
        for (int i = 0; i < nd; i++) {
            aExpanded[2 * i] = as[i];
            aExpanded[2 * i + 1] = 1;
            bExpanded[2 * i] = 1;
            bExpanded[2 * i + 1] = bs[i];
            out[i] = Math.multiplyExact(as[i], bs[i]);
        }
        return ap.reshape(aExpanded).mul(bp.reshape(bExpanded)).reshape(out);
    }

    private static int[] padded(int[] shape, int nd) {
        int[] out = new int[nd];
        java.util.Arrays.fill(out, 1);
        System.arraycopy(shape, 0, out, nd - shape.length, shape.length);
        return out;
    }
}
