package org.ndvec.linalg;

import java.util.Objects;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.layout.Broadcast;

/**
 * {@code numpy.linalg} for real arrays. Every function takes stacks of matrices (..., M, N) as
 * NumPy's gufuncs do, computes in float64, and answers in float32 for float32 input and float64
 * otherwise (ints and bool included). Failures raise {@link LinAlgException} with NumPy's message
 * ({@code Singular matrix}, {@code Matrix is not positive definite},
 * {@code Last 2 dimensions of the array must be square}).
 *
 * <p>Algorithms: LU with partial pivoting (inv, det, slogdet, solve), Cholesky, Householder QR,
 * blocked Householder tridiagonalization with divide and conquer (eigh; QL for eigvalsh), as
 * LAPACK's dsyevd, one-sided Jacobi started from the eigenvectors of A^T A (svd, lstsq, pinv,
 * matrixRank, 2-norms; after a blocked QR when m >= 2n), Hessenberg + Francis double-shift QR with
 * inverse iteration (eig). Inputs are never modified.
 */
public final class Linalg {
    private static final double EPS = Math.ulp(1.0);

    private Linalg() {
    }

    /**
     * {@code np.linalg.qr(a)} (mode='reduced'): Q (M, K) and R (K, N), K = min(M, N).
     *
     * @param q the (M, K) matrix with orthonormal columns (a stack of them for stacked input)
     * @param r the (K, N) upper-triangular matrix
     */
    public record QrResult(NDArray q, NDArray r) {
    }

    /**
     * {@code np.linalg.svd(a, full_matrices=False)}: u (M, K), s (K) descending, vh (K, N).
     *
     * @param u the (M, K) left singular vectors as columns
     * @param s the K singular values, descending
     * @param vh the (K, N) right singular vectors as rows
     */
    public record SvdResult(NDArray u, NDArray s, NDArray vh) {
    }

    /**
     * {@code np.linalg.eigh(a)}: ascending eigenvalues and the eigenvectors as columns.
     *
     * @param eigenvalues the eigenvalues in ascending order
     * @param eigenvectors the unit eigenvectors as columns, column j for eigenvalue j
     */
    public record EighResult(NDArray eigenvalues, NDArray eigenvectors) {
    }

    /**
     * {@code np.linalg.eig(a)} split into real and imaginary parts: eigenvalue j is
     * {@code valuesReal[j] + i valuesImag[j]} (complex ones in conjugate pairs, positive imaginary
     * part first) with eigenvector column j {@code vectorsReal[:, j] + i vectorsImag[:, j]}.
     * The vectors are null for {@link #eigvals}.
     *
     * @param valuesReal the real parts of the eigenvalues
     * @param valuesImag the imaginary parts of the eigenvalues (0 for real ones)
     * @param vectorsReal the real parts of the eigenvectors as columns, or null
     * @param vectorsImag the imaginary parts of the eigenvectors as columns, or null
     */
    public record EigResult(NDArray valuesReal, NDArray valuesImag, NDArray vectorsReal, NDArray vectorsImag) {
    }

    /**
     * {@code np.linalg.slogdet(a)}: sign (0 for singular) and log|det|.
     *
     * @param sign 1 or -1, or 0 for a singular matrix (an array of them for stacked input)
     * @param logabsdet the natural log of the absolute determinant ({@code -inf} when singular)
     */
    public record SlogdetResult(NDArray sign, NDArray logabsdet) {
    }

    /**
     * {@code np.linalg.lstsq(a, b, rcond=None)}: solution, residuals, rank, singular values.
     *
     * @param x the least-squares solution, (N,) or (N, K)
     * @param residuals the squared residual norms, per column of {@code b}; empty unless {@code a} has full
     *     column rank and more rows than columns
     * @param rank the rank of {@code a}
     * @param s the singular values of {@code a}, descending
     */
    public record LstsqResult(NDArray x, NDArray residuals, int rank, NDArray s) {
    }

    /**
     * Inverse. {@code np.linalg.inv(a)}
     *
     * @param a a square matrix, or a stack of them (..., M, M)
     * @return a new array of the shape of {@code a}
     * @throws LinAlgException {@code Singular matrix} when a pivot is exactly zero
     */
    public static NDArray inv(NDArray a) {
        Objects.requireNonNull(a, "a");
        MatrixStack st = new MatrixStack(a).square();
        double[][] out = new double[st.count][];
        for (int t = 0; t < st.count; t++) {
            Lu lu = nonSingular(st.matrix(t), st.n);
            out[t] = lu.inverse(0);
        }
        return st.assemble(out, st.n, st.n);
    }

    private static Lu nonSingular(double[] a, int n) {
        Lu lu = new Lu(a, n);
        if (lu.singular) {
            throw new LinAlgException("Singular matrix");
        }
        return lu;
    }

    /**
     * Determinant (0.0 for singular matrices). {@code np.linalg.det(a)}
     *
     * @param a a square matrix, or a stack of them (..., M, M)
     * @return a new array: 0-d for one matrix, the batch shape for a stack
     */
    public static NDArray det(NDArray a) {
        Objects.requireNonNull(a, "a");
        MatrixStack st = new MatrixStack(a).square();
        double[][] out = new double[st.count][];
        for (int t = 0; t < st.count; t++) {
            out[t] = new double[] {new Lu(st.matrix(t), st.n).det()};
        }
        return st.assemble(out);
    }

    /**
     * Sign and natural log of |det|, safe from overflow. {@code np.linalg.slogdet(a)}
     *
     * @param a a square matrix, or a stack of them (..., M, M)
     * @return the signs and logs of the absolute determinants, 0-d or of the batch shape
     */
    public static SlogdetResult slogdet(NDArray a) {
        Objects.requireNonNull(a, "a");
        MatrixStack st = new MatrixStack(a).square();
        double[][] sign = new double[st.count][];
        double[][] log = new double[st.count][];
        for (int t = 0; t < st.count; t++) {
            Lu lu = new Lu(st.matrix(t), st.n);
            double s = lu.sign;
            double l = 0;
            for (int i = 0; i < st.n; i++) {
                double d = lu.lu[i * st.n + i];
                s *= Math.signum(d);
                l += Math.log(Math.abs(d));
            }
            sign[t] = new double[] {s};
            log[t] = new double[] {s == 0 ? Double.NEGATIVE_INFINITY : l};
        }
        return new SlogdetResult(st.assemble(sign), st.assemble(log));
    }

    /**
     * Solves {@code a x = b}; b is a vector (M,) (one right-hand side for every matrix of a) or a
     * stack of matrices (..., M, K) whose batch dims broadcast against a's, as in NumPy 2:
     * {@code solve(A(3,2,2), B(1,2,1))} has shape (3, 2, 1). {@code np.linalg.solve(a, b)}
     *
     * @param a the coefficients: a square matrix (M, M), or a stack of them
     * @param b the right-hand sides: (M,), (M, K), or a stack matching {@code a}
     * @return a new array of the shape of {@code b}
     * @throws LinAlgException {@code Singular matrix}
     * @throws IllegalArgumentException {@code operands could not be broadcast together with remapped
     *     shapes [original->remapped]: ...} when the batch dims do not broadcast
     */
    public static NDArray solve(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        MatrixStack sa = new MatrixStack(a).square();
        boolean vector = b.ndim() == 1;
        MatrixStack sb = new MatrixStack(vector ? b.reshape(b.shape(0), 1) : b);
        if (sb.m != sa.n) {
            throw new IllegalArgumentException((vector ? "solve1" : "solve") + ": Input operand 1 has a mismatch in"
                    + " its core dimension 0, with gufunc signature " + (vector ? "(m,m),(m)->(m)" : "(m,m),(m,n)->(m,n)")
                    + " (size " + sb.m + " is different from " + sa.n + ")");
        }
        int k = sb.n;
        int[] batch;
        try {
            batch = Broadcast.shapes(sa.batch, sb.batch);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("operands could not be broadcast together with remapped shapes"
                    + " [original->remapped]: " + remapped(a, 2) + " " + remapped(b, 2) + "  and requested shape ("
                    + sa.n + "," + k + ")");
        }
        int[] ta = MatrixStack.broadcastIndex(sa.batch, batch);
        int[] tb = MatrixStack.broadcastIndex(sb.batch, batch);
        double[][] out = new double[ta.length][];
        for (int t = 0; t < out.length; t++) {
            out[t] = nonSingular(sa.matrix(ta[t]), sa.n).solve(sb.matrix(tb[t]), k, 0);
        }
        DType dt = sa.resultType == DType.FLOAT32 && sb.resultType == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        int[] tail = vector ? new int[] {sa.n} : new int[] {sa.n, k};
        return MatrixStack.wrap(flatten(out), dt, MatrixStack.concat(batch, tail));
    }

    /** A gufunc operand's shape with its {@code core} last dims shown as newaxis: {@code (3,2,2)->(3,newaxis,newaxis)}. */
    private static String remapped(NDArray x, int core) {
        StringBuilder sb = new StringBuilder(org.ndvec.layout.Shapes.compact(x.shape())).append("->(");
        for (int d = 0; d < x.ndim(); d++) {
            sb.append(d > 0 ? "," : "").append(d < x.ndim() - core ? String.valueOf(x.shape(d)) : "newaxis");
        }
        return sb.append(')').toString();
    }

    /**
     * Lower-triangular L with {@code a = L L^T}; only the lower triangle is read.
     * {@code np.linalg.cholesky(a)}
     *
     * @param a a symmetric positive-definite matrix, or a stack of them
     * @return a new array of the shape of {@code a}
     * @throws LinAlgException {@code Matrix is not positive definite}
     */
    public static NDArray cholesky(NDArray a) {
        Objects.requireNonNull(a, "a");
        MatrixStack st = new MatrixStack(a).square();
        double[][] out = new double[st.count][];
        for (int t = 0; t < st.count; t++) {
            out[t] = Decompositions.cholesky(st.matrix(t), st.n);
            if (out[t] == null) {
                throw new LinAlgException("Matrix is not positive definite");
            }
        }
        return st.assemble(out, st.n, st.n);
    }

    /**
     * Reduced QR by Householder reflections. {@code np.linalg.qr(a)}
     *
     * @param a a matrix (M, N), or a stack of them
     * @return Q and R as new arrays
     */
    public static QrResult qr(NDArray a) {
        Objects.requireNonNull(a, "a");
        MatrixStack st = new MatrixStack(a);
        int k = Math.min(st.m, st.n);
        double[][] q = new double[st.count][];
        double[][] r = new double[st.count][];
        for (int t = 0; t < st.count; t++) {
            double[][] f = Decompositions.qr(st.matrix(t), st.m, st.n);
            q[t] = f[0];
            r[t] = f[1];
        }
        return new QrResult(st.assemble(q, st.m, k), st.assemble(r, k, st.n));
    }

    /**
     * Thin SVD, {@code a = u @ diag(s) @ vh}. {@code np.linalg.svd(a, full_matrices=False)}
     *
     * @param a a matrix (M, N), or a stack of them
     * @return u, s and vh as new arrays
     */
    public static SvdResult svd(NDArray a) {
        Objects.requireNonNull(a, "a");
        MatrixStack st = new MatrixStack(a);
        int k = Math.min(st.m, st.n);
        double[][] u = new double[st.count][];
        double[][] s = new double[st.count][];
        double[][] vh = new double[st.count][];
        for (int t = 0; t < st.count; t++) {
            double[][] f = Decompositions.svd(st.matrix(t), st.m, st.n);
            u[t] = f[0];
            s[t] = f[1];
            vh[t] = f[2];
        }
        return new SvdResult(st.assemble(u, st.m, k), st.assemble(s, k), st.assemble(vh, k, st.n));
    }

    /**
     * Singular values, descending. {@code np.linalg.svd(a, compute_uv=False)}
     *
     * @param a a matrix (M, N), or a stack of them
     * @return a new array of the {@code min(M, N)} singular values
     */
    public static NDArray svdvals(NDArray a) {
        Objects.requireNonNull(a, "a");
        return svd(a).s();
    }

    /**
     * Symmetric eigen-decomposition (lower triangle read). {@code np.linalg.eigh(a)}
     *
     * @param a a symmetric matrix, or a stack of them
     * @return the eigenvalues and eigenvectors as new arrays
     */
    public static EighResult eigh(NDArray a) {
        Objects.requireNonNull(a, "a");
        MatrixStack st = new MatrixStack(a).square();
        double[][] w = new double[st.count][];
        double[][] v = new double[st.count][];
        for (int t = 0; t < st.count; t++) {
            double[][] f = SymmetricEigen.eigh(st.matrix(t), st.n);
            w[t] = f[0];
            v[t] = f[1];
        }
        return new EighResult(st.assemble(w, st.n), st.assemble(v, st.n, st.n));
    }

    /**
     * Eigenvalues of a symmetric matrix, ascending (lower triangle read); cheaper than
     * {@link #eigh}, as no vectors are formed. {@code np.linalg.eigvalsh(a)}
     *
     * @param a a symmetric matrix, or a stack of them
     * @return a new array of the eigenvalues
     */
    public static NDArray eigvalsh(NDArray a) {
        Objects.requireNonNull(a, "a");
        MatrixStack st = new MatrixStack(a).square();
        double[][] w = new double[st.count][];
        for (int t = 0; t < st.count; t++) {
            w[t] = SymmetricEigen.eigvalsh(st.matrix(t), st.n);
        }
        return st.assemble(w, st.n);
    }

    /**
     * Eigenvalues and right eigenvectors of a general real matrix. {@code np.linalg.eig(a)}
     *
     * @param a a square real matrix
     * @return the eigenvalues and eigenvectors, split into real and imaginary parts
     */
    public static EigResult eig(NDArray a) {
        Objects.requireNonNull(a, "a");
        return eigen(a, true);
    }

    /**
     * Eigenvalues of a general real matrix (vectors null). {@code np.linalg.eigvals(a)}
     *
     * @param a a square real matrix
     * @return the eigenvalues split into real and imaginary parts; the vector fields are null
     */
    public static EigResult eigvals(NDArray a) {
        Objects.requireNonNull(a, "a");
        return eigen(a, false);
    }

    private static EigResult eigen(NDArray a, boolean vectors) {
        MatrixStack st = new MatrixStack(a).square();
        int n = st.n;
        double[][] wr = new double[st.count][];
        double[][] wi = new double[st.count][];
        double[][] vr = new double[st.count][];
        double[][] vi = new double[st.count][];
        for (int t = 0; t < st.count; t++) {
            GeneralEigen e = new GeneralEigen(st.matrix(t), n, vectors);
            wr[t] = e.wr;
            wi[t] = e.wi;
            vr[t] = e.vr;
            vi[t] = e.vi;
        }
        return new EigResult(st.assemble(wr, n), st.assemble(wi, n),
                vectors ? st.assemble(vr, n, n) : null, vectors ? st.assemble(vi, n, n) : null);
    }

    /**
     * Least squares solution of {@code a x ~ b} through the SVD, singular values below
     * {@code eps * max(M, N) * s[0]} treated as zero. {@code np.linalg.lstsq(a, b, rcond=None)}
     *
     * @param a the coefficient matrix (M, N)
     * @param b the right-hand side (M,) or (M, K)
     * @return the solution with its residuals, the rank and the singular values of {@code a}
     */
    public static LstsqResult lstsq(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.ndim() != 2) {
            throw new LinAlgException(a.ndim() + "-dimensional array given. Array must be two-dimensional");
        }
        MatrixStack sa = new MatrixStack(a);
        boolean vector = b.ndim() == 1;
        MatrixStack sb = new MatrixStack(vector ? b.reshape(b.shape(0), 1) : b);
        int m = sa.m;
        int n = sa.n;
        int k = sb.n;
        if (sb.m != m) {
            throw new LinAlgException("Incompatible dimensions");
        }
        double[] am = sa.matrix(0);
        double[] bm = sb.matrix(0);
        for (double v : am) {
            if (!Double.isFinite(v)) {
                // LAPACK's gelsd, as NumPy calls it, fails on NaN and inf in a alike (in b they give NaN)
                throw new LinAlgException("SVD did not converge in Linear Least Squares");
            }
        }
        double[][] f = Decompositions.svd(am, m, n);
        int r = Math.min(m, n);
        double[] s = f[1];
        double cut = EPS * Math.max(m, n) * (r > 0 ? s[0] : 0);
        int rank = 0;
        double[] x = new double[n * k];
        for (int j = 0; j < r; j++) {
            if (s[j] <= cut) {
                continue;
            }
            rank++;
            for (int c = 0; c < k; c++) {
                double d = 0;
                for (int i = 0; i < m; i++) {
                    d += f[0][i * r + j] * bm[i * k + c];
                }
                d /= s[j];
                for (int i = 0; i < n; i++) {
                    x[i * k + c] += f[2][j * n + i] * d;
                }
            }
        }
        DType dt = sa.resultType == DType.FLOAT32 && sb.resultType == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        double[] res = new double[0];
        if (rank == n && m > n) {
            res = new double[k];
            for (int c = 0; c < k; c++) {
                for (int i = 0; i < m; i++) {
                    double e = bm[i * k + c];
                    for (int p = 0; p < n; p++) {
                        e -= am[i * n + p] * x[p * k + c];
                    }
                    res[c] += e * e;
                }
            }
        }
        NDArray xs = MatrixStack.wrap(x, dt, vector ? new int[] {n} : new int[] {n, k});
        return new LstsqResult(xs, MatrixStack.wrap(res, dt, res.length), rank, MatrixStack.wrap(s, dt, r));
    }

    /**
     * Number of singular values above {@code s.max() * max(M, N) * eps}; for a vector, 1 unless all
     * zero. An int64 array of the batch shape. {@code np.linalg.matrix_rank(a)}
     *
     * @param a a vector, a matrix, or a stack of matrices
     * @return a new int64 array: 0-d, or of the batch shape for a stack
     */
    public static NDArray matrixRank(NDArray a) {
        Objects.requireNonNull(a, "a");
        if (a.ndim() < 2) {
            boolean any = false;
            for (double v : a.astype(DType.FLOAT64).toDoubleArray()) {
                any |= v != 0;
            }
            return org.ndvec.Nd.scalar(any ? 1L : 0L);
        }
        MatrixStack st = new MatrixStack(a);
        long[] ranks = new long[st.count];
        for (int t = 0; t < st.count; t++) {
            double[] s = Decompositions.svd(st.matrix(t), st.m, st.n)[1];
            double tol = (s.length > 0 ? s[0] : 0) * Math.max(st.m, st.n) * EPS;
            for (double v : s) {
                ranks[t] += v > tol ? 1 : 0;
            }
        }
        return org.ndvec.internal.Internals.access().wrap(ranks, DType.INT64, st.batch);
    }

    /**
     * Moore-Penrose pseudo-inverse through the SVD, singular values below {@code 1e-15 * s.max()}
     * dropped. {@code np.linalg.pinv(a)}
     *
     * @param a a matrix (M, N), or a stack of them
     * @return a new array (N, M), or a stack of them
     */
    public static NDArray pinv(NDArray a) {
        Objects.requireNonNull(a, "a");
        MatrixStack st = new MatrixStack(a);
        int m = st.m;
        int n = st.n;
        int r = Math.min(m, n);
        double[][] out = new double[st.count][];
        for (int t = 0; t < st.count; t++) {
            double[][] f = Decompositions.svd(st.matrix(t), m, n);
            double[] s = f[1];
            double cut = 1e-15 * (r > 0 ? s[0] : 0);
            double[] p = new double[n * m];
            for (int j = 0; j < r; j++) {
                if (s[j] <= cut) {
                    continue;
                }
                double inv = 1 / s[j];
                for (int i = 0; i < n; i++) {
                    double vij = f[2][j * n + i] * inv;
                    for (int c = 0; c < m; c++) {
                        p[i * m + c] += vij * f[0][c * r + j];
                    }
                }
            }
            out[t] = p;
        }
        return st.assemble(out, n, m);
    }

    /**
     * {@code np.linalg.norm(x)}: the 2-norm of the flattened array.
     *
     * @param x any array
     * @return a new 0-d array
     */
    public static NDArray norm(NDArray x) {
        Objects.requireNonNull(x, "x");
        return Norms.norm(x, null, null, false);
    }

    /**
     * Vector or matrix norm of a 1-d or 2-d array: ords 1, 2, inf, -inf, ... {@code np.linalg.norm(x, ord)}
     *
     * @param x a 1-d or 2-d array
     * @param ord the order: for vectors any p ({@code inf} is the largest magnitude), for matrices 1, -1, 2, -2,
     *     inf or -inf
     * @return a new 0-d array
     */
    public static NDArray norm(NDArray x, double ord) {
        Objects.requireNonNull(x, "x");
        return Norms.norm(x, ord, null, false);
    }

    /**
     * Matrix norm {@code "fro"} or {@code "nuc"}. {@code np.linalg.norm(x, 'fro')}
     *
     * @param x a 2-d array
     * @param ord {@code "fro"} (Frobenius) or {@code "nuc"} (sum of singular values)
     * @return a new 0-d array
     */
    public static NDArray norm(NDArray x, String ord) {
        Objects.requireNonNull(x, "x");
        return Norms.norm(x, ord, null, false);
    }

    /**
     * Norm over one axis (vector norm) or two axes (matrix norm); {@code ord} null means NumPy's
     * None, a Double, or "fro"/"nuc". {@code np.linalg.norm(x, ord, axis, keepdims)}
     *
     * @param x the array
     * @param ord {@code null} for NumPy's default, a {@code Double} order, or {@code "fro"} / {@code "nuc"}
     * @param axis one axis (vector norms) or two (matrix norms); negative counts from the end
     * @param keepdims keep the reduced axes with length 1, so the result broadcasts against {@code x}
     * @return a new array of the norms
     */
    public static NDArray norm(NDArray x, Object ord, int[] axis, boolean keepdims) {
        Objects.requireNonNull(x, "x");
        return Norms.norm(x, ord, axis, keepdims);
    }

    private static double[] flatten(double[][] parts) {
        int total = 0;
        for (double[] p : parts) {
            total += p.length;
        }
        double[] out = new double[total];
        int o = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }
}
