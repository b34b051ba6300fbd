package org.ndvec.indexing;

import java.util.Arrays;
import org.ndvec.DType;
import org.ndvec.Index;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Shapes;
import org.ndvec.storage.Buffers;
import org.ndvec.storage.Cast;

/** {@code tile}, {@code repeat}, {@code pad} (constant), {@code flip}, {@code roll}. */
public final class Rearranging {
    private static final ArrayAccess ACCESS = Internals.access();

    private Rearranging() {
    }

    /**
     * {@code np.tile(a, reps)}: a copy repeated {@code reps[i]} times along each axis; short
     * {@code reps} are padded with leading 1s, a short {@code a} with leading axes.
     */
    public static NDArray tile(NDArray a, int... reps) {
        int nd = Math.max(a.ndim(), reps.length);
        int[] r = new int[nd];
        Arrays.fill(r, 1);
        System.arraycopy(reps, 0, r, nd - reps.length, reps.length);
        for (int x : r) {
            if (x < 0) {
                throw new IllegalArgumentException("negative dimensions are not allowed");
            }
        }
        int[] s = new int[nd];
        int[] st = new int[nd];
        Arrays.fill(s, 1);
        int lead = nd - a.ndim();
        System.arraycopy(ACCESS.shape(a), 0, s, lead, a.ndim());
        System.arraycopy(ACCESS.strides(a), 0, st, lead, a.ndim());
        int[] outShape = new int[nd];
        for (int i = 0; i < nd; i++) {
            outShape[i] = Math.multiplyExact(s[i], r[i]);
        }
        Object out = Buffers.allocate(a.dtype(), Shapes.size(outShape));
        int[] outStrides = Shapes.cStrides(outShape);
        // View the output as (r0, s0, r1, s1, ...) and the input broadcast over the r axes.
        int[] pairShape = new int[2 * nd];
        int[] srcStrides = new int[2 * nd];
        int[] dstStrides = new int[2 * nd];
        for (int i = 0; i < nd; i++) {
            pairShape[2 * i] = r[i];
            pairShape[2 * i + 1] = s[i];
            srcStrides[2 * i + 1] = st[i];
            dstStrides[2 * i] = s[i] * outStrides[i];
            dstStrides[2 * i + 1] = outStrides[i];
        }
        if (Shapes.size(outShape) > 0) {
            NDArray src = ACCESS.readOnlyView(a, pairShape, srcStrides, ACCESS.offset(a));
            Cast.copyInto(src, out, 0, dstStrides);
        }
        return ACCESS.wrapLike(a, out, outShape);
    }

    /**
     * {@code np.repeat(a, repeats, axis)}: each element along {@code axis} repeated
     * {@code repeats[i]} times (one count broadcasts to all); {@code axis == null} flattens first.
     *
     * @throws IllegalArgumentException {@code negative dimensions are not allowed},
     *     {@code operands could not be broadcast together with shape (3,) (2,)}
     */
    public static NDArray repeat(NDArray a, int[] repeats, Integer axis) {
        // np.repeat reads a 0-d array as 1-d, so axis 0 or -1 is accepted there
        NDArray src = axis == null || a.ndim() == 0 ? a.reshape(-1) : a;
        int ax = axis == null ? 0 : Shapes.normalizeAxis(axis, src.ndim());
        int n = src.shape(ax);
        if (repeats.length != 1 && repeats.length != n) {
            throw new IllegalArgumentException("operands could not be broadcast together with shape (" + n + ",) ("
                    + repeats.length + ",)");
        }
        long total = 0;
        for (int c : repeats) {
            if (c < 0) {
                throw new IllegalArgumentException("negative dimensions are not allowed");
            }
        }
        for (int i = 0; i < n; i++) {
            total += repeats.length == 1 ? repeats[0] : repeats[i];
        }
        if (total > Shapes.MAX_SIZE) {
            throw new IllegalArgumentException("array is too big");
        }
        long[] positions = new long[(int) total];
        for (int i = 0, k = 0; i < n; i++) {
            int c = repeats.length == 1 ? repeats[0] : repeats[i];
            Arrays.fill(positions, k, k + c, i);
            k += c;
        }
        Index[] ix = new Index[ax + 1];
        Arrays.fill(ix, Index.all());
        ix[ax] = Index.of(ACCESS.wrap(positions, DType.INT64, new int[] {positions.length}));
        return AdvancedIndexer.get(src, ix);
    }

    /**
     * {@code np.pad(a, pad_width, mode='constant', constant_values=value)} with
     * {@code widths[axis] = {before, after}}; a single pair applies to every axis.
     *
     * @throws IllegalArgumentException {@code index can't contain negative values}
     */
    public static NDArray pad(NDArray a, int[][] widths, double value) {
        int nd = a.ndim();
        if (widths.length != 1 && widths.length != nd) {
            throw new IllegalArgumentException("operands could not be broadcast together with remapped shapes "
                    + "[original->remapped]: (" + widths.length + ",2)  and requested shape (" + nd + ",2)");
        }
        int[] outShape = new int[nd];
        Index[] interior = new Index[nd];
        for (int d = 0; d < nd; d++) {
            int[] w = widths[widths.length == 1 ? 0 : d];
            if (w.length != 2) {
                throw new IllegalArgumentException("pad widths must be (before, after) pairs");
            }
            if (w[0] < 0 || w[1] < 0) {
                throw new IllegalArgumentException("index can't contain negative values");
            }
            outShape[d] = Math.addExact(a.shape(d), w[0] + w[1]);
            interior[d] = Index.slice(w[0], (long) w[0] + a.shape(d));
        }
        NDArray out = ACCESS.wrapLike(a, Buffers.allocate(a.dtype(), Shapes.size(outShape)), outShape);
        if (value != 0) {
            out.fill(value);
        }
        NDArray in = BasicIndexer.view(out, interior);
        Cast.copyInto(a, ACCESS.data(in), ACCESS.offset(in), ACCESS.strides(in));
        return out;
    }

    /** {@code np.flip(a, axis)}: a view with the given axes reversed (all axes when none given). */
    public static NDArray flip(NDArray a, int... axes) {
        int nd = a.ndim();
        int[] ax = axes.length == 0 ? allAxes(nd) : Shapes.normalizeAxes(axes, nd, "repeated axis");
        Index[] ix = new Index[nd];
        Arrays.fill(ix, Index.all());
        for (int d : ax) {
            ix[d] = Index.slice(null, null, -1L);
        }
        return BasicIndexer.view(a, ix);
    }

    private static int[] allAxes(int nd) {
        int[] ax = new int[nd];
        for (int i = 0; i < nd; i++) {
            ax[i] = i;
        }
        return ax;
    }

    /** {@code np.roll(a, shift)}: a copy of the flattened array rolled, in the original shape. */
    public static NDArray roll(NDArray a, long shift) {
        return roll(a.reshape(-1), shift, 0).reshape(a.shape());
    }

    /** {@code np.roll(a, shift, axis)}: a copy with elements moved {@code shift} places along {@code axis}. */
    public static NDArray roll(NDArray a, long shift, int axis) {
        int ax = Shapes.normalizeAxis(axis, a.ndim());
        int n = a.shape(ax);
        NDArray out = ACCESS.wrapLike(a, Buffers.allocate(a.dtype(), a.size()), a.shape());
        if (a.size() == 0) {
            return out;
        }
        long s = Math.floorMod(shift, (long) n);
        copyRange(a, ax, 0, n - s, out, s);
        copyRange(a, ax, n - s, n, out, 0);
        return out;
    }

    private static void copyRange(NDArray src, int ax, long from, long to, NDArray dst, long at) {
        if (from >= to) {
            return;
        }
        Index[] si = new Index[ax + 1];
        Index[] di = new Index[ax + 1];
        Arrays.fill(si, Index.all());
        Arrays.fill(di, Index.all());
        si[ax] = Index.slice(from, to);
        di[ax] = Index.slice(at, at + to - from);
        NDArray d = BasicIndexer.view(dst, di);
        Cast.copyInto(BasicIndexer.view(src, si), ACCESS.data(d), ACCESS.offset(d), ACCESS.strides(d));
    }
}
