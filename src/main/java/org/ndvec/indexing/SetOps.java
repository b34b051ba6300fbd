package org.ndvec.indexing;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.ndvec.DType;
import org.ndvec.Index;
import org.ndvec.NDArray;
import org.ndvec.Unique;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Shapes;
import org.ndvec.storage.Buffers;
import org.ndvec.strings.StringOps;

/**
 * NumPy's set routines ({@code numpy/lib/_arraysetops_impl.py}): {@code unique} along an axis or of
 * strings, {@code isin}, {@code intersect1d}, {@code union1d}, {@code setdiff1d}. Equality is
 * NumPy's: numbers compare by value (-0.0 equals 0.0, NaN equals nothing, except that
 * {@code unique} without an axis merges NaNs by default, as NumPy 2's {@code equal_nan=True} does),
 * strings by content.
 */
public final class SetOps {
    private static final ArrayAccess ACCESS = Internals.access();

    private SetOps() {
    }

    /**
     * {@code np.unique(a, return_index=True, return_inverse=True, return_counts=True, axis=axis,
     * equal_nan=equalNan)}. Without an axis the input is flattened and the inverse has its shape;
     * along an axis the unique values are sub-arrays, ordered lexicographically, and rows holding
     * NaN are never merged (NumPy compares them field by field).
     *
     * @param axis {@code null} to flatten
     * @throws org.ndvec.AxisException for an axis out of range
     */
    public static Unique unique(NDArray a, Integer axis, boolean equalNan) {
        if (axis == null && equalNan && a.dtype() != DType.STRING) {
            return Sorting.unique(a);
        }
        int ax = axis == null ? 0 : Shapes.normalizeAxis(axis, a.ndim());
        NDArray moved = axis == null ? a.reshape(-1) : a.moveaxis(ax, 0);
        int n = moved.shape(0);
        int[] rest = Arrays.copyOfRange(moved.shape(), 1, moved.ndim());
        int len = Shapes.size(rest);
        NDArray rows = moved.copy();
        Object data = ACCESS.data(rows);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> compareRows(data, x * len, y * len, len));
        long[] inverse = new long[n];
        int[] firsts = new int[n];
        long[] counts = new long[n];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || !equalRows(data, order[i - 1] * len, order[i] * len, len, axis == null && equalNan)) {
                firsts[groups++] = order[i];
            }
            inverse[order[i]] = groups - 1;
            counts[groups - 1]++;
        }
        Object values = Buffers.allocate(a.dtype(), groups * len);
        for (int g = 0; g < groups; g++) {
            System.arraycopy(data, firsts[g] * len, values, g * len, len);
        }
        int[] valueShape = new int[rest.length + 1];
        valueShape[0] = groups;
        System.arraycopy(rest, 0, valueShape, 1, rest.length);
        NDArray v = ACCESS.wrapLike(a, values, valueShape);
        if (axis != null) {
            v = v.moveaxis(0, ax).copy();
        }
        long[] index = new long[groups];
        for (int g = 0; g < groups; g++) {
            index[g] = firsts[g];
        }
        return new Unique(v, ACCESS.wrap(index, DType.INT64, new int[] {groups}),
                ACCESS.wrap(inverse, DType.INT64, axis == null ? a.shape() : new int[] {n}),
                ACCESS.wrap(Arrays.copyOf(counts, groups), DType.INT64, new int[] {groups}));
    }

    /** Lexicographic order of two rows in NumPy's element order (NaN last, -0.0 equal to 0.0). */
    private static int compareRows(Object data, int i, int j, int len) {
        for (int k = 0; k < len; k++) {
            int c = compareElements(data, i + k, j + k);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int compareElements(Object data, int i, int j) {
        return switch (data) {
            case double[] d -> SearchSorted.compareNanLast(d[i], d[j]);
            case float[] f -> SearchSorted.compareNanLast(f[i], f[j]);
            case long[] l -> Long.compare(l[i], l[j]);
            case int[] x -> Integer.compare(x[i], x[j]);
            case byte[] b -> Byte.compare(b[i], b[j]);
            case String[] s -> StringOps.CODE_POINT_ORDER.compare(s[i], s[j]);
            default -> throw new IllegalArgumentException("not an ndvec buffer: " + data.getClass());
        };
    }

    private static boolean equalRows(Object data, int i, int j, int len, boolean nanEqual) {
        for (int k = 0; k < len; k++) {
            boolean eq = switch (data) {
                case double[] d -> d[i + k] == d[j + k] || nanEqual && d[i + k] != d[i + k] && d[j + k] != d[j + k];
                case float[] f -> f[i + k] == f[j + k] || nanEqual && f[i + k] != f[i + k] && f[j + k] != f[j + k];
                case String[] s -> s[i + k].equals(s[j + k]);
                default -> compareElements(data, i + k, j + k) == 0;
            };
            if (!eq) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code np.isin(element, test_elements, invert=invert)}: a bool array of {@code element}'s shape,
     * true where the element equals some test element (NaN equals none; a string never equals a number).
     */
    public static NDArray isin(NDArray element, NDArray test, boolean invert) {
        NDArray e = element.isContiguous() ? element : element.copy();
        Object data = ACCESS.data(e);
        int off = ACCESS.offset(e);
        byte[] out = new byte[e.size()];
        boolean strings = element.dtype() == DType.STRING;
        if (strings != (test.dtype() == DType.STRING)) {
            Arrays.fill(out, (byte) (invert ? 1 : 0));
        } else if (strings) {
            Set<String> set = new HashSet<>(Arrays.asList(test.toStringArray()));
            String[] s = (String[]) data;
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) (set.contains(s[off + i]) != invert ? 1 : 0);
            }
        } else if (!element.dtype().isFloating() && !test.dtype().isFloating()) {
            long[] t = test.toLongArray();
            Arrays.sort(t);
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) ((Arrays.binarySearch(t, Buffers.getLong(data, off + i)) >= 0) != invert ? 1 : 0);
            }
        } else {
            // NaN is in no set; -0.0 and 0.0 meet as 0.0
            double[] t = Arrays.stream(test.toDoubleArray()).filter(x -> x == x).map(x -> x + 0.0).sorted().toArray();
            for (int i = 0; i < out.length; i++) {
                double x = Buffers.getDouble(data, off + i);
                boolean found = x == x && Arrays.binarySearch(t, x + 0.0) >= 0;
                out[i] = (byte) (found != invert ? 1 : 0);
            }
        }
        return ACCESS.wrap(out, DType.BOOL, element.shape());
    }

    /** {@code np.union1d(a, b)}: the sorted unique values of both, flattened (NaNs merged into one). */
    public static NDArray union1d(NDArray a, NDArray b) {
        return unique(Joining.concatenate(new NDArray[] {a.reshape(-1), b.reshape(-1)}, 0), null, true).values();
    }

    /**
     * {@code np.setdiff1d(a, b, assume_unique=assumeUnique)}: the unique values of {@code a} not in
     * {@code b}, sorted; with {@code assumeUnique} the flattened {@code a} in its own order.
     */
    public static NDArray setdiff1d(NDArray a, NDArray b, boolean assumeUnique) {
        NDArray x = assumeUnique ? a.reshape(-1) : unique(a, null, true).values();
        NDArray y = assumeUnique ? b : unique(b, null, true).values();
        return AdvancedIndexer.get(x, new Index[] {Index.of(isin(x, y, true))});
    }

    /**
     * {@code np.intersect1d(a, b, assume_unique=assumeUnique, return_indices=True)}: the sorted values in
     * both (NaN is in no intersection), the first index of each in the flattened {@code a} and in
     * {@code b}. Equal values met in both keep {@code a}'s element.
     *
     * @return {@code {values, aIndices, bIndices}}
     */
    public static NDArray[] intersect1d(NDArray a, NDArray b, boolean assumeUnique) {
        NDArray x;
        NDArray y;
        long[] ix = null;
        long[] iy = null;
        if (assumeUnique) {
            x = a.reshape(-1);
            y = b.reshape(-1);
        } else {
            Unique ux = unique(a, null, true);
            Unique uy = unique(b, null, true);
            x = ux.values();
            y = uy.values();
            ix = ux.indices().toLongArray();
            iy = uy.indices().toLongArray();
        }
        NDArray aux = Joining.concatenate(new NDArray[] {x, y}, 0);
        long[] order = Sorting.argsort(aux, 0, true).toLongArray();
        NDArray sorted = Take.take(aux, ACCESS.wrap(order, DType.INT64, new int[] {order.length}), 0);
        Object s = ACCESS.data(sorted);
        int xs = x.size();
        int count = 0;
        long[] keep = new long[order.length];
        long[] ia = new long[order.length];
        long[] ib = new long[order.length];
        for (int i = 0; i + 1 < order.length; i++) {
            if (compareElements(s, i, i + 1) == 0 && equalRows(s, i, i + 1, 1, false)) {
                keep[count] = i;
                long p = order[i];
                long q = order[i + 1] - xs;
                ia[count] = ix == null ? p : ix[(int) p];
                ib[count] = iy == null ? q : iy[(int) q];
                count++;
            }
        }
        NDArray values = Take.take(sorted, ACCESS.wrap(Arrays.copyOf(keep, count), DType.INT64, new int[] {count}), 0);
        return new NDArray[] {values, ACCESS.wrap(Arrays.copyOf(ia, count), DType.INT64, new int[] {count}),
                ACCESS.wrap(Arrays.copyOf(ib, count), DType.INT64, new int[] {count})};
    }
}
