package org.ndvec.ops;

import java.util.Arrays;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.iter.StridedLoop;
import org.ndvec.layout.Shapes;

/**
 * The geometry of one reduction: which axes fold away, the (C-contiguous) output they fold
 * into, and a two-operand strided loop (input, output) over the input's shape in which the
 * output strides are 0 along reduced axes, NumPy's trick for writing a reduction as a
 * broadcast. A visited row then is either a reduction row (output stride 0: many inputs into
 * one output) or an accumulation row (output stride non-zero: an input row folded
 * elementwise into an output row, the axis-0 pattern).
 */
final class ReductionPlan {
    private static final ArrayAccess ACCESS = Internals.access();

    final Object data;
    final int offset;
    final int[] shape;
    final int[] strides;
    final boolean[] reduced;
    final boolean keepdims;
    /** Elements folded into each output. */
    final int count;
    /** Number of outputs. */
    final int outSize;
    /** Output strides laid over the input's axes (0 on reduced axes). */
    final int[] outStrides;

    private ReductionPlan(NDArray a, boolean[] reduced, boolean keepdims) {
        this.data = ACCESS.data(a);
        this.offset = ACCESS.offset(a);
        this.shape = ACCESS.shape(a);
        this.strides = ACCESS.strides(a);
        this.reduced = reduced;
        this.keepdims = keepdims;
        int c = 1;
        int o = 1;
        for (int k = 0; k < shape.length; k++) {
            if (reduced[k]) {
                c *= shape[k];
            } else {
                o *= shape[k];
            }
        }
        this.count = c;
        this.outSize = o;
        this.outStrides = new int[shape.length];
        int s = 1;
        for (int k = shape.length - 1; k >= 0; k--) {
            if (!reduced[k]) {
                outStrides[k] = s;
                s *= Math.max(shape[k], 1);
            }
        }
    }

    /**
     * @param axes the axes to reduce (negative count from the end), or {@code null} for all
     * @throws org.ndvec.AxisException for an axis out of range
     * @throws IllegalArgumentException {@code duplicate value in 'axis'}
     */
    static ReductionPlan of(NDArray a, int[] axes, boolean keepdims) {
        int nd = a.ndim();
        boolean[] reduced = new boolean[nd];
        if (axes == null) {
            Arrays.fill(reduced, true);
        } else {
            for (int ax : Shapes.normalizeAxes(axes, nd, "duplicate value in 'axis'")) {
                reduced[ax] = true;
            }
        }
        return new ReductionPlan(a, reduced, keepdims);
    }

    /** The result's shape: kept dims, and 1 for each reduced dim under keepdims. */
    int[] resultShape() {
        int n = 0;
        for (int k = 0; k < shape.length; k++) {
            if (keepdims || !reduced[k]) {
                n++;
            }
        }
        int[] out = new int[n];
        for (int k = 0, j = 0; k < shape.length; k++) {
            if (!reduced[k]) {
                out[j++] = shape[k];
            } else if (keepdims) {
                out[j++] = 1;
            }
        }
        return out;
    }

    /** Wraps an output buffer of {@link #outSize} elements as the result. */
    NDArray result(Object buffer, DType dtype) {
        return ACCESS.wrap(buffer, dtype, resultShape());
    }

    /**
     * The (input, output) loop, axes ordered by decreasing input stride so the innermost
     * row is the one that walks memory most densely (C order for C-contiguous input).
     */
    StridedLoop loop() {
        int nd = shape.length;
        Integer[] order = new Integer[nd];
        for (int k = 0; k < nd; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> Long.compare(Math.abs((long) strides[y]), Math.abs((long) strides[x])));
        int[] s = new int[nd];
        int[] in = new int[nd];
        int[] out = new int[nd];
        for (int k = 0; k < nd; k++) {
            s[k] = shape[order[k]];
            in[k] = strides[order[k]];
            out[k] = outStrides[order[k]];
        }
        return StridedLoop.plan(s, in, out);
    }

    /** Runs {@link #loop()} from the input's offset and output element 0. */
    void forEachRow(StridedLoop.RowVisitor visitor) {
        loop().forEachRow(new int[] {offset, 0}, visitor);
    }

    /** NumPy's error for a reduction without identity over nothing. */
    void requireNonEmpty(String ufunc) {
        if (count == 0) {
            throw new IllegalArgumentException("zero-size array to reduction operation " + ufunc
                    + " which has no identity");
        }
    }
}
