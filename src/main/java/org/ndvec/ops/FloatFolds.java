package org.ndvec.ops;

import java.util.Arrays;
import org.ndvec.iter.StridedLoop;
import org.ndvec.kernels.KernelProvider;
import org.ndvec.kernels.ReductionKernels;
import org.ndvec.kernels.scalar.ScalarReductionKernels;
import org.ndvec.kernels.tiered.TieredReductionKernels;
import org.ndvec.parallel.Workers;
import org.ndvec.storage.Buffers;

/**
 * Folds float32/float64 input into one double accumulator per output of a
 * {@link ReductionPlan}. Contiguous rows go to the {@link ReductionKernels} (vector or
 * scalar, chosen once); every other row takes a scalar strided loop. The caller rounds the
 * accumulators to the result dtype once at the end, so float32 reductions carry double
 * precision throughout, except the product, which NumPy's semantics keep in float32.
 */
final class FloatFolds {

    /** The reduction kernel family this JVM uses. */
    static final ReductionKernels KERNELS = KernelProvider.load(ReductionKernels.class,
            "org.ndvec.kernels.vector.VectorReductionKernels", ScalarReductionKernels::new,
            TieredReductionKernels::new);

    /**
     * What is folded. The NAN variants skip NaN; SQDEV folds {@code (x - mean)^2}. PROD_F32 is
     * float32's product, rounded to float32 at every step as NumPy's sequential product is (an
     * exact double product rounded once to float is the float multiply): so it overflows to inf
     * and underflows to 0 where NumPy's does, which a double carry did not ({@code [1e30, 1e30, 1e-30]}).
     */
    enum Op {
        SUM(0), PROD(1), PROD_F32(1), MAX(Double.NEGATIVE_INFINITY), MIN(Double.POSITIVE_INFINITY),
        NANSUM(0), NANMAX(Double.NaN), NANMIN(Double.NaN), NANCOUNT(0), SQDEV(0);

        final double identity;

        Op(double identity) {
            this.identity = identity;
        }
    }

    private FloatFolds() {
    }

    /**
     * Folds the plan's input (float32 or float64 storage).
     *
     * @param mean per-output means for {@link Op#SQDEV}, else unused
     * @return one accumulator per output, C order
     */
    static double[] fold(ReductionPlan p, Op op, double[] mean) {
        return fold(p, op, mean, Workers.THREADS);
    }

    /** As {@link #fold(ReductionPlan, Op, double[])} on at most {@code threads} threads (tests vary it). */
    static double[] fold(ReductionPlan p, Op op, double[] mean, int threads) {
        double[] acc = new double[p.outSize];
        Arrays.fill(acc, op.identity);
        Object data = p.data;
        StridedLoop loop = p.loop();
        if (ParallelFolds.fold(p, loop, op, mean, acc, threads)) {
            return acc;
        }
        loop.forEachRow(new int[] {p.offset, 0}, (off, n, st) -> {
            int in = off[0];
            int out = off[1];
            if (st[1] == 0) {
                double m = op == Op.SQDEV ? mean[out] : 0;
                acc[out] = combine(op, acc[out], reduceRow(op, data, in, st[0], n, m));
            } else if (st[0] == 1 && st[1] == 1 && accumulateRow(op, data, in, acc, out, n, mean)) {
                return;
            } else {
                for (int i = 0; i < n; i++) {
                    int o = out + i * st[1];
                    acc[o] = step(op, acc[o], Buffers.getDouble(data, in + i * st[0]), op == Op.SQDEV ? mean[o] : 0);
                }
            }
        });
        return acc;
    }

    /** One reduction row to a partial result (the op's identity when {@code n == 0}). */
    static double reduceRow(Op op, Object data, int off, int stride, int n, double mean) {
        if (stride == 1) {
            switch (op) {
                case SUM -> {
                    return data instanceof float[] f ? KERNELS.sum(f, off, n) : KERNELS.sum((double[]) data, off, n);
                }
                case MAX -> {
                    return data instanceof float[] f ? KERNELS.max(f, off, n) : KERNELS.max((double[]) data, off, n);
                }
                case MIN -> {
                    return data instanceof float[] f ? KERNELS.min(f, off, n) : KERNELS.min((double[]) data, off, n);
                }
                case SQDEV -> {
                    return data instanceof float[] f ? KERNELS.sumSquaredDeviations(f, off, n, mean)
                            : KERNELS.sumSquaredDeviations((double[]) data, off, n, mean);
                }
                default -> {
                    // the NaN-skipping folds and prod have no kernel: the scalar loop below serves
                }
            }
        }
        if ((op == Op.SUM || op == Op.SQDEV) && data instanceof double[] d) {
            return stridedPairwise(op, d, off, stride, n, mean);
        }
        double r = op.identity;
        for (int i = 0; i < n; i++) {
            r = step(op, r, Buffers.getDouble(data, off + i * stride), mean);
        }
        return r;
    }

    /**
     * Pairwise sum (of values or squared deviations) along a strided float64 row, so
     * non-contiguous float64 sums keep the logarithmic error growth. float32 needs no tree:
     * its values are summed in double.
     */
    private static double stridedPairwise(Op op, double[] a, int off, int stride, int n, double mean) {
        if (n > 64) { // the scalar kernels' leaf size
            int half = n / 2;
            return stridedPairwise(op, a, off, stride, half, mean)
                    + stridedPairwise(op, a, off + half * stride, stride, n - half, mean);
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            s = step(op, s, a[off + i * stride], mean);
        }
        return s;
    }

    static void accumulateSum(Object data, int in, int rowStride, int rows, double[] acc, int out, int n) {
        if (data instanceof float[] f) {
            KERNELS.accumulateSum(f, in, rowStride, rows, acc, out, n);
        } else {
            KERNELS.accumulateSum((double[]) data, in, rowStride, rows, acc, out, n);
        }
    }

    /** Contiguous accumulation rows through a kernel; false when the op has none. */
    static boolean accumulateRow(Op op, Object data, int in, double[] acc, int out, int n, double[] mean) {
        switch (op) {
            case SUM -> accumulateSum(data, in, 0, 1, acc, out, n);
            case MAX -> {
                if (data instanceof float[] f) {
                    KERNELS.accumulateMax(f, in, acc, out, n);
                } else {
                    KERNELS.accumulateMax((double[]) data, in, acc, out, n);
                }
            }
            case MIN -> {
                if (data instanceof float[] f) {
                    KERNELS.accumulateMin(f, in, acc, out, n);
                } else {
                    KERNELS.accumulateMin((double[]) data, in, acc, out, n);
                }
            }
            case SQDEV -> {
                if (data instanceof float[] f) {
                    KERNELS.accumulateSquaredDeviations(f, in, mean, acc, out, n);
                } else {
                    KERNELS.accumulateSquaredDeviations((double[]) data, in, mean, acc, out, n);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Whether contiguous rows of {@code op} have a kernel (row reduction and row accumulation). */
    static boolean hasKernel(Op op) {
        return op == Op.SUM || op == Op.MAX || op == Op.MIN || op == Op.SQDEV;
    }

    /** Folds one element into an accumulator. */
    static double step(Op op, double acc, double x, double mean) {
        return switch (op) {
            case SUM -> acc + x;
            case PROD -> acc * x;
            case PROD_F32 -> (float) (acc * x);
            case MAX -> Math.max(acc, x);
            case MIN -> Math.min(acc, x);
            case NANSUM -> x != x ? acc : acc + x;
            case NANMAX -> x != x ? acc : acc != acc ? x : Math.max(acc, x);
            case NANMIN -> x != x ? acc : acc != acc ? x : Math.min(acc, x);
            case NANCOUNT -> x != x ? acc : acc + 1;
            case SQDEV -> acc + (x - mean) * (x - mean);
        };
    }

    /** Merges a row's partial result into an accumulator. */
    static double combine(Op op, double acc, double partial) {
        return switch (op) {
            case SUM, NANSUM, NANCOUNT, SQDEV -> acc + partial;
            case PROD -> acc * partial;
            case PROD_F32 -> (float) (acc * partial);
            case MAX -> Math.max(acc, partial);
            case MIN -> Math.min(acc, partial);
            case NANMAX -> partial != partial ? acc : acc != acc ? partial : Math.max(acc, partial);
            case NANMIN -> partial != partial ? acc : acc != acc ? partial : Math.min(acc, partial);
        };
    }
}
