package org.ndvec.linalg;

import org.ndvec.kernels.JacobiKernels;
import org.ndvec.kernels.KernelProvider;
import org.ndvec.kernels.scalar.ScalarJacobiKernels;
import org.ndvec.kernels.tiered.TieredJacobiKernels;

/**
 * The dense factorizations on row-major double[] matrices that {@link Linalg} builds on:
 * Cholesky, Householder QR and one-sided (Hestenes) Jacobi for the SVD, chosen for accuracy and
 * brevity: it reaches full relative accuracy for small singular values, at a few times the flops
 * of LAPACK's bidiagonalization (svd_f64_256 in GemmBench).
 */
final class Decompositions {
    static final JacobiKernels JACOBI = KernelProvider.load(JacobiKernels.class,
            "org.ndvec.kernels.vector.VectorJacobiKernels", ScalarJacobiKernels::new, TieredJacobiKernels::new);
    /** From this many columns the A^T A preconditioning pays for itself (svd_f64_256). */
    private static final int PRECONDITION_MIN = 16;
    /**
     * From m >= TALL_RATIO n the SVD starts with a QR of A (LAPACK's dgesdd switches at m >= 11 n / 6
     * for the same reason: the QR costs 2 m n^2 flops and every later step then works on n x n).
     */
    private static final int TALL_RATIO = 2;
    private Decompositions() {
    }

    /** Lower Cholesky factor, or null when the matrix is not positive definite. */
    static double[] cholesky(double[] a, int n) {
        double[] l = new double[n * n];
        for (int j = 0; j < n; j++) {
            double d = a[j * n + j];
            for (int p = 0; p < j; p++) {
                d -= l[j * n + p] * l[j * n + p];
            }
            if (!(d > 0)) {
                return null;
            }
            double ljj = Math.sqrt(d);
            l[j * n + j] = ljj;
            for (int i = j + 1; i < n; i++) {
                double s = a[i * n + j];
                for (int p = 0; p < j; p++) {
                    s -= l[i * n + p] * l[j * n + p];
                }
                l[i * n + j] = s / ljj;
            }
        }
        return l;
    }

    /**
     * Reduced Householder QR of an m x n matrix: returns {Q (m x k), R (k x n)}, k = min(m, n).
     * The reflector sends x to {@code -sign(x0) |x| e0}, as LAPACK's geqrf does, so R's diagonal
     * signs agree with NumPy's.
     */
    static double[][] qr(double[] a, int m, int n) {
        int k = Math.min(m, n);
        double[] r = a.clone();
        double[][] vs = new double[k][];
        for (int j = 0; j < k; j++) {
            double[] v = new double[m - j];
            double norm2 = 0;
            for (int i = j; i < m; i++) {
                v[i - j] = r[i * n + j];
                norm2 += v[i - j] * v[i - j];
            }
            double alpha = -Math.copySign(Math.sqrt(norm2), v[0]);
            // |x - alpha e0|^2 = 2 (|x|^2 - x0 alpha): alpha and x0 have opposite signs, no cancellation
            double vn2 = 2 * (norm2 - v[0] * alpha);
            v[0] -= alpha;
            if (vn2 == 0 || norm2 == 0) {
                continue;
            }
            vs[j] = v;
            reflect(r, n, j, j, n, v, vn2);
            r[j * n + j] = alpha;
            for (int i = j + 1; i < m; i++) {
                r[i * n + j] = 0;
            }
        }
        double[] q = new double[m * k];
        for (int i = 0; i < k; i++) {
            q[i * k + i] = 1;
        }
        for (int j = k - 1; j >= 0; j--) {
            if (vs[j] != null) {
                double vn2 = 0;
                for (double x : vs[j]) {
                    vn2 += x * x;
                }
                reflect(q, k, j, 0, k, vs[j], vn2);
            }
        }
        double[] rk = new double[k * n];
        System.arraycopy(r, 0, rk, 0, k * n);
        return new double[][] {q, rk};
    }

    /** Applies (I - 2 v v^T / vn2) to rows r0.. (length v) and columns c0..c1 of a (row length ld). */
    static void reflect(double[] a, int ld, int r0, int c0, int c1, double[] v, double vn2) {
        double[] s = new double[c1 - c0];
        for (int i = 0; i < v.length; i++) {
            double vi = v[i];
            int row = (r0 + i) * ld;
            for (int c = c0; c < c1; c++) {
                s[c - c0] += vi * a[row + c];
            }
        }
        for (int i = 0; i < v.length; i++) {
            double f = 2 * v[i] / vn2;
            int row = (r0 + i) * ld;
            for (int c = c0; c < c1; c++) {
                a[row + c] -= f * s[c - c0];
            }
        }
    }

    /**
     * Thin SVD by one-sided Jacobi: returns {U (m x k), s (k, descending), Vt (k x n)}, k = min(m, n).
     * Columns of U for zero singular values are completed to an orthonormal set.
     */
    static double[][] svd(double[] a, int m, int n) {
        // LAPACK's gesdd as NumPy calls it: NaN input does not converge (LinAlgError), and infinite
        // input gives NaN factors (np.linalg.svd([[1, inf], [0, 1]]) is all NaN); Jacobi sweeps on
        // either would loop on NaN rotations or report an infinite singular value
        boolean infinite = false;
        for (double x : a) {
            if (Double.isNaN(x)) {
                throw new LinAlgException("SVD did not converge");
            }
            infinite |= Double.isInfinite(x);
        }
        if (infinite) {
            int k = Math.min(m, n);
            double[][] f = {new double[m * k], new double[k], new double[k * n]};
            for (double[] x : f) {
                java.util.Arrays.fill(x, Double.NaN);
            }
            return f;
        }
        if (m < n) {
            double[][] t = svd(transpose(a, m, n), n, m);
            // A^T = U' S V'^T  =>  A = V' S U'^T
            return new double[][] {transpose(t[2], m, m), t[1], transpose(t[0], n, m)};
        }
        if (m >= TALL_RATIO * n && n > 0) {
            // A = Q R; R = U_R S V^T; A = (Q U_R) S V^T. Householder QR is backward stable column by
            // column, so the Jacobi SVD of R keeps its accuracy, and its sweeps run on columns of
            // length n instead of m (on 100,000 x 64, pca_svd_f64_100kx64)
            BlockedQr qr = new BlockedQr(a, m, n);
            double[][] f = svd(qr.r(), n, n);
            return new double[][] {qr.q(f[0], n), f[1], f[2]};
        }
        // columns of A as rows of u (n x m) and of V as rows of vt (n x n): rotations touch contiguous rows
        double[] u;
        double[] vt;
        if (n >= PRECONDITION_MIN) {
            // Start from the eigenvectors V of A^T A: the columns of A V are then orthogonal up to
            // rounding, and the Jacobi sweeps (OneSidedJacobi) only polish (2-3 sweeps instead of 8-10 at
            // n = 256, svd_f64_256). They still decide convergence with the same test, so the
            // accuracy is that of one-sided Jacobi applied to A V with V orthogonal to working precision.
            double[] g = new double[n * n];
            Products.gram(org.ndvec.DType.FLOAT64, n, m, a, 0, 1, n, g, 0);
            double[] v = SymmetricEigen.eigh(g, n)[1];
            // W^T = V^T A^T straight from the product (the transposed operands are strides to it)
            u = new double[n * m];
            Products.gemm(org.ndvec.DType.FLOAT64, n, m, n, v, 0, 1, n, a, 0, 1, n, u, 0, m);
            vt = transpose(v, n, n);
        } else {
            u = transpose(a, m, n);
            vt = identity(n);
        }
        OneSidedJacobi.orthogonalize(JACOBI, u, vt, n, m);
        double[] sv = new double[n];
        for (int j = 0; j < n; j++) {
            double s2 = 0;
            for (int i = 0; i < m; i++) {
                s2 += u[j * m + i] * u[j * m + i];
            }
            sv[j] = Math.sqrt(s2);
        }
        Integer[] order = sortedOrder(sv, false);
        double[] s = new double[n];
        double[] ut = new double[n * m];
        double[] vts = new double[n * n];
        for (int j = 0; j < n; j++) {
            int o = order[j];
            s[j] = sv[o];
            for (int i = 0; i < m; i++) {
                ut[j * m + i] = s[j] == 0 ? 0 : u[o * m + i] / s[j];
            }
            System.arraycopy(vt, o * n, vts, j * n, n);
        }
        completeOrthonormalRows(ut, n, m, s);
        return new double[][] {transpose(ut, n, m), s, vts};
    }

    /** Replaces the rows j with s[j] == 0 by unit vectors orthogonal to all other rows. */
    private static void completeOrthonormalRows(double[] rows, int k, int len, double[] s) {
        for (int j = 0; j < k; j++) {
            if (s[j] != 0) {
                continue;
            }
            for (int e = 0; e < len; e++) {
                double[] x = new double[len];
                x[e] = 1;
                for (int pass = 0; pass < 2; pass++) {
                    for (int r = 0; r < k; r++) {
                        if (r == j || (s[r] == 0 && r > j)) {
                            continue;
                        }
                        double d = 0;
                        for (int i = 0; i < len; i++) {
                            d += x[i] * rows[r * len + i];
                        }
                        for (int i = 0; i < len; i++) {
                            x[i] -= d * rows[r * len + i];
                        }
                    }
                }
                double nrm = 0;
                for (double xi : x) {
                    nrm += xi * xi;
                }
                nrm = Math.sqrt(nrm);
                if (nrm > 0.5) {
                    for (int i = 0; i < len; i++) {
                        rows[j * len + i] = x[i] / nrm;
                    }
                    break;
                }
            }
        }
    }

    /** Tile edge of {@link #transpose}. */
    static final int TRANSPOSE_TILE = 8;

    /**
     * The n x m transpose of the m x n matrix {@code a}, in 8 x 8 tiles. A walk along whole rows
     * writes one cache line per element; at m = 1024 the lines of a tile's rows lie 8 KB apart,
     * all in one set of the first-level cache, which holds 8 of them but not 32. 1024 x 1024 into
     * a kept array: 8 ms untiled, 7.5 ms in tiles of 32, 2-3 ms in tiles of 8 (the SVD's V^T).
     */
    static double[] transpose(double[] a, int m, int n) {
        double[] t = new double[m * n];
        for (int i0 = 0; i0 < m; i0 += TRANSPOSE_TILE) {
            int i1 = Math.min(m, i0 + TRANSPOSE_TILE);
            for (int j0 = 0; j0 < n; j0 += TRANSPOSE_TILE) {
                int j1 = Math.min(n, j0 + TRANSPOSE_TILE);
                for (int i = i0; i < i1; i++) {
                    for (int j = j0; j < j1; j++) {
                        t[j * m + i] = a[i * n + j];
                    }
                }
            }
        }
        return t;
    }

    static double[] identity(int n) {
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            v[i * n + i] = 1;
        }
        return v;
    }

    private static Integer[] sortedOrder(double[] w, boolean ascending) {
        Integer[] order = new Integer[w.length];
        for (int i = 0; i < w.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> ascending ? Double.compare(w[x], w[y]) : Double.compare(w[y], w[x]));
        return order;
    }
}
