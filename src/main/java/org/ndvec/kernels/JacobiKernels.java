package org.ndvec.kernels;

/**
 * The inner loops of plane-rotation methods (one-sided Jacobi for the SVD, QL for the symmetric
 * eigenproblem): the 2x2 Gram matrix of two rows, and a rotation of two rows; and the row step of
 * the tridiagonalization's symmetric matrix-vector product. Two
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
     * The Gram entries of one row {@code y = a[yOff .. yOff+n)} with four rows
     * {@code x_j = a[xOff + j xStride .. )}, j < 4: writes {@code sum y_i^2} into {@code out[0]} and
     * {@code sum x_j,i y_i} into {@code out[1 + j]}, each with the bits that {@link #gram} gives for
     * the pair (x_j, y). One pass over y serves four pairs: a one-sided Jacobi sweep reads each y
     * from beyond the core's caches, while four x rows stay in its first level.
     */
    void gram4(double[] a, int xOff, int xStride, int yOff, int n, double[] out);

    /**
     * One row of a symmetric matrix-vector product that reads one triangle: for the row's part
     * right of the diagonal, {@code x = a[aOff .. aOff+n)}, adds {@code s x_i} to
     * {@code y[yOff + i]} (a multiply and an add) and returns {@code sum x_i v[vOff + i]}, summed
     * as {@link #gram}'s sums.
     */
    double dotAxpy(double[] a, int aOff, double[] v, int vOff, double s, double[] y, int yOff, int n);

    /**
     * Rotates rows x = {@code a[xOff ..]} and y = {@code a[yOff ..]} ({@code n} elements, not
     * overlapping) in place: {@code x <- c x - s y}, {@code y <- s x + c y}. Each element is
     * computed with separate multiplies and adds (no FMA), so both implementations agree bit for bit.
     */
    void rotate(double[] a, int xOff, int yOff, int n, double c, double s);
}
