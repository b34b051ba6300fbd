package org.ndvec.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.ndvec.linalg.LinalgIdentityTest.eye;
import static org.ndvec.linalg.LinalgIdentityTest.mul;
import static org.ndvec.linalg.LinalgIdentityTest.near;
import static org.ndvec.linalg.LinalgIdentityTest.random;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ndvec.Nd;

/**
 * The blocked LU and solve (matrices wider than {@link Lu#block}), checked against identities:
 * A inv(A) = I, A x = b, and det(L U) = the product of U's diagonal for factors built by hand.
 * Sizes straddle the block width and its multiples so every panel/edge combination runs.
 */
class BlockedLuTest {
    private static final int SMALL = Lu.block(2);
    private static final int LARGE = Lu.block(100_000);
    private static final int[] SIZES = {SMALL - 1, SMALL, SMALL + 1, 2 * SMALL + 3, 3 * SMALL, 200, 511,
        Math.max(512, 8 * LARGE + 5)};

    @Test
    void inverseAndSolveAcrossBlockEdges() {
        Random rnd = new Random(11);
        for (int n : SIZES) {
            double[][] a = random(n, n, rnd);
            double[][] inv = Linalg.inv(Nd.array(a)).toDoubleArray2D();
            // random Gaussian matrices of this size have condition numbers of a few hundred to thousands
            near(eye(n), mul(a, inv), 1e-9 * n, "A inv(A) n=" + n);
            double[][] b = random(n, 7, rnd);
            double[][] x = Linalg.solve(Nd.array(a), Nd.array(b)).toDoubleArray2D();
            near(b, mul(a, x), 1e-9 * n, "A solve(A, B) n=" + n);
        }
    }

    @Test
    void determinantOfHandBuiltFactors() {
        Random rnd = new Random(12);
        for (int n : SIZES) {
            // L unit lower with small entries, U upper with diagonal in [1, 2): det = prod(diag U)
            double[][] l = new double[n][n];
            double[][] u = new double[n][n];
            double expectedLog = 0;
            for (int i = 0; i < n; i++) {
                l[i][i] = 1;
                for (int j = 0; j < i; j++) {
                    l[i][j] = rnd.nextGaussian() * 0.1;
                }
                u[i][i] = 1 + rnd.nextDouble();
                expectedLog += Math.log(u[i][i]);
                for (int j = i + 1; j < n; j++) {
                    u[i][j] = rnd.nextGaussian() * 0.1;
                }
            }
            double[][] a = mul(l, u);
            Linalg.SlogdetResult s = Linalg.slogdet(Nd.array(a));
            assertEquals(1.0, s.sign().itemDouble(), "sign n=" + n);
            assertEquals(expectedLog, s.logabsdet().itemDouble(), 1e-10 * n, "log|det| n=" + n);
        }
    }

    @Test
    void singularMatrixFoundInALaterPanel() {
        int n = 3 * SMALL + 5;
        double[][] a = random(n, n, new Random(13));
        // a zero last column stays exactly zero through every trailing update (each subtracts
        // l * 0), so its pivot is exactly 0, found in the third panel, as getrf would
        for (double[] row : a) {
            row[n - 1] = 0;
        }
        assertEquals(0.0, Linalg.det(Nd.array(a)).itemDouble());
        assertThrows(LinAlgException.class, () -> Linalg.inv(Nd.array(a)));
    }
}
