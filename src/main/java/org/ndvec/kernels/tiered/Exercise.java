package org.ndvec.kernels.tiered;

/**
 * How {@link Warmup} drives one {@link Tier}: a call of the tier's kernel on private scratch data,
 * either through the vector implementation or through its scalar twin.
 *
 * <p>Warm-up calls walk through {@link #SIZES}, so the vector kernel is compiled with every path a
 * real call can take already seen (vector body, vector tail, scalar tail, a row shorter than one
 * vector, the scalar-operand form): a path C2 never saw is compiled as a trap, and the first real
 * call that takes it would throw the kernel back to the interpreter. Probes time both
 * implementations on {@link #PROBE} elements. A tier whose supplier returns no exercise (its
 * operator has no vector loop for that dtype) stays scalar without any warm-up.
 */
@FunctionalInterface
public interface Exercise {
    /**
     * Row lengths the warm-up cycles through. Short rows first: before C2 compiles it, every call
     * of a Vector API kernel boxes each vector (an interpreted 64-float add took ~50 us here), so
     * the calls that only count towards C2's thresholds should be cheap.
     */
    int[] SIZES = {64, 37, 5, 100, 16, 259, 64, 1000, 8, 130};

    /** Elements of a probe call (and the largest row an exercise must accept). */
    int PROBE = 2048;

    /**
     * Runs the kernel once.
     *
     * @param vector  the vector implementation when true, the scalar twin otherwise
     * @param n       elements (rows, columns, ... as the kernel reads them), at most {@link #PROBE}
     * @param variant a counter the exercise may use to alternate between forms (e.g. broadcast
     *                operand or not); probes pass 1
     */
    void run(boolean vector, int n, int variant);
}
