package org.ndvec.strings;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Objects;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.iter.StridedLoop;
import org.ndvec.layout.Shapes;
import org.ndvec.storage.Buffers;
import org.ndvec.storage.Cast;
import org.ndvec.storage.Strings;

/**
 * Operations on NumPy's fixed-width unicode arrays ({@code <U}): creation, comparison with a
 * string, {@code unique} and label encoding. No arithmetic: numeric paths refuse string
 * storage with a clear error.
 *
 * <p>Order is NumPy's: strings compare by code point (UCS-4), not by UTF-16 unit as
 * {@link String#compareTo} does, which differs once characters beyond U+FFFF meet ones in
 * U+E000..U+FFFF.
 */
public final class StringOps {
    private static final ArrayAccess ACCESS = Internals.access();

    /** NumPy's (and Python's) string order: code point by code point. */
    public static final Comparator<String> CODE_POINT_ORDER = StringOps::compareCodePoints;

    private StringOps() {
    }

    /**
     * A 1-d string array of width {@code max(1, longest)}, copying. {@code np.array(['Alice', 'Bob'])}
     *
     * @param values the elements; {@code null} stores {@code ''}
     * @return a new 1-d string array
     */
    public static NDArray array(String... values) {
        Objects.requireNonNull(values, "values");
        return ACCESS.wrapString(values.clone(), Strings.widthOf(values), new int[] {values.length});
    }

    /**
     * Returns {@code a} if it is a string array.
     *
     * @param a the array to check
     * @param operation the name of the operation, for the message
     * @return {@code a}
     * @throws IllegalArgumentException naming the operation and the dtype otherwise
     */
    public static NDArray requireString(NDArray a, String operation) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(operation, "operation");
        if (a.dtype() != DType.STRING) {
            throw new IllegalArgumentException(operation + " needs a string array (dtype <U), got dtype "
                    + a.dtypeDescr());
        }
        return a;
    }

    /**
     * The error for an arithmetic operation on a string array, for the numeric entry points
     * (ufuncs, reductions, matmul) to throw where NumPy's own message
     * ({@code ufunc 'add' did not contain a loop with signature matching types}) says too little:
     * {@code string arrays do not support arithmetic (dtype <U5)}.
     *
     * @param a the string array an arithmetic operation was asked of
     * @return the exception to throw (not thrown here)
     */
    public static IllegalArgumentException noArithmetic(NDArray a) {
        Objects.requireNonNull(a, "a");
        return new IllegalArgumentException("string arrays do not support arithmetic (dtype " + a.dtypeDescr() + ")");
    }

    /**
     * An array of {@code shape} with every element {@code value}, width of the value. {@code np.full(shape, 'ab')}
     *
     * @param shape the dims
     * @param value the value of every element
     * @return a new string array
     */
    public static NDArray full(int[] shape, String value) {
        Objects.requireNonNull(shape, "shape");
        int n = Shapes.size(Shapes.checkedCopy(shape));
        String[] data = new String[n];
        Arrays.fill(data, value == null ? "" : value);
        int width = Strings.widthOf(new String[] {value});
        return ACCESS.wrapString(data, width, shape.clone());
    }

    /**
     * {@code a[i] = value} for storage element {@code off}: truncated to {@code width} in a
     * string array, parsed as Python's {@code float()}/{@code int()} would in a numeric one.
     *
     * @param data the storage array: {@code String[]} or a primitive array
     * @param off the storage index of the element
     * @param value the text to store; {@code null} stores {@code ''}
     * @param width the string width to truncate to (ignored for numeric storage)
     */
    public static void store(Object data, int off, String value, int width) {
        Objects.requireNonNull(data, "data");
        if (data instanceof String[] s) {
            s[off] = Strings.stored(value, width);
            return;
        }
        if (value == null) {
            throw new IllegalArgumentException("cannot store null in a numeric array");
        }
        Cast.row(new String[] {value}, 0, 1, data, off, 1, 1);
    }

    /**
     * Truncates every element of {@code target} (any view) to its array's width, as NumPy's
     * assignment does: for generic assignment code that copies string storage element by
     * element ({@code a[mask] = values}) and cannot know the width.
     *
     * @param target the array whose elements are truncated, in place
     */
    public static void truncateToWidth(NDArray target) {
        Objects.requireNonNull(target, "target");
        requireString(target, "truncateToWidth");
        int width = ACCESS.stringWidth(target);
        String[] data = (String[]) ACCESS.data(target);
        StridedLoop.plan(ACCESS.shape(target), ACCESS.strides(target)).forEachRow(
                new int[] {ACCESS.offset(target)}, (off, n, st) -> {
                    for (int i = 0, p = off[0]; i < n; i++, p += st[0]) {
                        data[p] = Strings.stored(data[p], width);
                    }
                });
    }

    /**
     * {@code a == value} (or {@code a != value} when {@code equal} is false) as a BOOL array.
     *
     * @param a a string array
     * @param value the string to compare with
     * @param equal true for {@code ==}, false for {@code !=}
     * @return a new bool array of the shape of {@code a}
     */
    public static NDArray equal(NDArray a, String value, boolean equal) {
        Objects.requireNonNull(a, "a");
        requireString(a, equal ? "eq(String)" : "ne(String)");
        // NumPy compares against None element by element: never equal
        String v = value == null ? null : Strings.stored(value, Integer.MAX_VALUE);
        int[] shape = ACCESS.shape(a);
        byte[] out = new byte[a.size()];
        String[] data = (String[]) ACCESS.data(a);
        StridedLoop.plan(shape, ACCESS.strides(a), Shapes.cStrides(shape)).forEachRow(
                new int[] {ACCESS.offset(a), 0}, (off, n, st) -> {
                    for (int i = 0, p = off[0], q = off[1]; i < n; i++, p += st[0], q += st[1]) {
                        out[q] = (byte) (data[p].equals(v) == equal ? 1 : 0);
                    }
                });
        return ACCESS.wrap(out, DType.BOOL, shape);
    }

    /**
     * The sorted distinct strings with the inverse map and counts.
     * {@code np.unique(a, return_inverse=True, return_counts=True)}
     *
     * @param a a string array, flattened
     * @return the sorted distinct strings, the inverse indices and the counts
     */
    public static UniqueStrings unique(NDArray a) {
        Objects.requireNonNull(a, "a");
        requireString(a, "unique");
        String[] flat = a.toStringArray();
        // Categorical data has few distinct values: hash once (O(n)), sort only the distinct
        // ones (O(k log k)), instead of sorting all n elements as np.unique does.
        HashMap<String, Integer> ids = new HashMap<>();
        int[] id = new int[flat.length];
        for (int i = 0; i < flat.length; i++) {
            id[i] = ids.computeIfAbsent(flat[i], k -> ids.size());
        }
        String[] values = new String[ids.size()];
        ids.forEach((s, k) -> values[k] = s);
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> compareCodePoints(values[x], values[y]));
        int[] rank = new int[values.length];
        String[] sorted = new String[values.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
            sorted[r] = values[order[r]];
        }
        long[] inverse = new long[flat.length];
        long[] counts = new long[values.length];
        for (int i = 0; i < flat.length; i++) {
            int r = rank[id[i]];
            inverse[i] = r;
            counts[r]++;
        }
        return new UniqueStrings(
                ACCESS.wrapLike(a, sorted, new int[] {sorted.length}),
                ACCESS.wrap(inverse, DType.INT64, a.shape()),
                ACCESS.wrap(counts, DType.INT64, new int[] {counts.length}));
    }

    /**
     * Categorical strings to sorted classes and INT64 codes. {@code np.unique(a, return_inverse=True)}
     *
     * @param labels a string array of labels
     * @return the sorted classes and one int64 code per label
     */
    public static LabelEncoding labelEncode(NDArray labels) {
        Objects.requireNonNull(labels, "labels");
        UniqueStrings u = unique(labels);
        return new LabelEncoding(u.values(), u.inverse());
    }

    /**
     * Codes back to labels: {@code classes[codes]}, with the classes' width and the codes' shape.
     *
     * @param classes the classes: a 1-d string array
     * @param codes integer positions in {@code classes}
     * @return a new string array of the shape of {@code codes}
     * @throws IllegalArgumentException if classes are not a 1-d string array or codes are not integers
     * @throws IndexOutOfBoundsException {@code index 5 is out of bounds for axis 0 with size 3}
     */
    public static NDArray labelDecode(NDArray classes, NDArray codes) {
        Objects.requireNonNull(classes, "classes");
        Objects.requireNonNull(codes, "codes");
        requireString(classes, "labelDecode");
        if (classes.ndim() != 1) {
            throw new IllegalArgumentException("labelDecode needs 1-d classes, got shape "
                    + Shapes.python(classes.shape()));
        }
        if (!codes.dtype().isInteger()) {
            throw new IllegalArgumentException("arrays used as indices must be of integer (or boolean) type");
        }
        String[] names = classes.toStringArray();
        String[] out = new String[codes.size()];
        Object index = ACCESS.data(codes);
        int[] shape = ACCESS.shape(codes);
        if (codes.isContiguous() && (index instanceof long[] || index instanceof int[])) {
            // the usual column of codes: one typed loop, no per-element storage dispatch
            // (label_decode_str_1m: 0.71x NumPy through the general walk)
            int base = ACCESS.offset(codes);
            if (index instanceof long[] l) {
                for (int i = 0; i < out.length; i++) {
                    out[i] = names[checkedCode(l[base + i], names.length)];
                }
            } else {
                int[] x = (int[]) index;
                for (int i = 0; i < out.length; i++) {
                    out[i] = names[checkedCode(x[base + i], names.length)];
                }
            }
            return ACCESS.wrapLike(classes, out, codes.shape());
        }
        // read the codes in place: no int64 copy of a million-element column
        StridedLoop.plan(shape, ACCESS.strides(codes), Shapes.cStrides(shape)).forEachRow(
                new int[] {ACCESS.offset(codes), 0}, (off, n, st) -> {
                    for (int i = 0, p = off[0], q = off[1]; i < n; i++, p += st[0], q += st[1]) {
                        out[q] = names[checkedCode(Buffers.getLong(index, p), names.length)];
                    }
                });
        return ACCESS.wrapLike(classes, out, codes.shape());
    }

    private static int checkedCode(long c, int n) {
        if (c < -n || c >= n) {
            throw new IndexOutOfBoundsException("index " + c + " is out of bounds for axis 0 with size " + n);
        }
        return (int) (c < 0 ? c + n : c);
    }

    private static int compareCodePoints(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int a = x.codePointAt(i);
            int b = y.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }
}
