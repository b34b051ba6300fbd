package org.ndvec.kernels;

/**
 * The inner loops of plane-rotation methods (one-sided Jacobi for the SVD, QL for the symmetric
 * eigenproblem): the 2x2 Gram matrix of two rows, and a rotation of two rows. Two
 * implementations, {@code scalar.ScalarJacobiKernels} (the reference) and
 * {@code vector.VectorJacobiKernels}, chosen once through {@link KernelProvider#load}. C2 does not
 * vectorize floating-point sums on its own, nor (it measured so) the rotation of two rows of one
 * array, and these loops are most of an SVD's and an eigh's time.
 */
public interface JacobiKernels {

    /**
     * Writes {@code sum x_i^2}, {@code sum y_i^2} and {@code sum x_i y_i} for
     * {@code x = a[xOff .. xOff+n)} and {@code y = a[yOff .. yOff+n)} into {@code out[0..2]}.
     */
    void gram(double[] a, int xOff, int yOff, int n, double[] out);

    /**
     * Rotates rows x = {@code a[xOff ..]} and y = {@code a[yOff ..]} ({@code n} elements, not
     * overlapping) in place: {@code x <- c x - s y}, {@code y <- s x + c y}. Each element is
     * computed with separate multiplies and adds (no FMA), so both implementations agree bit for bit.
     */
    void rotate(double[] a, int xOff, int yOff, int n, double c, double s);
}
