package org.ndvec.kernels;

/**
 * Which row layouts of a binary operator the vector kernels have a loop for; the tiered kernels
 * ask the same question before they dispatch, without loading the vector classes.
 */
public final class RowForms {
    private RowForms() {
    }

    /**
     * Two contiguous rows, or a contiguous row and a broadcast scalar (stride 0) on either side:
     * {@code a + b}, {@code a + 2}, {@code 1 - a}, {@code np.maximum(lo, a)} as clip computes it.
     *
     * @param aStride the first operand's stride in elements
     * @param bStride the second operand's stride in elements
     * @return whether a vector loop covers this pair of strides (with a contiguous result)
     */
    public static boolean contiguousOrScalar(int aStride, int bStride) {
        return aStride == 1 && (bStride == 1 || bStride == 0) || aStride == 0 && bStride == 1;
    }
}
