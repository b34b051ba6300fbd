package org.ndvec.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;

/**
 * The packed GEMM against a compensated (double-double) reference computed from the operands'
 * own values, with the classical bound |C - C_ref| <= 2 k eps (|A||B|)_ij, over tail-heavy sizes,
 * every operand layout (C order, transposed, strided slice, reversed) and thread counts.
 */
class GemmAccuracyTest {
    private static final ArrayAccess X = Internals.access();
    private static final String[] LAYOUTS = {"c", "t", "slice", "reversed"};

    /** An m x n matrix of random values, stored in the given layout (a view, never a copy). */
    static NDArray matrix(DType dt, int m, int n, String layout, Random rnd) {
        NDArray base = switch (layout) {
            case "t" -> random(dt, n, m, rnd).T();
            case "slice" -> random(dt, 2 * m, 3 * n, rnd).get("1::2, ::3");
            case "reversed" -> random(dt, m, n, rnd).get("::-1, ::-1");
            default -> random(dt, m, n, rnd);
        };
        assertArrayEquals(new int[] {m, n}, base.shape());
        return base;
    }

    static NDArray random(DType dt, int m, int n, Random rnd) {
        double[] v = new double[m * n];
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextDouble() * 2 - 1;
        }
        return NDArray.wrap(v, m, n).astype(dt);
    }

    /** Checks C = A·B against a double-double reference within 2 k eps |A||B| (+ underflow slack). */
    static void check(NDArray a, NDArray b, NDArray c, String what) {
        int m = a.shape(0);
        int k = a.shape(1);
        int n = b.shape(1);
        assertArrayEquals(new int[] {m, n}, c.shape(), what);
        double[][] av = a.astype(DType.FLOAT64).toDoubleArray2D();
        double[][] bv = b.astype(DType.FLOAT64).toDoubleArray2D();
        double[][] cv = c.astype(DType.FLOAT64).toDoubleArray2D();
        double eps = c.dtype() == DType.FLOAT32 ? 0x1p-24 : 0x1p-53;
        for (int i = 0; i < m; i++) {
            double[] row = av[i];
            for (int j = 0; j < n; j++) {
                int col = j;
                double[] dot = compensatedDot(k, p -> row[p], p -> bv[p][col]);
                double ref = dot[0];
                double bound = 2 * k * eps * dot[1] + Double.MIN_NORMAL;
                double err = Math.abs(cv[i][j] - ref);
                if (!(err <= bound)) {
                    throw new AssertionError(what + " C[" + i + "," + j + "] = " + cv[i][j] + ", reference " + ref
                            + ", error " + err + " > bound " + bound);
                }
            }
        }
    }

    /** {sum, sum of |terms|} of x(p) * y(p) over p < k in double-double; x and y exact in double. */
    static double[] compensatedDot(int k, IntToDoubleFunction x, IntToDoubleFunction y) {
        double hi = 0;
        double lo = 0;
        double mag = 0;
        for (int p = 0; p < k; p++) {
            double xp = x.applyAsDouble(p);
            double yp = y.applyAsDouble(p);
            double prod = xp * yp;
            double perr = Math.fma(xp, yp, -prod);
            double s = hi + prod;
            double bp = s - hi;
            lo += (hi - (s - bp)) + (prod - bp) + perr;
            hi = s;
            mag += Math.abs(prod);
        }
        return new double[] {hi + lo, mag};
    }

    @Test
    void oddSizesEveryLayout() {
        Random rnd = new Random(11);
        List<int[]> sizes = new ArrayList<>();
        for (int t = 0; t < 30; t++) {
            sizes.add(new int[] {1 + rnd.nextInt(70), 1 + rnd.nextInt(70), 1 + rnd.nextInt(70)});
        }
        sizes.add(new int[] {1, 1, 1});
        sizes.add(new int[] {70, 70, 70});
        sizes.add(new int[] {127, 129, 65});
        sizes.add(new int[] {129, 127, 255});
        sizes.add(new int[] {257, 65, 129});
        sizes.add(new int[] {67, 257, 255});
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (int[] s : sizes) {
                String la = LAYOUTS[rnd.nextInt(4)];
                String lb = LAYOUTS[rnd.nextInt(4)];
                NDArray a = matrix(dt, s[0], s[2], la, rnd);
                NDArray b = matrix(dt, s[2], s[1], lb, rnd);
                check(a, b, a.matmul(b), dt + " " + java.util.Arrays.toString(s) + " " + la + "@" + lb);
            }
        }
    }

    /**
     * The small path's blocks (vector: 8, 4 or 1 rows by column segments, the last one masked;
     * scalar: 4 x 4 dot products): every row and column remainder, narrow and wide n.
     */
    @Test
    void smallProductBlockEdges() {
        Random rnd = new Random(14);
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (int m = 1; m <= 9; m++) {
                for (int n = 1; n <= 17; n++) {
                    for (int k : new int[] {1, 2, 10}) {
                        String la = LAYOUTS[rnd.nextInt(4)];
                        String lb = LAYOUTS[rnd.nextInt(4)];
                        NDArray a = matrix(dt, m, k, la, rnd);
                        NDArray b = matrix(dt, k, n, lb, rnd);
                        check(a, b, a.matmul(b), dt + " " + m + "x" + k + "x" + n + " " + la + "@" + lb);
                    }
                }
            }
        }
    }

    /**
     * Edge tiles of every column remainder (narrow edge kernels, written directly or through
     * scratch, full and partial row tiles): within the reference bound, and bit-identical to the
     * same columns computed inside full tiles of a wider product.
     */
    @Test
    void edgeTilesOfEveryWidth() {
        Random rnd = new Random(15);
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            int nr = dt == DType.FLOAT32 ? GemmTiers.warm().nrF32() : GemmTiers.warm().nrF64();
            int k = 70;
            for (int m : new int[] {12, 13}) {
                NDArray a = matrix(dt, m, k, "c", rnd);
                NDArray wide = matrix(dt, k, 2 * nr, "c", rnd);
                NDArray full = a.matmul(wide);
                for (int n = nr + 1; n < 2 * nr; n++) {
                    NDArray c = a.matmul(wide.get(":, :" + n));
                    String what = dt + " " + m + "x" + k + "x" + n;
                    check(a, wide.get(":, :" + n), c, what);
                    assertArrayEquals(full.get(":, :" + n).copy().toDoubleArray(), c.toDoubleArray(), what);
                }
            }
        }
    }

    /**
     * Bottom edge tiles of every height below MR (the row-edge kernels, and the corner tile through
     * scratch when the width is ragged too): within the reference bound, and bit-identical to the
     * same rows computed inside full tiles of a taller product.
     */
    @Test
    void bottomEdgeTilesOfEveryHeight() {
        Random rnd = new Random(17);
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            int mr = dt == DType.FLOAT32 ? GemmTiers.warm().mrF32() : GemmTiers.warm().mrF64();
            int nr = dt == DType.FLOAT32 ? GemmTiers.warm().nrF32() : GemmTiers.warm().nrF64();
            int k = 300; // above the small-product path even for one row
            NDArray tall = matrix(dt, 3 * mr, k, "c", rnd);
            for (int n : new int[] {2 * nr, 2 * nr - 3}) {
                NDArray b = matrix(dt, k, n, "c", rnd);
                NDArray full = tall.matmul(b);
                for (int m = 1; m < 3 * mr; m++) {
                    NDArray a = tall.get(":" + m);
                    NDArray c = a.matmul(b);
                    String what = dt + " " + m + "x" + k + "x" + n;
                    check(a, b, c, what);
                    assertArrayEquals(full.get(":" + m).copy().toDoubleArray(), c.toDoubleArray(), what);
                }
            }
        }
    }

    @Test
    void allLayoutCombinations() {
        Random rnd = new Random(12);
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (int[] s : new int[][] {{13, 37, 29}, {70, 66, 200}}) {
                for (String la : LAYOUTS) {
                    for (String lb : LAYOUTS) {
                        NDArray a = matrix(dt, s[0], s[2], la, rnd);
                        NDArray b = matrix(dt, s[2], s[1], lb, rnd);
                        check(a, b, a.matmul(b), dt + " " + la + "@" + lb);
                    }
                }
            }
        }
    }

    @Test
    void oneLargerProduct() {
        Random rnd = new Random(13);
        NDArray a = matrix(DType.FLOAT32, 1000, 300, "c", rnd);
        NDArray b = matrix(DType.FLOAT32, 300, 77, "t", rnd);
        check(a, b, a.matmul(b), "1000x300 @ 300x77");
    }

    /**
     * A C-order A is read in place (whole micro-panels) and packed only for its last partial
     * panel: the same bits as the fully packed F-order copy of the same values, for one thread
     * and for row and column slabs over several, within the reference bound.
     */
    @Test
    void inPlaceAGivesThePackedBits() {
        Random rnd = new Random(16);
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (int[] s : new int[][] {{127, 129, 65}, {333, 70, 130}, {100, 100, 7}, {1000, 20, 300}, {13, 300, 1030}}) {
                NDArray a = matrix(dt, s[0], s[2], "c", rnd);
                NDArray packed = a.T().copy().T();
                NDArray b = matrix(dt, s[2], s[1], "c", rnd);
                NDArray c = a.matmul(b);
                String what = dt + " " + java.util.Arrays.toString(s);
                check(a, b, c, what);
                assertArrayEquals(packed.matmul(b).toDoubleArray(), c.toDoubleArray(), what + " packed A");
                for (int threads : new int[] {1, 2, 3}) {
                    Object out = org.ndvec.storage.Buffers.allocate(dt, s[0] * s[1]);
                    Products.gemm(dt, s[0], s[1], s[2], X.data(a), X.offset(a), X.strides(a)[0], X.strides(a)[1],
                            X.data(b), X.offset(b), X.strides(b)[0], X.strides(b)[1], out, 0, s[1], threads);
                    assertArrayEquals(c.toDoubleArray(), X.wrap(out, dt, new int[] {s[0], s[1]}).toDoubleArray(),
                            what + " threads=" + threads);
                }
            }
        }
    }

    @Test
    void threadCountsGiveIdenticalBits() {
        Random rnd = new Random(14);
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            // wide (split by columns), tall (split by rows), k beyond one KC slice (1024), and a Gram
            // matrix's 64 x 64 whose split by the wide tiles (48 columns) is turned to one by rows
            for (int[] s : new int[][] {{150, 301, 200}, {333, 70, 130}, {130, 140, 1100}, {64, 64, 2100}}) {
                NDArray a = matrix(dt, s[0], s[2], "t", rnd);
                NDArray b = matrix(dt, s[2], s[1], "slice", rnd);
                Object one = null;
                for (int threads : new int[] {1, 2, 3, 5}) {
                    Object c = org.ndvec.storage.Buffers.allocate(dt, s[0] * s[1]);
                    Products.gemm(dt, s[0], s[1], s[2], X.data(a), X.offset(a), X.strides(a)[0], X.strides(a)[1],
                            X.data(b), X.offset(b), X.strides(b)[0], X.strides(b)[1], c, 0, s[1], threads);
                    if (one == null) {
                        one = c;
                        check(a, b, X.wrap(c, dt, new int[] {s[0], s[1]}), dt + " threads=1");
                    } else if (dt == DType.FLOAT32) {
                        assertArrayEquals((float[]) one, (float[]) c, "threads=" + threads);
                    } else {
                        assertArrayEquals((double[]) one, (double[]) c, "threads=" + threads);
                    }
                }
            }
        }
    }

    @Test
    void batchDimsBroadcast() {
        Random rnd = new Random(15);
        NDArray a = random(DType.FLOAT32, 2 * 5, 7, rnd).reshape(2, 1, 5, 7);
        NDArray b = random(DType.FLOAT32, 3 * 7, 4, rnd).reshape(3, 7, 4);
        NDArray c = a.matmul(b);
        assertArrayEquals(new int[] {2, 3, 5, 4}, c.shape());
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                NDArray ai = a.get(i + ", 0");
                NDArray bj = b.get(String.valueOf(j));
                check(ai, bj, c.get(i + ", " + j), "batch " + i + "," + j);
            }
        }
        // a broadcast (stride 0) operand works without materializing
        NDArray row = random(DType.FLOAT64, 1, 6, rnd).broadcastTo(4, 6);
        NDArray m = random(DType.FLOAT64, 6, 3, rnd);
        check(row, m, row.matmul(m), "broadcast rows");
    }

    @Test
    void emptyInnerDimGivesZeros() {
        NDArray c = NDArray.wrap(new float[0], 3, 0).matmul(NDArray.wrap(new float[0], 0, 2));
        assertArrayEquals(new int[] {3, 2}, c.shape());
        for (float v : c.toFloatArray()) {
            assertEquals(0f, v);
        }
        assertTrue(c.dtype() == DType.FLOAT32);
    }
}
