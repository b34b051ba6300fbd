package org.ndvec.indexing;

import java.util.Arrays;
import org.ndvec.AxisException;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Unique;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Shapes;
import org.ndvec.storage.Buffers;

/**
 * Ordering: {@code sort}, {@code argsort}, {@code partition}, {@code argpartition}, {@code unique},
 * {@code searchsorted}, and a top-k helper. NumPy's order: NaN after every number (and after
 * +inf); -0.0 and 0.0 compare equal. Every operation works on rows: the sorted axis is moved
 * last and copied C-contiguous, so each row is one run of the storage.
 */
public final class Sorting {
    private static final ArrayAccess ACCESS = Internals.access();
    /**
     * Rows shorter than this use the JDK's sorts (on packed key+index longs for argsort): below it
     * the per-row radix histograms cost more than they save. Row-length sweep over 2^20 float32
     * (machine under load): rows of 256, JDK 8 ms vs radix 57 ms; rows of 511/512, JDK 21 ms vs
     * radix 14 ms (argsort 77 vs 32 ms).
     */
    private static final int RADIX_MIN = 512;
    /** 64-bit keys cannot be packed with an index; runs this short are insertion-sorted instead. */
    private static final int INSERTION_MAX = 32;

    private Sorting() {
    }

    /** Partition keys are numeric; string arrays would otherwise fail deep inside with a storage error. */
    private static void numericOnly(NDArray a) {
        if (a.dtype().isString()) {
            throw new IllegalArgumentException("partitioning string arrays (dtype " + a.dtypeDescr()
                    + ") is not supported; sort or argsort them");
        }
    }

    /**
     * {@code np.sort(a, axis, kind='stable' if stable else 'quicksort')}: a sorted copy. The unstable
     * kind places -0.0 before 0.0 and returns NaNs as the canonical NaN.
     */
    public static NDArray sort(NDArray a, int axis, boolean stable) {
        if (a.dtype().isString()) {
            return sortStrings(a, axis);
        }
        int ax = Shapes.normalizeAxis(axis, a.ndim());
        if (stable && a.dtype().isFloating()) {
            NDArray order = argsort(a, ax, true);
            return Take.takeAlongAxis(a, order, ax);
        }
        NDArray rows = a.moveaxis(ax, -1).copy();
        int n = a.shape(ax);
        Object data = ACCESS.data(rows);
        for (int off = 0; n > 0 && off < rows.size(); off += n) {
            sortRow(data, off, n);
        }
        return ax == a.ndim() - 1 ? rows : rows.moveaxis(-1, ax).copy();
    }

    private static void sortRow(Object data, int off, int n) {
        switch (data) {
            case float[] f -> {
                if (n < RADIX_MIN) {
                    Arrays.sort(f, off, off + n);
                    return;
                }
                int[] keys = new int[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = SortKeys.key(f[off + i], false);
                }
                SortKeys.sort(keys, null, n);
                for (int i = 0; i < n; i++) {
                    f[off + i] = SortKeys.fromKey(keys[i]);
                }
            }
            case double[] d -> Arrays.sort(d, off, off + n);
            case int[] x -> {
                if (n < RADIX_MIN) {
                    Arrays.sort(x, off, off + n);
                    return;
                }
                int[] keys = new int[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = x[off + i] ^ Integer.MIN_VALUE;
                }
                SortKeys.sort(keys, null, n);
                for (int i = 0; i < n; i++) {
                    x[off + i] = keys[i] ^ Integer.MIN_VALUE;
                }
            }
            case long[] l -> Arrays.sort(l, off, off + n);
            case byte[] b -> {
                int ones = MaskFilter.count(b, off, n);
                Arrays.fill(b, off, off + n - ones, (byte) 0);
                Arrays.fill(b, off + n - ones, off + n, (byte) 1);
            }
            default -> throw new IllegalArgumentException("not an ndvec buffer: " + data.getClass());
        }
    }

    /**
     * {@code np.argsort(a, axis, kind='stable')}: int64 indices that sort {@code a} along {@code axis}.
     * Always stable (ties keep their order), which is also a valid answer for NumPy's default kind.
     */
    public static NDArray argsort(NDArray a, int axis, boolean stable) {
        if (a.ndim() == 0) {
            return argsort(a.reshape(1), axis, stable); // NumPy sorts a 0-d array as 1-d: [0]
        }
        int ax = Shapes.normalizeAxis(axis, a.ndim());
        NDArray rows = a.moveaxis(ax, -1).copy();
        int n = a.shape(ax);
        long[] out = new long[rows.size()];
        Object data = ACCESS.data(rows);
        int[] idx = new int[n];
        for (int off = 0; n > 0 && off < out.length; off += n) {
            if (data instanceof String[] strs) {
                argsortStrings(strs, off, n, idx);
            } else {
                argsortRow(data, off, n, idx);
            }
            for (int i = 0; i < n; i++) {
                out[off + i] = idx[i];
            }
        }
        NDArray r = ACCESS.wrap(out, DType.INT64, ACCESS.shape(rows));
        return ax == a.ndim() - 1 ? r : r.moveaxis(-1, ax).copy();
    }

    /**
     * A sorted copy of a string array along {@code axis}, in NumPy's code-point order (stable: equal
     * strings keep their order, which no one can tell apart); the width is kept.
     */
    private static NDArray sortStrings(NDArray a, int axis) {
        int ax = Shapes.normalizeAxis(axis, a.ndim());
        NDArray rows = a.moveaxis(ax, -1).copy();
        int n = a.shape(ax);
        String[] data = (String[]) ACCESS.data(rows);
        for (int off = 0; n > 0 && off < data.length; off += n) {
            Arrays.sort(data, off, off + n, org.ndvec.strings.StringOps.CODE_POINT_ORDER);
        }
        return ax == a.ndim() - 1 ? rows : rows.moveaxis(-1, ax).copy();
    }

    /** Stable code-point order of one row of strings into {@code idx}. */
    static void argsortStrings(String[] data, int off, int n, int[] idx) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> org.ndvec.strings.StringOps.CODE_POINT_ORDER.compare(data[off + x], data[off + y]));
        for (int i = 0; i < n; i++) {
            idx[i] = order[i];
        }
    }

    /** Stable order of one row into {@code idx}. */
    static void argsortRow(Object data, int off, int n, int[] idx) {
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        if (data instanceof double[] || data instanceof long[]) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = data instanceof double[] d ? SortKeys.key(d[off + i], true)
                        : ((long[]) data)[off + i] ^ Long.MIN_VALUE;
            }
            if (n < INSERTION_MAX) {
                SortKeys.insertion(keys, idx, 0, n);
            } else {
                SortKeys.sort(keys, idx, n);
            }
            return;
        }
        int[] keys = new int[n];
        switch (data) {
            case float[] f -> {
                for (int i = 0; i < n; i++) {
                    keys[i] = SortKeys.key(f[off + i], true);
                }
            }
            case int[] x -> {
                for (int i = 0; i < n; i++) {
                    keys[i] = x[off + i] ^ Integer.MIN_VALUE;
                }
            }
            case byte[] b -> {
                for (int i = 0; i < n; i++) {
                    keys[i] = b[off + i];
                }
            }
            default -> throw new IllegalArgumentException("not an ndvec buffer: " + data.getClass());
        }
        if (n < RADIX_MIN) {
            // Key above the position: a signed sort of the packed longs is a stable key sort.
            long[] packed = new long[n];
            for (int i = 0; i < n; i++) {
                packed[i] = ((long) (keys[i] ^ Integer.MIN_VALUE) << 32) | i;
            }
            Arrays.sort(packed);
            for (int i = 0; i < n; i++) {
                idx[i] = (int) packed[i];
            }
        } else {
            SortKeys.sort(keys, idx, n);
        }
    }

    /**
     * {@code np.partition(a, kth, axis)}: element {@code kth} is where a full sort puts it, no larger
     * element before it and no smaller one after (quickselect, linear on average; the order
     * inside each side may differ from NumPy's introselect, as NumPy leaves it unspecified).
     *
     * @throws IllegalArgumentException {@code kth(=5) out of bounds (5)}
     */
    public static NDArray partition(NDArray a, int kth, int axis) {
        return partition(a, new int[] {kth}, axis);
    }

    /**
     * {@code np.partition(a, [k0, k1, ...], axis)}: every listed position holds the element a full
     * sort puts there, and each stretch between two listed positions holds exactly the elements
     * that sort into it (in unspecified order). An empty list returns a copy.
     *
     * @throws IllegalArgumentException {@code kth(=5) out of bounds (5)} for any position outside
     *     {@code [-n, n)} (NumPy checks only non-empty arrays)
     */
    public static NDArray partition(NDArray a, int[] kth, int axis) {
        numericOnly(a);
        if (a.ndim() == 0) {
            throw new AxisException(axis, 0); // unlike argpartition, NumPy's partition refuses 0-d arrays
        }
        return Take.takeAlongAxis(a, argpartition(a, kth, axis), axis);
    }

    /** {@code np.argpartition(a, kth, axis)}: int64 indices that partition {@code a}; see {@link #partition}. */
    public static NDArray argpartition(NDArray a, int kth, int axis) {
        return argpartition(a, new int[] {kth}, axis);
    }

    /**
     * {@code np.argpartition(a, [k0, k1, ...], axis)}: int64 indices that partition {@code a} at every
     * listed position; see {@link #partition(NDArray, int[], int)}. The listed positions are placed in
     * ascending order, each quickselect working only on what lies after the previous one.
     */
    public static NDArray argpartition(NDArray a, int[] kth, int axis) {
        numericOnly(a);
        if (a.ndim() == 0) {
            return argpartition(a.reshape(1), kth, axis); // as argsort: NumPy reads it as 1-d
        }
        int ax = Shapes.normalizeAxis(axis, a.ndim());
        int n = a.shape(ax);
        int[] ks = normalizedKth(kth, n, a.size() == 0);
        NDArray rows = a.moveaxis(ax, -1).copy();
        Object data = ACCESS.data(rows);
        long[] out = new long[rows.size()];
        long[] keys = new long[n];
        int[] idx = new int[n];
        for (int off = 0; n > 0 && off < out.length; off += n) {
            for (int i = 0; i < n; i++) {
                keys[i] = longKey(data, off + i);
                idx[i] = i;
            }
            int lo = 0;
            for (int k : ks) {
                Select.select(keys, idx, lo, n, k);
                lo = k + 1;
            }
            for (int i = 0; i < n; i++) {
                out[off + i] = idx[i];
            }
        }
        NDArray r = ACCESS.wrap(out, DType.INT64, ACCESS.shape(rows));
        return ax == a.ndim() - 1 ? r : r.moveaxis(-1, ax).copy();
    }

    /** Any dtype's element as an unsigned-ordered 64-bit key (32-bit keys zero-extended). */
    private static long longKey(Object data, int i) {
        return switch (data) {
            case float[] f -> SortKeys.key(f[i], true) & 0xffffffffL;
            case double[] d -> SortKeys.key(d[i], true);
            case int[] x -> (x[i] ^ Integer.MIN_VALUE) & 0xffffffffL;
            case long[] l -> l[i] ^ Long.MIN_VALUE;
            case byte[] b -> b[i];
            default -> throw new IllegalArgumentException("not an ndvec buffer: " + data.getClass());
        };
    }

    /**
     * The kth positions wrapped into {@code [0, n)}, sorted and without repeats. NumPy wraps a
     * negative position once and then reports the wrapped value ({@code kth=-6} on 5 elements
     * reads {@code kth(=-1) out of bounds (5)}); it skips the check for empty arrays, which have
     * nothing to place.
     */
    private static int[] normalizedKth(int[] kth, int n, boolean empty) {
        if (empty) {
            return new int[0];
        }
        int[] ks = new int[kth.length];
        for (int i = 0; i < kth.length; i++) {
            long k = kth[i] < 0 ? (long) kth[i] + n : kth[i];
            if (k < 0 || k >= n) {
                throw new IllegalArgumentException("kth(=" + k + ") out of bounds (" + n + ")");
            }
            ks[i] = (int) k;
        }
        return Arrays.stream(ks).sorted().distinct().toArray();
    }

    /**
     * Indices of the {@code k} largest elements along {@code axis}, largest first (equal values
     * in no promised order; NaN counts as the largest). Like {@code np.argsort(a, axis)[..., ::-1][..., :k]}, computed via {@link #argpartition}
     * so only the top {@code k} are sorted.
     *
     * @throws IllegalArgumentException when {@code k} is negative or larger than the axis
     */
    public static NDArray topK(NDArray a, int k, int axis) {
        numericOnly(a);
        int ax = Shapes.normalizeAxis(axis, a.ndim());
        int n = a.shape(ax);
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("k=" + k + " is out of range for an axis of size " + n);
        }
        if (k == 0) {
            return BasicIndexer.view(argsort(a, ax, true), axisSlice(ax, 0, 0)).copy();
        }
        // The k largest sit after position n - k once partitioned there; order just those.
        NDArray part = argpartition(a, n - k, ax);
        NDArray top = BasicIndexer.view(part, axisSlice(ax, n - k, n));
        NDArray order = argsort(Take.takeAlongAxis(a, top, ax), ax, true);
        NDArray descending = Rearranging.flip(order, ax);
        return Take.takeAlongAxis(top, descending, ax);
    }

    private static org.ndvec.Index[] axisSlice(int ax, int from, int to) {
        org.ndvec.Index[] ix = new org.ndvec.Index[ax + 1];
        Arrays.fill(ix, org.ndvec.Index.all());
        ix[ax] = org.ndvec.Index.slice(from, to);
        return ix;
    }

    /** {@code np.unique(a, return_index=True, return_inverse=True, return_counts=True)} of the flattened array. */
    public static Unique unique(NDArray a) {
        if (a.dtype().isString()) {
            throw new IllegalArgumentException("Nd.unique sorts numbers; for string arrays use Nd.uniqueStrings");
        }
        NDArray flat = a.reshape(-1).copy();
        int n = flat.size();
        Object data = ACCESS.data(flat);
        int[] order = new int[n];
        if (n > 0) {
            argsortRow(data, 0, n, order);
        }
        long[] inverse = new long[n];
        int groups = 0;
        int[] starts = new int[n + 1];
        for (int i = 0; i < n; i++) {
            if (i == 0 || !same(data, order[i - 1], order[i])) {
                starts[groups++] = i;
            }
            inverse[order[i]] = groups - 1;
        }
        starts[groups] = n;
        Object values = Buffers.allocate(a.dtype(), groups);
        long[] first = new long[groups];
        long[] counts = new long[groups];
        for (int g = 0; g < groups; g++) {
            Buffers.copyElement(data, order[starts[g]], values, g);
            first[g] = order[starts[g]];
            counts[g] = starts[g + 1] - starts[g];
        }
        return new Unique(ACCESS.wrap(values, a.dtype(), new int[] {groups}),
                ACCESS.wrap(first, DType.INT64, new int[] {groups}),
                ACCESS.wrap(inverse, DType.INT64, a.shape()),
                ACCESS.wrap(counts, DType.INT64, new int[] {groups}));
    }

    /** Equal in NumPy 2's unique: numeric equality, and every NaN equals every NaN. */
    private static boolean same(Object data, int i, int j) {
        return switch (data) {
            case float[] f -> f[i] == f[j] || f[i] != f[i] && f[j] != f[j];
            case double[] d -> d[i] == d[j] || d[i] != d[i] && d[j] != d[j];
            case int[] x -> x[i] == x[j];
            case long[] l -> l[i] == l[j];
            case byte[] b -> b[i] == b[j];
            default -> throw new IllegalArgumentException("not an ndvec buffer: " + data.getClass());
        };
    }

    /**
     * {@code np.lexsort(keys, axis)}: int64 indices that sort by the last key, ties by the one before,
     * and so on (stable). Keys (numbers or strings) must share one shape; each is sorted along
     * {@code axis}.
     *
     * @throws IllegalArgumentException {@code need sequence of keys with len > 0 in lexsort},
     *     {@code all keys need to be the same shape}
     */
    public static NDArray lexsort(NDArray[] keys, int axis) {
        if (keys.length == 0) {
            throw new IllegalArgumentException("need sequence of keys with len > 0 in lexsort");
        }
        for (NDArray k : keys) {
            if (!Arrays.equals(k.shape(), keys[0].shape())) {
                throw new IllegalArgumentException("all keys need to be the same shape");
            }
        }
        if (keys[0].ndim() == 0) {
            Shapes.normalizeAxis(axis, 1);
            return ACCESS.wrap(new long[] {0}, DType.INT64, new int[0]);
        }
        int ax = Shapes.normalizeAxis(axis, keys[0].ndim());
        NDArray order = argsort(keys[0], ax, true);
        for (int k = 1; k < keys.length; k++) {
            NDArray reordered = Take.takeAlongAxis(keys[k], order, ax);
            order = Take.takeAlongAxis(order, argsort(reordered, ax, true), ax);
        }
        return order;
    }
}
