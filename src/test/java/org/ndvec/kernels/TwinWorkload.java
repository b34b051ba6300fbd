package org.ndvec.kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import org.ndvec.kernels.scalar.ScalarFloat32Elementwise;
import org.ndvec.kernels.scalar.ScalarFloat64Elementwise;
import org.ndvec.kernels.scalar.ScalarReductionKernels;

/**
 * Every kernel with our own transcendental polynomial, run by a vector implementation and by the
 * scalar twin on the same inputs, compared bit for bit (any NaN equals any NaN): the unary
 * transcendentals of both float dtypes and the softmax exp passes, over tail-heavy sizes and
 * offsets, on inputs that mix random bit patterns (every binade, subnormals, NaN payloads),
 * dense values where the functions bend, and the special values. Shared by
 * {@link TranscendentalTwinsTest} (in this JVM, before and after C2 compiles the kernels) and by
 * {@link TwinWorkloadMain}, which the test runs in child JVMs that stay interpreted, stop at C1,
 * or use 256-bit vectors (-XX:UseAVX=2).
 */
final class TwinWorkload {
    static final UnaryOp[] OPS = {UnaryOp.EXP, UnaryOp.LOG, UnaryOp.TANH, UnaryOp.SIGMOID, UnaryOp.SILU,
        UnaryOp.GELU_TANH};
    static final int[] SIZES = sizes();
    static final int[] OFFSETS = {0, 1, 3, 13};

    private static final float[] SPECIAL32 = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
        Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, -Float.MIN_NORMAL, 0x1.fffffcp-127f, Float.MAX_VALUE,
        -Float.MAX_VALUE, 1f, -1f, 88.72283f, 88.72284f, 88.8f, -87.33655f, -87.34f, -103.97207f, -103.97208f, -104f,
        -104.1f, 104f, 9f, -9f, 9.01f, 12.5f, -12.5f, -12.6f, -10.95f, 20f, -20f, 0.6666666f, 0.6666667f, 1.3333333f,
        2f / 3, 4f / 3, 1e-30f, -1e-30f, 0x1p-24f, -0x1p-25f, 0.5f, -0.5f, 0.34657359f, -0.34657359f};
    private static final double[] SPECIAL64 = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 0x1.fffffffffffffp-1023,
        Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, -1.0, 709.782712893384, 709.7827128933841, 710, -708.3964185322641,
        -708.4, -745.1332191019411, -745.1332191019412, -746, -746.1, 20, -20, 19.06, 25, -25, -25.1, -21.6, 40,
        Math.sqrt(0.5), 0x1.6a09e667f3bcdp-1, 0x1.6a09e667f3bccp-1, Math.sqrt(2), 1e-300, -1e-300, 0x1p-53, -0x1p-54,
        0.173, -0.173, 0.34657359027997264, 2.5, -2.5, -1.8346158084475221, -3.44622283565883};

    private TwinWorkload() {
    }

    private static int[] sizes() {
        int[] s = new int[46];
        for (int i = 0; i < 40; i++) {
            s[i] = i + 1;
        }
        int[] more = {63, 64, 65, 207, 1000, 4098};
        System.arraycopy(more, 0, s, 40, more.length);
        return s;
    }

    /** Inputs for one run: a third random bits, a third dense where the functions bend, a third special. */
    static float[] floats(SplittableRandom rnd, int len) {
        float[] a = new float[len];
        for (int i = 0; i < len; i++) {
            a[i] = switch (rnd.nextInt(3)) {
                case 0 -> Float.intBitsToFloat(rnd.nextInt());
                case 1 -> (float) (rnd.nextDouble(-1, 1) * Math.pow(2, rnd.nextInt(-8, 8)));
                default -> SPECIAL32[rnd.nextInt(SPECIAL32.length)];
            };
        }
        return a;
    }

    /** As {@link #floats} for float64. */
    static double[] doubles(SplittableRandom rnd, int len) {
        double[] a = new double[len];
        for (int i = 0; i < len; i++) {
            a[i] = switch (rnd.nextInt(3)) {
                case 0 -> Double.longBitsToDouble(rnd.nextLong());
                case 1 -> rnd.nextDouble(-1, 1) * Math.pow(2, rnd.nextInt(-8, 10));
                default -> SPECIAL64[rnd.nextInt(SPECIAL64.length)];
            };
        }
        return a;
    }

    /**
     * Runs every kernel through both implementations; returns the mismatches (empty when every
     * bit agrees) and adds the scalar results' bits to {@code digest}. {@code limit} caps the
     * sizes (the child JVMs run fewer).
     */
    static List<String> compare(Float32Elementwise v32, Float64Elementwise v64, ReductionKernels vr, long seed,
                                int limit, CRC32 digest) {
        Float32Elementwise s32 = new ScalarFloat32Elementwise();
        Float64Elementwise s64 = new ScalarFloat64Elementwise();
        ReductionKernels sr = new ScalarReductionKernels();
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> bad = new ArrayList<>();
        for (int n : SIZES) {
            if (n > limit) {
                continue;
            }
            for (int off : OFFSETS) {
                float[] a = floats(rnd, n + off);
                double[] d = doubles(rnd, n + off);
                for (UnaryOp op : OPS) {
                    float[] o1 = new float[n + off];
                    float[] o2 = new float[n + off];
                    s32.unary(op, 0, a, off, 1, o1, off, 1, n);
                    v32.unary(op, 0, a, off, 1, o2, off, 1, n);
                    check(o1, o2, a, "float32 " + op + " n=" + n + " off=" + off, bad, digest);
                    double[] p1 = new double[n + off];
                    double[] p2 = new double[n + off];
                    s64.unary(op, 0, d, off, 1, p1, off, 1, n);
                    v64.unary(op, 0, d, off, 1, p2, off, 1, n);
                    check(p1, p2, d, "float64 " + op + " n=" + n + " off=" + off, bad, digest);
                }
                expPasses(sr, vr, rnd, n, off, bad, digest);
            }
        }
        return bad;
    }

    /** The softmax passes: logits of a realistic spread, shifted by their maximum, by 0, and by a special value. */
    private static void expPasses(ReductionKernels sr, ReductionKernels vr, SplittableRandom rnd, int n, int off,
                                  List<String> bad, CRC32 digest) {
        float[] a = new float[n + off];
        double[] d = new double[n + off];
        for (int i = 0; i < n + off; i++) {
            d[i] = rnd.nextInt(50) == 0 ? SPECIAL64[rnd.nextInt(SPECIAL64.length)] : rnd.nextGaussian() * 8;
            a[i] = rnd.nextInt(50) == 0 ? SPECIAL32[rnd.nextInt(SPECIAL32.length)] : (float) (rnd.nextGaussian() * 8);
        }
        for (float shift : new float[] {sr.max(a, off, n), 0f, -90f}) {
            String where = " n=" + n + " off=" + off + " shift=" + shift;
            sums(sr.sumExp(a, off, n, shift), vr.sumExp(a, off, n, shift), "float32 sumExp" + where, bad, digest);
            float[] o1 = new float[n + off];
            float[] o2 = new float[n + off];
            sums(sr.expInto(a, off, shift, o1, off, n), vr.expInto(a, off, shift, o2, off, n),
                    "float32 expInto" + where, bad, digest);
            check(o1, o2, a, "float32 expInto" + where, bad, digest);
            sums(sr.shiftInto(a, off, shift, o1, off, n), vr.shiftInto(a, off, shift, o2, off, n),
                    "float32 shiftInto" + where, bad, digest);
            check(o1, o2, a, "float32 shiftInto" + where, bad, digest);
        }
        for (double shift : new double[] {sr.max(d, off, n), 0, -700}) {
            String where = " n=" + n + " off=" + off + " shift=" + shift;
            sums(sr.sumExp(d, off, n, shift), vr.sumExp(d, off, n, shift), "float64 sumExp" + where, bad, digest);
            double[] o1 = new double[n + off];
            double[] o2 = new double[n + off];
            sums(sr.expInto(d, off, shift, o1, off, n), vr.expInto(d, off, shift, o2, off, n),
                    "float64 expInto" + where, bad, digest);
            check(o1, o2, d, "float64 expInto" + where, bad, digest);
            sums(sr.shiftInto(d, off, shift, o1, off, n), vr.shiftInto(d, off, shift, o2, off, n),
                    "float64 shiftInto" + where, bad, digest);
            check(o1, o2, d, "float64 shiftInto" + where, bad, digest);
        }
    }

    private static long bits(double v) {
        return Double.isNaN(v) ? 0x7ff8000000000000L : Double.doubleToRawLongBits(v);
    }

    private static void sums(double s1, double s2, String what, List<String> bad, CRC32 digest) {
        if (bits(s1) != bits(s2)) {
            bad.add(what + ": sum " + s1 + " (scalar) != " + s2);
        }
        update(digest, bits(s1));
    }

    private static void check(float[] scalar, float[] vector, float[] in, String what, List<String> bad, CRC32 digest) {
        for (int i = 0; i < scalar.length; i++) {
            long b = bits(scalar[i]);
            if (b != bits(vector[i]) && bad.size() < 50) {
                bad.add(what + " at " + i + ": x=" + in[i] + " (" + Float.floatToRawIntBits(in[i]) + "): scalar "
                        + scalar[i] + " vector " + vector[i]);
            }
            update(digest, b);
        }
    }

    private static void check(double[] scalar, double[] vector, double[] in, String what, List<String> bad,
                              CRC32 digest) {
        for (int i = 0; i < scalar.length; i++) {
            long b = bits(scalar[i]);
            if (b != bits(vector[i]) && bad.size() < 50) {
                bad.add(what + " at " + i + ": x=" + in[i] + ": scalar " + scalar[i] + " vector " + vector[i]);
            }
            update(digest, b);
        }
    }

    private static void update(CRC32 digest, long b) {
        for (int k = 0; k < 8; k++) {
            digest.update((int) (b >>> (8 * k)));
        }
    }
}
