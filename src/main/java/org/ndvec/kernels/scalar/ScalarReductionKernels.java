package org.ndvec.kernels.scalar;

import org.ndvec.kernels.CompensatedSum;
import org.ndvec.kernels.ReductionKernels;

/**
 * Plain-Java reduction kernels: the reference the vector kernels are tested against,
 * and what serves when the Vector API is unavailable. Same accuracy contract as the
 * vector kernels (see {@link ReductionKernels}), not always the same last bit: both sum in
 * double, and compensate float64 sums, but in differently interleaved chains.
 */
public final class ScalarReductionKernels implements ReductionKernels {

    /**
     * Leaf of the float64 pairwise sum of squared deviations. NumPy's leaf is 128 (16 per
     * accumulator); half of it keeps our bound below NumPy's.
     */
    private static final int PAIRWISE_LEAF = 64;

    @Override
    public String name() {
        return "scalar";
    }

    // ---------------------------------------------------------------- row reductions

    @Override
    public double sum(float[] a, int off, int n) {
        // double accumulators: n * 2^-53 stays far below half a float32 ulp for any Java array
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            s0 += a[off + i];
            s1 += a[off + i + 1];
            s2 += a[off + i + 2];
            s3 += a[off + i + 3];
        }
        for (; i < n; i++) {
            s0 += a[off + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public double sum(double[] a, int off, int n) {
        return sumParts(a, off, n, null, 0);
    }

    @Override
    public double sumParts(double[] a, int off, int n, double[] low, int lowAt) {
        // four interleaved TwoSum chains (one would wait on its own latency at every element)
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double c = 0;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            double x0 = a[off + i];
            double t0 = s0 + x0;
            c += CompensatedSum.error(s0, x0, t0);
            s0 = t0;
            double x1 = a[off + i + 1];
            double t1 = s1 + x1;
            c += CompensatedSum.error(s1, x1, t1);
            s1 = t1;
            double x2 = a[off + i + 2];
            double t2 = s2 + x2;
            c += CompensatedSum.error(s2, x2, t2);
            s2 = t2;
            double x3 = a[off + i + 3];
            double t3 = s3 + x3;
            c += CompensatedSum.error(s3, x3, t3);
            s3 = t3;
        }
        // the four chains pairwise, then the tail, each addition by TwoSum as well
        double t = s0 + s1;
        c += CompensatedSum.error(s0, s1, t);
        double u = s2 + s3;
        c += CompensatedSum.error(s2, s3, u);
        double hi = t + u;
        c += CompensatedSum.error(t, u, hi);
        for (; i < n; i++) {
            double x = a[off + i];
            double r = hi + x;
            c += CompensatedSum.error(hi, x, r);
            hi = r;
        }
        return CompensatedSum.finish(hi, c, low, lowAt);
    }

    @Override
    public double sumSquaredDeviations(float[] a, int off, int n, double mean) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            double d = a[off + i] - mean;
            s += d * d;
        }
        return s;
    }

    @Override
    public double sumSquaredDeviations(double[] a, int off, int n, double mean) {
        if (n <= PAIRWISE_LEAF) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                double d = a[off + i] - mean;
                s += d * d;
            }
            return s;
        }
        int half = (n / 2) & ~7;
        return sumSquaredDeviations(a, off, half, mean) + sumSquaredDeviations(a, off + half, n - half, mean);
    }

    @Override
    public float max(float[] a, int off, int n) {
        float m = a[off];
        for (int i = 1; i < n; i++) {
            m = Math.max(m, a[off + i]);
        }
        return m;
    }

    @Override
    public double max(double[] a, int off, int n) {
        double m = a[off];
        for (int i = 1; i < n; i++) {
            m = Math.max(m, a[off + i]);
        }
        return m;
    }

    @Override
    public float min(float[] a, int off, int n) {
        float m = a[off];
        for (int i = 1; i < n; i++) {
            m = Math.min(m, a[off + i]);
        }
        return m;
    }

    @Override
    public double min(double[] a, int off, int n) {
        double m = a[off];
        for (int i = 1; i < n; i++) {
            m = Math.min(m, a[off + i]);
        }
        return m;
    }

    @Override
    public int argmax(float[] a, int off, int n) {
        return firstExtreme(a, off, n, true);
    }

    @Override
    public int argmin(float[] a, int off, int n) {
        return firstExtreme(a, off, n, false);
    }

    @Override
    public int argmax(double[] a, int off, int n) {
        return firstExtreme(a, off, n, true);
    }

    @Override
    public int argmin(double[] a, int off, int n) {
        return firstExtreme(a, off, n, false);
    }

    /** First largest (or smallest) element, or the first NaN, as NumPy's argmax/argmin. */
    private static int firstExtreme(float[] a, int off, int n, boolean max) {
        int best = 0;
        float m = a[off];
        for (int i = 1; i < n && m == m; i++) {
            float x = a[off + i];
            if (x != x || (max ? x > m : x < m)) {
                m = x;
                best = i;
            }
        }
        return best;
    }

    /** First largest (or smallest) element, or the first NaN, as NumPy's argmax/argmin. */
    private static int firstExtreme(double[] a, int off, int n, boolean max) {
        int best = 0;
        double m = a[off];
        for (int i = 1; i < n && m == m; i++) {
            double x = a[off + i];
            if (x != x || (max ? x > m : x < m)) {
                m = x;
                best = i;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- row accumulation

    @Override
    public void accumulateSum(float[] a, int aOff, int rowStride, int rows, double[] acc, int accOff, int n) {
        int r = 0;
        // groups of 8 rows summed pairwise in float, then into double: the vector kernel's rounding
        for (; r + 8 <= rows; r += 8) {
            int o = aOff + r * rowStride;
            int rs = rowStride;
            for (int i = 0; i < n; i++) {
                int p = o + i;
                acc[accOff + i] += ((a[p] + a[p + rs]) + (a[p + 2 * rs] + a[p + 3 * rs]))
                        + ((a[p + 4 * rs] + a[p + 5 * rs]) + (a[p + 6 * rs] + a[p + 7 * rs]));
            }
        }
        for (; r < rows; r++) {
            int row = aOff + r * rowStride;
            for (int i = 0; i < n; i++) {
                acc[accOff + i] += a[row + i];
            }
        }
    }

    @Override
    public void accumulateSum(double[] a, int aOff, int rowStride, int rows, double[] acc, int accOff, int n) {
        for (int r = 0; r < rows; r++) {
            int row = aOff + r * rowStride;
            for (int i = 0; i < n; i++) {
                acc[accOff + i] += a[row + i];
            }
        }
    }

    @Override
    public void accumulateMax(float[] a, int aOff, double[] acc, int accOff, int n) {
        for (int i = 0; i < n; i++) {
            acc[accOff + i] = Math.max(acc[accOff + i], a[aOff + i]);
        }
    }

    @Override
    public void accumulateMax(double[] a, int aOff, double[] acc, int accOff, int n) {
        for (int i = 0; i < n; i++) {
            acc[accOff + i] = Math.max(acc[accOff + i], a[aOff + i]);
        }
    }

    @Override
    public void accumulateMin(float[] a, int aOff, double[] acc, int accOff, int n) {
        for (int i = 0; i < n; i++) {
            acc[accOff + i] = Math.min(acc[accOff + i], a[aOff + i]);
        }
    }

    @Override
    public void accumulateMin(double[] a, int aOff, double[] acc, int accOff, int n) {
        for (int i = 0; i < n; i++) {
            acc[accOff + i] = Math.min(acc[accOff + i], a[aOff + i]);
        }
    }

    @Override
    public void accumulateSquaredDeviations(float[] a, int aOff, double[] mean, double[] acc, int accOff, int n) {
        for (int i = 0; i < n; i++) {
            double d = a[aOff + i] - mean[accOff + i];
            acc[accOff + i] += d * d;
        }
    }

    @Override
    public void accumulateSquaredDeviations(double[] a, int aOff, double[] mean, double[] acc, int accOff, int n) {
        for (int i = 0; i < n; i++) {
            double d = a[aOff + i] - mean[accOff + i];
            acc[accOff + i] += d * d;
        }
    }

    // ---------------------------------------------------------------- softmax passes

    // The exp passes compute each exp with our own kernels (ScalarFloat32Math / ScalarFloat64Math,
    // the vector lanes' bits) and sum them in the canonical order of EXP_LANES virtual lanes, so
    // the vector kernels return the same bits for every row (VectorReductionKernels).

    /**
     * The exp passes' summation order, independent of the CPU: element i of a row is added to
     * virtual double lane {@code i % EXP_LANES} in increasing i, and the lanes are combined by
     * {@link #foldLanes}. The vector kernels hold the lanes in 2 zmm or 4 ymm double registers.
     */
    public static final int EXP_LANES = 16;

    /**
     * The halving tree over the virtual lanes: lane l += lane l + 8 for l < 8, then l + 4, l + 2,
     * l + 1; returns lane 0. Modifies {@code lanes}.
     */
    public static double foldLanes(double[] lanes) {
        for (int half = EXP_LANES / 2; half >= 1; half /= 2) {
            for (int l = 0; l < half; l++) {
                lanes[l] += lanes[l + half];
            }
        }
        return lanes[0];
    }

    @Override
    public double sumExp(float[] a, int off, int n, float shift) {
        double[] lanes = new double[EXP_LANES];
        for (int i = 0; i < n; i++) {
            lanes[i % EXP_LANES] += ScalarFloat32Math.exp(a[off + i] - shift);
        }
        return foldLanes(lanes);
    }

    @Override
    public double sumExp(double[] a, int off, int n, double shift) {
        double[] lanes = new double[EXP_LANES];
        for (int i = 0; i < n; i++) {
            lanes[i % EXP_LANES] += ScalarFloat64Math.exp(a[off + i] - shift);
        }
        return foldLanes(lanes);
    }

    @Override
    public double expInto(float[] a, int aOff, float shift, float[] out, int outOff, int n) {
        double[] lanes = new double[EXP_LANES];
        for (int i = 0; i < n; i++) {
            float e = ScalarFloat32Math.exp(a[aOff + i] - shift);
            out[outOff + i] = e;
            lanes[i % EXP_LANES] += e;
        }
        return foldLanes(lanes);
    }

    @Override
    public double expInto(double[] a, int aOff, double shift, double[] out, int outOff, int n) {
        double[] lanes = new double[EXP_LANES];
        for (int i = 0; i < n; i++) {
            double e = ScalarFloat64Math.exp(a[aOff + i] - shift);
            out[outOff + i] = e;
            lanes[i % EXP_LANES] += e;
        }
        return foldLanes(lanes);
    }

    @Override
    public double shiftInto(float[] a, int aOff, float shift, float[] out, int outOff, int n) {
        double[] lanes = new double[EXP_LANES];
        for (int i = 0; i < n; i++) {
            float d = a[aOff + i] - shift;
            out[outOff + i] = d;
            lanes[i % EXP_LANES] += ScalarFloat32Math.exp(d);
        }
        return foldLanes(lanes);
    }

    @Override
    public double shiftInto(double[] a, int aOff, double shift, double[] out, int outOff, int n) {
        double[] lanes = new double[EXP_LANES];
        for (int i = 0; i < n; i++) {
            double d = a[aOff + i] - shift;
            out[outOff + i] = d;
            lanes[i % EXP_LANES] += ScalarFloat64Math.exp(d);
        }
        return foldLanes(lanes);
    }

    @Override
    public void scale(float[] a, int off, int n, float factor) {
        for (int i = 0; i < n; i++) {
            a[off + i] *= factor;
        }
    }

    @Override
    public void scale(double[] a, int off, int n, double factor) {
        for (int i = 0; i < n; i++) {
            a[off + i] *= factor;
        }
    }

    @Override
    public void subtract(float[] a, int off, int n, float shift) {
        for (int i = 0; i < n; i++) {
            a[off + i] -= shift;
        }
    }

    @Override
    public void subtract(double[] a, int off, int n, double shift) {
        for (int i = 0; i < n; i++) {
            a[off + i] -= shift;
        }
    }
}
