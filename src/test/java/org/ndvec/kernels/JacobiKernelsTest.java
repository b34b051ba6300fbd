package org.ndvec.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ndvec.kernels.scalar.ScalarJacobiKernels;

/** Both JacobiKernels against exact (BigDecimal) Gram entries, over tail sizes and offsets. */
class JacobiKernelsTest {
    private static final int[] SIZES = {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 33, 64, 100, 207, 1023, 1024, 1025, 4099};
    private static final JacobiKernels SCALAR = new ScalarJacobiKernels();
    private static final JacobiKernels VECTOR = KernelProvider.vector(JacobiKernels.class,
            "org.ndvec.kernels.vector.VectorJacobiKernels").orElse(SCALAR);

    private static double exactDot(double[] a, int x, int y, int n) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            s = s.add(new BigDecimal(a[x + i]).multiply(new BigDecimal(a[y + i])));
        }
        return s.round(MathContext.DECIMAL128).doubleValue();
    }

    private static double absDot(double[] a, int x, int y, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += Math.abs(a[x + i] * a[y + i]);
        }
        return s;
    }

    @Test
    void gramEntriesWithinTheDotProductBound() {
        Random rnd = new Random(3);
        for (int n : SIZES) {
            for (int shift : new int[] {0, 1, 5}) {
                double[] a = new double[2 * n + shift + 3];
                for (int i = 0; i < a.length; i++) {
                    a[i] = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(5) - 2);
                }
                int x = shift;
                int y = shift + n + 1;
                double[] want = {exactDot(a, x, x, n), exactDot(a, y, y, n), exactDot(a, x, y, n)};
                double[] scale = {absDot(a, x, x, n), absDot(a, y, y, n), absDot(a, x, y, n)};
                for (JacobiKernels k : new JacobiKernels[] {SCALAR, VECTOR}) {
                    double[] got = new double[3];
                    k.gram(a, x, y, n, got);
                    for (int q = 0; q < 3; q++) {
                        // any summation order: |error| <= n * u * sum |x_i y_i| (Higham 3.1, u = eps / 2), plus
                        // the reference's own rounding to double
                        double bound = (n + 1) * Math.ulp(1.0) * scale[q];
                        assertTrue(Math.abs(got[q] - want[q]) <= bound,
                                k.getClass().getSimpleName() + " n=" + n + " entry " + q + ": " + got[q] + " vs " + want[q]);
                    }
                }
            }
        }
    }

    /** SumOrder's 16 lanes and rounded products in both: the same bits, also once C2 has compiled the vector kernel. */
    @Test
    void gramSumsAgreeBitForBit() {
        Random rnd = new Random(8);
        for (int rep = 0; rep < 40; rep++) {
            for (int n : SIZES) {
                double[] a = new double[2 * n + 4];
                for (int i = 0; i < a.length; i++) {
                    a[i] = rnd.nextInt(50) == 0 ? Double.NaN : (rnd.nextBoolean() ? -1 : 1) * rnd.nextDouble()
                            * Math.scalb(1.0, rnd.nextInt(60) - 30);
                }
                double[] s = new double[3];
                double[] v = new double[3];
                SCALAR.gram(a, 1, n + 3, n, s);
                VECTOR.gram(a, 1, n + 3, n, v);
                assertArrayEquals(s, v, "n=" + n);
            }
        }
    }

    /** gram4's five sums are gram's y.y and x_j.y for each of its four pairs, bit for bit, in both kernels. */
    @Test
    void gram4IsFourGramsInOnePass() {
        Random rnd = new Random(9);
        for (int rep = 0; rep < 10; rep++) {
            for (int n : SIZES) {
                int stride = n + 1 + rnd.nextInt(3);
                int x = 1 + rnd.nextInt(3);
                int y = x + 4 * stride + rnd.nextInt(2);
                double[] a = new double[y + n + 2];
                for (int i = 0; i < a.length; i++) {
                    a[i] = rnd.nextInt(80) == 0 ? Double.NaN : (rnd.nextBoolean() ? -1 : 1) * rnd.nextDouble()
                            * Math.scalb(1.0, rnd.nextInt(60) - 30);
                }
                double[] want = new double[5];
                double[] g = new double[3];
                for (int j = 0; j < 4; j++) {
                    SCALAR.gram(a, x + j * stride, y, n, g);
                    want[1 + j] = g[2];
                }
                want[0] = g[1];
                for (JacobiKernels k : new JacobiKernels[] {SCALAR, VECTOR}) {
                    double[] got = new double[5];
                    k.gram4(a, x, stride, y, n, got);
                    assertArrayEquals(want, got, k.getClass().getSimpleName() + " n=" + n);
                }
            }
        }
    }

    /** dotAxpy: the same bits in both kernels, for the dot and for y; the dot within the dot-product bound. */
    @Test
    void dotAxpyAgreesBitForBitAndSumsWithinTheBound() {
        Random rnd = new Random(10);
        for (int rep = 0; rep < 10; rep++) {
            for (int n : SIZES) {
                double[] a = new double[2 * n + 6];
                for (int i = 0; i < a.length; i++) {
                    a[i] = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(5) - 2);
                }
                double[] y0 = new double[n + 3];
                for (int i = 0; i < y0.length; i++) {
                    y0[i] = rnd.nextGaussian();
                }
                double s = rnd.nextGaussian();
                int x = 1 + rep % 3;
                int v = x + n + 1;
                double[] ys = y0.clone();
                double[] yv = y0.clone();
                double ds = SCALAR.dotAxpy(a, x, a, v, s, ys, 2, n);
                double dv = VECTOR.dotAxpy(a, x, a, v, s, yv, 2, n);
                assertEquals(ds, dv, "dot, n=" + n);
                assertArrayEquals(ys, yv, "y, n=" + n);
                double bound = (n + 1) * Math.ulp(1.0) * absDot(a, x, v, n);
                assertTrue(Math.abs(ds - exactDot(a, x, v, n)) <= bound, "dot vs exact, n=" + n);
                for (int i = 0; i < y0.length; i++) {
                    // y_i + s x_i, each rounded once; elements outside the row unchanged
                    double want = i >= 2 && i < n + 2 ? y0[i] + s * a[x + i - 2] : y0[i];
                    assertEquals(want, ys[i], "y[" + i + "], n=" + n);
                }
            }
        }
    }

    /**
     * Enough calls for C2 to compile the vector kernels (their lane trees in registers included),
     * each compared with the scalar kernels bit for bit.
     */
    @Test
    void compiledVectorKernelsKeepTheScalarBits() {
        Random rnd = new Random(11);
        int[] sizes = {16, 64, 1024, 1023};
        double[] a = new double[6 * 1024 + 8];
        for (int i = 0; i < a.length; i++) {
            a[i] = rnd.nextGaussian() * Math.scalb(1.0, rnd.nextInt(20) - 10);
        }
        for (int rep = 0; rep < 6000; rep++) {
            int n = sizes[rep % sizes.length];
            int x = rep % 5;
            int y = 4 * 1024 + 6;
            double[] gs = new double[5];
            double[] gv = new double[5];
            SCALAR.gram(a, x, y, n, gs);
            VECTOR.gram(a, x, y, n, gv);
            assertArrayEquals(gs, gv, "gram n=" + n + " rep " + rep);
            SCALAR.gram4(a, x, 1024, y, n, gs);
            VECTOR.gram4(a, x, 1024, y, n, gv);
            assertArrayEquals(gs, gv, "gram4 n=" + n + " rep " + rep);
            double[] ys = new double[n];
            double[] yv = new double[n];
            double s = rnd.nextGaussian();
            assertEquals(SCALAR.dotAxpy(a, x, a, y, s, ys, 0, n), VECTOR.dotAxpy(a, x, a, y, s, yv, 0, n),
                    "dotAxpy n=" + n + " rep " + rep);
            assertArrayEquals(ys, yv, "dotAxpy y n=" + n + " rep " + rep);
        }
    }

    @Test
    void rotationsAgreeBitForBitAndPreserveTheRowNorms() {
        Random rnd = new Random(4);
        for (int n : SIZES) {
            double theta = rnd.nextDouble() * 2 * Math.PI;
            double c = Math.cos(theta);
            double s = Math.sin(theta);
            double[] a = new double[2 * n + 5];
            for (int i = 0; i < a.length; i++) {
                a[i] = rnd.nextGaussian();
            }
            double[] viaScalar = a.clone();
            double[] viaVector = a.clone();
            SCALAR.rotate(viaScalar, 2, n + 4, n, c, s);
            VECTOR.rotate(viaVector, 2, n + 4, n, c, s);
            assertArrayEquals(viaScalar, viaVector, "n=" + n);
            for (int i = 0; i < n; i++) {
                double before = Math.hypot(a[2 + i], a[n + 4 + i]);
                double after = Math.hypot(viaVector[2 + i], viaVector[n + 4 + i]);
                assertEquals(before, after, 4 * Math.ulp(before), "norm of pair " + i + ", n=" + n);
            }
            // elements outside the two rows are untouched
            assertEquals(a[0], viaVector[0]);
            assertEquals(a[1], viaVector[1]);
            assertEquals(a[n + 2], viaVector[n + 2]);
            assertEquals(a[n + 3], viaVector[n + 3]);
            // the inverse rotation brings the rows back
            VECTOR.rotate(viaVector, 2, n + 4, n, c, -s);
            for (int i = 0; i < a.length; i++) {
                assertEquals(a[i], viaVector[i], 4 * Math.ulp(Math.abs(a[i]) + 1), "round trip " + i + ", n=" + n);
            }
        }
    }
}
