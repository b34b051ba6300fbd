package org.ndvec.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ndvec.NDArray;

/**
 * eigh on the sizes where its blocked reduction (panels of {@link Tridiagonalization#PANEL}),
 * divide and conquer (leaves of {@link TridiagonalDivideAndConquer#LEAF}) and block
 * back-transformation (blocks of {@link Tridiagonalization#BLOCK}) all take part, checked against
 * independent truth: NumPy's eigenvalues of matrices both sides build exactly
 * (src/test/python/gen_eigh_fixtures.py), closed-form eigenvalues, and the identities
 * {@code A V = V diag(w)} and {@code V^T V = I}, with products formed here by plain loops.
 *
 * <p>Tolerances. A backward-stable eigensolver returns the exact decomposition of
 * {@code A + E} with {@code ||E|| <= p(n) eps ||A||}; LAPACK's own tests accept
 * {@code ||A V - V W|| / (n ||A|| eps)} and {@code ||V^T V - I|| / (n eps)} below 30 (its
 * threshold for dsyevd in dchkst). We ask for 10 with Frobenius norms: measured here, at most 1.2
 * and 1.4 (NumPy on the fixture matrices: 0.03-0.07 and 0.5-0.7). Vectors built from the
 * original weights instead of Gu and Eisenstat's recomputed ones score 4.6e11 on the glued
 * Wilkinson matrix, whose eigenvalues agree in pairs to ~14 digits. By Weyl's inequality every
 * eigenvalue of both solvers lies within {@code ||E||_2} of the exact one, so ours and NumPy's
 * may differ by
 * twice that: we allow {@code 2 n eps ||A||_F}.
 */
class SymmetricEigenTest {
    private static final double EPS = Math.ulp(1.0);
    /** Bound on the scaled residual and orthogonality (see the class comment). */
    private static final double LIMIT = 10;

    /** Sizes around each block edge: 0, 1, 2, the QL leaf (25), one merge, panels, blocks of 64. */
    private static final int[] SIZES = {0, 1, 2, 3, 25, 26, 27, 51, 64, 65, 100, 129, 257};

    static double[][] square(int n, java.util.function.IntBinaryOperator lowerNumerator, double scale) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i][j] = lowerNumerator.applyAsInt(i, j) * scale;
                a[j][i] = a[i][j];
            }
        }
        return a;
    }

    /** The matrices of gen_eigh_fixtures.py, built by the same integer formulas. */
    static double[][] fixtureMatrix(String name, int n) {
        if (name.startsWith("modular")) {
            return square(n, (i, j) -> (i * 7 + j * 13 + (i * j) % 17) % 101 - 50, 1.0 / 64);
        }
        if (name.startsWith("low_rank")) {
            double[][] b = new double[n][3];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < 3; k++) {
                    b[i][k] = (i * (k + 3) + k) % 7 - 3;
                }
            }
            return LinalgIdentityTest.mul(b, LinalgIdentityTest.t(b));
        }
        if (name.startsWith("glued_wilkinson")) {
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                a[i][i] = Math.abs(10 - i % 21);
                if (i + 1 < n) {
                    a[i][i + 1] = (i + 1) % 21 != 0 ? 1.0 : 1e-8;
                    a[i + 1][i] = a[i][i + 1];
                }
            }
            return a;
        }
        throw new IllegalArgumentException(name);
    }

    static double frobenius(double[][] a) {
        double s = 0;
        for (double[] row : a) {
            for (double x : row) {
                s += x * x;
            }
        }
        return Math.sqrt(s);
    }

    /** Checks the identities and ascending order; returns the eigenvalues. */
    static double[] checkedEigh(double[][] a, String what) {
        int n = a.length;
        Linalg.EighResult r = Linalg.eigh(NDArray.wrap(flat(a), n, n));
        double[] w = r.eigenvalues().toDoubleArray();
        assertEquals(n, w.length, what);
        if (n == 0) {
            return w;
        }
        double[][] v = r.eigenvectors().toDoubleArray2D();
        double[][] res = LinalgIdentityTest.mul(a, v);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                res[i][j] -= v[i][j] * w[j];
            }
        }
        double[][] vtv = LinalgIdentityTest.mul(LinalgIdentityTest.t(v), v);
        for (int i = 0; i < n; i++) {
            vtv[i][i] -= 1;
        }
        double norm = Math.max(frobenius(a), Double.MIN_NORMAL);
        double residual = frobenius(res) / (n * norm * EPS);
        double orthogonality = frobenius(vtv) / (n * EPS);
        assertTrue(residual <= LIMIT, what + ": ||A V - V W|| / (n ||A|| eps) = " + residual);
        assertTrue(orthogonality <= LIMIT, what + ": ||V^T V - I|| / (n eps) = " + orthogonality);
        for (int j = 1; j < n; j++) {
            assertTrue(w[j - 1] <= w[j], what + ": ascending at " + j);
        }
        return w;
    }

    /** Row-major copy of an m x n matrix. */
    static double[] flat(double[][] a) {
        int n = a.length == 0 ? 0 : a[0].length;
        double[] f = new double[a.length * n];
        for (int i = 0; i < a.length; i++) {
            System.arraycopy(a[i], 0, f, i * n, n);
        }
        return f;
    }

    /** The lines of a fixture file of src/test/resources/fixtures/linalg, split at spaces, comments left out. */
    static List<String[]> fixtureLines(String name) throws IOException {
        String text;
        try (InputStream in = SymmetricEigenTest.class.getResourceAsStream("/fixtures/linalg/" + name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String[]> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                lines.add(line.split(" "));
            }
        }
        return lines;
    }

    @Test
    void eigenvaluesMatchNumPy() throws IOException {
        int cases = 0;
        for (String[] p : fixtureLines("eigh_values.txt")) {
            int n = Integer.parseInt(p[1]);
            double[][] a = fixtureMatrix(p[0], n);
            double[] w = checkedEigh(a, p[0]);
            double[] values = Linalg.eigvalsh(NDArray.wrap(flat(a), n, n)).toDoubleArray();
            double tol = 2 * n * EPS * frobenius(a);
            for (int i = 0; i < n; i++) {
                double expected = Double.parseDouble(p[2 + i]);
                assertEquals(expected, w[i], tol, p[0] + " eigh w[" + i + "]");
                assertEquals(expected, values[i], tol, p[0] + " eigvalsh w[" + i + "]");
            }
            cases++;
        }
        assertEquals(4, cases);
    }

    @Test
    void randomMatricesOfEverySizeAroundTheBlockEdges() {
        Random rnd = new Random(19);
        for (int n : SIZES) {
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    a[i][j] = rnd.nextGaussian();
                    a[j][i] = a[i][j];
                }
            }
            double[] w = checkedEigh(a, "random n=" + n);
            // the trace is the sum of the eigenvalues
            double trace = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                trace += a[i][i];
                sum += w[i];
            }
            assertEquals(trace, sum, 2 * n * n * EPS * (1 + frobenius(a)), "trace n=" + n);
        }
    }

    @Test
    void secondDifferenceMatrixHasItsClosedFormEigenvalues() {
        // tridiagonal (-1, 2, -1): eigenvalues 2 - 2 cos(k pi / (n + 1)), k = 1..n, all distinct
        // but crowded near 0 and 4, so divide and conquer deflates and solves close roots
        int n = 400;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 2;
            if (i + 1 < n) {
                a[i][i + 1] = -1;
                a[i + 1][i] = -1;
            }
        }
        double[] w = checkedEigh(a, "second difference");
        for (int k = 1; k <= n; k++) {
            double exact = 2 - 2 * Math.cos(k * Math.PI / (n + 1));
            assertEquals(exact, w[k - 1], 4 * n * EPS, "w[" + (k - 1) + "]");
        }
    }

    @Test
    void repeatedEigenvaluesKeepOrthonormalVectors() {
        for (int n : new int[] {2, 30, 130}) {
            double[][] eye = new double[n][n];
            for (int i = 0; i < n; i++) {
                eye[i][i] = 1;
            }
            for (double w : checkedEigh(eye, "identity n=" + n)) {
                assertEquals(1.0, w, n * EPS);
            }
            for (double w : checkedEigh(new double[n][n], "zero n=" + n)) {
                assertEquals(0.0, w);
            }
            // 3 I + J (J all ones): eigenvalue 3 n - 1 times and 3 + n once
            double[][] a = square(n, (i, j) -> i == j ? 4 : 1, 1.0);
            double[] w = checkedEigh(a, "3I + J n=" + n);
            for (int i = 0; i < n - 1; i++) {
                assertEquals(3.0, w[i], 4 * n * EPS * frobenius(a), "repeated w[" + i + "]");
            }
            assertEquals(3.0 + n, w[n - 1], 4 * n * EPS * frobenius(a), "simple eigenvalue");
        }
    }

    @Test
    void powerOfTwoScalingScalesTheResultExactly() {
        // the solver works on A scaled to [0.5, 1) by a power of two, so 2^s A gives 2^s w and the
        // same V bit for bit, even where (2^1000)^2 would overflow and (2^-1000)^2 underflow
        int n = 90;
        double[][] a = square(n, (i, j) -> (i * 5 + j * 11) % 37 - 18, 1.0 / 32);
        Linalg.EighResult base = Linalg.eigh(NDArray.wrap(flat(a), n, n));
        double[] w = base.eigenvalues().toDoubleArray();
        double[] v = base.eigenvectors().toDoubleArray();
        for (int s : new int[] {1000, 600, -600, -1000}) {
            double[] scaled = flat(a);
            for (int i = 0; i < scaled.length; i++) {
                scaled[i] = Math.scalb(scaled[i], s);
            }
            Linalg.EighResult r = Linalg.eigh(NDArray.wrap(scaled, n, n));
            double[] expected = w.clone();
            for (int i = 0; i < n; i++) {
                expected[i] = Math.scalb(expected[i], s);
            }
            assertArrayEquals(expected, r.eigenvalues().toDoubleArray(), "w at 2^" + s);
            assertArrayEquals(v, r.eigenvectors().toDoubleArray(), "V at 2^" + s);
        }
    }

    @Test
    void onlyTheLowerTriangleIsRead() {
        int n = 70;
        double[][] a = square(n, (i, j) -> (i * 3 + j * 7) % 23 - 11, 0.25);
        double[] full = flat(a);
        double[] lower = full.clone();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                lower[i * n + j] = Double.NaN; // NumPy's UPLO='L' never looks there
            }
        }
        assertArrayEquals(Linalg.eigh(NDArray.wrap(full, n, n)).eigenvalues().toDoubleArray(),
                Linalg.eigh(NDArray.wrap(lower, n, n)).eigenvalues().toDoubleArray());
        assertArrayEquals(Linalg.eigvalsh(NDArray.wrap(full, n, n)).toDoubleArray(),
                Linalg.eigvalsh(NDArray.wrap(lower, n, n)).toDoubleArray());
    }

    @Test
    void nonFiniteInput() {
        // NumPy: eigh([[nan]]) is ([nan], [[1]]); larger matrices raise LinAlgError "Eigenvalues did
        // not converge" (eigvalsh; eigh's answer depends on the LAPACK build). We keep the error.
        Linalg.EighResult one = Linalg.eigh(NDArray.wrap(new double[] {Double.NaN}, 1, 1));
        assertTrue(Double.isNaN(one.eigenvalues().toDoubleArray()[0]));
        assertArrayEquals(new double[] {1}, one.eigenvectors().toDoubleArray());
        double[] a = {1, 0, 0, 0, Double.NaN, 0, 0, 0, 1};
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Linalg.eigh(NDArray.wrap(a, 3, 3)));
        assertEquals("Eigenvalues did not converge", e.getMessage());
        double[] inf = {1, 0, Double.POSITIVE_INFINITY, 1};
        assertThrows(ArithmeticException.class, () -> Linalg.eigvalsh(NDArray.wrap(inf, 2, 2)));
    }
}
