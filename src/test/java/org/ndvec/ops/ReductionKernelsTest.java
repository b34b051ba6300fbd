package org.ndvec.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ndvec.kernels.KernelProvider;
import org.ndvec.kernels.ReductionKernels;
import org.ndvec.kernels.scalar.ScalarReductionKernels;

/**
 * The vector reduction kernels against the scalar ones (and both against independent
 * truths: exact BigDecimal sums, Math.max semantics, a first-index search) over tail-heavy
 * sizes and offsets, with enough repetitions that C2 compiles the vector paths.
 */
class ReductionKernelsTest {
    private static final int[] SIZES = {1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 33, 100, 207, 1023, 1025, 4099};

    private final ReductionKernels scalar = new ScalarReductionKernels();
    private final ReductionKernels vector = KernelProvider.vector(ReductionKernels.class,
            "org.ndvec.kernels.vector.VectorReductionKernels").orElse(scalar);

    private static double exactSum(double[] a, int off, int n) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            s = s.add(new BigDecimal(a[off + i]));
        }
        return s.doubleValue();
    }

    private static double exactSum(float[] a, int off, int n) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            s = s.add(new BigDecimal(a[off + i]));
        }
        return s.doubleValue();
    }

    @Test
    void rowReductionsAgreeOverTailSizes() {
        Random rnd = new Random(11);
        for (int rep = 0; rep < 20; rep++) {
            for (int n : SIZES) {
                int off = rep % 3;
                double[] d = new double[n + off + 2];
                float[] f = new float[n + off + 2];
                for (int i = 0; i < d.length; i++) {
                    d[i] = rnd.nextGaussian() * 10;
                    f[i] = (float) (rnd.nextGaussian() * 10);
                }
                double sumD = exactSum(d, off, n);
                double absD = 0;
                for (int i = 0; i < n; i++) {
                    absD += Math.abs(d[off + i]);
                }
                // pairwise bound: (8 + log2 n) eps sum|x| with margin; both implementations
                double bound = (12 + 32 - Integer.numberOfLeadingZeros(n)) * 0x1p-53 * absD;
                assertTrue(Math.abs(vector.sum(d, off, n) - sumD) <= bound, "vector f64 sum n=" + n);
                assertTrue(Math.abs(scalar.sum(d, off, n) - sumD) <= bound, "scalar f64 sum n=" + n);
                // float32: at most 8 float additions per lane, then double: (8 + 5) eps32 sum|x|
                double sumF = exactSum(f, off, n);
                double absF = 0;
                for (int i = 0; i < n; i++) {
                    absF += Math.abs(f[off + i]);
                }
                double boundF = 13 * 0x1p-24 * absF;
                assertTrue(Math.abs(vector.sum(f, off, n) - sumF) <= boundF, "vector f32 sum n=" + n);
                assertTrue(Math.abs(scalar.sum(f, off, n) - sumF) <= boundF, "scalar f32 sum n=" + n);

                float maxF = Float.NEGATIVE_INFINITY;
                float minF = Float.POSITIVE_INFINITY;
                double maxD = Double.NEGATIVE_INFINITY;
                int argMaxF = -1;
                int argMinD = -1;
                double minD = Double.POSITIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    if (f[off + i] > maxF) {
                        maxF = f[off + i];
                        argMaxF = i;
                    }
                    minF = Math.min(minF, f[off + i]);
                    maxD = Math.max(maxD, d[off + i]);
                    if (d[off + i] < minD) {
                        minD = d[off + i];
                        argMinD = i;
                    }
                }
                assertEquals(maxF, vector.max(f, off, n));
                assertEquals(maxF, scalar.max(f, off, n));
                assertEquals(minF, vector.min(f, off, n));
                assertEquals(maxD, vector.max(d, off, n));
                assertEquals(minD, vector.min(d, off, n));
                assertEquals(argMaxF, vector.argmax(f, off, n));
                assertEquals(argMaxF, scalar.argmax(f, off, n));
                assertEquals(argMinD, vector.argmin(d, off, n));
                assertEquals(argMinD, scalar.argmin(d, off, n));
                assertEquals(scalar.argmin(f, off, n), vector.argmin(f, off, n));
                assertEquals(scalar.argmax(d, off, n), vector.argmax(d, off, n));

                double mean = sumD / n;
                assertEquals(scalar.sumSquaredDeviations(d, off, n, mean), vector.sumSquaredDeviations(d, off, n, mean),
                        1e-12 * (1 + scalar.sumSquaredDeviations(d, off, n, mean)));
                assertEquals(scalar.sumSquaredDeviations(f, off, n, mean), vector.sumSquaredDeviations(f, off, n, mean),
                        1e-12 * (1 + scalar.sumSquaredDeviations(f, off, n, mean)));
            }
        }
    }

    @Test
    void nanPropagatesAndArgmaxFindsTheFirstNaN() {
        for (int n : SIZES) {
            for (int at : new int[] {0, n / 2, n - 1}) {
                float[] f = new float[n];
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    f[i] = i % 5;
                    d[i] = -(i % 7);
                }
                f[at] = Float.NaN;
                d[at] = Double.NaN;
                if (at + 1 < n) {
                    f[n - 1] = Float.NaN; // a later NaN must not win
                    d[n - 1] = Double.NaN;
                }
                for (ReductionKernels k : new ReductionKernels[] {scalar, vector}) {
                    assertTrue(Float.isNaN(k.max(f, 0, n)), k.name() + " max n=" + n);
                    assertTrue(Float.isNaN(k.min(f, 0, n)));
                    assertTrue(Double.isNaN(k.max(d, 0, n)));
                    assertTrue(Double.isNaN(k.min(d, 0, n)));
                    assertEquals(at, k.argmax(f, 0, n), k.name() + " argmax n=" + n);
                    assertEquals(at, k.argmin(f, 0, n));
                    assertEquals(at, k.argmax(d, 0, n));
                    assertEquals(at, k.argmin(d, 0, n));
                }
            }
        }
    }

    @Test
    void argmaxReturnsTheFirstOfEqualMaxima() {
        for (int n : SIZES) {
            float[] f = new float[n];
            double[] d = new double[n];
            java.util.Arrays.fill(f, 3f);
            java.util.Arrays.fill(d, -2.0);
            for (ReductionKernels k : new ReductionKernels[] {scalar, vector}) {
                assertEquals(0, k.argmax(f, 0, n));
                assertEquals(0, k.argmin(d, 0, n));
            }
        }
    }

    @Test
    void accumulationRowsAgree() {
        Random rnd = new Random(5);
        for (int rep = 0; rep < 10; rep++) {
            for (int n : SIZES) {
                float[] f = new float[n + 1];
                double[] d = new double[n + 1];
                double[] mean = new double[n + 2];
                for (int i = 0; i <= n; i++) {
                    f[i] = (float) rnd.nextGaussian();
                    d[i] = rnd.nextGaussian();
                }
                for (int i = 0; i < mean.length; i++) {
                    mean[i] = rnd.nextGaussian();
                }
                for (int op = 0; op < 4; op++) {
                    double[] a1 = new double[n + 2];
                    double[] a2 = new double[n + 2];
                    double[] b1 = new double[n + 2];
                    double[] b2 = new double[n + 2];
                    for (int i = 0; i < a1.length; i++) {
                        a1[i] = a2[i] = b1[i] = b2[i] = rnd.nextGaussian();
                    }
                    switch (op) {
                        case 0 -> {
                            // rows overlap (stride 1) on purpose: any rows of the array will do
                            int rows = 1 + rep + rep / 2; // 1 .. 14: one 8-row group and leftovers
                            int len = Math.max(0, n - rows + 1);
                            double[] start = a1.clone();
                            scalar.accumulateSum(f, 0, 1, rows, a1, 2, len);
                            vector.accumulateSum(f, 0, 1, rows, a2, 2, len);
                            // truth: the exact double sum; float32 groups of 8 add at most 3 float roundings
                            for (int i = 0; i < len; i++) {
                                double exact = start[2 + i];
                                double abs = Math.abs(start[2 + i]);
                                for (int r = 0; r < rows; r++) {
                                    exact += f[r + i];
                                    abs += Math.abs(f[r + i]);
                                }
                                assertEquals(exact, a2[2 + i], 4 * 0x1p-24 * abs, "f32 group sum n=" + n);
                                assertEquals(a1[2 + i], a2[2 + i], "scalar and vector round alike, n=" + n);
                            }
                            scalar.accumulateSum(d, 0, 1, rows, b1, 2, len);
                            vector.accumulateSum(d, 0, 1, rows, b2, 2, len);
                        }
                        case 1 -> {
                            scalar.accumulateMax(f, 1, a1, 2, n);
                            vector.accumulateMax(f, 1, a2, 2, n);
                            scalar.accumulateMax(d, 1, b1, 2, n);
                            vector.accumulateMax(d, 1, b2, 2, n);
                        }
                        case 2 -> {
                            scalar.accumulateMin(f, 1, a1, 2, n);
                            vector.accumulateMin(f, 1, a2, 2, n);
                            scalar.accumulateMin(d, 1, b1, 2, n);
                            vector.accumulateMin(d, 1, b2, 2, n);
                        }
                        default -> {
                            scalar.accumulateSquaredDeviations(f, 1, mean, a1, 2, n);
                            vector.accumulateSquaredDeviations(f, 1, mean, a2, 2, n);
                            scalar.accumulateSquaredDeviations(d, 1, mean, b1, 2, n);
                            vector.accumulateSquaredDeviations(d, 1, mean, b2, 2, n);
                        }
                    }
                    // elementwise with one rounding each (fma may round once less): within 1 ulp
                    for (int i = 0; i < a1.length; i++) {
                        assertEquals(a1[i], a2[i], 1e-14 * (1 + Math.abs(a1[i])), "op " + op + " f32 n=" + n);
                        assertEquals(b1[i], b2[i], 1e-14 * (1 + Math.abs(b1[i])), "op " + op + " f64 n=" + n);
                    }
                    assertEquals(a1[0], a2[0]);
                    assertEquals(a1[1], a2[1]);
                }
            }
        }
    }

    @Test
    void expPassesAgreeWithMathExp() {
        Random rnd = new Random(3);
        for (int rep = 0; rep < 10; rep++) {
            for (int n : SIZES) {
                float[] f = new float[n];
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    f[i] = (float) (rnd.nextGaussian() * 5);
                    d[i] = rnd.nextGaussian() * 5;
                }
                float shiftF = 2.5f;
                double shiftD = -1.25;
                float[] fo = new float[n];
                double[] dOut = new double[n];
                double refF = 0;
                double refD = 0;
                for (int i = 0; i < n; i++) {
                    refF += Math.exp(f[i] - shiftF);
                    refD += Math.exp(d[i] - shiftD);
                }
                for (ReductionKernels k : new ReductionKernels[] {scalar, vector}) {
                    // float32 exp is within a few float ulps of the double truth
                    assertEquals(refF, k.sumExp(f, 0, n, shiftF), 1e-6 * refF, k.name());
                    assertEquals(refD, k.sumExp(d, 0, n, shiftD), 1e-13 * refD, k.name());
                    assertEquals(refF, k.expInto(f, 0, shiftF, fo, 0, n), 1e-6 * refF);
                    for (int i = 0; i < n; i++) {
                        double want = Math.exp(f[i] - shiftF);
                        assertEquals(want, fo[i], 4 * Math.ulp((float) want), k.name() + " exp f32");
                    }
                    assertEquals(refD, k.expInto(d, 0, shiftD, dOut, 0, n), 1e-13 * refD);
                    for (int i = 0; i < n; i++) {
                        double want = Math.exp(d[i] - shiftD);
                        assertEquals(want, dOut[i], 2 * Math.ulp(want), k.name() + " exp f64");
                    }
                    assertEquals(refF, k.shiftInto(f, 0, shiftF, fo, 0, n), 1e-6 * refF);
                    for (int i = 0; i < n; i++) {
                        assertEquals(f[i] - shiftF, fo[i]);
                    }
                    k.subtract(fo, 0, n, 1.5f);
                    k.scale(dOut, 0, n, 0.5);
                    for (int i = 0; i < n; i++) {
                        assertEquals(f[i] - shiftF - 1.5f, fo[i]);
                        assertEquals(Math.exp(d[i] - shiftD) * 0.5, dOut[i], 2 * Math.ulp(dOut[i]));
                    }
                }
            }
        }
    }

    /**
     * Accuracy against an exact reference on a few million float32 values of the same LCG the
     * NumPy comparison uses (perf/numpy/reductions.py, {@code lcg_floats}): the float32 sum must
     * round to within half a float32 ulp of the exact sum. Measured by hand on 16M values
     * ({@code python3 perf/numpy/reductions.py accuracy} against the same sum in ndvec): NumPy's
     * float32 sum is off by 0.363 (ulp 0.5), ndvec's by 0.137 (correctly rounded). float64 stays
     * within the pairwise bound (16M values: both NumPy and ndvec correctly rounded).
     */
    @Test
    void largeSumsAreAccurate() {
        int n = 1 << 22;
        float[] f = lcgFloats(n, 12345);
        // every value is k * 2^-24 with integer k, so the exact sum is an exact long times 2^-24
        long exactUnits = 0;
        for (float v : f) {
            exactUnits += (long) (v * 0x1p24f);
        }
        BigDecimal exactF = new BigDecimal(exactUnits).multiply(new BigDecimal(0x1p-24));
        float total = (float) FloatFolds.KERNELS.sum(f, 0, n);
        double errF = Math.abs(new BigDecimal(total).subtract(exactF).doubleValue());
        assertTrue(errF <= 0.5 * Math.ulp(total), "float32 sum error " + errF + " ulp " + Math.ulp(total));

        int m = 1 << 20;
        double[] d = new double[m];
        Random rnd = new Random(99);
        BigDecimal exactD = BigDecimal.ZERO;
        for (int i = 0; i < m; i++) {
            d[i] = rnd.nextDouble();
            exactD = exactD.add(new BigDecimal(d[i]));
        }
        double totalD = FloatFolds.KERNELS.sum(d, 0, m);
        double errD = Math.abs(new BigDecimal(totalD).subtract(exactD, MathContext.DECIMAL128).doubleValue());
        // pairwise bound (8 + log2 n) eps sum|x|, here with every x >= 0
        assertTrue(errD <= (8 + 20) * 0x1p-53 * exactD.doubleValue(), "float64 sum error " + errD);
    }

    /** x_{k+1} = 1664525 x_k + 1013904223 mod 2^32; value = (x >>> 8) * 2^-24, uniform in [0, 1). */
    static float[] lcgFloats(int n, int seed) {
        float[] out = new float[n];
        int x = seed;
        for (int i = 0; i < n; i++) {
            x = 1664525 * x + 1013904223;
            out[i] = (x >>> 8) * 0x1p-24f;
        }
        return out;
    }
}
