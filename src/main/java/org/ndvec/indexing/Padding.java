package org.ndvec.indexing;

import java.util.Arrays;
import org.ndvec.DType;
import org.ndvec.Index;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.PadMode;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Shapes;
import org.ndvec.ops.OrderStatistics;
import org.ndvec.ops.Reductions;
import org.ndvec.ops.Statistics;
import org.ndvec.storage.Buffers;
import org.ndvec.storage.Cast;

/**
 * {@code np.pad} in every mode, following NumPy 2.4's {@code _arraypad_impl.py} step for step so
 * that corners and wide pads come out as NumPy's: the input copied into the middle of the result,
 * then each axis in turn filled inside the "region of interest" (the axes after it restricted to
 * the original extent, so corners take the later axes' values), with reflections and wraps
 * repeated chunk by chunk when the pad is wider than the data.
 */
public final class Padding {
    private static final ArrayAccess ACCESS = Internals.access();

    private Padding() {
    }

    /**
     * {@code np.pad(a, widths, mode, **kwargs)}.
     *
     * @param widths     {@code {before, after}} per axis, or one pair (or one value) for every axis
     * @param values     {@code constant_values} (CONSTANT) or {@code end_values} (LINEAR_RAMP) as pairs
     *                   per axis or one pair for all; null for 0
     * @param statLength {@code stat_length} pairs (MAXIMUM, MEAN, MEDIAN, MINIMUM); null for all values
     * @param odd        {@code reflect_type='odd'} (REFLECT, SYMMETRIC)
     * @throws IllegalArgumentException NumPy's {@code index can't contain negative values},
     *     {@code unsupported keyword arguments for mode 'edge': {'constant_values'}},
     *     {@code can't extend empty axis 0 using modes other than 'constant' or 'empty'},
     *     {@code stat_length of 0 yields no value for padding}
     */
    public static NDArray pad(NDArray a, int[][] widths, PadMode mode, double[][] values, int[][] statLength,
                              boolean odd) {
        int nd = a.ndim();
        int[][] w = pairs(widths, nd, "pad_width");
        unsupported(mode, values != null && mode != PadMode.CONSTANT && mode != PadMode.LINEAR_RAMP,
                mode == PadMode.LINEAR_RAMP ? "end_values" : "constant_values");
        boolean stat = mode == PadMode.MAXIMUM || mode == PadMode.MINIMUM || mode == PadMode.MEAN
                || mode == PadMode.MEDIAN;
        unsupported(mode, statLength != null && !stat, "stat_length");
        unsupported(mode, odd && mode != PadMode.REFLECT && mode != PadMode.SYMMETRIC, "reflect_type");
        int[] shape = new int[nd];
        Index[] original = new Index[nd];
        for (int d = 0; d < nd; d++) {
            shape[d] = Math.addExact(a.shape(d), Math.addExact(w[d][0], w[d][1]));
            original[d] = Index.slice(w[d][0], (long) w[d][0] + a.shape(d));
        }
        NDArray padded = ACCESS.wrapLike(a, Buffers.allocate(a.dtype(), Shapes.size(shape)), shape);
        assign(padded.get(original), a);
        if (mode == PadMode.EMPTY) {
            return padded;
        }
        if (mode == PadMode.CONSTANT) {
            double[][] v = values == null ? new double[][] {{0, 0}} : values;
            for (int d = 0; d < nd; d++) {
                double[] pair = pair(v, d, nd);
                NDArray roi = roi(padded, original, d);
                assign(slab(roi, d, null, (long) w[d][0]), Nd.scalar(pair[0]));
                assign(slab(roi, d, (long) roi.shape(d) - w[d][1], null), Nd.scalar(pair[1]));
            }
            return padded;
        }
        if (a.size() == 0) {
            for (int d = 0; d < nd; d++) {
                if (a.shape(d) == 0 && (w[d][0] > 0 || w[d][1] > 0)) {
                    throw new IllegalArgumentException("can't extend empty axis " + d
                            + " using modes other than 'constant' or 'empty'");
                }
            }
            return padded;
        }
        int[][] lengths = statLength == null ? null : pairs(statLength, nd, "stat_length");
        for (int d = 0; d < nd; d++) {
            NDArray roi = roi(padded, original, d);
            int left = w[d][0];
            int right = w[d][1];
            switch (mode) {
                case EDGE -> setPadArea(roi, d, left, right, edges(roi, d, left, right));
                case LINEAR_RAMP -> setPadArea(roi, d, left, right,
                        ramps(roi, d, left, right, pair(values == null ? new double[][] {{0, 0}} : values, d, nd),
                                values != null && values.length > 1));
                case MAXIMUM, MINIMUM, MEAN, MEDIAN -> setPadArea(roi, d, left, right,
                        stats(roi, d, left, right, lengths == null ? null : lengths[d], mode));
                case REFLECT, SYMMETRIC -> {
                    if (a.shape(d) == 1 && (left > 0 || right > 0)) {
                        // NumPy's legacy: a singleton axis is extended with its edge
                        setPadArea(padded, d, left, right, edges(padded, d, left, right));
                        continue;
                    }
                    while (left > 0 || right > 0) {
                        int[] next = reflectBoth(roi, d, left, right, odd, a.shape(d), mode == PadMode.SYMMETRIC);
                        left = next[0];
                        right = next[1];
                    }
                }
                case WRAP -> {
                    int period = padded.shape(d) - right - left;
                    while (left > 0 || right > 0) {
                        int[] next = wrapBoth(roi, d, left, right, period);
                        left = next[0];
                        right = next[1];
                    }
                }
                default -> throw new IllegalStateException(mode.toString());
            }
        }
        return padded;
    }

    private static void unsupported(PadMode mode, boolean given, String kwarg) {
        if (given) {
            throw new IllegalArgumentException("unsupported keyword arguments for mode '" + mode + "': {'" + kwarg + "'}");
        }
    }

    /** NumPy's {@code _as_pairs(..., as_index=True)}: one pair per axis, negatives refused. */
    private static int[][] pairs(int[][] x, int nd, String name) {
        if (x.length != 1 && x.length != nd) {
            throw new IllegalArgumentException("operands could not be broadcast together with remapped shapes "
                    + "[original->remapped]: (" + x.length + ",2)  and requested shape (" + nd + ",2)");
        }
        int[][] out = new int[nd][];
        for (int d = 0; d < nd; d++) {
            int[] p = x[x.length == 1 ? 0 : d];
            if (p.length != 1 && p.length != 2) {
                throw new IllegalArgumentException(name + " must be (before, after) pairs");
            }
            out[d] = new int[] {p[0], p[p.length - 1]};
            if (out[d][0] < 0 || out[d][1] < 0) {
                throw new IllegalArgumentException("index can't contain negative values");
            }
        }
        return out;
    }

    private static double[] pair(double[][] v, int d, int nd) {
        if (v.length != 1 && v.length != nd) {
            throw new IllegalArgumentException("operands could not be broadcast together with remapped shapes "
                    + "[original->remapped]: (" + v.length + ",2)  and requested shape (" + nd + ",2)");
        }
        double[] p = v[v.length == 1 ? 0 : d];
        return new double[] {p[0], p[p.length - 1]};
    }

    /** NumPy's {@code _view_roi}: the axes after {@code axis} restricted to the original area. */
    private static NDArray roi(NDArray padded, Index[] original, int axis) {
        Index[] ix = new Index[padded.ndim()];
        for (int d = 0; d < ix.length; d++) {
            ix[d] = d <= axis ? Index.all() : original[d];
        }
        return padded.get(ix);
    }

    /** {@code a[..., start:stop:step, ...]} on {@code axis} (Python slice bounds, null for open). */
    private static NDArray slab(NDArray a, int axis, Long start, Long stop) {
        return slab(a, axis, start, stop, null);
    }

    private static NDArray slab(NDArray a, int axis, Long start, Long stop, Long step) {
        Index[] ix = new Index[axis + 1];
        Arrays.fill(ix, Index.all());
        ix[axis] = Index.slice(start, stop, step);
        return a.get(ix);
    }

    /** {@code dst[...] = src}, broadcasting and casting as NumPy's assignment does. */
    private static void assign(NDArray dst, NDArray src) {
        if (dst.size() == 0) {
            return;
        }
        NDArray s = Nd.sharesMemory(dst, src) ? src.copy() : src;
        Cast.copyInto(s.broadcastTo(dst.shape()), ACCESS.data(dst), ACCESS.offset(dst), ACCESS.strides(dst));
    }

    /** NumPy's {@code _set_pad_area}. */
    private static void setPadArea(NDArray padded, int axis, int left, int right, NDArray[] values) {
        assign(slab(padded, axis, null, (long) left), values[0]);
        assign(slab(padded, axis, (long) padded.shape(axis) - right, null), values[1]);
    }

    /** NumPy's {@code _get_edges}: the first and last slab of the valid area, keeping the axis. */
    private static NDArray[] edges(NDArray padded, int axis, int left, int right) {
        int r = padded.shape(axis) - right;
        return new NDArray[] {slab(padded, axis, (long) left, left + 1L), slab(padded, axis, r - 1L, (long) r)};
    }

    /**
     * NumPy's {@code _get_linear_ramps}: {@code np.linspace(end_value, edge, width, endpoint=False,
     * dtype=padded.dtype, axis=axis)}, the right ramp reversed, floored for integers; as in linspace,
     * if any lane of a side has a zero step, the whole side is computed as {@code (k / num) * delta}.
     * The precision follows how {@code _as_pairs} hands over the end values: a scalar or one pair
     * arrives as numpy scalars, which are not weak, so even a float32 array ramps in float64; pairs per
     * axis arrive through {@code tolist()} as Python floats, and a float32 array then ramps in float32.
     */
    private static NDArray[] ramps(NDArray padded, int axis, int left, int right, double[] ends, boolean weak) {
        NDArray[] edge = edges(padded, axis, left, right);
        boolean single = weak && padded.dtype() == DType.FLOAT32;
        return new NDArray[] {ramp(edge[0], axis, left, ends[0], padded.dtype(), single),
            Rearranging.flip(ramp(edge[1], axis, right, ends[1], padded.dtype(), single), axis)};
    }

    private static NDArray ramp(NDArray edge, int axis, int num, double start, DType dtype, boolean single) {
        double[] stop = edge.astype(DType.FLOAT64).toDoubleArray();
        double s0 = round(single, start);
        double[] step = new double[stop.length];
        double[] delta = new double[stop.length];
        boolean anyZero = false;
        for (int i = 0; i < stop.length; i++) {
            delta[i] = round(single, stop[i] - s0);
            step[i] = round(single, delta[i] / num);
            anyZero |= step[i] == 0;
        }
        int lanes = stop.length;
        double[] y = new double[num * lanes];
        for (int k = 0; k < num; k++) {
            for (int i = 0; i < lanes; i++) {
                double v = anyZero ? round(single, round(single, k / (double) num) * delta[i]) : round(single, k * step[i]);
                v = round(single, v + s0);
                y[k * lanes + i] = dtype.isInteger() ? Math.floor(v) : v;
            }
        }
        // y is laid out (num, *edge.shape without axis): move the ramp axis into place
        int[] edgeShape = edge.shape();
        int[] rampShape = new int[edgeShape.length];
        rampShape[0] = num;
        for (int d = 0, j = 1; d < edgeShape.length; d++) {
            if (d != axis) {
                rampShape[j++] = edgeShape[d];
            }
        }
        return NDArray.wrap(y, rampShape).moveaxis(0, axis).astype(dtype);
    }

    /** float32 arithmetic as double arithmetic rounded to float after each operation. */
    private static double round(boolean single, double v) {
        return single ? (float) v : v;
    }

    /** NumPy's {@code _get_stats}: the statistic of up to {@code length} values next to each edge. */
    private static NDArray[] stats(NDArray padded, int axis, int left, int right, int[] length, PadMode mode) {
        int leftIndex = left;
        int rightIndex = padded.shape(axis) - right;
        int max = rightIndex - leftIndex;
        int leftLength = length == null || max < length[0] ? max : length[0];
        int rightLength = length == null || max < length[1] ? max : length[1];
        if ((leftLength == 0 || rightLength == 0) && (mode == PadMode.MAXIMUM || mode == PadMode.MINIMUM)) {
            throw new IllegalArgumentException("stat_length of 0 yields no value for padding");
        }
        NDArray leftStat = stat(slab(padded, axis, (long) leftIndex, (long) leftIndex + leftLength), axis, mode,
                padded.dtype());
        if (leftLength == rightLength && leftLength == max) {
            return new NDArray[] {leftStat, leftStat};
        }
        NDArray rightStat = stat(slab(padded, axis, (long) rightIndex - rightLength, (long) rightIndex), axis, mode,
                padded.dtype());
        return new NDArray[] {leftStat, rightStat};
    }

    private static NDArray stat(NDArray chunk, int axis, PadMode mode, DType dtype) {
        int[] ax = {axis};
        NDArray s = switch (mode) {
            case MAXIMUM -> Reductions.max(chunk, ax, true);
            case MINIMUM -> Reductions.min(chunk, ax, true);
            case MEAN -> Statistics.mean(chunk, ax, true);
            default -> OrderStatistics.median(chunk, ax, true, false);
        };
        // _round_if_needed: integer arrays get the rounded (half to even) statistic
        return dtype.isInteger() && s.dtype().isFloating() ? s.rint() : s;
    }

    /** NumPy's {@code _set_reflect_both}: one chunk of reflection on each side; the pads still to fill. */
    private static int[] reflectBoth(NDArray padded, int axis, int left, int right, boolean odd, int originalPeriod,
                                     boolean includeEdge) {
        int oldLength = padded.shape(axis) - right - left;
        int edgeOffset;
        if (includeEdge) {
            oldLength = oldLength / originalPeriod * originalPeriod;
            edgeOffset = 1;
        } else {
            oldLength = (oldLength - 1) / (originalPeriod - 1) * (originalPeriod - 1) + 1;
            edgeOffset = 0;
            oldLength -= 1;
        }
        if (left > 0) {
            int chunk = Math.min(oldLength, left);
            long stop = left - edgeOffset;
            long start = stop + chunk;
            NDArray leftChunk = slab(padded, axis, start, stop, -1L);
            if (odd) {
                NDArray edge = slab(padded, axis, (long) left, left + 1L);
                leftChunk = edge.mul(2L).sub(leftChunk);
            }
            assign(slab(padded, axis, (long) left - chunk, (long) left), leftChunk);
            left -= chunk;
        }
        if (right > 0) {
            int chunk = Math.min(oldLength, right);
            long start = -right + edgeOffset - 2;
            long stop = start - chunk;
            NDArray rightChunk = slab(padded, axis, start, stop, -1L);
            if (odd) {
                NDArray edge = slab(padded, axis, (long) -right - 1, (long) -right);
                rightChunk = edge.mul(2L).sub(rightChunk);
            }
            long at = padded.shape(axis) - right;
            assign(slab(padded, axis, at, at + chunk), rightChunk);
            right -= chunk;
        }
        return new int[] {left, right};
    }

    /** NumPy's {@code _set_wrap_both}: one period of wrapping on each side; the pads still to fill. */
    private static int[] wrapBoth(NDArray padded, int axis, int left, int right, int originalPeriod) {
        int period = padded.shape(axis) - right - left;
        period = period / originalPeriod * originalPeriod;
        int newLeft = 0;
        int newRight = 0;
        if (left > 0) {
            long end = left + (long) period;
            long start = end - Math.min(period, left);
            NDArray chunk = slab(padded, axis, start, end);
            NDArray area;
            if (left > period) {
                area = slab(padded, axis, (long) left - period, (long) left);
                newLeft = left - period;
            } else {
                area = slab(padded, axis, null, (long) left);
            }
            assign(area, chunk);
        }
        if (right > 0) {
            long start = -right - (long) period;
            long end = start + Math.min(period, right);
            NDArray chunk = slab(padded, axis, start, end);
            NDArray area;
            if (right > period) {
                area = slab(padded, axis, (long) -right, (long) -right + period);
                newRight = right - period;
            } else {
                area = slab(padded, axis, (long) -right, null);
            }
            assign(area, chunk);
        }
        return new int[] {newLeft, newRight};
    }
}
