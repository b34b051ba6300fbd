package org.ndvec.kernels.scalar;

import org.ndvec.kernels.CompensatedSum;
import org.ndvec.kernels.ReductionKernels;
import org.ndvec.kernels.SumOrder;

/**
 * Plain-Java reduction kernels: the reference the vector kernels are tested against, what serves
 * when the Vector API is unavailable, and what runs while the vector kernels are not yet
 * compiled. Every sum follows {@link SumOrder} through its scalar arithmetic, so these kernels and
 * the vector ones return the same bits (see {@link ReductionKernels}).
 *
 * <p>The kernels whose float32 and float64 code is one algorithm (max/min, argmax/argmin,
 * accumulateMax/Min, the exp passes, scale, subtract) are generated from
 * {@code src/main/codegen/ScalarReductions.java.template} into {@code ScalarFloat32Reductions}
 * and {@code ScalarFloat64Reductions}; this class dispatches to them and keeps the sums.
 *
 * <p>The lanes live in a small array per call (32 doubles at most): written as loops over the
 * lanes, the element-to-lane steps are plain elementwise array updates, which C2 can vectorize.
 */
public final class ScalarReductionKernels implements ReductionKernels {
    private static final int L32 = SumOrder.F32_LANES;
    private static final int L64 = SumOrder.F64_LANES;

    @Override
    public String name() {
        return "scalar";
    }

    // ---------------------------------------------------------------- row reductions

    @Override
    public double sum(float[] a, int off, int n) {
        double[] s = new double[L32];
        int i = 0;
        for (; i + L32 <= n; i += L32) {
            for (int l = 0; l < L32; l++) {
                s[l] += a[off + i + l];
            }
        }
        for (int l = 0; i + l < n; l++) {
            s[l] += a[off + i + l];
        }
        return SumOrder.foldPlain(s, 0, 1, L32, Math.min(n, L32));
    }

    @Override
    public double sum(double[] a, int off, int n) {
        return sumParts(a, off, n, null, 0);
    }

    @Override
    public double sumParts(double[] a, int off, int n, double[] low, int lowAt) {
        double[] v = new double[2 * L64]; // sums, then compensations
        int i = 0;
        for (; i + L64 <= n; i += L64) {
            for (int l = 0; l < L64; l++) {
                SumOrder.addCompensated(v, l, L64 + l, a[off + i + l]);
            }
        }
        for (int l = 0; i + l < n; l++) {
            SumOrder.addCompensated(v, l, L64 + l, a[off + i + l]);
        }
        return SumOrder.foldCompensated(v, 0, 1, Math.min(n, L64), low, lowAt);
    }

    @Override
    public double sumSquaredDeviations(float[] a, int off, int n, double mean) {
        double[] s = new double[L32];
        for (int i = 0; i < n; i++) {
            double d = a[off + i] - mean;
            s[i & (L32 - 1)] += d * d;
        }
        return SumOrder.foldPlain(s, 0, 1, L32, Math.min(n, L32));
    }

    @Override
    public double sumSquaredDeviations(double[] a, int off, int n, double mean) {
        double[] v = new double[2 * L64];
        for (int i = 0; i < n; i++) {
            double d = a[off + i] - mean;
            int l = i & (L64 - 1);
            SumOrder.addCompensated(v, l, L64 + l, d * d);
        }
        return SumOrder.foldCompensated(v, 0, 1, Math.min(n, L64), null, 0);
    }

    // Twins per type, generated from ScalarReductions.java.template.

    @Override
    public float max(float[] a, int off, int n) {
        return ScalarFloat32Reductions.max(a, off, n);
    }

    @Override
    public float min(float[] a, int off, int n) {
        return ScalarFloat32Reductions.min(a, off, n);
    }

    @Override
    public double max(double[] a, int off, int n) {
        return ScalarFloat64Reductions.max(a, off, n);
    }

    @Override
    public double min(double[] a, int off, int n) {
        return ScalarFloat64Reductions.min(a, off, n);
    }

    @Override
    public int argmax(float[] a, int off, int n) {
        return ScalarFloat32Reductions.firstExtreme(a, off, n, true);
    }

    @Override
    public int argmin(float[] a, int off, int n) {
        return ScalarFloat32Reductions.firstExtreme(a, off, n, false);
    }

    @Override
    public int argmax(double[] a, int off, int n) {
        return ScalarFloat64Reductions.firstExtreme(a, off, n, true);
    }

    @Override
    public int argmin(double[] a, int off, int n) {
        return ScalarFloat64Reductions.firstExtreme(a, off, n, false);
    }

    // ---------------------------------------------------------------- row accumulation

    @Override
    public void accumulateLane(float[] a, int aOff, int rowStride, int rows, double[] lanes, int laneOff, int width) {
        int r = 0;
        // four rows per pass: every lane gets the same additions in the same order, but is loaded
        // and stored once per four rows (2048 x 2048 float32 sum(0): 1.6 -> 0.8 ms on one
        // thread, as fast as the vector kernel)
        for (; r + 4 <= rows; r += 4) {
            int r0 = aOff + r * rowStride;
            int r1 = r0 + rowStride;
            int r2 = r1 + rowStride;
            int r3 = r2 + rowStride;
            for (int j = 0; j < width; j++) {
                lanes[laneOff + j] = (((lanes[laneOff + j] + a[r0 + j]) + a[r1 + j]) + a[r2 + j]) + a[r3 + j];
            }
        }
        for (; r < rows; r++) {
            int row = aOff + r * rowStride;
            for (int j = 0; j < width; j++) {
                lanes[laneOff + j] += a[row + j];
            }
        }
    }

    @Override
    public void accumulateLane(double[] a, int aOff, int rowStride, int rows, double[] lanes, int laneOff, int compOff,
                               int width) {
        for (int r = 0; r < rows; r++) {
            int row = aOff + r * rowStride;
            for (int j = 0; j < width; j++) {
                SumOrder.addCompensated(lanes, laneOff + j, compOff + j, a[row + j]);
            }
        }
    }

    @Override
    public void accumulateLaneSquaredDeviations(float[] a, int aOff, int rowStride, int rows, double[] mean,
                                                int meanOff, double[] lanes, int laneOff, int width) {
        int r = 0;
        // four rows per pass, as in accumulateLane
        for (; r + 4 <= rows; r += 4) {
            int r0 = aOff + r * rowStride;
            int r1 = r0 + rowStride;
            int r2 = r1 + rowStride;
            int r3 = r2 + rowStride;
            for (int j = 0; j < width; j++) {
                double m = mean[meanOff + j];
                double d0 = a[r0 + j] - m;
                double d1 = a[r1 + j] - m;
                double d2 = a[r2 + j] - m;
                double d3 = a[r3 + j] - m;
                lanes[laneOff + j] = (((lanes[laneOff + j] + d0 * d0) + d1 * d1) + d2 * d2) + d3 * d3;
            }
        }
        for (; r < rows; r++) {
            int row = aOff + r * rowStride;
            for (int j = 0; j < width; j++) {
                double d = a[row + j] - mean[meanOff + j];
                lanes[laneOff + j] += d * d;
            }
        }
    }

    @Override
    public void accumulateLaneSquaredDeviations(double[] a, int aOff, int rowStride, int rows, double[] mean,
                                                int meanOff, double[] lanes, int laneOff, int compOff, int width) {
        for (int r = 0; r < rows; r++) {
            int row = aOff + r * rowStride;
            for (int j = 0; j < width; j++) {
                double d = a[row + j] - mean[meanOff + j];
                SumOrder.addCompensated(lanes, laneOff + j, compOff + j, d * d);
            }
        }
    }

    @Override
    public void foldLanes(double[] lanes, int width, double[] out, int outOff) {
        // SumOrder.foldPlain's tree for all columns at once, a lane row at a time: each column gets
        // the same additions in the same order, but the inner loop walks contiguous memory (C2
        // vectorizes it). Column by column, each step strode 8 KiB between lanes (width 1024): a
        // 16 x 2048 float32 sum(0) spent 0.3 ms here against 2 us in the accumulation.
        for (int h = L32 / 2; h >= 1; h /= 2) {
            for (int l = 0; l < h; l++) {
                int q = l * width;
                int qh = (l + h) * width;
                for (int j = 0; j < width; j++) {
                    lanes[q + j] += lanes[qh + j];
                }
            }
        }
        System.arraycopy(lanes, 0, out, outOff, width);
    }

    @Override
    public void foldCompensatedLanes(double[] lanes, int width, double[] out, int outOff, double[] low, int lowOff) {
        // SumOrder.foldCompensated's tree a lane row at a time, as in foldLanes
        int cRows = L64 * width;
        for (int h = L64 / 2; h >= 1; h /= 2) {
            for (int l = 0; l < h; l++) {
                int q = l * width;
                int qh = (l + h) * width;
                for (int j = 0; j < width; j++) {
                    double a = lanes[q + j];
                    double b = lanes[qh + j];
                    double t = a + b;
                    lanes[q + j + cRows] = (lanes[q + j + cRows] + lanes[qh + j + cRows])
                            + CompensatedSum.error(a, b, t);
                    lanes[q + j] = t;
                }
            }
        }
        for (int j = 0; j < width; j++) {
            out[outOff + j] = CompensatedSum.finish(lanes[j], lanes[j + cRows], low, lowOff + j);
        }
    }

    @Override
    public void accumulateMax(float[] a, int aOff, double[] acc, int accOff, int n) {
        ScalarFloat32Reductions.accumulateMax(a, aOff, acc, accOff, n);
    }

    @Override
    public void accumulateMax(double[] a, int aOff, double[] acc, int accOff, int n) {
        ScalarFloat64Reductions.accumulateMax(a, aOff, acc, accOff, n);
    }

    @Override
    public void accumulateMin(float[] a, int aOff, double[] acc, int accOff, int n) {
        ScalarFloat32Reductions.accumulateMin(a, aOff, acc, accOff, n);
    }

    @Override
    public void accumulateMin(double[] a, int aOff, double[] acc, int accOff, int n) {
        ScalarFloat64Reductions.accumulateMin(a, aOff, acc, accOff, n);
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
        return ScalarFloat32Reductions.sumExp(a, off, n, shift);
    }

    @Override
    public double expInto(float[] a, int aOff, float shift, float[] out, int outOff, int n) {
        return ScalarFloat32Reductions.expInto(a, aOff, shift, out, outOff, n);
    }

    @Override
    public double shiftInto(float[] a, int aOff, float shift, float[] out, int outOff, int n) {
        return ScalarFloat32Reductions.shiftInto(a, aOff, shift, out, outOff, n);
    }

    @Override
    public double sumExp(double[] a, int off, int n, double shift) {
        return ScalarFloat64Reductions.sumExp(a, off, n, shift);
    }

    @Override
    public double expInto(double[] a, int aOff, double shift, double[] out, int outOff, int n) {
        return ScalarFloat64Reductions.expInto(a, aOff, shift, out, outOff, n);
    }

    @Override
    public double shiftInto(double[] a, int aOff, double shift, double[] out, int outOff, int n) {
        return ScalarFloat64Reductions.shiftInto(a, aOff, shift, out, outOff, n);
    }

    @Override
    public void scale(float[] a, int off, int n, float factor) {
        ScalarFloat32Reductions.scale(a, off, n, factor);
    }

    @Override
    public void scale(double[] a, int off, int n, double factor) {
        ScalarFloat64Reductions.scale(a, off, n, factor);
    }

    @Override
    public void subtract(float[] a, int off, int n, float shift) {
        ScalarFloat32Reductions.subtract(a, off, n, shift);
    }

    @Override
    public void subtract(double[] a, int off, int n, double shift) {
        ScalarFloat64Reductions.subtract(a, off, n, shift);
    }
}
