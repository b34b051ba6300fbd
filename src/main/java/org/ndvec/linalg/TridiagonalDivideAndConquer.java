package org.ndvec.linalg;

import java.util.Arrays;
import org.ndvec.parallel.Workers;

/**
 * Eigenvalues and eigenvectors of a symmetric tridiagonal matrix by Cuppen's divide and conquer
 * (LAPACK's dstedc / dlaed0-dlaed4): T splits into two halves plus a rank-one correction
 * {@code |rho| u u^T}; the halves are solved recursively (QL below {@link #LEAF}), and the merge
 * solves {@code D + rho z z^T} through the {@link SecularEquation}, after deflating the components
 * of z that are negligible and the pairs of nearly equal eigenvalues (a rotation moves one of
 * them out of the problem). The eigenvectors of the rank-one problem use z recomputed from the
 * computed roots (Gu and Eisenstat), which keeps them orthogonal to working precision, and the
 * merged vectors are one {@link TwoBandProduct}: most of the 8/3 n^3 flops (fewer with deflation)
 * are GEMM.
 */
final class TridiagonalDivideAndConquer {
    private static final double EPS = Math.ulp(1.0) / 2;
    /** Subproblems up to this size are solved by QL with rotations (LAPACK's SMLSIZ, eigh_f64_256). */
    static final int LEAF = 25;
    /** From this size the two halves of a subproblem are solved on two threads. */
    private static final int PARALLEL_SIZE = 192;
    /** Secular-equation roots per parallel chunk; fewer roots than this stay on one thread. */
    private static final int ROOT_CHUNK = 64;

    private TridiagonalDivideAndConquer() {
    }

    /**
     * Eigen-decomposition of the tridiagonal (d, e), e[i] coupling i and i+1: d receives the
     * eigenvalues in ascending order; returns the eigenvectors as the columns of an n x n
     * row-major matrix. e is destroyed.
     */
    static double[] solve(double[] d, double[] e, int n) {
        double big = 0;
        for (int i = 0; i < n; i++) {
            big = Math.max(big, Math.abs(d[i]));
            if (i + 1 < n) {
                big = Math.max(big, Math.abs(e[i]));
            }
        }
        if (big == 0) {
            return Decompositions.identity(n);
        }
        // a power of two brings the largest entry to [0.5, 1): the tolerances below assume ~1
        int exponent = Math.getExponent(big) + 1;
        for (int i = 0; i < n; i++) {
            d[i] = Math.scalb(d[i], -exponent);
            e[i] = Math.scalb(e[i], -exponent);
        }
        double[] q = node(d, e, 0, n);
        for (int i = 0; i < n; i++) {
            d[i] = Math.scalb(d[i], exponent);
        }
        return q;
    }

    private static double[] node(double[] d, double[] e, int off, int len) {
        if (len <= LEAF) {
            return leaf(d, e, off, len);
        }
        int m = len / 2;
        double rho = e[off + m - 1];
        d[off + m - 1] -= Math.abs(rho);
        d[off + m] -= Math.abs(rho);
        double[][] halves = new double[2][];
        if (len >= PARALLEL_SIZE) {
            Workers.forEachChunk(2, h -> halves[h] = h == 0 ? node(d, e, off, m) : node(d, e, off + m, len - m));
        } else {
            halves[0] = node(d, e, off, m);
            halves[1] = node(d, e, off + m, len - m);
        }
        return merge(d, off, len, m, rho, halves[0], halves[1]);
    }

    private static double[] leaf(double[] d, double[] e, int off, int len) {
        double[] dl = Arrays.copyOfRange(d, off, off + len);
        double[] el = new double[len];
        System.arraycopy(e, off, el, 0, len - 1);
        double[] zt = Decompositions.identity(len);
        TridiagonalQl.vectors(dl, el, len, zt);
        int[] order = ascending(dl);
        double[] q = new double[len * len];
        for (int c = 0; c < len; c++) {
            int row = order[c] * len;
            for (int r = 0; r < len; r++) {
                q[r * len + c] = zt[row + r];
            }
            d[off + c] = dl[order[c]];
        }
        return q;
    }

    /** Indices of x in ascending order of value (stable). */
    static int[] ascending(double[] x) {
        Integer[] boxed = new Integer[x.length];
        for (int i = 0; i < x.length; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (p, q) -> Double.compare(x[p], x[q]));
        int[] order = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            order[i] = boxed[i];
        }
        return order;
    }

    /**
     * Merges the halves (eigenvalues in d[off..off+m) and d[off+m..off+len), each ascending, with
     * vectors q1 and q2) coupled by rho; writes the merged eigenvalues ascending and returns the
     * vectors.
     */
    private static double[] merge(double[] d, int off, int len, int m, double rho, double[] q1, double[] q2) {
        int n2 = len - m;
        // z = Q^T u: the last row of q1 and the first row of q2, as a unit vector (each half is a
        // unit row of an orthogonal matrix), rho scaled to match
        double[] z = new double[len];
        System.arraycopy(q1, (m - 1) * m, z, 0, m);
        System.arraycopy(q2, 0, z, m, n2);
        double half = Math.sqrt(0.5);
        for (int c = 0; c < len; c++) {
            z[c] *= c >= m && rho < 0 ? -half : half;
        }
        double r = 2 * Math.abs(rho);
        double[] dd = Arrays.copyOfRange(d, off, off + len);
        double[] qw = new double[len * len];
        for (int i = 0; i < m; i++) {
            System.arraycopy(q1, i * m, qw, i * len, m);
        }
        for (int i = 0; i < n2; i++) {
            System.arraycopy(q2, i * n2, qw, (m + i) * len + m, n2);
        }
        boolean[] top = new boolean[len];
        boolean[] bottom = new boolean[len];
        for (int c = 0; c < len; c++) {
            top[c] = c < m;
            bottom[c] = c >= m;
        }
        int[] order = mergedOrder(dd, m);
        double zmax = 0;
        double dmax = 0;
        for (int c = 0; c < len; c++) {
            zmax = Math.max(zmax, Math.abs(z[c]));
            dmax = Math.max(dmax, Math.abs(dd[c]));
        }
        double tol = 8 * EPS * Math.max(dmax, zmax);
        int[] kept = new int[len];
        int[] deflated = new int[len];
        int k = 0;
        int nd = 0;
        if (r * zmax <= tol) {
            // the coupling is negligible: the halves' eigenpairs are the answer
            for (int c : order) {
                deflated[nd++] = c;
            }
        } else {
            int pj = -1;
            for (int c : order) {
                if (r * Math.abs(z[c]) <= tol) {
                    deflated[nd++] = c;
                    continue;
                }
                if (pj < 0) {
                    pj = c;
                    continue;
                }
                // nearly equal eigenvalues: a rotation of their vectors zeroes z[pj] (dlaed2)
                double s = z[pj];
                double cs = z[c];
                double tau = Math.hypot(cs, s);
                double t = dd[c] - dd[pj];
                cs /= tau;
                s = -s / tau;
                if (Math.abs(t * cs * s) <= tol) {
                    z[c] = tau;
                    z[pj] = 0;
                    rotateColumns(qw, len, pj, c, cs, s);
                    boolean tp = top[pj] || top[c];
                    boolean bt = bottom[pj] || bottom[c];
                    top[pj] = tp;
                    top[c] = tp;
                    bottom[pj] = bt;
                    bottom[c] = bt;
                    double dp = dd[pj] * cs * cs + dd[c] * s * s;
                    dd[c] = dd[pj] * s * s + dd[c] * cs * cs;
                    dd[pj] = dp;
                    deflated[nd++] = pj;
                } else {
                    kept[k++] = pj;
                }
                pj = c;
            }
            if (pj >= 0) {
                kept[k++] = pj;
            }
        }
        double[] lambda = new double[k];
        double[] r0 = new double[0];
        if (k > 0) {
            kept = Arrays.copyOf(kept, k);
            double[] st = rankOneVectors(dd, z, r, kept, lambda);
            r0 = TwoBandProduct.multiply(qw, len, len, m, kept, top, bottom, st, 1, k, k);
        }
        // the roots ascend; the deflated eigenvalues are sorted, then both lists merged
        int[] defl = Arrays.copyOf(deflated, nd);
        double[] dv = new double[nd];
        for (int i = 0; i < nd; i++) {
            dv[i] = dd[defl[i]];
        }
        int[] dOrder = ascending(dv);
        boolean[] fromRoot = new boolean[len];
        int[] src = new int[len];
        int a = 0;
        int b = 0;
        for (int t = 0; t < len; t++) {
            boolean root = b >= nd || (a < k && lambda[a] <= dv[dOrder[b]]);
            fromRoot[t] = root;
            if (root) {
                src[t] = a;
                d[off + t] = lambda[a++];
            } else {
                src[t] = defl[dOrder[b]];
                d[off + t] = dv[dOrder[b++]];
            }
        }
        double[] q = new double[len * len];
        for (int i = 0; i < len; i++) {
            int row = i * len;
            int rrow = i * k;
            for (int t = 0; t < len; t++) {
                q[row + t] = fromRoot[t] ? r0[rrow + src[t]] : qw[row + src[t]];
            }
        }
        return q;
    }

    /** The merged order of two ascending runs x[0..m) and x[m..). */
    private static int[] mergedOrder(double[] x, int m) {
        int len = x.length;
        int[] order = new int[len];
        int a = 0;
        int b = m;
        for (int t = 0; t < len; t++) {
            order[t] = b >= len || (a < m && x[a] <= x[b]) ? a++ : b++;
        }
        return order;
    }

    /** Columns p and q of the n x n row-major q: (p, q) := (c p + s q, c q - s p). */
    private static void rotateColumns(double[] q, int n, int p, int c2, double c, double s) {
        for (int i = 0; i < n; i++) {
            double x = q[i * n + p];
            double y = q[i * n + c2];
            q[i * n + p] = c * x + s * y;
            q[i * n + c2] = c * y - s * x;
        }
    }

    /**
     * Roots and eigenvectors of {@code diag(dd[kept]) + rho z z^T}: writes the roots into lambda
     * and returns the eigenvectors as rows (k x k, row i for root i), from z recomputed by the
     * Gu-Eisenstat formula.
     */
    private static double[] rankOneVectors(double[] dd, double[] z, double rho, int[] kept, double[] lambda) {
        int k = kept.length;
        double[] dl = new double[k];
        double[] w = new double[k];
        double[] w2 = new double[k];
        for (int t = 0; t < k; t++) {
            dl[t] = dd[kept[t]];
            w[t] = z[kept[t]];
            w2[t] = w[t] * w[t];
        }
        // delta[i*k + j] = d_j - lambda_i
        double[] delta = new double[k * k];
        int chunks = (k + ROOT_CHUNK - 1) / ROOT_CHUNK;
        Workers.forEachChunk(chunks, ch -> {
            SecularEquation eq = new SecularEquation(k, dl, w2, rho, false);
            for (int i = ch * ROOT_CHUNK; i < Math.min(k, (ch + 1) * ROOT_CHUNK); i++) {
                eq.solve(i, delta, i * k);
                lambda[i] = dl[eq.origin] + eq.mu;
            }
        });
        return SecularVectors.eigen(dl, w, delta, k);
    }
}
