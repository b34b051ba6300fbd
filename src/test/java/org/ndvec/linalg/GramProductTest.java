package org.ndvec.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ndvec.DType;
import org.ndvec.NDArray;

/**
 * {@code a @ a.T} and {@code a.T @ a} take the Gram path ({@link Products#gram}: panels down to the
 * diagonal, the rest mirrored), which must give the bits of the full product: checked against the
 * same product with one operand copied (so it is not recognized), and, through
 * {@link GemmAccuracyTest#check}, against a double-double reference.
 */
class GramProductTest {
    @Test
    void gramMatricesHaveTheBitsOfTheFullProduct() {
        Random rnd = new Random(31);
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            // below, at and beyond one panel (192), a partial last panel, k beyond one KC slice (1024)
            for (int[] s : new int[][] {{100, 40}, {192, 50}, {193, 30}, {400, 70}, {517, 1100}, {384, 3}}) {
                for (String layout : new String[] {"c", "t", "slice", "reversed"}) {
                    NDArray a = GemmAccuracyTest.matrix(dt, s[0], s[1], layout, rnd);
                    String what = dt + " " + s[0] + "x" + s[1] + " " + layout;
                    NDArray gram = a.matmul(a.T());
                    NDArray full = a.matmul(a.T().copy());
                    assertArrayEquals(bits(full), bits(gram), what + " a @ a.T");
                    GemmAccuracyTest.check(a, a.T(), gram, what);
                    NDArray cov = a.T().matmul(a);
                    assertArrayEquals(bits(a.T().copy().matmul(a)), bits(cov), what + " a.T @ a");
                }
            }
        }
    }

    @Test
    void gramIsSymmetric() {
        NDArray a = GemmAccuracyTest.matrix(DType.FLOAT64, 450, 200, "c", new Random(32));
        double[][] g = a.matmul(a.T()).toDoubleArray2D();
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < i; j++) {
                assertEquals(Double.doubleToRawLongBits(g[j][i]), Double.doubleToRawLongBits(g[i][j]),
                        "g[" + i + "][" + j + "]");
            }
        }
    }

    private static long[] bits(NDArray x) {
        double[] v = x.astype(DType.FLOAT64).toDoubleArray();
        long[] b = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = Double.doubleToRawLongBits(v[i]);
        }
        return b;
    }
}
