package org.ndvec.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ndvec.kernels.scalar.ScalarFloat32Elementwise;
import org.ndvec.kernels.scalar.ScalarFloat64Elementwise;
import org.ndvec.kernels.scalar.ScalarInt32Elementwise;
import org.ndvec.kernels.scalar.ScalarInt64Elementwise;

/**
 * Every vector kernel against its scalar twin over tail-heavy sizes and strides (including
 * 0 for a broadcast operand). IEEE arithmetic, min/max and bit operations must agree bit for
 * bit; transcendentals within their ulp bounds (the scalar twin computes in double and rounds once).
 */
class ElementwiseDifferentialTest {
    private static final int[] SIZES = {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 33, 100, 207, 1023, 1025, 4099};
    private static final int[] STRIDES = {-3, -2, -1, 1, 2, 3};
    private static final Float32Elementwise S32 = new ScalarFloat32Elementwise();
    private static final Float32Elementwise V32 = KernelProvider.vector(Float32Elementwise.class,
            "org.ndvec.kernels.vector.VectorFloat32Elementwise").orElse(S32);
    private static final Float64Elementwise S64 = new ScalarFloat64Elementwise();
    private static final Float64Elementwise V64 = KernelProvider.vector(Float64Elementwise.class,
            "org.ndvec.kernels.vector.VectorFloat64Elementwise").orElse(S64);
    private static final Int32Elementwise SI32 = new ScalarInt32Elementwise();
    private static final Int32Elementwise VI32 = KernelProvider.vector(Int32Elementwise.class,
            "org.ndvec.kernels.vector.VectorInt32Elementwise").orElse(SI32);
    private static final Int64Elementwise SI64 = new ScalarInt64Elementwise();
    private static final Int64Elementwise VI64 = KernelProvider.vector(Int64Elementwise.class,
            "org.ndvec.kernels.vector.VectorInt64Elementwise").orElse(SI64);

    private final Random rnd = new Random(11);

    private static int start(int n, int stride) {
        return stride < 0 ? (n - 1) * -stride : 0;
    }

    private static int len(int n, int stride) {
        return Math.max(1, n * Math.max(1, Math.abs(stride)));
    }

    private float[] floats(int len) {
        float[] a = new float[len];
        for (int i = 0; i < len; i++) {
            int k = rnd.nextInt(40);
            a[i] = k == 0 ? Float.NaN : k == 1 ? -0.0f : k == 2 ? 0.0f : k == 3 ? Float.POSITIVE_INFINITY
                    : (float) (rnd.nextGaussian() * 10);
        }
        return a;
    }

    @Test
    void float32BinaryMatchesScalarTwin() {
        for (BinaryOp op : BinaryOp.values()) {
            if (op.isBitwise()) {
                continue;
            }
            for (int n : SIZES) {
                for (int sa : STRIDES) {
                    for (int sb : new int[] {0, 1, sa}) {
                        float[] a = floats(len(n, sa));
                        float[] b = floats(len(n, sb));
                        float[] o1 = new float[len(n, sa)];
                        float[] o2 = new float[len(n, sa)];
                        S32.binary(op, a, start(n, sa), sa, b, start(n, sb), sb, o1, start(n, sa), sa, n);
                        V32.binary(op, a, start(n, sa), sa, b, start(n, sb), sb, o2, start(n, sa), sa, n);
                        assertBits(o1, o2, op + " n=" + n + " strides " + sa + "," + sb, op == BinaryOp.POW ? 1 : 0);
                    }
                }
            }
        }
    }

    @Test
    void float64BinaryMatchesScalarTwin() {
        for (BinaryOp op : BinaryOp.values()) {
            if (op.isBitwise()) {
                continue;
            }
            for (int n : SIZES) {
                for (int s : STRIDES) {
                    for (int sb : new int[] {0, 1}) {
                        double[] a = toDouble(floats(len(n, s)));
                        double[] b = toDouble(floats(len(n, sb)));
                        double[] o1 = new double[len(n, s)];
                        double[] o2 = new double[len(n, s)];
                        S64.binary(op, a, start(n, s), s, b, start(n, sb), sb, o1, start(n, s), s, n);
                        V64.binary(op, a, start(n, s), s, b, start(n, sb), sb, o2, start(n, s), s, n);
                        for (int i = 0; i < o1.length; i++) {
                            assertEquals(Double.doubleToLongBits(o1[i]), Double.doubleToLongBits(o2[i]),
                                    op + " n=" + n + " stride " + s + "," + sb + " at " + i);
                        }
                    }
                }
            }
        }
    }

    /**
     * A broadcast first operand (stride 0: {@code 1 - x}, clip's {@code np.maximum(lo, x)}) against a
     * row, every operator and dtype; the scalar includes NaN, signed zeros and infinities, where
     * maximum/minimum must keep the operand order.
     */
    @Test
    void scalarFirstOperandMatchesScalarTwin() {
        for (BinaryOp op : BinaryOp.values()) {
            for (int n : SIZES) {
                for (float scalar : new float[] {Float.NaN, -0.0f, 0.0f, Float.POSITIVE_INFINITY, 1.5f, -3f}) {
                    float[] b = floats(n);
                    if (!op.isBitwise()) {
                        float[] a = {scalar};
                        float[] o1 = new float[n];
                        float[] o2 = new float[n];
                        S32.binary(op, a, 0, 0, b, 0, 1, o1, 0, 1, n);
                        V32.binary(op, a, 0, 0, b, 0, 1, o2, 0, 1, n);
                        assertBits(o1, o2, op + " n=" + n + " scalar " + scalar + " first", op == BinaryOp.POW ? 1 : 0);
                        double[] da = {scalar};
                        double[] db = toDouble(b);
                        double[] d1 = new double[n];
                        double[] d2 = new double[n];
                        S64.binary(op, da, 0, 0, db, 0, 1, d1, 0, 1, n);
                        V64.binary(op, da, 0, 0, db, 0, 1, d2, 0, 1, n);
                        for (int i = 0; i < n; i++) {
                            assertEquals(Double.doubleToLongBits(d1[i]), Double.doubleToLongBits(d2[i]),
                                    op + " float64 n=" + n + " scalar " + scalar + " first, at " + i);
                        }
                    }
                    if (op != BinaryOp.DIV && !Float.isNaN(scalar) && !Float.isInfinite(scalar)) {
                        int[] ia = {(int) scalar};
                        int[] ib = rnd.ints(n, 0, 9).toArray();
                        int[] i1 = new int[n];
                        int[] i2 = new int[n];
                        SI32.binary(op, ia, 0, 0, ib, 0, 1, i1, 0, 1, n);
                        VI32.binary(op, ia, 0, 0, ib, 0, 1, i2, 0, 1, n);
                        org.junit.jupiter.api.Assertions.assertArrayEquals(i1, i2, op + " int32 n=" + n + " scalar first");
                        long[] la = {(long) scalar};
                        long[] lb = rnd.longs(n, 0, 9).toArray();
                        long[] l1 = new long[n];
                        long[] l2 = new long[n];
                        SI64.binary(op, la, 0, 0, lb, 0, 1, l1, 0, 1, n);
                        VI64.binary(op, la, 0, 0, lb, 0, 1, l2, 0, 1, n);
                        org.junit.jupiter.api.Assertions.assertArrayEquals(l1, l2, op + " int64 n=" + n + " scalar first");
                    }
                }
            }
        }
    }

    private static boolean cmp(CompareOp op, double x, double y) {
        return switch (op) {
            case EQ -> x == y;
            case NE -> x != y;
            case LT -> x < y;
            case LE -> x <= y;
            case GT -> x > y;
            case GE -> x >= y;
        };
    }

    private static boolean cmp(CompareOp op, long x, long y) {
        return switch (op) {
            case EQ -> x == y;
            case NE -> x != y;
            case LT -> x < y;
            case LE -> x <= y;
            case GT -> x > y;
            case GE -> x >= y;
        };
    }

    /**
     * Comparisons of every dtype, vector and scalar kernels, against Java's operators on the same
     * values (NaN unequal to everything, -0.0 == 0.0): two rows, a row and a scalar, and a
     * reversed row (the scalar loop); values drawn from a few, so that ties are common.
     */
    @Test
    void comparisonsMatchJavaOperators() {
        for (CompareOp op : CompareOp.values()) {
            for (int n : SIZES) {
                for (int[] st : new int[][] {{1, 1}, {1, 0}, {-1, 1}}) {
                    int sa = st[0];
                    int sb = st[1];
                    float[] fa = floats(len(n, sa));
                    float[] fb = floats(len(n, sb));
                    for (int i = 0; i < fa.length; i++) {
                        fa[i] = i % 3 == 0 ? fb[(i * 7) % fb.length] : fa[i];
                    }
                    double[] da = toDouble(fa);
                    double[] db = toDouble(fb);
                    int[] ia = rnd.ints(len(n, sa), -3, 4).toArray();
                    int[] ib = rnd.ints(len(n, sb), -3, 4).toArray();
                    long[] la = rnd.longs(len(n, sa), -3, 4).toArray();
                    long[] lb = rnd.longs(len(n, sb), -3, 4).toArray();
                    for (Object k : new Object[] {S32, V32, S64, V64, SI32, VI32, SI64, VI64}) {
                        byte[] out = new byte[Math.max(1, n)];
                        switch (k) {
                            case Float32Elementwise f -> f.compare(op, fa, start(n, sa), sa, fb, 0, sb, out, 0, 1, n);
                            case Float64Elementwise f -> f.compare(op, da, start(n, sa), sa, db, 0, sb, out, 0, 1, n);
                            case Int32Elementwise f -> f.compare(op, ia, start(n, sa), sa, ib, 0, sb, out, 0, 1, n);
                            case Int64Elementwise f -> f.compare(op, la, start(n, sa), sa, lb, 0, sb, out, 0, 1, n);
                            default -> throw new AssertionError(k);
                        }
                        for (int i = 0; i < n; i++) {
                            int ai = start(n, sa) + i * sa;
                            int bi = i * sb;
                            boolean want = switch (k) {
                                case Float32Elementwise f -> cmp(op, fa[ai], fb[bi]);
                                case Float64Elementwise f -> cmp(op, da[ai], db[bi]);
                                case Int32Elementwise f -> cmp(op, (long) ia[ai], ib[bi]);
                                default -> cmp(op, la[ai], lb[bi]);
                            };
                            assertEquals(want ? 1 : 0, out[i], k.getClass().getSimpleName() + " " + op + " n=" + n
                                    + " strides " + sa + "," + sb + " at " + i);
                        }
                    }
                }
            }
        }
    }

    /** isnan, isinf and isfinite, vector and scalar kernels, against Java's tests of the same values. */
    @Test
    void predicatesMatchJavaTests() {
        for (Predicate test : Predicate.values()) {
            for (int n : SIZES) {
                for (int sa : new int[] {1, -2}) {
                    float[] fa = floats(len(n, sa));
                    for (int i = 0; i < fa.length; i += 5) {
                        fa[i] = i % 2 == 0 ? Float.NEGATIVE_INFINITY : Float.intBitsToFloat(0x7fc00001 + i);
                    }
                    double[] da = toDouble(fa);
                    for (Object k : new Object[] {S32, V32, S64, V64}) {
                        byte[] out = new byte[Math.max(1, n)];
                        if (k instanceof Float32Elementwise f) {
                            f.predicate(test, fa, start(n, sa), sa, out, 0, 1, n);
                        } else {
                            ((Float64Elementwise) k).predicate(test, da, start(n, sa), sa, out, 0, 1, n);
                        }
                        for (int i = 0; i < n; i++) {
                            double v = da[start(n, sa) + i * sa];
                            boolean want = switch (test) {
                                case ISNAN -> Double.isNaN(v);
                                case ISINF -> Double.isInfinite(v);
                                case ISFINITE -> Double.isFinite(v);
                            };
                            assertEquals(want ? 1 : 0, out[i], k.getClass().getSimpleName() + " " + test + " n=" + n
                                    + " stride " + sa + " at " + i);
                        }
                    }
                }
            }
        }
    }

    @Test
    void shiftsMatchScalarTwinForEveryCount() {
        // counts from -70 to 70 reach past both widths, where NumPy's result (0, or the sign for
        // right shifts) differs from Java's masked count; the vector loops blend those lanes
        for (BinaryOp op : new BinaryOp[] {BinaryOp.LEFT_SHIFT, BinaryOp.RIGHT_SHIFT}) {
            for (int n : SIZES) {
                for (int sb : new int[] {0, 1}) {
                    int[] a = rnd.ints(n, Integer.MIN_VALUE, Integer.MAX_VALUE).toArray();
                    int[] b = rnd.ints(len(n, sb), -70, 71).toArray();
                    int[] o1 = new int[n];
                    int[] o2 = new int[n];
                    SI32.binary(op, a, 0, 1, b, 0, sb, o1, 0, 1, n);
                    VI32.binary(op, a, 0, 1, b, 0, sb, o2, 0, 1, n);
                    org.junit.jupiter.api.Assertions.assertArrayEquals(o1, o2, op + " int32 n=" + n);
                    long[] la = rnd.longs(n).toArray();
                    long[] lb = rnd.longs(len(n, sb), -70, 71).toArray();
                    long[] l1 = new long[n];
                    long[] l2 = new long[n];
                    SI64.binary(op, la, 0, 1, lb, 0, sb, l1, 0, 1, n);
                    VI64.binary(op, la, 0, 1, lb, 0, sb, l2, 0, 1, n);
                    org.junit.jupiter.api.Assertions.assertArrayEquals(l1, l2, op + " int64 n=" + n);
                }
            }
        }
    }

    @Test
    void integerKernelsMatchScalarTwin() {
        for (BinaryOp op : BinaryOp.values()) {
            if (op == BinaryOp.DIV) {
                continue;
            }
            for (int n : SIZES) {
                for (int s : STRIDES) {
                    for (int sb : new int[] {0, 1}) {
                        int[] a = rnd.ints(len(n, s), -50, 50).toArray();
                        int[] b = rnd.ints(len(n, sb), 0, 9).toArray();
                        int[] o1 = new int[len(n, s)];
                        int[] o2 = new int[len(n, s)];
                        SI32.binary(op, a, start(n, s), s, b, start(n, sb), sb, o1, start(n, s), s, n);
                        VI32.binary(op, a, start(n, s), s, b, start(n, sb), sb, o2, start(n, s), s, n);
                        org.junit.jupiter.api.Assertions.assertArrayEquals(o1, o2, op + " int32 n=" + n);
                        long[] la = rnd.longs(len(n, s), -50, 50).toArray();
                        long[] lb = rnd.longs(len(n, sb), 0, 9).toArray();
                        long[] l1 = new long[len(n, s)];
                        long[] l2 = new long[len(n, s)];
                        SI64.binary(op, la, start(n, s), s, lb, start(n, sb), sb, l1, start(n, s), s, n);
                        VI64.binary(op, la, start(n, s), s, lb, start(n, sb), sb, l2, start(n, s), s, n);
                        org.junit.jupiter.api.Assertions.assertArrayEquals(l1, l2, op + " int64 n=" + n);
                    }
                }
            }
        }
        for (UnaryOp op : new UnaryOp[] {UnaryOp.NEG, UnaryOp.ABS, UnaryOp.SQUARE, UnaryOp.INVERT, UnaryOp.SIGN}) {
            for (int n : SIZES) {
                int[] a = rnd.ints(n, Integer.MIN_VALUE, Integer.MAX_VALUE).toArray();
                int[] o1 = new int[n];
                int[] o2 = new int[n];
                SI32.unary(op, 0, a, 0, 1, o1, 0, 1, n);
                VI32.unary(op, 0, a, 0, 1, o2, 0, 1, n);
                org.junit.jupiter.api.Assertions.assertArrayEquals(o1, o2, op + " n=" + n);
            }
        }
    }

    @Test
    void floatUnaryAndFmaMatchScalarTwin() {
        for (UnaryOp op : UnaryOp.values()) {
            if (op == UnaryOp.INVERT) {
                continue;
            }
            int ulps = switch (op) {
                case EXP, LOG, SIGMOID -> 2;
                case TANH, GELU_TANH, SILU -> 4; // silu multiplies once more than sigmoid
                default -> 0;
            };
            for (int n : SIZES) {
                for (int s : STRIDES) {
                    float[] a = floats(len(n, s));
                    float[] o1 = new float[len(n, s)];
                    float[] o2 = new float[len(n, s)];
                    S32.unary(op, 0.1, a, start(n, s), s, o1, start(n, s), s, n);
                    V32.unary(op, 0.1, a, start(n, s), s, o2, start(n, s), s, n);
                    assertBits(o1, o2, op + " n=" + n + " stride " + s, ulps);
                }
            }
        }
        for (int n : SIZES) {
            float[] a = floats(n);
            float[] b = floats(n);
            float[] c = floats(n);
            float[] o1 = new float[n];
            float[] o2 = new float[n];
            S32.fma(a, 0, 1, b, 0, 1, c, 0, 1, o1, 0, 1, n);
            V32.fma(a, 0, 1, b, 0, 1, c, 0, 1, o2, 0, 1, n);
            assertBits(o1, o2, "fma n=" + n, 0);
        }
    }

    private static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i] * 1.000000123;
        }
        return d;
    }

    private static void assertBits(float[] want, float[] got, String what, int ulps) {
        for (int i = 0; i < want.length; i++) {
            if (Float.floatToIntBits(want[i]) == Float.floatToIntBits(got[i])) {
                continue;
            }
            boolean ok = ulps > 0 && Float.isFinite(want[i]) && Math.abs(want[i] - got[i]) <= ulps * Math.ulp(want[i]);
            if (!ok) {
                assertEquals(want[i], got[i], what + " at " + i);
                assertEquals(Float.floatToIntBits(want[i]), Float.floatToIntBits(got[i]), what + " at " + i);
            }
        }
    }
}
