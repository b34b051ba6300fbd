package org.ndvec.indexing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ndvec.Index;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.iter.StridedLoop;
import org.ndvec.layout.Broadcast;
import org.ndvec.layout.Shapes;
import org.ndvec.storage.Buffers;
import org.ndvec.storage.Cast;

/**
 * One advanced index expression resolved against one array: the basic view that the
 * non-array pieces select, the offsets that the broadcast index arrays pick inside it,
 * and the result's axes in three groups {@code pre + B + post}. Building a plan checks
 * everything (counts, boolean shapes, broadcasting, bounds) before any data moves, so
 * assignment through a plan cannot half-apply.
 */
final class AdvancedPlan {
    private static final ArrayAccess ACCESS = Internals.access();

    final int[] resultShape;
    private final NDArray view;
    private final int[] fancy;      // storage offset (relative to the view's) per position of B
    private final int[] bShape;
    private final int[] preShape;
    private final int[] preStrides;
    private final int[] postShape;
    private final int[] postStrides;

    private AdvancedPlan(NDArray view, int[] fancy, int[] bShape, int[] preShape, int[] preStrides,
                         int[] postShape, int[] postStrides) {
        this.view = view;
        this.fancy = fancy;
        this.bShape = bShape;
        this.preShape = preShape;
        this.preStrides = preStrides;
        this.postShape = postShape;
        this.postStrides = postStrides;
        this.resultShape = resultShape(preShape, bShape, postShape);
    }

    private static int[] resultShape(int[] preShape, int[] bShape, int[] postShape) {
        int[] r = new int[preShape.length + bShape.length + postShape.length];
        System.arraycopy(preShape, 0, r, 0, preShape.length);
        System.arraycopy(bShape, 0, r, preShape.length, bShape.length);
        System.arraycopy(postShape, 0, r, preShape.length + bShape.length, postShape.length);
        return r;
    }

    /** Resolves {@code index} (which holds at least one index array) against {@code a}. */
    static AdvancedPlan of(NDArray a, Index[] index) {
        return of(a, index, () -> { }, resultShape -> { });
    }

    /**
     * As {@link #of(NDArray, Index[])}, with the two points where NumPy's assignment handles its
     * value: {@code beforeBroadcast} runs once the index's form, its integers and its masks are
     * checked, before its arrays are broadcast together (NumPy converts the value there), and
     * {@code beforeArrayBounds} gets the result's shape before the bounds of the integer arrays
     * are checked (NumPy checks the value's shape there).
     */
    static AdvancedPlan of(NDArray a, Index[] index, Runnable beforeBroadcast,
                           java.util.function.Consumer<int[]> beforeArrayBounds) {
        int[] shape = ACCESS.shape(a);
        int ndim = shape.length;
        int ellipses = 0;
        int consumed = 0;
        for (Index ix : index) {
            switch (ix) {
                case Index.Ellipsis e -> ellipses++;
                case Index.Array arr -> consumed += arr.array().dtype().isBool() ? arr.array().ndim() : 1;
                case Index.NewAxis n -> { }
                default -> consumed++;
            }
        }
        if (ellipses > 1) {
            throw new IndexOutOfBoundsException("an index can only have a single ellipsis ('...')");
        }
        if (consumed > ndim) {
            throw new IndexOutOfBoundsException("too many indices for array: array is " + ndim
                    + "-dimensional, but " + consumed + " were indexed");
        }
        List<Index> basic = new ArrayList<>();
        List<NDArray> arrays = new ArrayList<>();
        List<Integer> viewAxes = new ArrayList<>();
        List<Integer> arrayAxes = new ArrayList<>();
        int axis = 0;
        int vAxis = 0;
        int firstAdvanced = -1;
        int state = 0; // 0: no advanced piece yet, 1: inside the first run, 2: after it
        boolean consecutive = true;
        for (Index ix : index) {
            boolean advanced = ix instanceof Index.At || ix instanceof Index.Array;
            if (advanced) {
                if (state == 0) {
                    firstAdvanced = vAxis;
                    state = 1;
                } else if (state == 2) {
                    consecutive = false;
                }
            } else if (state == 1) {
                state = 2;
            }
            switch (ix) {
                case Index.At at -> {
                    basic.add(ix);
                    axis++;
                }
                case Index.Slice sl -> {
                    basic.add(ix);
                    axis++;
                    vAxis++;
                }
                case Index.NewAxis na -> {
                    basic.add(ix);
                    vAxis++;
                }
                case Index.Ellipsis el -> {
                    basic.add(ix);
                    axis += ndim - consumed;
                    vAxis += ndim - consumed;
                }
                case Index.Array arr -> {
                    NDArray x = arr.array();
                    if (x.dtype().isBool() && x.ndim() == 0) {
                        // a[True] is a[np.newaxis][[0]] and a[False] is a[np.newaxis][[]].
                        basic.add(Index.newAxis());
                        arrays.add(ACCESS.wrap(x.getBoolean() ? new long[] {0} : new long[0],
                                org.ndvec.DType.INT64, new int[] {x.getBoolean() ? 1 : 0}));
                        viewAxes.add(vAxis++);
                        arrayAxes.add(-1);
                    } else if (x.dtype().isBool()) {
                        checkMaskShape(shape, ACCESS.shape(x), axis);
                        for (NDArray nz : Nonzero.nonzero(x)) {
                            basic.add(Index.all());
                            arrays.add(nz);
                            viewAxes.add(vAxis++);
                            arrayAxes.add(axis++);
                        }
                    } else {
                        basic.add(Index.all());
                        arrays.add(x);
                        viewAxes.add(vAxis++);
                        arrayAxes.add(axis++);
                    }
                }
            }
        }
        NDArray view = BasicIndexer.view(a, basic.toArray(new Index[0]));
        beforeBroadcast.run();
        int[] bShape = broadcastIndexShapes(arrays);
        int[] vShape = ACCESS.shape(view);
        int[] vStrides = ACCESS.strides(view);
        boolean[] indexed = new boolean[vShape.length];
        for (int va : viewAxes) {
            indexed[va] = true;
        }
        int split = consecutive ? firstAdvanced : 0;
        int[][] pre = restAxes(vShape, vStrides, indexed, 0, split);
        int[][] post = restAxes(vShape, vStrides, indexed, split, vShape.length);
        beforeArrayBounds.accept(resultShape(pre[0], bShape, post[0]));
        int[] fancy = new int[Shapes.size(bShape)];
        for (int k = 0; k < arrays.size(); k++) {
            int va = viewAxes.get(k);
            addOffsets(arrays.get(k), bShape, fancy, vShape[va], vStrides[va], arrayAxes.get(k));
        }
        return new AdvancedPlan(view, fancy, bShape, pre[0], pre[1], post[0], post[1]);
    }

    /**
     * NumPy's IndexError for a boolean index whose dims differ from the axes it covers.
     */
    static void checkMaskShape(int[] shape, int[] maskShape, int firstAxis) {
        for (int j = 0; j < maskShape.length; j++) {
            int ax = firstAxis + j;
            if (shape[ax] != maskShape[j]) {
                throw new IndexOutOfBoundsException("boolean index did not match indexed array along axis " + ax
                        + "; size of axis is " + shape[ax] + " but size of corresponding boolean axis is "
                        + maskShape[j]);
            }
        }
    }

    private static int[] broadcastIndexShapes(List<NDArray> arrays) {
        int[][] shapes = new int[arrays.size()][];
        for (int k = 0; k < shapes.length; k++) {
            shapes[k] = ACCESS.shape(arrays.get(k));
        }
        try {
            return Broadcast.shapes(shapes);
        } catch (IllegalArgumentException e) {
            StringBuilder sb = new StringBuilder("shape mismatch: indexing arrays could not be broadcast together "
                    + "with shapes ");
            for (int[] s : shapes) {
                sb.append(Shapes.compact(s)).append(' ');
            }
            throw new IndexOutOfBoundsException(sb.toString());
        }
    }

    /** Adds {@code index * stride} for one broadcast index array, checking every index first. */
    private static void addOffsets(NDArray idx, int[] bShape, int[] fancy, int size, int stride, int axis) {
        int[] st = Broadcast.stridesFor(ACCESS.shape(idx), ACCESS.strides(idx), bShape);
        Object data = ACCESS.data(idx);
        StridedLoop.plan(bShape, st, Shapes.cStrides(bShape)).forEachRow(
                new int[] {ACCESS.offset(idx), 0}, (off, n, s) -> {
                    for (int i = 0, p = off[0], q = off[1]; i < n; i++, p += s[0], q += s[1]) {
                        long v = Buffers.getLong(data, p);
                        if (v < -size || v >= size) {
                            throw new IndexOutOfBoundsException("index " + v + " is out of bounds for axis "
                                    + Math.max(axis, 0) + " with size " + size);
                        }
                        fancy[q] += (int) (v < 0 ? v + size : v) * stride;
                    }
                });
    }

    /** Shape and strides of the view axes in {@code [from, to)} that no index array covers. */
    private static int[][] restAxes(int[] vShape, int[] vStrides, boolean[] indexed, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += indexed[i] ? 0 : 1;
        }
        int[] s = new int[n];
        int[] t = new int[n];
        for (int i = from, j = 0; i < to; i++) {
            if (!indexed[i]) {
                s[j] = vShape[i];
                t[j++] = vStrides[i];
            }
        }
        return new int[][] {s, t};
    }

    /**
     * Moves elements between the indexed positions and {@code other}, an array laid out
     * over {@link #resultShape} with {@code otherStrides}: gathers into it, or with
     * {@code scatter} writes from it (in C order of the result, so the last of repeated
     * indices wins as in NumPy).
     */
    void walk(Object other, int otherOffset, int[] otherStrides, boolean scatter) {
        if (Shapes.size(resultShape) == 0) {
            return;
        }
        Object data = ACCESS.data(view);
        int base = ACCESS.offset(view);
        int np = preShape.length;
        int nb = bShape.length;
        int[] oPre = Arrays.copyOfRange(otherStrides, 0, np);
        int[] oB = Arrays.copyOfRange(otherStrides, np, np + nb);
        int[] oPost = Arrays.copyOfRange(otherStrides, np + nb, otherStrides.length);
        int[] otherB = new int[fancy.length];
        StridedLoop.plan(bShape, oB, Shapes.cStrides(bShape)).forEachRow(new int[] {0, 0}, (off, n, s) -> {
            for (int i = 0, p = off[0], q = off[1]; i < n; i++, p += s[0], q += s[1]) {
                otherB[q] = p;
            }
        });
        StridedLoop post = StridedLoop.plan(postShape, postStrides, oPost);
        int[] counter = new int[np];
        int tPre = base;
        int uPre = otherOffset;
        while (true) {
            if (post.ndim() == 0) {
                elements(data, tPre, other, uPre, otherB, scatter);
            } else if (post.ndim() == 1 && post.strides(0)[0] == 1 && post.strides(1)[0] == 1) {
                // Whole contiguous rows, the shape of a[idx] on a C-order matrix
                // (benchmark fancy_take_rows_f32_100000x64): one arraycopy per index.
                int n = post.shape()[0];
                for (int b = 0; b < fancy.length; b++) {
                    if (scatter) {
                        System.arraycopy(other, uPre + otherB[b], data, tPre + fancy[b], n);
                    } else {
                        System.arraycopy(data, tPre + fancy[b], other, uPre + otherB[b], n);
                    }
                }
            } else {
                for (int b = 0; b < fancy.length; b++) {
                    block(post, data, tPre + fancy[b], other, uPre + otherB[b], scatter);
                }
            }
            int ax = np - 1;
            while (ax >= 0) {
                counter[ax]++;
                tPre += preStrides[ax];
                uPre += oPre[ax];
                if (counter[ax] < preShape[ax]) {
                    break;
                }
                tPre -= preStrides[ax] * preShape[ax];
                uPre -= oPre[ax] * preShape[ax];
                counter[ax] = 0;
                ax--;
            }
            if (ax < 0) {
                return;
            }
        }
    }

    /** One element per position of B: typed loops, since this is the hot case of {@code take}. */
    private void elements(Object data, int t, Object other, int u, int[] otherB, boolean scatter) {
        int[] f = fancy;
        int n = f.length;
        switch (data) {
            case float[] d -> {
                float[] o = (float[]) other;
                if (scatter) {
                    for (int b = 0; b < n; b++) {
                        d[t + f[b]] = o[u + otherB[b]];
                    }
                } else {
                    for (int b = 0; b < n; b++) {
                        o[u + otherB[b]] = d[t + f[b]];
                    }
                }
            }
            case double[] d -> {
                double[] o = (double[]) other;
                if (scatter) {
                    for (int b = 0; b < n; b++) {
                        d[t + f[b]] = o[u + otherB[b]];
                    }
                } else {
                    for (int b = 0; b < n; b++) {
                        o[u + otherB[b]] = d[t + f[b]];
                    }
                }
            }
            default -> {
                for (int b = 0; b < n; b++) {
                    if (scatter) {
                        Buffers.copyElement(other, u + otherB[b], data, t + f[b]);
                    } else {
                        Buffers.copyElement(data, t + f[b], other, u + otherB[b]);
                    }
                }
            }
        }
    }

    private static void block(StridedLoop post, Object data, int t, Object other, int u, boolean scatter) {
        if (post.ndim() == 1) {
            int n = post.shape()[0];
            int ts = post.strides(0)[0];
            int us = post.strides(1)[0];
            if (scatter) {
                Cast.row(other, u, us, data, t, ts, n);
            } else {
                Cast.row(data, t, ts, other, u, us, n);
            }
            return;
        }
        post.forEachRow(new int[] {t, u}, (off, n, s) -> {
            if (scatter) {
                Cast.row(other, off[1], s[1], data, off[0], s[0], n);
            } else {
                Cast.row(data, off[0], s[0], other, off[1], s[1], n);
            }
        });
    }
}
