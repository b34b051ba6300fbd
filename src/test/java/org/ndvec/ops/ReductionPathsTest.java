package org.ndvec.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ndvec.AxisException;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * The planner's paths (reduction rows, axis-0 accumulation rows, strided fallbacks) against
 * a naive double-precision loop written here, over tail-heavy widths; plus the contract
 * edges: inputs untouched, views of every kind, NumPy's axis errors, overflow-free softmax.
 */
class ReductionPathsTest {
    private static final int[] WIDTHS = {1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 33, 100, 207, 1023, 1025, 4099};

    private static NDArray random(DType dtype, Random rnd, int... shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.round(rnd.nextGaussian() * 1000) / 100.0;
        }
        return Nd.array(v).reshape(shape).astype(dtype);
    }

    @Test
    void everyAxisOfAMatrixMatchesANaiveLoop() {
        Random rnd = new Random(1);
        for (DType dtype : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
            for (int w : WIDTHS) {
                for (int rows : new int[] {1, 3, 9}) {
                    NDArray a = random(dtype, rnd, rows, w);
                    double[][] x = a.toDoubleArray2D();
                    for (boolean transposed : new boolean[] {false, true}) {
                        // the transposed copy, viewed back, reads the same values through other strides
                        NDArray view = transposed ? a.T().copy().T() : a;
                        double tol = dtype == DType.FLOAT32 ? 1e-5 : 1e-12;
                        for (int axis = 0; axis < 2; axis++) {
                            int outer = axis == 0 ? w : rows;
                            int inner = axis == 0 ? rows : w;
                            double[] sum = view.sum(axis).toDoubleArray();
                            double[] max = view.max(axis).toDoubleArray();
                            double[] mean = view.mean(axis).toDoubleArray();
                            double[] var = view.var(axis).toDoubleArray();
                            long[] arg = view.argmin(axis).toLongArray();
                            for (int o = 0; o < outer; o++) {
                                double s = 0;
                                double m = Double.NEGATIVE_INFINITY;
                                double lo = Double.POSITIVE_INFINITY;
                                int at = -1;
                                for (int i = 0; i < inner; i++) {
                                    double v = axis == 0 ? x[i][o] : x[o][i];
                                    s += v;
                                    m = Math.max(m, v);
                                    if (v < lo) {
                                        lo = v;
                                        at = i;
                                    }
                                }
                                double mu = s / inner;
                                double ss = 0;
                                for (int i = 0; i < inner; i++) {
                                    double v = axis == 0 ? x[i][o] : x[o][i];
                                    ss += (v - mu) * (v - mu);
                                }
                                String what = dtype + " " + rows + "x" + w + " axis " + axis + (transposed ? " T" : "");
                                assertEquals(s, sum[o], tol * (1 + Math.abs(s)), what + " sum");
                                assertEquals(m, max[o], what + " max");
                                assertEquals(mu, mean[o], tol * (1 + Math.abs(mu)), what + " mean");
                                assertEquals(ss / inner, var[o], tol * (1 + ss / inner), what + " var");
                                assertEquals(at, arg[o], what + " argmin");
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void inputsAreNotModifiedAndViewsOfEveryKindWork() {
        NDArray a = Nd.arange(24.0).reshape(2, 3, 4);
        NDArray before = a.copy();
        NDArray reversed = a.get("::-1, :, ::-2");
        NDArray broadcast = Nd.array(1.0, 2.0, 3.0).broadcastTo(4, 3);
        assertEquals(144.0, reversed.sum().itemDouble()); // np.arange(24.).reshape(2,3,4)[::-1,:,::-2].sum()
        assertEquals(24.0, broadcast.sum().itemDouble());
        assertArrayEquals(new double[] {4, 8, 12}, broadcast.sum(0).toDoubleArray());
        assertArrayEquals(new double[] {2.0 / 3, 2.0 / 3, 2.0 / 3, 2.0 / 3}, broadcast.var(1).toDoubleArray(), 1e-15);
        Nd.softmax(a, 1);
        Nd.logSoftmax(a, 0);
        a.std(new int[] {0, 2}, true, 1);
        a.cumsum(1);
        assertArrayEquals(before.toDoubleArray(), a.toDoubleArray());
        assertTrue(Nd.softmax(broadcast, 1).isWriteable());
    }

    @Test
    void keepdimsAndSeveralAxes() {
        NDArray a = Nd.arange(60).reshape(3, 4, 5);
        NDArray s = a.sum(new int[] {-1, 0}, true);
        assertArrayEquals(new int[] {1, 4, 1}, s.shape());
        assertEquals(DType.INT64, s.dtype());
        // sum over rows i and depth k of 20 i + 5 j + k: 15*(20+...)... checked by hand: 3*5*5j + 5*60 + 3*10
        for (int j = 0; j < 4; j++) {
            assertEquals(75L * j + 300 + 30, s.getLong(0, j, 0));
        }
        assertArrayEquals(new int[] {1, 1, 1}, a.max(null, true).shape());
        assertEquals(59L, a.max(null, true).getLong(0, 0, 0));
        assertArrayEquals(new int[] {3, 1, 5}, a.argmax(1, true).shape());
    }

    @Test
    void numpyAxisErrors() {
        NDArray a = Nd.zeros(2, 3);
        AxisException e = assertThrows(AxisException.class, () -> a.sum(2));
        assertEquals("axis 2 is out of bounds for array of dimension 2", e.getMessage());
        assertThrows(AxisException.class, () -> a.argmax(-3));
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class, () -> a.sum(new int[] {0, -2}, false));
        assertEquals("duplicate value in 'axis'", d.getMessage());
        assertThrows(AxisException.class, () -> Nd.softmax(a, 2));
    }

    @Test
    void softmaxOfHugeLogitsNeitherOverflowsNorLosesTheAnswer() {
        for (DType dtype : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            NDArray z = Nd.array(new double[][] {{1e4, 1e4, -1e4}, {3e4, 0, -3e4}}).astype(dtype);
            double[] p = Nd.softmax(z, 1).toDoubleArray();
            assertArrayEquals(new double[] {0.5, 0.5, 0, 1, 0, 0}, p, 1e-7);
            double[] lse = Nd.logSumExp(z, 1).toDoubleArray();
            assertEquals(1e4 + Math.log(2), lse[0], 1e-3);
            assertEquals(3e4, lse[1], 1e-3);
            double[] ls = Nd.logSoftmax(z, 1).toDoubleArray();
            assertEquals(-Math.log(2), ls[0], 1e-6);
            assertEquals(-2e4 - Math.log(2), ls[2], 1e-2);
            for (double v : ls) {
                assertFalse(Double.isNaN(v));
            }
        }
        assertEquals(Double.POSITIVE_INFINITY, Nd.logSumExp(Nd.array(1.0, Double.POSITIVE_INFINITY), 0).itemDouble());
        assertEquals(Double.NEGATIVE_INFINITY, Nd.logSumExp(Nd.zeros(2, 0), 1).getDouble(1));
    }

    @Test
    void integerAndBoolResultTypes() {
        NDArray i32 = Nd.array(1, 2, 3).astype(DType.INT32);
        assertEquals(DType.INT64, i32.sum().dtype());
        assertEquals(DType.INT32, i32.max().dtype());
        assertEquals(DType.FLOAT64, i32.mean().dtype());
        assertEquals(DType.FLOAT32, Nd.array(1f, 2f).std().dtype());
        assertEquals(DType.INT64, Nd.array(true, true).sum().dtype());
        assertEquals(2L, Nd.array(true, true).sum().itemLong());
        assertEquals(DType.BOOL, Nd.array(true, false).any().dtype());
        assertEquals(DType.INT64, Nd.array(0.0, Double.NaN).countNonzero().dtype());
        assertEquals(1L, Nd.array(0.0, Double.NaN).countNonzero().itemLong());
        assertEquals(DType.INT64, i32.argmax().dtype());
        // int64 sums wrap as NumPy's do
        assertEquals(Long.MIN_VALUE, Nd.array(Long.MAX_VALUE, 1L).sum().itemLong());
    }

    @Test
    void crossEntropyRefusesMismatchedTargets() {
        NDArray p = Nd.full(new int[] {2, 3}, 1.0 / 3);
        assertThrows(IllegalArgumentException.class, () -> Nd.crossEntropy(p, Nd.array(0, 1, 2)));
        assertThrows(IndexOutOfBoundsException.class, () -> Nd.crossEntropy(p, Nd.array(0, 3)));
        assertThrows(IndexOutOfBoundsException.class, () -> Nd.oneHot(Nd.array(0, 3), 3));
        assertThrows(IllegalArgumentException.class, () -> Nd.mse(Nd.zeros(2), Nd.zeros(3)));
        assertEquals(Math.log(3), Nd.crossEntropy(p, Nd.array(0, 2)).itemDouble(), 1e-15);
    }
}
