package org.ndvec.kernels.tiered;

import org.ndvec.kernels.KernelProvider;
import org.ndvec.kernels.ReductionKernels;
import org.ndvec.kernels.SumOrder;
import org.ndvec.kernels.scalar.ScalarReductionKernels;

/**
 * The reduction kernels with one {@link Tier} per kernel and dtype: scalar until the kernel is
 * hot and its vector form compiled. Both forms add in the same order (ReductionKernels' contract),
 * so a reduction gives the same bits whichever runs it.
 */
public final class TieredReductionKernels implements ReductionKernels {
    /**
     * Rows folded by an accumulation exercise: 8 to 15, so the vector kernel's groups of 8 rows
     * and its leftover rows both run (with 4 only the leftover path ran, and the probe found the
     * vector kernel no faster than the scalar one; on 2048 x 2048 float32 it is 3x faster).
     */
    private static final int ROWS = 16;

    private final ScalarReductionKernels scalar = new ScalarReductionKernels();

    private final Tier sumF = tier("sum float32", Tier.LIGHT, Call.SUM_F);
    private final Tier sumD = tier("sum float64", Tier.LIGHT, Call.SUM_D);
    private final Tier sumPartsD = tier("sum parts float64", Tier.LIGHT, Call.SUM_PARTS_D);
    private final Tier sqDevF = tier("squared deviations float32", Tier.LIGHT, Call.SQ_DEV_F);
    private final Tier sqDevD = tier("squared deviations float64", Tier.LIGHT, Call.SQ_DEV_D);
    private final Tier maxF = tier("max float32", Tier.LIGHT, Call.MAX_F);
    private final Tier maxD = tier("max float64", Tier.LIGHT, Call.MAX_D);
    private final Tier minF = tier("min float32", Tier.LIGHT, Call.MIN_F);
    private final Tier minD = tier("min float64", Tier.LIGHT, Call.MIN_D);
    private final Tier argmaxF = tier("argmax float32", Tier.LIGHT, Call.ARGMAX_F);
    private final Tier argmaxD = tier("argmax float64", Tier.LIGHT, Call.ARGMAX_D);
    private final Tier argminF = tier("argmin float32", Tier.LIGHT, Call.ARGMIN_F);
    private final Tier argminD = tier("argmin float64", Tier.LIGHT, Call.ARGMIN_D);
    private final Tier laneF = tier("axis sum float32", Tier.LIGHT, Call.LANE_F);
    private final Tier laneD = tier("axis sum float64", Tier.LIGHT, Call.LANE_D);
    private final Tier laneSqDevF = tier("axis squared deviations float32", Tier.LIGHT, Call.LANE_SQ_DEV_F);
    private final Tier laneSqDevD = tier("axis squared deviations float64", Tier.LIGHT, Call.LANE_SQ_DEV_D);
    private final Tier foldF = tier("lane fold float32", Tier.LIGHT, Call.FOLD_F);
    private final Tier foldD = tier("lane fold float64", Tier.LIGHT, Call.FOLD_D);
    private final Tier accMaxF = tier("axis max float32", Tier.LIGHT, Call.ACC_MAX_F);
    private final Tier accMaxD = tier("axis max float64", Tier.LIGHT, Call.ACC_MAX_D);
    private final Tier accMinF = tier("axis min float32", Tier.LIGHT, Call.ACC_MIN_F);
    private final Tier accMinD = tier("axis min float64", Tier.LIGHT, Call.ACC_MIN_D);
    private final Tier sumExpF = tier("sum exp float32", Tier.HEAVY, Call.SUM_EXP_F);
    private final Tier sumExpD = tier("sum exp float64", Tier.HEAVY, Call.SUM_EXP_D);
    private final Tier expIntoF = tier("exp pass float32", Tier.HEAVY, Call.EXP_INTO_F);
    private final Tier expIntoD = tier("exp pass float64", Tier.HEAVY, Call.EXP_INTO_D);
    private final Tier shiftIntoF = tier("shift pass float32", Tier.HEAVY, Call.SHIFT_INTO_F);
    private final Tier shiftIntoD = tier("shift pass float64", Tier.HEAVY, Call.SHIFT_INTO_D);
    private final Tier scaleF = tier("scale float32", Tier.LIGHT, Call.SCALE_F);
    private final Tier scaleD = tier("scale float64", Tier.LIGHT, Call.SCALE_D);
    private final Tier subtractF = tier("subtract float32", Tier.LIGHT, Call.SUBTRACT_F);
    private final Tier subtractD = tier("subtract float64", Tier.LIGHT, Call.SUBTRACT_D);

    /** The vector kernels, loaded on first use. */
    private static final class Vector {
        static final ReductionKernels K = KernelProvider.vectorInstance(ReductionKernels.class,
                "org.ndvec.kernels.vector.VectorReductionKernels");
    }

    /** Scratch rows for the exercises; outputs and accumulators are only ever overwritten. */
    private static final class Data {
        static final float[] F = Scratch.ofFloat32(Exercise.PROBE, 21);
        static final double[] D = Scratch.ofFloat64(Exercise.PROBE, 22);
        static final float[] F_ROWS = Scratch.ofFloat32(ROWS * Exercise.PROBE, 23);
        static final double[] D_ROWS = Scratch.ofFloat64(ROWS * Exercise.PROBE, 24);
        static final double[] MEAN = Scratch.ofFloat64(Exercise.PROBE, 25);
        static final double[] ACC = new double[2 * Exercise.PROBE];
        /** Lane rows for the fold exercises, 32 rows of up to PROBE / 32 columns; every fold overwrites them with partial sums, so they drift (to inf and NaN in time), which the probe times alike for both kernels. */
        static final double[] LANES = Scratch.ofFloat64(Exercise.PROBE, 26);
        static final double[] LOW_ROW = new double[Exercise.PROBE];
        static final double[] LOW = new double[1];
        static final float[] F_OUT = new float[Exercise.PROBE];
        static final double[] D_OUT = new double[Exercise.PROBE];
    }

    /** 16 rows for probes, 8 to 15 for the other calls (a function of n, the only varying input). */
    private static int rows(int n) {
        return n == Exercise.PROBE ? ROWS : 8 + n % 8;
    }

    /**
     * Columns of an accumulation call: the probe's 2048, else 16 to 79, so that the boxed calls
     * before C2 fold at most 15 x 79 elements (rows of up to 1000 columns made each of the first
     * interpreted calls cost milliseconds, and the warm-up did not finish within seconds).
     */
    private static int columns(int n) {
        return n == Exercise.PROBE ? n : 16 + n % 64;
    }

    /** Columns of a fold exercise: its 32 lane rows hold n values in all. */
    private static int foldWidth(int n) {
        return Math.max(1, n / SumOrder.F32_LANES);
    }

    /** The kernel call each tier's exercise makes (see {@link #run}). */
    private enum Call {
        SUM_F, SUM_D, SUM_PARTS_D, SQ_DEV_F, SQ_DEV_D, MAX_F, MAX_D, MIN_F, MIN_D, ARGMAX_F, ARGMAX_D,
        ARGMIN_F, ARGMIN_D, LANE_F, LANE_D, LANE_SQ_DEV_F, LANE_SQ_DEV_D, FOLD_F, FOLD_D, ACC_MAX_F,
        ACC_MAX_D, ACC_MIN_F, ACC_MIN_D, SUM_EXP_F, SUM_EXP_D, EXP_INTO_F, EXP_INTO_D, SHIFT_INTO_F,
        SHIFT_INTO_D, SCALE_F, SCALE_D, SUBTRACT_F, SUBTRACT_D
    }

    /**
     * One kernel call of an exercise; returns something of its result so that C2 cannot drop it.
     * A switch rather than a lambda per tier: each of 33 lambdas cost its first use a bootstrap
     * (about 0.6 ms in a cold JVM, 21 ms in all), paid at class initialization by every program.
     */
    private static double run(Call call, ReductionKernels k, int n) {
        return switch (call) {
            case SUM_F -> k.sum(Data.F, 0, n);
            case SUM_D -> k.sum(Data.D, 0, n);
            case SUM_PARTS_D -> k.sumParts(Data.D, 0, n, Data.LOW, 0);
            case SQ_DEV_F -> k.sumSquaredDeviations(Data.F, 0, n, 0.5);
            case SQ_DEV_D -> k.sumSquaredDeviations(Data.D, 0, n, 0.5);
            case MAX_F -> k.max(Data.F, 0, n);
            case MAX_D -> k.max(Data.D, 0, n);
            case MIN_F -> k.min(Data.F, 0, n);
            case MIN_D -> k.min(Data.D, 0, n);
            case ARGMAX_F -> k.argmax(Data.F, 0, n);
            case ARGMAX_D -> k.argmax(Data.D, 0, n);
            case ARGMIN_F -> k.argmin(Data.F, 0, n);
            case ARGMIN_D -> k.argmin(Data.D, 0, n);
            case LANE_F -> {
                k.accumulateLane(Data.F_ROWS, 0, Exercise.PROBE, rows(n), Data.ACC, 0, columns(n));
                yield Data.ACC[0];
            }
            case LANE_D -> {
                k.accumulateLane(Data.D_ROWS, 0, Exercise.PROBE, rows(n), Data.ACC, 0, Exercise.PROBE, columns(n));
                yield Data.ACC[0];
            }
            case LANE_SQ_DEV_F -> {
                k.accumulateLaneSquaredDeviations(Data.F_ROWS, 0, Exercise.PROBE, rows(n), Data.MEAN, 0, Data.ACC, 0,
                        columns(n));
                yield Data.ACC[0];
            }
            case LANE_SQ_DEV_D -> {
                k.accumulateLaneSquaredDeviations(Data.D_ROWS, 0, Exercise.PROBE, rows(n), Data.MEAN, 0, Data.ACC, 0,
                        Exercise.PROBE, columns(n));
                yield Data.ACC[0];
            }
            case FOLD_F -> {
                k.foldLanes(Data.LANES, foldWidth(n), Data.D_OUT, 0);
                yield Data.D_OUT[0];
            }
            case FOLD_D -> {
                k.foldCompensatedLanes(Data.LANES, foldWidth(n), Data.D_OUT, 0, Data.LOW_ROW, 0);
                yield Data.D_OUT[0];
            }
            case ACC_MAX_F -> {
                k.accumulateMax(Data.F, 0, Data.ACC, 0, n);
                yield Data.ACC[0];
            }
            case ACC_MAX_D -> {
                k.accumulateMax(Data.D, 0, Data.ACC, 0, n);
                yield Data.ACC[0];
            }
            case ACC_MIN_F -> {
                k.accumulateMin(Data.F, 0, Data.ACC, 0, n);
                yield Data.ACC[0];
            }
            case ACC_MIN_D -> {
                k.accumulateMin(Data.D, 0, Data.ACC, 0, n);
                yield Data.ACC[0];
            }
            case SUM_EXP_F -> k.sumExp(Data.F, 0, n, 1f);
            case SUM_EXP_D -> k.sumExp(Data.D, 0, n, 1.0);
            case EXP_INTO_F -> k.expInto(Data.F, 0, 1f, Data.F_OUT, 0, n);
            case EXP_INTO_D -> k.expInto(Data.D, 0, 1.0, Data.D_OUT, 0, n);
            case SHIFT_INTO_F -> k.shiftInto(Data.F, 0, 1f, Data.F_OUT, 0, n);
            case SHIFT_INTO_D -> k.shiftInto(Data.D, 0, 1.0, Data.D_OUT, 0, n);
            case SCALE_F -> {
                k.scale(Data.F_OUT, 0, n, 1.0f);
                yield Data.F_OUT[0];
            }
            case SCALE_D -> {
                k.scale(Data.D_OUT, 0, n, 1.0);
                yield Data.D_OUT[0];
            }
            case SUBTRACT_F -> {
                k.subtract(Data.F_OUT, 0, n, 0f);
                yield Data.F_OUT[0];
            }
            case SUBTRACT_D -> {
                k.subtract(Data.D_OUT, 0, n, 0.0);
                yield Data.D_OUT[0];
            }
        };
    }

    /** Where exercise results go, so the probe times real work. */
    private static volatile double sink;

    private Tier tier(String name, int cost, Call call) {
        return new Tier(name, cost, () -> {
            ReductionKernels v = Vector.K;
            return v == null ? null : (vector, n, variant) -> sink = run(call, vector ? v : scalar, n);
        });
    }

    private static ReductionKernels vectorIf(boolean vector, ReductionKernels scalar) {
        return vector ? Vector.K : scalar;
    }

    @Override
    public String name() {
        return "tiered";
    }

    @Override
    public double sum(float[] a, int off, int n) {
        return vectorIf(sumF.vector(n), scalar).sum(a, off, n);
    }

    @Override
    public double sum(double[] a, int off, int n) {
        return vectorIf(sumD.vector(n), scalar).sum(a, off, n);
    }

    @Override
    public double sumParts(double[] a, int off, int n, double[] low, int lowAt) {
        return vectorIf(sumPartsD.vector(n), scalar).sumParts(a, off, n, low, lowAt);
    }

    @Override
    public double sumSquaredDeviations(float[] a, int off, int n, double mean) {
        return vectorIf(sqDevF.vector(n), scalar).sumSquaredDeviations(a, off, n, mean);
    }

    @Override
    public double sumSquaredDeviations(double[] a, int off, int n, double mean) {
        return vectorIf(sqDevD.vector(n), scalar).sumSquaredDeviations(a, off, n, mean);
    }

    @Override
    public float max(float[] a, int off, int n) {
        return vectorIf(maxF.vector(n), scalar).max(a, off, n);
    }

    @Override
    public double max(double[] a, int off, int n) {
        return vectorIf(maxD.vector(n), scalar).max(a, off, n);
    }

    @Override
    public float min(float[] a, int off, int n) {
        return vectorIf(minF.vector(n), scalar).min(a, off, n);
    }

    @Override
    public double min(double[] a, int off, int n) {
        return vectorIf(minD.vector(n), scalar).min(a, off, n);
    }

    @Override
    public int argmax(float[] a, int off, int n) {
        return vectorIf(argmaxF.vector(n), scalar).argmax(a, off, n);
    }

    @Override
    public int argmax(double[] a, int off, int n) {
        return vectorIf(argmaxD.vector(n), scalar).argmax(a, off, n);
    }

    @Override
    public int argmin(float[] a, int off, int n) {
        return vectorIf(argminF.vector(n), scalar).argmin(a, off, n);
    }

    @Override
    public int argmin(double[] a, int off, int n) {
        return vectorIf(argminD.vector(n), scalar).argmin(a, off, n);
    }

    @Override
    public void accumulateLane(float[] a, int aOff, int rowStride, int rows, double[] lanes, int laneOff, int width) {
        vectorIf(laneF.vector(rows * width), scalar).accumulateLane(a, aOff, rowStride, rows, lanes, laneOff, width);
    }

    @Override
    public void accumulateLane(double[] a, int aOff, int rowStride, int rows, double[] lanes, int laneOff, int compOff,
                               int width) {
        vectorIf(laneD.vector(rows * width), scalar)
                .accumulateLane(a, aOff, rowStride, rows, lanes, laneOff, compOff, width);
    }

    @Override
    public void accumulateLaneSquaredDeviations(float[] a, int aOff, int rowStride, int rows, double[] mean,
                                                int meanOff, double[] lanes, int laneOff, int width) {
        vectorIf(laneSqDevF.vector(rows * width), scalar)
                .accumulateLaneSquaredDeviations(a, aOff, rowStride, rows, mean, meanOff, lanes, laneOff, width);
    }

    @Override
    public void accumulateLaneSquaredDeviations(double[] a, int aOff, int rowStride, int rows, double[] mean,
                                                int meanOff, double[] lanes, int laneOff, int compOff, int width) {
        vectorIf(laneSqDevD.vector(rows * width), scalar).accumulateLaneSquaredDeviations(a, aOff, rowStride, rows,
                mean, meanOff, lanes, laneOff, compOff, width);
    }

    @Override
    public void foldLanes(double[] lanes, int width, double[] out, int outOff) {
        vectorIf(foldF.vector(SumOrder.F32_LANES * width), scalar).foldLanes(lanes, width, out, outOff);
    }

    @Override
    public void foldCompensatedLanes(double[] lanes, int width, double[] out, int outOff, double[] low, int lowOff) {
        vectorIf(foldD.vector(SumOrder.F32_LANES * width), scalar)
                .foldCompensatedLanes(lanes, width, out, outOff, low, lowOff);
    }

    @Override
    public void accumulateMax(float[] a, int aOff, double[] acc, int accOff, int n) {
        vectorIf(accMaxF.vector(n), scalar).accumulateMax(a, aOff, acc, accOff, n);
    }

    @Override
    public void accumulateMax(double[] a, int aOff, double[] acc, int accOff, int n) {
        vectorIf(accMaxD.vector(n), scalar).accumulateMax(a, aOff, acc, accOff, n);
    }

    @Override
    public void accumulateMin(float[] a, int aOff, double[] acc, int accOff, int n) {
        vectorIf(accMinF.vector(n), scalar).accumulateMin(a, aOff, acc, accOff, n);
    }

    @Override
    public void accumulateMin(double[] a, int aOff, double[] acc, int accOff, int n) {
        vectorIf(accMinD.vector(n), scalar).accumulateMin(a, aOff, acc, accOff, n);
    }

    @Override
    public double sumExp(float[] a, int off, int n, float shift) {
        return vectorIf(sumExpF.vector(n), scalar).sumExp(a, off, n, shift);
    }

    @Override
    public double sumExp(double[] a, int off, int n, double shift) {
        return vectorIf(sumExpD.vector(n), scalar).sumExp(a, off, n, shift);
    }

    @Override
    public double expInto(float[] a, int aOff, float shift, float[] out, int outOff, int n) {
        return vectorIf(expIntoF.vector(n), scalar).expInto(a, aOff, shift, out, outOff, n);
    }

    @Override
    public double expInto(double[] a, int aOff, double shift, double[] out, int outOff, int n) {
        return vectorIf(expIntoD.vector(n), scalar).expInto(a, aOff, shift, out, outOff, n);
    }

    @Override
    public double shiftInto(float[] a, int aOff, float shift, float[] out, int outOff, int n) {
        return vectorIf(shiftIntoF.vector(n), scalar).shiftInto(a, aOff, shift, out, outOff, n);
    }

    @Override
    public double shiftInto(double[] a, int aOff, double shift, double[] out, int outOff, int n) {
        return vectorIf(shiftIntoD.vector(n), scalar).shiftInto(a, aOff, shift, out, outOff, n);
    }

    @Override
    public void scale(float[] a, int off, int n, float factor) {
        vectorIf(scaleF.vector(n), scalar).scale(a, off, n, factor);
    }

    @Override
    public void scale(double[] a, int off, int n, double factor) {
        vectorIf(scaleD.vector(n), scalar).scale(a, off, n, factor);
    }

    @Override
    public void subtract(float[] a, int off, int n, float shift) {
        vectorIf(subtractF.vector(n), scalar).subtract(a, off, n, shift);
    }

    @Override
    public void subtract(double[] a, int off, int n, double shift) {
        vectorIf(subtractD.vector(n), scalar).subtract(a, off, n, shift);
    }
}
