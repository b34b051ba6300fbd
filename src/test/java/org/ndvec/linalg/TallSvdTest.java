package org.ndvec.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ndvec.NDArray;

/**
 * The SVD of tall matrices (m >= 2n, and wide ones through their transpose), which starts with a
 * {@link BlockedQr}: singular values against NumPy's for matrices both sides build exactly
 * (src/test/python/gen_svd_fixtures.py), and the identities {@code U S V^T = A},
 * {@code U^T U = I}, {@code V^T V = I} with products formed here by plain loops.
 *
 * <p>Tolerances, as in {@link SymmetricEigenTest}: a backward-stable SVD is exact for
 * {@code A + E}, {@code ||E|| <= p(m, n) eps ||A||}, so every singular value of ours and of NumPy's
 * lies within {@code ||E||_2} of the exact one (Weyl): we allow {@code 2 max(m, n) eps ||A||_F}.
 * The scaled residual {@code ||U S V^T - A|| / (min(m, n) ||A|| eps)} and orthogonality
 * {@code ||U^T U - I|| / (min(m, n) eps)} must stay below 20 (LAPACK's tests: 30). Measured here:
 * residual at most 1.0, orthogonality of U at most 5.5 (rank-deficient 300 x 20; 4.8 on a
 * 100,000 x 64 matrix by hand), of V at most 3.2; NumPy on the fixtures: 0.3, 1.6 and 1.1.
 */
class TallSvdTest {
    private static final double EPS = Math.ulp(1.0);
    /** Bound on the scaled residual and orthogonality (see the class comment). */
    private static final double LIMIT = 20;

    static double[][] fixtureMatrix(String name, int m, int n) {
        double[][] a = new double[m][n];
        if (name.startsWith("modular")) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = ((i * 7 + j * 13 + (i * j) % 17) % 101 - 50) / 64.0;
                }
            }
            return a;
        }
        if (name.startsWith("low_rank")) {
            int rank = 4;
            double[][] b = new double[m][rank];
            double[][] c = new double[rank][n];
            for (int k = 0; k < rank; k++) {
                for (int i = 0; i < m; i++) {
                    b[i][k] = (i * (k + 3) + k) % 7 - 3;
                }
                for (int j = 0; j < n; j++) {
                    c[k][j] = (k * 5 + j * (k + 2)) % 9 - 4;
                }
            }
            return LinalgIdentityTest.mul(b, c);
        }
        throw new IllegalArgumentException(name);
    }

    /** Checks the identities and the descending order; returns s. */
    static double[] checkedSvd(double[][] a, String what) {
        int m = a.length;
        int n = a[0].length;
        int k = Math.min(m, n);
        Linalg.SvdResult r = Linalg.svd(NDArray.wrap(SymmetricEigenTest.flat(a), m, n));
        double[][] u = r.u().toDoubleArray2D();
        double[] s = r.s().toDoubleArray();
        double[][] vh = r.vh().toDoubleArray2D();
        assertEquals(k, s.length, what);
        double[][] us = new double[m][k];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < k; j++) {
                us[i][j] = u[i][j] * s[j];
            }
        }
        double[][] res = LinalgIdentityTest.mul(us, vh);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                res[i][j] -= a[i][j];
            }
        }
        double norm = Math.max(SymmetricEigenTest.frobenius(a), Double.MIN_NORMAL);
        double residual = SymmetricEigenTest.frobenius(res) / (k * norm * EPS);
        assertTrue(residual <= LIMIT, what + ": ||U S V^T - A|| / (k ||A|| eps) = " + residual);
        double[][] utu = LinalgIdentityTest.mul(LinalgIdentityTest.t(u), u);
        double[][] vvt = LinalgIdentityTest.mul(vh, LinalgIdentityTest.t(vh));
        for (int i = 0; i < k; i++) {
            utu[i][i] -= 1;
            vvt[i][i] -= 1;
        }
        double ou = SymmetricEigenTest.frobenius(utu) / (k * EPS);
        double ov = SymmetricEigenTest.frobenius(vvt) / (k * EPS);
        assertTrue(ou <= LIMIT, what + ": ||U^T U - I|| / (k eps) = " + ou);
        assertTrue(ov <= LIMIT, what + ": ||V^T V - I|| / (k eps) = " + ov);
        for (int j = 1; j < k; j++) {
            assertTrue(s[j - 1] >= s[j], what + ": descending at " + j);
        }
        return s;
    }

    @Test
    void singularValuesMatchNumPy() throws IOException {
        int cases = 0;
        for (String[] p : SymmetricEigenTest.fixtureLines("svd_values.txt")) {
            int m = Integer.parseInt(p[1]);
            int n = Integer.parseInt(p[2]);
            double[][] a = fixtureMatrix(p[0], m, n);
            double[] s = checkedSvd(a, p[0]);
            double[] values = Linalg.svdvals(NDArray.wrap(SymmetricEigenTest.flat(a), m, n)).toDoubleArray();
            double tol = 2 * Math.max(m, n) * EPS * SymmetricEigenTest.frobenius(a);
            for (int i = 0; i < s.length; i++) {
                double expected = Double.parseDouble(p[3 + i]);
                assertEquals(expected, s[i], tol, p[0] + " s[" + i + "]");
                assertEquals(expected, values[i], tol, p[0] + " svdvals s[" + i + "]");
            }
            cases++;
        }
        assertEquals(4, cases);
    }

    @Test
    void randomTallShapesAroundTheQrBlocks() {
        // n around the QR's leaves of 8 and its halves; m at and above 2 n
        Random rnd = new Random(23);
        int[][] shapes = {{1, 1}, {2, 1}, {7, 3}, {16, 8}, {18, 9}, {40, 17}, {200, 33}, {150, 64}, {400, 70}};
        for (int[] sh : shapes) {
            double[][] a = LinalgIdentityTest.random(sh[0], sh[1], rnd);
            checkedSvd(a, "random " + sh[0] + "x" + sh[1]);
            checkedSvd(LinalgIdentityTest.t(a), "random " + sh[1] + "x" + sh[0]);
        }
    }

    @Test
    void squareMatricesWhoseQuietSweepsAreScreened() {
        // square shapes go through the A^T A preconditioning; from n of a few hundred the sweeps after
        // the first move few rows, so they are screened by one Gram product (Decompositions.jacobiSvd).
        // Clustered singular values (I + a small perturbation) make the screen's cosines tiny but
        // nonzero, the case where a wrong skip would leave U or V unorthogonal.
        Random rnd = new Random(29);
        for (int n : new int[] {96, 257, 320}) {
            checkedSvd(LinalgIdentityTest.random(n, n, rnd), "random " + n + "x" + n);
            double[][] clustered = LinalgIdentityTest.random(n, n, rnd);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    clustered[i][j] = (i == j ? 1 : 0) + 1e-9 * clustered[i][j];
                }
            }
            double[] s = checkedSvd(clustered, "clustered " + n + "x" + n);
            // Weyl: every singular value of I + E lies within ||E||_2 <= ||E||_F of 1
            double e = 1e-9 * n;
            for (double v : s) {
                assertEquals(1.0, v, e, "clustered " + n + "x" + n);
            }
        }
    }

    @Test
    void zeroAndRankOneColumnsKeepAnOrthonormalU() {
        // zero singular values: U's columns for them are completed in R's space, then taken by Q
        double[][] zero = new double[90][12];
        double[] s = checkedSvd(zero, "zero 90x12");
        assertArrayEquals(new double[12], s);
        double[][] rankOne = new double[90][12];
        for (int i = 0; i < 90; i++) {
            for (int j = 0; j < 12; j++) {
                rankOne[i][j] = (i % 5 - 2) * (j + 1);
            }
        }
        s = checkedSvd(rankOne, "rank one 90x12");
        // the single singular value is ||x|| ||y|| for x_i = i % 5 - 2, y_j = j + 1
        double x2 = 0;
        for (int i = 0; i < 90; i++) {
            x2 += (i % 5 - 2) * (i % 5 - 2);
        }
        double y2 = 0;
        for (int j = 0; j < 12; j++) {
            y2 += (j + 1) * (j + 1);
        }
        assertEquals(Math.sqrt(x2 * y2), s[0], 16 * 90 * EPS * s[0]);
    }
}
