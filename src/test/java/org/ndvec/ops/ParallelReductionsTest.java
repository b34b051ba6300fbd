package org.ndvec.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ndvec.LossReduction;
import org.ndvec.NDArray;
import org.ndvec.kernels.SumOrder;

/**
 * Reductions, softmax, argmax and cross-entropy split over the worker pool give bit-identical
 * results for 1, 2 and 4 threads, and the chunked paths still meet independent truths: exact
 * sums (double-double and BigDecimal), correctly rounded float64 axis-0 sums.
 * Sizes are just above the parallel thresholds, so every chunked path really splits.
 */
class ParallelReductionsTest {
    private static final int[] THREADS = {1, 2, 4};

    private static float[] floats(int n, long seed) {
        Random r = new Random(seed);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (r.nextGaussian() * 3 + 0.5);
        }
        return out;
    }

    private static double[] doubles(int n, long seed) {
        Random r = new Random(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = r.nextGaussian() * 3 + 0.5;
        }
        return out;
    }

    /** The fold for every thread count; asserts they agree bit for bit and returns one. */
    private static double[] foldAllThreadCounts(NDArray a, int[] axes, FloatFolds.Op op, double[] mean) {
        ReductionPlan p = ReductionPlan.of(a, axes, false);
        double[] first = FloatFolds.fold(p, op, mean, 1);
        for (int t : THREADS) {
            double[] again = FloatFolds.fold(p, op, mean, t);
            for (int i = 0; i < first.length; i++) {
                assertEquals(Double.doubleToRawLongBits(first[i]), Double.doubleToRawLongBits(again[i]),
                        op + " output " + i + " with " + t + " threads");
            }
        }
        return first;
    }

    /** Adds x to the double-double (hi, lo) with Knuth's TwoSum. */
    private static void twoSum(double[] acc, double x) {
        double s = acc[0] + x;
        double bp = s - acc[0];
        double err = (acc[0] - (s - bp)) + (x - bp);
        acc[0] = s;
        acc[1] += err;
    }

    @Test
    void longRowsSplitIntoChunksAreIdenticalForAnyThreadCountAndExact() {
        int n = 2 * SumOrder.CHUNK + 12345;
        float[] f = floats(n, 1);
        double[] d = doubles(n, 2);
        NDArray af = NDArray.wrap(f);
        NDArray ad = NDArray.wrap(d);
        double sf = foldAllThreadCounts(af, null, FloatFolds.Op.SUM, null)[0];
        double sd = foldAllThreadCounts(ad, null, FloatFolds.Op.SUM, null)[0];
        double[] exactF = new double[2]; // double-double: exact to ~1e-32, an independent truth
        double[] exactD = new double[2];
        double absF = 0;
        double absD = 0;
        for (int i = 0; i < n; i++) {
            twoSum(exactF, f[i]);
            twoSum(exactD, d[i]);
            absF += Math.abs(f[i]);
            absD += Math.abs(d[i]);
        }
        // float32: double lanes, at most n / 32 additions each, and compensated chunk partials
        assertTrue(Math.abs((exactF[0] - sf) + exactF[1]) <= (n / 32 + 64) * 0x1p-53 * absF);
        // the float32 result is correctly rounded
        assertEquals((float) (exactF[0] + exactF[1]), (float) sf);
        // float64: compensated lanes and chunk partials carried with their errors: correctly rounded
        assertTrue(Math.abs((exactD[0] - sd) + exactD[1]) <= 0.5 * Math.ulp(sd) + 1e-30 * absD);

        f[n - 7] = Float.NaN; // in the last chunk: max must still propagate it
        double mx = foldAllThreadCounts(af, null, FloatFolds.Op.MAX, null)[0];
        assertTrue(Double.isNaN(mx));
        double mean = sd / n;
        double v = foldAllThreadCounts(ad, null, FloatFolds.Op.SQDEV, new double[] {mean})[0];
        double naive = 0;
        for (double x : d) {
            naive += (x - mean) * (x - mean);
        }
        assertEquals(naive, v, 1e-9 * naive);
    }

    @Test
    void axis1RowsAreIdenticalForAnyThreadCount() {
        int rows = 300;
        int cols = 1000;
        float[] f = floats(rows * cols, 3);
        NDArray a = NDArray.wrap(f, rows, cols);
        double[] s = foldAllThreadCounts(a, new int[] {1}, FloatFolds.Op.SUM, null);
        double[] m = foldAllThreadCounts(a, new int[] {1}, FloatFolds.Op.MAX, null);
        for (int r = 0; r < rows; r++) {
            double want = 0;
            float mx = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < cols; c++) {
                want += f[r * cols + c];
                mx = Math.max(mx, f[r * cols + c]);
            }
            assertEquals(want, s[r], 1e-4, "row " + r);
            assertEquals(mx, m[r]);
        }
        double[] mean = new double[rows];
        for (int r = 0; r < rows; r++) {
            mean[r] = s[r] / cols;
        }
        foldAllThreadCounts(a, new int[] {1}, FloatFolds.Op.SQDEV, mean);
        foldAllThreadCounts(a, new int[] {1}, FloatFolds.Op.NANSUM, null);
    }

    @Test
    void float32Axis0RowBlocksAreIdenticalForAnyThreadCount() {
        int rows = 2 * ParallelFolds.ROW_BLOCK + 77; // three blocks, the last one ragged
        int cols = 301;
        float[] f = floats(rows * cols, 4);
        NDArray a = NDArray.wrap(f, rows, cols);
        double[] s = foldAllThreadCounts(a, new int[] {0}, FloatFolds.Op.SUM, null);
        double[] m = foldAllThreadCounts(a, new int[] {0}, FloatFolds.Op.MIN, null);
        double[] mean = new double[cols];
        for (int c = 0; c < cols; c++) {
            double want = 0;
            double abs = 0;
            float mn = Float.POSITIVE_INFINITY;
            for (int r = 0; r < rows; r++) {
                want += f[r * cols + c];
                abs += Math.abs(f[r * cols + c]);
                mn = Math.min(mn, f[r * cols + c]);
            }
            // double lanes: rows / 32 additions each, then the tree
            assertEquals(want, s[c], (rows / 32 + 5 + rows) * 0x1p-53 * abs, "column " + c);
            assertEquals(mn, m[c]);
            mean[c] = want / rows;
        }
        double[] v = foldAllThreadCounts(a, new int[] {0}, FloatFolds.Op.SQDEV, mean);
        for (int c = 0; c < cols; c++) {
            double want = 0;
            for (int r = 0; r < rows; r++) {
                double x = f[r * cols + c] - mean[c];
                want += x * x;
            }
            assertEquals(want, v[c], 1e-10 * want);
        }
    }

    @Test
    void float64Axis0SumsAreCorrectlyRoundedAndEqualTheirColumnsCopies() {
        int rows = 130;
        int cols = OrderedFolds.COLUMN_BLOCK + 555; // two column blocks
        double[] d = doubles(rows * cols, 5);
        NDArray a = NDArray.wrap(d, rows, cols);
        double[] s = foldAllThreadCounts(a, new int[] {0}, FloatFolds.Op.SUM, null);
        for (int c = 0; c < cols; c++) {
            double[] col = new double[rows];
            for (int r = 0; r < rows; r++) {
                col[r] = d[r * cols + c];
            }
            assertEquals(SumAccuracyTest.exactSum(col).doubleValue(), s[c], "column " + c);
            assertEquals(NDArray.wrap(col).sum().itemDouble(), s[c], "column " + c + " against its copy");
        }
    }

    /**
     * More than 2 CHUNK elements through the element walk (a transposed view, nansum): chunked as
     * the row kernels chunk them. nansum without NaN is the sum, and with NaN the sum of the
     * array with its NaN set to 0, bit for bit.
     */
    @Test
    void longWalksAreChunkedAsTheRowKernels() {
        int n = SumOrder.CHUNK + 4321; // two rows of it: 2 CHUNK + 8642 elements
        for (boolean f32 : new boolean[] {false, true}) {
            NDArray a = NDArray.wrap(doubles(2 * n, 9), 2, n);
            if (f32) {
                a = a.astype(org.ndvec.DType.FLOAT32);
            }
            NDArray t = a.T(); // (n, 2), not contiguous: its flat C order interleaves a's rows
            NDArray copy = t.copy();
            double[] viaCopy = foldAllThreadCounts(copy, null, FloatFolds.Op.SUM, null);
            assertEquals(viaCopy[0], foldAllThreadCounts(t, null, FloatFolds.Op.SUM, null)[0], f32 + " sum of a view");
            assertEquals(viaCopy[0], foldAllThreadCounts(copy, null, FloatFolds.Op.NANSUM, null)[0], f32 + " nansum");
            NDArray withNaN = copy.copy();
            NDArray zeroed = copy.copy();
            for (int i : new int[] {3, SumOrder.CHUNK + 5, 2 * n - 1}) {
                withNaN.set(Double.NaN, i / 2, i % 2);
                zeroed.set(0.0, i / 2, i % 2);
            }
            assertEquals(foldAllThreadCounts(zeroed, null, FloatFolds.Op.SUM, null)[0],
                    foldAllThreadCounts(withNaN.T().copy().T(), null, FloatFolds.Op.NANSUM, null)[0], f32 + " nansum with NaN");
        }
    }

    /** More than 2 CHUNK rows: the column path cuts them into chunks as the row path does. */
    @Test
    void tallAxis0SumsAreChunkedAsTheirColumnsCopies() {
        int rows = 2 * SumOrder.CHUNK + 1001;
        for (boolean f32 : new boolean[] {false, true}) {
            double[] d = doubles(rows * 2, 7);
            NDArray a = NDArray.wrap(d, rows, 2);
            if (f32) {
                a = a.astype(org.ndvec.DType.FLOAT32);
            }
            double[] s = foldAllThreadCounts(a, new int[] {0}, FloatFolds.Op.SUM, null);
            double[] m = new double[] {s[0] / rows, s[1] / rows};
            double[] v = foldAllThreadCounts(a, new int[] {0}, FloatFolds.Op.SQDEV, m);
            for (int c = 0; c < 2; c++) {
                NDArray col = a.get(org.ndvec.Index.all(), org.ndvec.Index.at(c)).copy();
                assertEquals(foldAllThreadCounts(col, null, FloatFolds.Op.SUM, null)[0], s[c], f32 + " column " + c);
                assertEquals(foldAllThreadCounts(col, null, FloatFolds.Op.SQDEV, new double[] {m[c]})[0], v[c],
                        f32 + " squared deviations, column " + c);
            }
        }
    }

    @Test
    void rowWiseSoftmaxArgmaxAndCrossEntropyAreIdenticalForAnyThreadCount() {
        int rows = 257;
        int cols = 1001;
        float[] f = floats(rows * cols, 6);
        f[5 * cols + 17] = Float.NaN;
        NDArray a = NDArray.wrap(f, rows, cols);
        long[] labels = new long[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = (i * 31L) % cols;
        }
        NDArray y = NDArray.wrap(labels);
        float[] soft = Softmax.softmax(a, 1, 1).toFloatArray();
        long[] arg = ArgReductions.arg(a, 1, false, true, 1).toLongArray();
        double[] ce = Losses.crossEntropy(a, y, true, LossReduction.NONE, 1).toDoubleArray();
        assertEquals(17, arg[5], "the NaN wins");
        for (int t : THREADS) {
            assertArrayEquals(soft, Softmax.softmax(a, 1, t).toFloatArray(), "softmax, " + t + " threads");
            assertArrayEquals(arg, ArgReductions.arg(a, 1, false, true, t).toLongArray(), "argmax, " + t + " threads");
            assertArrayEquals(ce, Losses.crossEntropy(a, y, true, LossReduction.NONE, t).toDoubleArray(),
                    "cross-entropy, " + t + " threads");
        }
        for (int r = 0; r < rows; r++) {
            if (r == 5) {
                continue;
            }
            int best = 0;
            for (int c = 1; c < cols; c++) {
                if (f[r * cols + c] > f[r * cols + best]) {
                    best = c;
                }
            }
            assertEquals(best, arg[r], "row " + r);
        }
    }
}
