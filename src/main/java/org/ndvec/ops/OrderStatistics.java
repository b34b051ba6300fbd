package org.ndvec.ops;

import java.util.function.IntToLongFunction;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.QuantileMethod;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.parallel.Workers;

/**
 * Order statistics: {@code median}, {@code quantile}, {@code percentile} and their NaN-ignoring
 * twins, with NumPy 2.4's results bit for bit (result dtypes, every interpolation method, NaN and
 * empty-input rules) but not its algorithm: NumPy copies the input and partitions it, ndvec reads
 * each lane once into sortable keys ({@link OrderKeys}) and selects only the ranks it needs
 * ({@link Introselect}), lanes in parallel in chunks fixed by the problem size ({@link RowChunks}).
 * A lane of a million elements goes through {@link RadixSelect} instead, whose passes run on
 * every core.
 *
 * <p>The arithmetic that combines the selected values is NumPy's, operation for operation: the
 * median is the {@code mean} of the middle one or two (float32 in float32), and interpolating
 * methods use {@code _lerp}: {@code a + (b - a) t}, or {@code b - (b - a)(1 - t)} once
 * {@code t >= 0.5}, with {@code b - a} in the input's dtype (so int32 differences wrap, as NumPy's
 * do), then float64, or float32 throughout for a float32 input and a scalar {@code q}.
 */
public final class OrderStatistics {
    private static final ArrayAccess ACCESS = Internals.access();

    private OrderStatistics() {
    }

    /** How the selected neighbours become one result element, and the result's storage. */
    private enum Combine {
        SELECT, LERP_F64, LERP_F32, LERP_F32_TO_F64, LERP_I64, LERP_I32, MEDIAN_F64, MEDIAN_F32, MEDIAN_INT
    }

    /**
     * {@code np.median(a, axis, keepdims=keepdims)} or, with {@code ignoreNan}, {@code np.nanmedian}.
     * float32 gives float32, every other dtype float64; a lane holding NaN gives NaN (nanmedian:
     * a lane of only NaN does); an empty lane gives NaN, as NumPy's mean of nothing.
     */
    public static NDArray median(NDArray a, int[] axes, boolean keepdims, boolean ignoreNan) {
        numeric(a);
        if (ignoreNan && a.size() == 0) {
            return Statistics.nanmean(a, axes, keepdims);
        }
        ReducedLanes lanes = ReducedLanes.of(a, axes);
        DType in = a.dtype();
        Combine c = in == DType.FLOAT64 ? Combine.MEDIAN_F64 : in == DType.FLOAT32 ? Combine.MEDIAN_F32
                : Combine.MEDIAN_INT;
        DType out = in == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        return run(lanes, null, null, c, in, out, ignoreNan, new int[0], keepdims);
    }

    /**
     * {@code np.quantile(a, q, axis, method=method, keepdims=keepdims)}, or {@code np.percentile}
     * when {@code percent}, or their {@code nan} twins when {@code ignoreNan}. The result has
     * {@code q}'s shape followed by the reduced shape.
     *
     * @param q     the quantiles (float64 values in {@code [0, 1]}, or {@code [0, 100]} for percentiles)
     * @param qShape {@code q}'s shape: {@code ()} for a scalar, at most 2 dims
     * @param weakQ  true when {@code q} was a Java scalar, NumPy's "weak" Python float: a float32
     *               input then interpolates in float32 and gives float32
     * @throws IllegalArgumentException NumPy's {@code Quantiles must be in the range [0, 1]},
     *     {@code Percentiles must be in the range [0, 100]}, {@code q must be a scalar or 1d}, the
     *     boolean-subtract error for bool input with an interpolating method
     * @throws IndexOutOfBoundsException {@code index -1 is out of bounds for axis 0 with size 0} for
     *     an empty lane (not for the nan variants, which give NaN)
     */
    public static NDArray quantile(NDArray a, double[] q, int[] qShape, boolean weakQ, int[] axes,
                                   boolean keepdims, QuantileMethod method, boolean ignoreNan, boolean percent) {
        numeric(a);
        double[] fractions = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            fractions[i] = percent ? q[i] / 100 : q[i];
            if (!(fractions[i] >= 0 && fractions[i] <= 1)) {
                throw new IllegalArgumentException(percent ? "Percentiles must be in the range [0, 100]"
                        : "Quantiles must be in the range [0, 1]");
            }
        }
        if (ignoreNan && a.size() == 0) {
            // NumPy answers an empty input with nanmean, whose result has no q axes
            return Statistics.nanmean(a, axes, keepdims);
        }
        ReducedLanes lanes = ReducedLanes.of(a, axes);
        if (qShape.length > 2) {
            throw new IllegalArgumentException("q must be a scalar or 1d");
        }
        if (lanes.n == 0) {
            // NumPy reads arr[-1] of a float lane first (its NaN check), else the first needed index
            long index = a.dtype().isFloating() ? -1 : QuantilePosition.emptyLaneIndex(method, fractions[0]);
            throw new IndexOutOfBoundsException("index " + index + " is out of bounds for axis 0 with size 0");
        }
        DType in = a.dtype();
        Combine c;
        DType out;
        if (method.selecting()) {
            c = Combine.SELECT;
            out = in;
        } else {
            if (in == DType.BOOL) {
                throw new IllegalArgumentException("numpy boolean subtract, the `-` operator, is not supported, "
                        + "use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
            }
            c = switch (in) {
                case FLOAT64 -> Combine.LERP_F64;
                case FLOAT32 -> weakQ ? Combine.LERP_F32 : Combine.LERP_F32_TO_F64;
                case INT64 -> Combine.LERP_I64;
                default -> Combine.LERP_I32;
            };
            out = c == Combine.LERP_F32 ? DType.FLOAT32 : DType.FLOAT64;
        }
        return run(lanes, fractions, method, c, in, out, ignoreNan, qShape, keepdims);
    }

    private static void numeric(NDArray a) {
        if (a.dtype() == DType.STRING) {
            throw new IllegalArgumentException("order statistics need a numeric array, got dtype " + a.dtypeDescr());
        }
    }

    /** Computes every (quantile, lane) result into one buffer laid out as {@code qShape + resultShape}. */
    private static NDArray run(ReducedLanes lanes, double[] q, QuantileMethod method, Combine c, DType in,
                               DType out, boolean ignoreNan, int[] qShape, boolean keepdims) {
        int count = lanes.count();
        int qs = q == null ? 1 : q.length;
        Object result = org.ndvec.storage.Buffers.allocate(out, Math.multiplyExact(qs, count));
        int n = lanes.n;
        if (count == 1 && n >= RadixSelect.MIN_LENGTH) {
            RadixSelect.lane(lanes.data, lanes.offsets[0], lanes.stride, n, new LaneJob(q, method, c, in, ignoreNan),
                    result);
        } else {
            RowChunks.forEach(count, n, Workers.THREADS, (from, to) -> {
                LaneJob job = new LaneJob(q, method, c, in, ignoreNan);
                long[] keys = new long[n];
                for (int lane = from; lane < to; lane++) {
                    int valid = OrderKeys.load(lanes.data, lanes.offsets[lane], lanes.stride, n, keys);
                    job.finish(keys, valid, valid < n, result, lane, count);
                }
            });
        }
        int[] reducedShape = lanes.resultShape(keepdims);
        int[] shape = new int[qShape.length + reducedShape.length];
        System.arraycopy(qShape, 0, shape, 0, qShape.length);
        System.arraycopy(reducedShape, 0, shape, qShape.length, reducedShape.length);
        return ACCESS.wrap(result, out, shape);
    }

    /**
     * The per-lane work after the lane's keys are loaded: which ranks to select, and how to combine
     * them. One instance per chunk (it caches the positions of the last lane length it saw).
     */
    static final class LaneJob {
        private final double[] q;
        private final QuantileMethod method;
        private final Combine combine;
        private final DType in;
        private final boolean ignoreNan;
        private int cachedLength = -1;
        private int[] lower;
        private int[] upper;
        private double[] gamma;
        private int[] ranks;
        private int rankCount;

        LaneJob(double[] q, QuantileMethod method, Combine combine, DType in, boolean ignoreNan) {
            this.q = q;
            this.method = method;
            this.combine = combine;
            this.in = in;
            this.ignoreNan = ignoreNan;
            int qs = q == null ? 1 : q.length;
            this.lower = new int[qs];
            this.upper = new int[qs];
            this.gamma = new double[qs];
            this.ranks = new int[2 * qs];
        }

        /** Whether a lane with NaN (or nothing left) gives NaN without any selection. */
        boolean nanResult(int valid, boolean hadNan) {
            return hadNan && !ignoreNan || valid == 0;
        }

        /** The sorted, distinct ranks a lane of {@code valid} keys needs ({@link #rankCount()} of them). */
        int[] ranks(int valid) {
            positions(valid);
            return ranks;
        }

        int rankCount() {
            return rankCount;
        }

        /**
         * Selects and combines one lane whose {@code valid} non-NaN keys are in {@code keys}.
         *
         * @param hadNan whether the lane held NaN (left out of {@code keys})
         */
        void finish(long[] keys, int valid, boolean hadNan, Object result, int lane, int lanes) {
            if (nanResult(valid, hadNan)) {
                writeNaN(result, lane, lanes);
                return;
            }
            positions(valid);
            Introselect.selectAll(keys, 0, valid, ranks, rankCount);
            write(rank -> keys[rank], result, lane, lanes);
        }

        /** Writes NaN for every quantile of one lane (only float results can hold it). */
        void writeNaN(Object result, int lane, int lanes) {
            for (int i = 0; i < lower.length; i++) {
                int at = i * lanes + lane;
                switch (result) {
                    case double[] d -> d[at] = Double.NaN;
                    case float[] f -> f[at] = Float.NaN;
                    default -> throw new IllegalStateException("an integer lane cannot hold NaN");
                }
            }
        }

        /** Combines the selected keys ({@code keyAt.applyAsLong(rank)}) into the result. */
        void write(IntToLongFunction keyAt, Object result, int lane, int lanes) {
            for (int i = 0; i < lower.length; i++) {
                combine(keyAt.applyAsLong(lower[i]), keyAt.applyAsLong(upper[i]), gamma[i], result, i * lanes + lane);
            }
        }

        private void positions(int n) {
            if (n == cachedLength) {
                return;
            }
            cachedLength = n;
            if (q == null) {
                lower[0] = (n - 1) / 2;
                upper[0] = n / 2;
            } else {
                for (int i = 0; i < q.length; i++) {
                    QuantilePosition p = QuantilePosition.of(method, n, q[i]);
                    lower[i] = p.lower();
                    upper[i] = p.upper();
                    gamma[i] = p.gamma();
                }
            }
            int k = 0;
            for (int i = 0; i < lower.length; i++) {
                ranks[k++] = lower[i];
                ranks[k++] = upper[i];
            }
            java.util.Arrays.sort(ranks, 0, k);
            int distinct = 0;
            for (int i = 0; i < k; i++) {
                if (distinct == 0 || ranks[distinct - 1] != ranks[i]) {
                    ranks[distinct++] = ranks[i];
                }
            }
            rankCount = distinct;
        }

        private void combine(long lo, long hi, double t, Object result, int at) {
            switch (combine) {
                case SELECT -> select(lo, result, at);
                case LERP_F64 -> ((double[]) result)[at] = lerp(OrderKeys.toDouble(lo), OrderKeys.toDouble(hi), t);
                case LERP_F32 -> ((float[]) result)[at] = lerp(OrderKeys.toFloat(lo), OrderKeys.toFloat(hi), t);
                case LERP_F32_TO_F64 -> {
                    float a = OrderKeys.toFloat(lo);
                    float b = OrderKeys.toFloat(hi);
                    ((double[]) result)[at] = lerpFrom(a, b, b - a, t);
                }
                case LERP_I64 -> ((double[]) result)[at] = lerpFrom(lo, hi, hi - lo, t);
                case LERP_I32 -> ((double[]) result)[at] = lerpFrom(lo, hi, (int) hi - (int) lo, t);
                case MEDIAN_F64 -> {
                    double a = OrderKeys.toDouble(lo);
                    ((double[]) result)[at] = sameIndex() ? a : (a + OrderKeys.toDouble(hi)) / 2;
                }
                case MEDIAN_F32 -> {
                    float a = OrderKeys.toFloat(lo);
                    ((float[]) result)[at] = sameIndex() ? a : (a + OrderKeys.toFloat(hi)) / 2f;
                }
                case MEDIAN_INT -> ((double[]) result)[at] = sameIndex() ? (double) lo : ((double) lo + (double) hi) / 2;
            }
        }

        /** For the median: whether the lane length is odd (one middle value, NumPy's mean of one). */
        private boolean sameIndex() {
            return lower[0] == upper[0];
        }

        private void select(long key, Object result, int at) {
            switch (result) {
                case double[] d -> d[at] = OrderKeys.toDouble(key);
                case float[] f -> f[at] = OrderKeys.toFloat(key);
                case long[] l -> l[at] = key;
                case int[] x -> x[at] = (int) key;
                case byte[] b -> b[at] = (byte) key;
                default -> throw new IllegalStateException("not a numeric buffer: " + result.getClass());
            }
        }

        /** NumPy's {@code _lerp} in float64. */
        private static double lerp(double a, double b, double t) {
            double diff = b - a;
            return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
        }

        /** NumPy's {@code _lerp} in float32 with a weak (Python float) weight, rounded to float32 per use. */
        private static float lerp(float a, float b, double t) {
            float diff = b - a;
            return t >= 0.5 ? b - diff * (float) (1 - t) : a + diff * (float) t;
        }

        /** NumPy's {@code _lerp} of a narrower dtype with a float64 weight: the difference is taken first. */
        private static double lerpFrom(double a, double b, double diff, double t) {
            return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
        }
    }
}
