package org.ndvec.iter;

/**
 * Walks an n-d iteration space shared by several operands as a sequence of 1-d
 * rows, NumPy's "outer loop around a strided inner loop".
 *
 * <p>Before walking, adjacent axes are coalesced whenever every operand steps
 * through them as one uniformly strided run, so a C-contiguous array of any
 * rank becomes one row and a transposed matrix stays two nested loops. Axes of
 * length 1 are dropped. Strides are in elements and may be negative or zero.
 */
public final class StridedLoop {

    /** Receives one row: per-operand start offsets, the row length, per-operand strides. */
    @FunctionalInterface
    public interface RowVisitor {
        /**
         * @param offsets start offset of the row for each operand (do not keep: reused)
         * @param n       number of elements in the row, at least 1
         * @param strides element stride of the row for each operand (do not keep: reused)
         */
        void row(int[] offsets, int n, int[] strides);
    }

    private final int[] shape;
    private final int[][] strides; // [operand][axis]

    private StridedLoop(int[] shape, int[][] strides) {
        this.shape = shape;
        this.strides = strides;
    }

    /**
     * Plans the loop: drops length-1 axes and coalesces what can be coalesced.
     *
     * @param shape   the common shape (already broadcast)
     * @param strides one stride array per operand, each of {@code shape.length}
     */
    public static StridedLoop plan(int[] shape, int[]... strides) {
        int ops = strides.length;
        int nd = 0;
        int[] s = new int[shape.length];
        int[][] st = new int[ops][shape.length];
        for (int ax = 0; ax < shape.length; ax++) {
            if (shape[ax] == 0) {
                return new StridedLoop(new int[] {0}, new int[ops][1]);
            }
            if (shape[ax] == 1) {
                continue;
            }
            if (nd > 0 && mergeable(st, nd - 1, s[nd - 1], strides, ax, shape[ax])) {
                s[nd - 1] *= shape[ax];
                for (int k = 0; k < ops; k++) {
                    st[k][nd - 1] = strides[k][ax];
                }
                continue;
            }
            s[nd] = shape[ax];
            for (int k = 0; k < ops; k++) {
                st[k][nd] = strides[k][ax];
            }
            nd++;
        }
        int[] outShape = java.util.Arrays.copyOf(s, nd);
        int[][] outStrides = new int[ops][];
        for (int k = 0; k < ops; k++) {
            outStrides[k] = java.util.Arrays.copyOf(st[k], nd);
        }
        return new StridedLoop(outShape, outStrides);
    }

    private static boolean mergeable(int[][] st, int prev, int prevLen, int[][] strides, int ax, int len) {
        for (int k = 0; k < st.length; k++) {
            // The previous (outer) axis must step exactly over one whole run of this axis.
            if ((long) st[k][prev] != (long) strides[k][ax] * len) {
                return false;
            }
        }
        return true;
    }

    /** Rank after coalescing: 0 means a single element, 1 means one flat run. */
    public int ndim() {
        return shape.length;
    }

    /** Total number of elements visited. */
    public long size() {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /** Coalesced shape (do not modify). */
    public int[] shape() {
        return shape;
    }

    /** Coalesced strides of one operand (do not modify). */
    public int[] strides(int operand) {
        return strides[operand];
    }

    /**
     * Visits every row in C order of the coalesced space.
     *
     * @param offsets start offset of each operand's element [0,...,0]
     */
    public void forEachRow(int[] offsets, RowVisitor visitor) {
        int ops = strides.length;
        int nd = shape.length;
        int[] off = offsets.clone();
        int[] rowStrides = new int[ops];
        if (nd == 0) {
            visitor.row(off, 1, rowStrides);
            return;
        }
        if (shape[nd - 1] == 0) {
            return;
        }
        int inner = shape[nd - 1];
        for (int k = 0; k < ops; k++) {
            rowStrides[k] = strides[k][nd - 1];
        }
        int outer = nd - 1;
        int[] counter = new int[outer];
        int[] base = offsets.clone();
        while (true) {
            System.arraycopy(base, 0, off, 0, ops);
            visitor.row(off, inner, rowStrides);
            // odometer increment over the outer axes
            int ax = outer - 1;
            while (ax >= 0) {
                counter[ax]++;
                for (int k = 0; k < ops; k++) {
                    base[k] += strides[k][ax];
                }
                if (counter[ax] < shape[ax]) {
                    break;
                }
                for (int k = 0; k < ops; k++) {
                    base[k] -= strides[k][ax] * shape[ax];
                }
                counter[ax] = 0;
                ax--;
            }
            if (ax < 0) {
                return;
            }
        }
    }
}
