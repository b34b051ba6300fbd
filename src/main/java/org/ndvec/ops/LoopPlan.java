package org.ndvec.ops;

import org.ndvec.iter.StridedLoop;

/**
 * The four shapes an elementwise loop takes after {@link StridedLoop} has coalesced its axes,
 * as NumPy's ufunc machinery distinguishes them. The kernels themselves branch on the row
 * strides, so this names the cases (for tests and benchmarks) rather than dispatching them.
 */
public enum LoopPlan {
    /** Every operand is one flat unit-stride run: one vector kernel call. */
    CONTIGUOUS,
    /** All strides are 0 for one input, 1 for the others: the scalar is broadcast into a register. */
    SCALAR_OPERAND,
    /** The last coalesced axis has stride 1 (or 0 for broadcast inputs) everywhere: a vector kernel per row. */
    INNER_CONTIGUOUS,
    /** Anything else: the scalar strided loop, per row. */
    STRIDED;

    /** Classifies a coalesced loop over operands (inputs first, the output last). */
    public static LoopPlan of(StridedLoop loop, int operands) {
        int nd = loop.ndim();
        if (nd == 0) {
            return CONTIGUOUS;
        }
        boolean inner = true;
        boolean allOne = true;
        boolean allZeroInput = false;
        for (int k = 0; k < operands; k++) {
            int s = loop.strides(k)[nd - 1];
            allOne &= s == 1;
            inner &= s == 1 || (s == 0 && k < operands - 1);
            boolean zero = true;
            for (int st : loop.strides(k)) {
                zero &= st == 0;
            }
            allZeroInput |= zero && k < operands - 1;
        }
        if (nd == 1 && allOne) {
            return CONTIGUOUS;
        }
        if (nd == 1 && inner && allZeroInput) {
            return SCALAR_OPERAND;
        }
        return inner ? INNER_CONTIGUOUS : STRIDED;
    }
}
