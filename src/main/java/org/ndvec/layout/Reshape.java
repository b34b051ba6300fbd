package org.ndvec.layout;

/**
 * Shape resolution for {@code reshape} and NumPy's "no-copy reshape" test.
 */
public final class Reshape {
    private Reshape() {
    }

    /**
     * Resolves one unknown (negative, usually {@code -1}) dim in {@code requested} against {@code size}.
     *
     * @throws IllegalArgumentException {@code cannot reshape array of size 6 into shape (4,newaxis)},
     *     {@code can only specify one unknown dimension}
     */
    public static int[] resolve(int size, int[] requested) {
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < requested.length; i++) {
            int d = requested[i];
            if (d < 0) {
                // NumPy 2 takes any negative dim, not only -1, as the unknown one.
                if (unknown >= 0) {
                    throw new IllegalArgumentException("can only specify one unknown dimension");
                }
                unknown = i;
            } else {
                known *= d;
                if (known > Shapes.MAX_SIZE) {
                    throw cannot(size, requested);
                }
            }
        }
        int[] shape = requested.clone();
        if (unknown >= 0) {
            if (known == 0 || size % known != 0) {
                throw cannot(size, requested);
            }
            shape[unknown] = (int) (size / known);
        } else if (known != size) {
            throw cannot(size, requested);
        }
        return shape;
    }

    private static IllegalArgumentException cannot(int size, int[] requested) {
        StringBuilder sb = new StringBuilder("cannot reshape array of size ").append(size).append(" into shape (");
        for (int i = 0; i < requested.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(requested[i] < 0 ? "newaxis" : Integer.toString(requested[i]));
        }
        if (requested.length == 1) {
            sb.append(',');
        }
        return new IllegalArgumentException(sb.append(')').toString());
    }

    /**
     * Strides that present {@code oldShape}/{@code oldStrides} as {@code newShape} in
     * C order without moving data, or {@code null} when that needs a copy.
     *
     * <p>Why this works: walk the old and new dims in groups whose products are
     * equal. Inside a group the old dims must be one uniformly strided run
     * ({@code stride[i] == stride[i+1] * shape[i+1]}); then the new dims of that group
     * are carved out of the run from its innermost stride outwards. Dims of length 1
     * are free and dropped first, as NumPy's {@code _attempt_nocopy_reshape} does.
     */
    public static int[] noCopyStrides(int[] oldShape, int[] oldStrides, int[] newShape) {
        int n = 0;
        for (int d : oldShape) {
            if (d != 1) {
                n++;
            }
        }
        int[] os = new int[n];
        int[] ot = new int[n];
        n = 0;
        for (int i = 0; i < oldShape.length; i++) {
            if (oldShape[i] != 1) {
                os[n] = oldShape[i];
                ot[n] = oldStrides[i];
                n++;
            }
        }
        int[] newStrides = new int[newShape.length];
        int size = 1;
        for (int d : newShape) {
            size *= d;
        }
        if (size == 0) {
            // Any strides address an empty array; use C strides so later views are sane.
            return Shapes.cStrides(newShape);
        }
        int oi = 0;
        int oj = 1;
        int ni = 0;
        int nj = 1;
        int oldN = os.length;
        int newN = newShape.length;
        while (ni < newN && oi < oldN) {
            long np = newShape[ni];
            long op = os[oi];
            while (np != op) {
                if (np < op) {
                    np *= newShape[nj++];
                } else {
                    op *= os[oj++];
                }
            }
            for (int k = oi; k < oj - 1; k++) {
                if (ot[k] != (long) os[k + 1] * ot[k + 1]) {
                    return null;
                }
            }
            newStrides[nj - 1] = ot[oj - 1];
            for (int k = nj - 1; k > ni; k--) {
                newStrides[k - 1] = newStrides[k] * newShape[k];
            }
            ni = nj++;
            oi = oj++;
        }
        // Trailing new dims can only be 1s here; give them the stride a C layout would.
        int last = ni > 0 ? newStrides[ni - 1] : 1;
        for (int k = ni; k < newN; k++) {
            newStrides[k] = last;
        }
        return newStrides;
    }
}
