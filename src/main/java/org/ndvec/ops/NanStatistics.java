package org.ndvec.ops;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.kernels.CompensatedSum;
import org.ndvec.layout.Shapes;
import org.ndvec.parallel.Workers;
import org.ndvec.storage.Buffers;

/**
 * {@code nanvar nanstd nanargmax nanargmin}: NaN-ignoring statistics lane by lane
 * ({@link ReducedLanes}, lanes in parallel chunks fixed by the problem size). Variances take
 * NumPy's two passes, {@code sum((x - mean)^2) / (count - ddof)} over the non-NaN values, with
 * compensated float64 sums (float32 input included, rounded once at the end), so they are
 * correctly rounded in practice where NumPy's pairwise float32 sums are not; integer input gives
 * {@code np.var} as NumPy's does.
 */
public final class NanStatistics {
    private static final ArrayAccess ACCESS = Internals.access();

    private NanStatistics() {
    }

    /**
     * {@code np.nanvar(a, axis, ddof=ddof, keepdims=keepdims)} ({@code np.nanstd} when {@code sqrt}):
     * NaN where {@code count - ddof <= 0} (NumPy also warns {@code Degrees of freedom <= 0 for slice.}).
     */
    public static NDArray nanvar(NDArray a, int[] axes, boolean keepdims, int ddof, boolean sqrt) {
        if (!a.dtype().isFloating()) {
            return sqrt ? Statistics.std(a, axes, keepdims, ddof) : Statistics.var(a, axes, keepdims, ddof);
        }
        ReducedLanes lanes = ReducedLanes.of(a, axes);
        int count = lanes.count();
        double[] out = new double[count];
        int n = lanes.n;
        RowChunks.forEach(count, n, Workers.THREADS, (from, to) -> {
            for (int lane = from; lane < to; lane++) {
                double v = laneVariance(lanes.data, lanes.offsets[lane], lanes.stride, n, ddof);
                out[lane] = sqrt ? Math.sqrt(v) : v;
            }
        });
        int[] shape = lanes.resultShape(keepdims);
        if (a.dtype() == DType.FLOAT64) {
            return ACCESS.wrap(out, DType.FLOAT64, shape);
        }
        float[] f = new float[count];
        for (int i = 0; i < count; i++) {
            f[i] = (float) out[i];
        }
        return ACCESS.wrap(f, DType.FLOAT32, shape);
    }

    /** Variance of the non-NaN elements of one lane: compensated sum, mean, compensated sum of squared deviations. */
    private static double laneVariance(Object data, int off, int stride, int n, int ddof) {
        double s = 0;
        double c = 0;
        int k = 0;
        for (int i = 0, p = off; i < n; i++, p += stride) {
            double x = Buffers.getDouble(data, p);
            if (x == x) {
                double t = s + x;
                c += CompensatedSum.error(s, x, t);
                s = t;
                k++;
            }
        }
        long dof = (long) k - ddof;
        if (dof <= 0) {
            return Double.NaN;
        }
        double mean = CompensatedSum.finish(s, c, null, 0) / k;
        s = 0;
        c = 0;
        for (int i = 0, p = off; i < n; i++, p += stride) {
            double x = Buffers.getDouble(data, p);
            if (x == x) {
                double d = (x - mean) * (x - mean);
                double t = s + d;
                c += CompensatedSum.error(s, d, t);
                s = t;
            }
        }
        return CompensatedSum.finish(s, c, null, 0) / dof;
    }

    /**
     * {@code np.nanargmax(a, axis, keepdims=keepdims)} (or nanargmin): the argmax with NaN read as
     * {@code -inf} (argmin: {@code +inf}), exactly NumPy's replacement, so a lane of NaN and
     * {@code -inf} answers the first of them as NumPy does; {@code axis == null} flattens.
     *
     * @throws IllegalArgumentException {@code All-NaN slice encountered}, {@code attempt to get argmax of an empty sequence}
     */
    public static NDArray nanargExtreme(NDArray a, Integer axis, boolean keepdims, boolean max) {
        if (!a.dtype().isFloating()) {
            return max ? ArgReductions.argmax(a, axis, keepdims) : ArgReductions.argmin(a, axis, keepdims);
        }
        ReducedLanes lanes = ReducedLanes.of(a, axis == null ? null : new int[] {axis});
        int count = lanes.count();
        int n = lanes.n;
        if (a.size() > 0) {
            for (int lane = 0; lane < count; lane++) {
                if (allNaN(lanes.data, lanes.offsets[lane], lanes.stride, n)) {
                    throw new IllegalArgumentException("All-NaN slice encountered");
                }
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("attempt to get " + (max ? "argmax" : "argmin") + " of an empty sequence");
        }
        long[] out = new long[count];
        double replacement = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        RowChunks.forEach(count, n, Workers.THREADS, (from, to) -> {
            for (int lane = from; lane < to; lane++) {
                int best = 0;
                double m = Double.NaN;
                for (int i = 0, p = lanes.offsets[lane]; i < n; i++, p += lanes.stride) {
                    double x = Buffers.getDouble(lanes.data, p);
                    x = x != x ? replacement : x;
                    if (i == 0 || (max ? x > m : x < m)) {
                        m = x;
                        best = i;
                    }
                }
                out[lane] = best;
            }
        });
        int[] shape = axis == null ? new int[keepdims ? a.ndim() : 0] : lanes.resultShape(keepdims);
        if (axis == null) {
            java.util.Arrays.fill(shape, 1);
        } else {
            Shapes.normalizeAxis(axis, a.ndim());
        }
        return ACCESS.wrap(out, DType.INT64, shape);
    }

    private static boolean allNaN(Object data, int off, int stride, int n) {
        for (int i = 0, p = off; i < n; i++, p += stride) {
            double x = Buffers.getDouble(data, p);
            if (x == x) {
                return false;
            }
        }
        return true;
    }
}
