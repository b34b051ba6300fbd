package org.ndvec.ops;

/**
 * A reduction's axes in logical order, for the folds whose result depends on the order
 * ({@link OrderedFolds}): the reduced axes, which must be walked in C order, and the kept axes,
 * which may be walked in any order. Axes of length 1 are dropped, and adjacent axes that step
 * through memory as one uniformly strided run are merged (which keeps C order), so a contiguous
 * reduction of any rank becomes one run. Unlike {@link ReductionPlan#loop()}, nothing is
 * reordered by stride.
 */
final class LogicalAxes {
    private final int[] runShape;
    private final int[] runStrides;
    private final int[] keptShape;
    private final int[] keptIn;
    private final int[] keptOut;

    private LogicalAxes(int[] runShape, int[] runStrides, int[] keptShape, int[] keptIn, int[] keptOut) {
        this.runShape = runShape;
        this.runStrides = runStrides;
        this.keptShape = keptShape;
        this.keptIn = keptIn;
        this.keptOut = keptOut;
    }

    static LogicalAxes of(ReductionPlan p) {
        int nd = p.shape.length;
        int[] rs = new int[nd];
        int[] rt = new int[nd];
        int[] ks = new int[nd];
        int[] ki = new int[nd];
        int[] ko = new int[nd];
        int r = 0;
        int k = 0;
        for (int ax = 0; ax < nd; ax++) {
            int n = p.shape[ax];
            if (n == 1) {
                continue;
            }
            int st = p.strides[ax];
            if (p.reduced[ax]) {
                if (r > 0 && rt[r - 1] == (long) st * n) {
                    rs[r - 1] *= n;
                    rt[r - 1] = st;
                } else {
                    rs[r] = n;
                    rt[r++] = st;
                }
            } else {
                int out = p.outStrides[ax];
                if (k > 0 && ki[k - 1] == (long) st * n && ko[k - 1] == (long) out * n) {
                    ks[k - 1] *= n;
                    ki[k - 1] = st;
                    ko[k - 1] = out;
                } else {
                    ks[k] = n;
                    ki[k] = st;
                    ko[k++] = out;
                }
            }
        }
        return new LogicalAxes(java.util.Arrays.copyOf(rs, r), java.util.Arrays.copyOf(rt, r),
                java.util.Arrays.copyOf(ks, k), java.util.Arrays.copyOf(ki, k), java.util.Arrays.copyOf(ko, k));
    }

    /** Number of reduced runs (0 when each output folds one element). */
    int runs() {
        return runShape.length;
    }

    /** The stride of the single reduced run. */
    int runStride() {
        return runStrides[0];
    }

    int[] runShape() {
        return runShape;
    }

    int[] runStrides() {
        return runStrides;
    }

    /** A kept axis that steps through memory by +1 or -1 element, or -1 if there is none. */
    int unitKeptAxis() {
        int best = -1;
        for (int k = 0; k < keptShape.length; k++) {
            if (Math.abs(keptIn[k]) == 1 && (best < 0 || keptShape[k] > keptShape[best])) {
                best = k;
            }
        }
        return best;
    }

    int keptShape(int k) {
        return keptShape[k];
    }

    int keptStride(int k) {
        return keptIn[k];
    }

    int keptOutStride(int k) {
        return keptOut[k];
    }

    /** The input offset of each output's first element, outputs in C order. */
    int[] keptOffsets(int base) {
        return keptOffsetsWithout(-1, base)[0];
    }

    /**
     * The input and output offsets of every position of the kept axes but {@code skip}, in C
     * order of those axes: {@code {in[], out[]}}.
     */
    int[][] keptOffsetsWithout(int skip, int base) {
        int count = 1;
        for (int k = 0; k < keptShape.length; k++) {
            if (k != skip) {
                count *= keptShape[k];
            }
        }
        int[] in = new int[count];
        int[] out = new int[count];
        int[] index = new int[keptShape.length];
        int inOff = base;
        int outOff = 0;
        for (int t = 0; t < count; t++) {
            in[t] = inOff;
            out[t] = outOff;
            for (int k = keptShape.length - 1; k >= 0; k--) {
                if (k == skip) {
                    continue;
                }
                inOff += keptIn[k];
                outOff += keptOut[k];
                if (++index[k] < keptShape[k]) {
                    break;
                }
                inOff -= keptIn[k] * keptShape[k];
                outOff -= keptOut[k] * keptShape[k];
                index[k] = 0;
            }
        }
        return new int[][] {in, out};
    }
}
