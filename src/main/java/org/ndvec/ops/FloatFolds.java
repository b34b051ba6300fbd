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
 * {@link ReductionPlan}. The folds whose result depends on the order (sums, squared deviations,
 * products) go to {@link OrderedFolds}, which keeps the one order of
 * {@link org.ndvec.kernels.SumOrder} whatever the layout. The exact ones (max, min, their NaN
 * variants, NaN counts) are free to follow memory: contiguous rows go to the
 * {@link ReductionKernels} (vector or scalar, chosen once), every other row takes a scalar
 * strided loop. The caller rounds the accumulators to the result dtype once at the end, so
 * float32 reductions carry double precision throughout, except the product, which NumPy's
 * semantics keep in float32.
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
        if (OrderedFolds.handles(op)) {
            return OrderedFolds.fold(p, op, mean, threads);
        }
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
                acc[out] = combine(op, acc[out], reduceRow(op, data, in, st[0], n));
            } else if (st[0] == 1 && st[1] == 1 && accumulateRow(op, data, in, acc, out, n)) {
                return;
            } else {
                for (int i = 0; i < n; i++) {
                    int o = out + i * st[1];
                    acc[o] = step(op, acc[o], Buffers.getDouble(data, in + i * st[0]), 0);
                }
            }
        });
        return acc;
    }

    /** One reduction row of an order-free op to a partial result (the op's identity when {@code n == 0}). */
    static double reduceRow(Op op, Object data, int off, int stride, int n) {
        if (stride == 1 && op == Op.MAX) {
            return data instanceof float[] f ? KERNELS.max(f, off, n) : KERNELS.max((double[]) data, off, n);
        }
        if (stride == 1 && op == Op.MIN) {
            return data instanceof float[] f ? KERNELS.min(f, off, n) : KERNELS.min((double[]) data, off, n);
        }
        double r = op.identity;
        for (int i = 0; i < n; i++) {
            r = step(op, r, Buffers.getDouble(data, off + i * stride), 0);
        }
        return r;
    }

    /** Contiguous accumulation rows of max/min through a kernel; false when the op has none. */
    static boolean accumulateRow(Op op, Object data, int in, double[] acc, int out, int n) {
        switch (op) {
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
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Whether contiguous rows of an order-free {@code op} have a kernel (row reduction and row accumulation). */
    static boolean hasKernel(Op op) {
        return op == Op.MAX || op == Op.MIN;
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
