package org.ndvec.linalg;

/**
 * Symmetric eigen-decomposition as LAPACK's dsyevd does it: blocked Householder reduction to
 * tridiagonal form {@code T = Q^T A Q} ({@link Tridiagonalization}), divide and conquer on T
 * ({@link TridiagonalDivideAndConquer}), then the eigenvectors of T taken back through Q with
 * block reflectors; without vectors, QL on T ({@link TridiagonalQl}), O(n^2) after the reduction.
 * Only the lower triangle is read, as NumPy's default {@code UPLO='L'}.
 */
final class SymmetricEigen {
    private SymmetricEigen() {
    }

    /** Returns {w ascending, V (n x n row-major, eigenvectors as columns)}. */
    static double[][] eigh(double[] in, int n) {
        double[] a = symmetric(in, n);
        if (a == null) {
            return nonFinite(in, n);
        }
        int exponent = scaleExponent(a);
        Tridiagonalization t = new Tridiagonalization(a, n);
        double[] v = TridiagonalDivideAndConquer.solve(t.d, t.e, n);
        t.applyQ(v, n, n);
        return new double[][] {unscale(t.d, exponent), v};
    }

    /** Eigenvalues only, ascending. */
    static double[] eigvalsh(double[] in, int n) {
        double[] a = symmetric(in, n);
        if (a == null) {
            return nonFinite(in, n)[0];
        }
        int exponent = scaleExponent(a);
        Tridiagonalization t = new Tridiagonalization(a, n);
        TridiagonalQl.values(t.d, t.e, n);
        return unscale(t.d, exponent);
    }

    /** The full symmetric matrix from the lower triangle, or null when that holds NaN or infinity. */
    private static double[] symmetric(double[] in, int n) {
        double[] a = new double[n * n];
        // tile by tile, as Decompositions.transpose: the mirrored writes go down columns
        int tile = Decompositions.TRANSPOSE_TILE;
        for (int i0 = 0; i0 < n; i0 += tile) {
            int i1 = Math.min(n, i0 + tile);
            for (int j0 = 0; j0 <= i0; j0 += tile) {
                for (int i = i0; i < i1; i++) {
                    for (int j = j0, j1 = Math.min(i + 1, j0 + tile); j < j1; j++) {
                        double x = in[i * n + j];
                        if (!Double.isFinite(x)) {
                            return null;
                        }
                        a[i * n + j] = x;
                        a[j * n + i] = x;
                    }
                }
            }
        }
        return a;
    }

    /**
     * NaN or infinity in the matrix: a 1 x 1 one is its own eigenvalue (NumPy returns it, with the
     * vector [1]); larger ones fail as NumPy's LAPACK does ("Eigenvalues did not converge").
     */
    private static double[][] nonFinite(double[] in, int n) {
        if (n == 1) {
            return new double[][] {{in[0]}, {1}};
        }
        throw new ArithmeticException("Eigenvalues did not converge");
    }

    /**
     * Scales a by a power of two (exact) so that its largest entry lies in [0.5, 1), away from
     * overflow and underflow in the reduction's sums of squares; returns the exponent to undo.
     */
    static int scaleExponent(double[] a) {
        double big = 0;
        for (double x : a) {
            big = Math.max(big, Math.abs(x));
        }
        if (big == 0) {
            return 0;
        }
        int exponent = Math.getExponent(big) + 1;
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.scalb(a[i], -exponent);
        }
        return exponent;
    }

    static double[] unscale(double[] w, int exponent) {
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.scalb(w[i], exponent);
        }
        return w;
    }
}
