package org.ndvec.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * Algebraic identities on random matrices, products formed by a local triple loop (not our GEMM):
 * A inv(A) = I, L L^T = A, Q R = A with Q^T Q = I, U S Vt = A, A v = w v (real and complex pairs).
 */
class LinalgIdentityTest {
    private static final int[] SIZES = {1, 2, 5, 17, 40};

    static double[][] random(int m, int n, Random rnd) {
        double[][] a = new double[m][n];
        for (double[] row : a) {
            for (int j = 0; j < n; j++) {
                row[j] = rnd.nextGaussian();
            }
        }
        return a;
    }

    static double[][] mul(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int p = 0; p < b.length; p++) {
                for (int j = 0; j < b[0].length; j++) {
                    c[i][j] += a[i][p] * b[p][j];
                }
            }
        }
        return c;
    }

    static double[][] t(double[][] a) {
        double[][] r = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                r[j][i] = a[i][j];
            }
        }
        return r;
    }

    static void near(double[][] expected, double[][] actual, double tol, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                double d = Math.abs(expected[i][j] - actual[i][j]);
                assertTrue(d <= tol, what + " [" + i + "," + j + "] " + expected[i][j] + " vs " + actual[i][j]);
            }
        }
    }

    static double[][] eye(int n) {
        return toRows(Decompositions.identity(n), n, n);
    }

    static double[][] toRows(double[] a, int m, int n) {
        double[][] r = new double[m][n];
        for (int i = 0; i < m; i++) {
            System.arraycopy(a, i * n, r[i], 0, n);
        }
        return r;
    }

    @Test
    void inverseTimesMatrixIsIdentity() {
        Random rnd = new Random(1);
        for (int n : SIZES) {
            double[][] a = random(n, n, rnd);
            double[][] inv = Linalg.inv(Nd.array(a)).toDoubleArray2D();
            near(eye(n), mul(a, inv), 1e-9 * n, "A inv(A) n=" + n);
            double[] b = random(1, n, rnd)[0];
            double[] x = Linalg.solve(Nd.array(a), Nd.array(b)).toDoubleArray();
            double[][] ax = mul(a, t(new double[][] {x}));
            near(t(new double[][] {b}), ax, 1e-9 * n, "A solve(A, b) n=" + n);
        }
    }

    @Test
    void singularMatrixIsRefused() {
        NDArray s = Nd.array(new double[][] {{1, 2, 3}, {2, 4, 6}, {1, 1, 1}});
        LinAlgException e = assertThrows(LinAlgException.class, () -> Linalg.inv(s));
        assertEquals("Singular matrix", e.getMessage());
        assertThrows(LinAlgException.class, () -> Linalg.solve(s, Nd.array(1.0, 2.0, 3.0)));
        assertEquals(0.0, Linalg.det(s).itemDouble());
    }

    @Test
    void choleskyQrSvd() {
        Random rnd = new Random(2);
        for (int n : SIZES) {
            double[][] g = random(n, n, rnd);
            double[][] spd = mul(g, t(g));
            for (int i = 0; i < n; i++) {
                spd[i][i] += n;
            }
            double[][] l = Linalg.cholesky(Nd.array(spd)).toDoubleArray2D();
            near(spd, mul(l, t(l)), 1e-9 * n, "L L^T");
            for (int m : new int[] {n, n + 3, Math.max(1, n / 2)}) {
                double[][] a = random(m, n, rnd);
                Linalg.QrResult qr = Linalg.qr(Nd.array(a));
                double[][] q = qr.q().toDoubleArray2D();
                double[][] r = qr.r().toDoubleArray2D();
                near(a, mul(q, r), 1e-10 * n, "QR " + m + "x" + n);
                near(eye(Math.min(m, n)), mul(t(q), q), 1e-12 * m, "Q^T Q");
                for (int i = 0; i < r.length; i++) {
                    for (int j = 0; j < i; j++) {
                        assertEquals(0.0, r[i][j], "R lower part");
                    }
                }
                Linalg.SvdResult svd = Linalg.svd(Nd.array(a));
                double[][] u = svd.u().toDoubleArray2D();
                double[] s = svd.s().toDoubleArray();
                double[][] vh = svd.vh().toDoubleArray2D();
                double[][] us = new double[u.length][s.length];
                for (int i = 0; i < u.length; i++) {
                    for (int j = 0; j < s.length; j++) {
                        us[i][j] = u[i][j] * s[j];
                    }
                    }
                near(a, mul(us, vh), 1e-10 * n, "U S Vt " + m + "x" + n);
                near(eye(s.length), mul(t(u), u), 1e-10 * m, "U^T U");
                near(eye(s.length), mul(vh, t(vh)), 1e-10 * n, "Vt V");
                for (int j = 1; j < s.length; j++) {
                    assertTrue(s[j - 1] >= s[j], "descending");
                }
            }
        }
    }

    @Test
    void rankDeficientSvdStillOrthonormal() {
        double[][] a = {{1, 2}, {2, 4}, {3, 6}};
        Linalg.SvdResult svd = Linalg.svd(Nd.array(a));
        double[][] u = svd.u().toDoubleArray2D();
        near(eye(2), mul(t(u), u), 1e-12, "U^T U");
        assertEquals(1L, Linalg.matrixRank(Nd.array(a)).itemLong());
    }

    @Test
    void symmetricEigenpairs() {
        Random rnd = new Random(3);
        for (int n : SIZES) {
            double[][] g = random(n, n, rnd);
            double[][] a = mul(g, t(g));
            Linalg.EighResult e = Linalg.eigh(Nd.array(a));
            double[] w = e.eigenvalues().toDoubleArray();
            double[][] v = e.eigenvectors().toDoubleArray2D();
            double[][] av = mul(a, v);
            double[][] vw = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    vw[i][j] = v[i][j] * w[j];
                }
            }
            near(av, vw, 1e-9 * n * (1 + Math.abs(w[n - 1])), "A V = V W n=" + n);
            near(eye(n), mul(t(v), v), 1e-10 * n, "V^T V");
            for (int j = 1; j < n; j++) {
                assertTrue(w[j - 1] <= w[j], "ascending");
            }
        }
    }

    @Test
    void generalEigenpairsIncludingComplex() {
        Random rnd = new Random(4);
        for (int n : SIZES) {
            double[][] a = random(n, n, rnd);
            Linalg.EigResult e = Linalg.eig(Nd.array(a));
            double[] wr = e.valuesReal().toDoubleArray();
            double[] wi = e.valuesImag().toDoubleArray();
            double[][] vr = e.vectorsReal().toDoubleArray2D();
            double[][] vi = e.vectorsImag().toDoubleArray2D();
            double[][] avr = mul(a, vr);
            double[][] avi = mul(a, vi);
            for (int j = 0; j < n; j++) {
                double norm = 0;
                for (int i = 0; i < n; i++) {
                    // (A v)_i = w v_i with complex w = wr + i wi, v = vr + i vi
                    double re = wr[j] * vr[i][j] - wi[j] * vi[i][j];
                    double im = wr[j] * vi[i][j] + wi[j] * vr[i][j];
                    assertEquals(re, avr[i][j], 1e-8 * n, "Re A v n=" + n + " j=" + j);
                    assertEquals(im, avi[i][j], 1e-8 * n, "Im A v n=" + n + " j=" + j);
                    norm += vr[i][j] * vr[i][j] + vi[i][j] * vi[i][j];
                }
                assertEquals(1.0, norm, 1e-9, "unit eigenvector");
            }
        }
        // identity: a repeated eigenvalue still gets independent vectors
        double[][] v = Linalg.eig(Nd.array(eye(3))).vectorsReal().toDoubleArray2D();
        near(eye(3), mul(t(v), v), 1e-12, "independent vectors for a repeated eigenvalue");
    }

    @Test
    void stacksAreProcessedPerMatrix() {
        Random rnd = new Random(5);
        double[][] a0 = random(3, 3, rnd);
        double[][] a1 = random(3, 3, rnd);
        NDArray stack = Nd.array(new double[][][] {a0, a1});
        NDArray inv = Linalg.inv(stack);
        assertArrayEquals(new int[] {2, 3, 3}, inv.shape());
        assertTrue(Nd.allclose(inv.get("1"), Linalg.inv(Nd.array(a1))));
        NDArray det = Linalg.det(stack);
        assertArrayEquals(new int[] {2}, det.shape());
        assertTrue(Nd.allclose(det.get("0"), Linalg.det(Nd.array(a0))));
    }

    @Test
    void normAxisAndKeepdims() {
        NDArray x = Nd.array(new double[][] {{3, 4}, {6, 8}});
        NDArray rows = Linalg.norm(x, null, new int[] {1}, false);
        assertArrayEquals(new double[] {5, 10}, rows.toDoubleArray(), 1e-15);
        NDArray kept = Linalg.norm(x, 1.0, new int[] {0}, true);
        assertArrayEquals(new int[] {1, 2}, kept.shape());
        assertArrayEquals(new double[] {9, 12}, kept.toDoubleArray(), 1e-15);
        NDArray m = Linalg.norm(Nd.array(new double[][][] {{{1, 2}, {3, 4}}}), "fro", new int[] {1, 2}, true);
        assertArrayEquals(new int[] {1, 1, 1}, m.shape());
        assertEquals(Math.sqrt(30), m.itemDouble(), 1e-15);
    }

    @Test
    void closenessRules() {
        NDArray a = Nd.array(1.0, Double.NaN, Double.POSITIVE_INFINITY, 1e10);
        NDArray b = Nd.array(1.0 + 1e-9, Double.NaN, Double.POSITIVE_INFINITY, 1.00001e10);
        assertArrayEquals(new boolean[] {true, false, true, true}, Nd.isclose(a, b).toBooleanArray());
        assertArrayEquals(new boolean[] {true, true, true, true}, Nd.isclose(a, b, 1e-5, 1e-8, true).toBooleanArray());
        assertTrue(!Nd.allclose(a, b));
        assertTrue(Nd.allclose(a, b, 1e-5, 1e-8, true));
        assertTrue(Nd.allclose(Nd.array(1.0, 2.0), Nd.scalar(1.0), 1.0, 0, false), "broadcasting");
        assertTrue(Nd.arrayEqual(Nd.array(1, 2), Nd.array(1.0, 2.0)));
        assertTrue(!Nd.arrayEqual(Nd.array(1, 2), Nd.array(1, 2, 3)));
        assertTrue(!Nd.arrayEqual(Nd.array(new double[] {Double.NaN}), Nd.array(new double[] {Double.NaN})));
        assertTrue(Nd.arrayEqual(Nd.array(new double[] {Double.NaN}), Nd.array(new double[] {Double.NaN}), true));
    }

    @Test
    void rankOfLargerLowRankProducts() {
        Random rnd = new Random(6);
        for (int[] c : new int[][] {{20, 5}, {40, 17}, {64, 1}, {30, 29}}) {
            int n = c[0];
            double[][] a = mul(random(n, c[1], rnd), random(c[1], n, rnd));
            assertEquals(c[1], Linalg.matrixRank(Nd.array(a)).itemLong(), "rank of " + n + "x" + n);
            double[] s = Linalg.svdvals(Nd.array(a)).toDoubleArray();
            for (int j = c[1]; j < n; j++) {
                assertTrue(s[j] <= 1e-13 * s[0], "null singular value " + j + " = " + s[j]);
            }
        }
    }
}
