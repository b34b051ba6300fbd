package org.ndvec.kernels;

/**
 * The inner loop of one-sided (Hestenes) Jacobi: the 2x2 Gram matrix of two rows. Two
 * implementations, {@code scalar.ScalarJacobiKernels} (the reference) and
 * {@code vector.VectorJacobiKernels}, chosen once through {@link KernelProvider#load}. C2 does not
 * vectorize floating-point sums on its own, and these sums are most of an SVD's time.
 */
public interface JacobiKernels {

    /**
     * Writes {@code sum x_i^2}, {@code sum y_i^2} and {@code sum x_i y_i} for
     * {@code x = a[xOff .. xOff+n)} and {@code y = a[yOff .. yOff+n)} into {@code out[0..2]}.
     */
    void gram(double[] a, int xOff, int yOff, int n, double[] out);
}
