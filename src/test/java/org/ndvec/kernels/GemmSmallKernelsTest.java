package org.ndvec.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ndvec.kernels.scalar.gemm.ScalarGemmKernels;

/**
 * The small-product kernels ({@link GemmKernels#smallF32}, {@link GemmKernels#smallF64}) of both
 * families over every size 1..20 in m, n and k and every operand layout (row-major, transposed,
 * padded rows, reversed, strided columns): within 2 k eps (|A||B|)_ij of a compensated reference
 * built from the operands' own values, the vector kernel bit-identical to the scalar one, and no
 * element of C outside the m x n block touched (the vector kernel masks the last column segment).
 */
class GemmSmallKernelsTest {
    private static final GemmKernels SCALAR = new ScalarGemmKernels();
    private static final GemmKernels VECTOR = KernelProvider.vector(GemmKernels.class,
            "org.ndvec.kernels.vector.gemm.VectorGemmKernels").orElse(SCALAR);
    private static final int MAX = 20;
    private static final double SENTINEL = -12345.0;

    /**
     * One operand's storage: element (r, c) of a rows x cols matrix at off + r*rs + c*cs, the
     * array exactly as long as the last element needs, so a vector load past the end would throw.
     */
    record Layout(String name, int off, int rs, int cs, int length) {
        static Layout of(String name, int rows, int cols) {
            return switch (name) {
                case "c" -> new Layout(name, 0, cols, 1, rows * cols);
                case "t" -> new Layout(name, 0, 1, rows, rows * cols);
                // a column slice: rows padded by 3 elements, starting 2 elements in
                case "padded" -> new Layout(name, 2, cols + 3, 1, 2 + (rows - 1) * (cols + 3) + cols);
                case "reversed" -> new Layout(name, rows * cols - 1, -cols, -1, rows * cols);
                case "rowsReversed" -> new Layout(name, (rows - 1) * cols, -cols, 1, rows * cols);
                // every second column of every third row
                default -> new Layout(name, 1, 3 * 2 * cols, 2, 1 + (rows - 1) * 6 * cols + (cols - 1) * 2 + 1);
            };
        }
    }

    private static final String[] LAYOUTS = {"c", "t", "padded", "reversed", "rowsReversed", "strided"};

    private static double[] values(int length, Random rnd) {
        double[] v = new double[length];
        for (int i = 0; i < length; i++) {
            v[i] = rnd.nextDouble() * 2 - 1;
        }
        return v;
    }

    /** sum_p x_p y_p in double-double, and sum_p |x_p y_p|; x and y exact in double. */
    private static double[] reference(double[] a, Layout la, double[] b, Layout lb, int i, int j, int k) {
        double hi = 0;
        double lo = 0;
        double mag = 0;
        for (int p = 0; p < k; p++) {
            double x = a[la.off + i * la.rs + p * la.cs];
            double y = b[lb.off + p * lb.rs + j * lb.cs];
            double prod = x * y;
            double perr = Math.fma(x, y, -prod);
            double s = hi + prod;
            double bp = s - hi;
            lo += (hi - (s - bp)) + (prod - bp) + perr;
            hi = s;
            mag += Math.abs(prod);
        }
        return new double[] {hi + lo, mag};
    }

    @Test
    void float32EverySizeAndLayout() {
        Random rnd = new Random(21);
        int products = 0;
        for (int m = 1; m <= MAX; m++) {
            for (int n = 1; n <= MAX; n++) {
                for (int k = 1; k <= MAX; k++) {
                    // every layout pair over the sizes, cycling so each pair meets many shapes
                    Layout la = Layout.of(LAYOUTS[products % LAYOUTS.length], m, k);
                    Layout lb = Layout.of(LAYOUTS[products / LAYOUTS.length % LAYOUTS.length], k, n);
                    products++;
                    checkF32(m, n, k, la, lb, rnd);
                }
            }
        }
    }

    @Test
    void float64EverySizeAndLayout() {
        Random rnd = new Random(22);
        int products = 0;
        for (int m = 1; m <= MAX; m++) {
            for (int n = 1; n <= MAX; n++) {
                for (int k = 1; k <= MAX; k++) {
                    Layout la = Layout.of(LAYOUTS[products % LAYOUTS.length], m, k);
                    Layout lb = Layout.of(LAYOUTS[products / LAYOUTS.length % LAYOUTS.length], k, n);
                    products++;
                    checkF64(m, n, k, la, lb, rnd);
                }
            }
        }
    }

    /** The linear layer's shape and a few wider ones, in row-major layout, through both families. */
    @Test
    void rowMajorShapesOfTheSmallPath() {
        Random rnd = new Random(23);
        for (int[] s : new int[][] {{32, 5, 10}, {32, 32, 32}, {1, 33, 7}, {100, 3, 17}, {9, 40, 9}}) {
            checkF32(s[0], s[1], s[2], Layout.of("c", s[0], s[2]), Layout.of("c", s[2], s[1]), rnd);
            checkF64(s[0], s[1], s[2], Layout.of("c", s[0], s[2]), Layout.of("c", s[2], s[1]), rnd);
        }
    }

    private static void checkF32(int m, int n, int k, Layout la, Layout lb, Random rnd) {
        double[] av = values(la.length, rnd);
        double[] bv = values(lb.length, rnd);
        float[] a = new float[av.length];
        float[] b = new float[bv.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) av[i];
            av[i] = a[i];
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) bv[i];
            bv[i] = b[i];
        }
        // C with two padding columns and an offset, all zero inside the block and SENTINEL outside
        int ldc = n + 2;
        float[] cs = zeroBlockF32(m, n, ldc);
        float[] cv = zeroBlockF32(m, n, ldc);
        SCALAR.smallF32(m, n, k, a, la.off, la.rs, la.cs, b, lb.off, lb.rs, lb.cs, cs, 1, ldc);
        VECTOR.smallF32(m, n, k, a, la.off, la.rs, la.cs, b, lb.off, lb.rs, lb.cs, cv, 1, ldc);
        String what = "f32 " + m + "x" + k + "x" + n + " " + la.name + "@" + lb.name;
        for (int x = 0; x < cs.length; x++) {
            assertEquals(Float.floatToRawIntBits(cs[x]), Float.floatToRawIntBits(cv[x]),
                    what + ": vector differs from scalar at " + x);
            int r = (x - 1) / ldc;
            int col = (x - 1) % ldc;
            if (x == 0 || col >= n) {
                assertEquals((float) SENTINEL, cs[x], what + ": written outside C at " + x);
                continue;
            }
            double[] ref = reference(av, la, bv, lb, r, col, k);
            double bound = 2 * k * 0x1p-24 * ref[1] + Float.MIN_NORMAL;
            if (!(Math.abs(cs[x] - ref[0]) <= bound)) {
                throw new AssertionError(what + " C[" + r + "," + col + "] = " + cs[x] + ", reference " + ref[0]);
            }
        }
    }

    private static void checkF64(int m, int n, int k, Layout la, Layout lb, Random rnd) {
        double[] a = values(la.length, rnd);
        double[] b = values(lb.length, rnd);
        int ldc = n + 2;
        double[] cs = zeroBlockF64(m, n, ldc);
        double[] cv = zeroBlockF64(m, n, ldc);
        SCALAR.smallF64(m, n, k, a, la.off, la.rs, la.cs, b, lb.off, lb.rs, lb.cs, cs, 1, ldc);
        VECTOR.smallF64(m, n, k, a, la.off, la.rs, la.cs, b, lb.off, lb.rs, lb.cs, cv, 1, ldc);
        String what = "f64 " + m + "x" + k + "x" + n + " " + la.name + "@" + lb.name;
        for (int x = 0; x < cs.length; x++) {
            assertEquals(Double.doubleToRawLongBits(cs[x]), Double.doubleToRawLongBits(cv[x]),
                    what + ": vector differs from scalar at " + x);
            int r = (x - 1) / ldc;
            int col = (x - 1) % ldc;
            if (x == 0 || col >= n) {
                assertEquals(SENTINEL, cs[x], what + ": written outside C at " + x);
                continue;
            }
            double[] ref = reference(a, la, b, lb, r, col, k);
            double bound = 2 * k * 0x1p-53 * ref[1] + Double.MIN_NORMAL;
            if (!(Math.abs(cs[x] - ref[0]) <= bound)) {
                throw new AssertionError(what + " C[" + r + "," + col + "] = " + cs[x] + ", reference " + ref[0]);
            }
        }
    }

    /** 1 + m*ldc elements: SENTINEL, then m rows of n zeros and ldc - n SENTINELs (the last row's padding cut off). */
    private static float[] zeroBlockF32(int m, int n, int ldc) {
        float[] c = new float[1 + (m - 1) * ldc + n];
        java.util.Arrays.fill(c, (float) SENTINEL);
        for (int r = 0; r < m; r++) {
            java.util.Arrays.fill(c, 1 + r * ldc, 1 + r * ldc + n, 0f);
        }
        return c;
    }

    private static double[] zeroBlockF64(int m, int n, int ldc) {
        double[] c = new double[1 + (m - 1) * ldc + n];
        java.util.Arrays.fill(c, SENTINEL);
        for (int r = 0; r < m; r++) {
            java.util.Arrays.fill(c, 1 + r * ldc, 1 + r * ldc + n, 0.0);
        }
        return c;
    }
}
