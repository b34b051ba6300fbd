package org.ndvec.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ndvec.kernels.GemmKernels;
import org.ndvec.kernels.KernelProvider;
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

    @Test
    void everySizeAndLayout() {
        Random rnd = new Random(21);
        for (boolean f32 : new boolean[] {true, false}) {
            int products = 0;
            for (int m = 1; m <= MAX; m++) {
                for (int n = 1; n <= MAX; n++) {
                    for (int k = 1; k <= MAX; k++) {
                        // every layout pair over the sizes, cycling so each pair meets many shapes
                        Layout la = Layout.of(LAYOUTS[products % LAYOUTS.length], m, k);
                        Layout lb = Layout.of(LAYOUTS[products / LAYOUTS.length % LAYOUTS.length], k, n);
                        products++;
                        check(f32, m, n, k, la, lb, rnd);
                    }
                }
            }
        }
    }

    /** The linear layer's shape and a few wider ones, in row-major layout, through both families. */
    @Test
    void rowMajorShapesOfTheSmallPath() {
        Random rnd = new Random(23);
        for (int[] s : new int[][] {{32, 5, 10}, {32, 32, 32}, {1, 33, 7}, {100, 3, 17}, {9, 40, 9}}) {
            for (boolean f32 : new boolean[] {true, false}) {
                check(f32, s[0], s[1], s[2], Layout.of("c", s[0], s[2]), Layout.of("c", s[2], s[1]), rnd);
            }
        }
    }

    /**
     * Runs both families on one product (float32 when {@code f32}, the operands rounded to float
     * first so the reference sees the values the kernels see) into C with an offset of 1 and two
     * padding columns, zero inside the m x n block and SENTINEL outside, sized so that the last
     * row's padding is cut off; then compares bits, the untouched padding and the reference bound.
     */
    private static void check(boolean f32, int m, int n, int k, Layout la, Layout lb, Random rnd) {
        double[] a = values(la.length, rnd);
        double[] b = values(lb.length, rnd);
        int ldc = n + 2;
        double[] cs = new double[1 + (m - 1) * ldc + n];
        java.util.Arrays.fill(cs, SENTINEL);
        for (int r = 0; r < m; r++) {
            java.util.Arrays.fill(cs, 1 + r * ldc, 1 + r * ldc + n, 0.0);
        }
        double[] cv = cs.clone();
        if (f32) {
            float[] af = toFloat(a);
            float[] bf = toFloat(b);
            float[] csf = toFloat(cs);
            float[] cvf = toFloat(cv);
            SCALAR.smallF32(m, n, k, af, la.off, la.rs, la.cs, bf, lb.off, lb.rs, lb.cs, csf, 1, ldc);
            VECTOR.smallF32(m, n, k, af, la.off, la.rs, la.cs, bf, lb.off, lb.rs, lb.cs, cvf, 1, ldc);
            a = toDouble(af);
            b = toDouble(bf);
            cs = toDouble(csf);
            cv = toDouble(cvf);
        } else {
            SCALAR.smallF64(m, n, k, a, la.off, la.rs, la.cs, b, lb.off, lb.rs, lb.cs, cs, 1, ldc);
            VECTOR.smallF64(m, n, k, a, la.off, la.rs, la.cs, b, lb.off, lb.rs, lb.cs, cv, 1, ldc);
        }
        double eps = f32 ? 0x1p-24 : 0x1p-53;
        String what = (f32 ? "f32 " : "f64 ") + m + "x" + k + "x" + n + " " + la.name + "@" + lb.name;
        for (int x = 0; x < cs.length; x++) {
            assertEquals(Double.doubleToRawLongBits(cs[x]), Double.doubleToRawLongBits(cv[x]),
                    what + ": vector differs from scalar at " + x);
            int r = (x - 1) / ldc;
            int col = (x - 1) % ldc;
            if (x == 0 || col >= n) {
                assertEquals(SENTINEL, cs[x], what + ": written outside C at " + x);
                continue;
            }
            double[] av = a;
            double[] bv = b;
            double[] ref = GemmAccuracyTest.compensatedDot(k, p -> av[la.off + r * la.rs + p * la.cs],
                    p -> bv[lb.off + p * lb.rs + col * lb.cs]);
            double bound = 2 * k * eps * ref[1] + (f32 ? Float.MIN_NORMAL : Double.MIN_NORMAL);
            if (!(Math.abs(cs[x] - ref[0]) <= bound)) {
                throw new AssertionError(what + " C[" + r + "," + col + "] = " + cs[x] + ", reference " + ref[0]);
            }
        }
    }

    private static float[] toFloat(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }

    private static double[] toDouble(float[] f) {
        double[] v = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            v[i] = f[i];
        }
        return v;
    }
}
