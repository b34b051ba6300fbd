package org.ndvec;

import java.util.Arrays;
import java.util.Objects;
import org.ndvec.format.ArrayFormatter;
import org.ndvec.indexing.AdvancedIndexer;
import org.ndvec.indexing.Assignment;
import org.ndvec.indexing.Rearranging;
import org.ndvec.indexing.Sorting;
import org.ndvec.indexing.Take;
import org.ndvec.internal.Args;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.iter.StridedLoop;
import org.ndvec.layout.Broadcast;
import org.ndvec.layout.Reshape;
import org.ndvec.layout.Shapes;
import org.ndvec.storage.Buffers;
import org.ndvec.storage.Cast;
import org.ndvec.storage.Strings;
import org.ndvec.strings.StringOps;

/**
 * An n-dimensional array: NumPy's {@code ndarray} for Java.
 *
 * <p>An {@code NDArray} is a header over storage: a primitive array shared by every
 * view of it, a {@link DType}, a shape, strides and an offset. Views ({@link #get(Index...)},
 * {@link #transpose()}, {@link #reshape(int...)} when strides allow, {@link #broadcastTo(int...)}, ...)
 * never copy; {@link #copy()}, {@link #contiguous()} and {@link #astype(DType)} always allocate.
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>{@code data} is a {@code float[]}, {@code double[]}, {@code int[]}, {@code long[]},
 *       {@code byte[]} or {@code String[]} matching {@code dtype} (bool is stored as 0/1 bytes;
 *       strings are never {@code null} and hold at most {@code width} code points).</li>
 *   <li>{@code width} is the code-point width of a {@code <U} array (at least 1), shared by all
 *       views of the same storage as NumPy's dtype is; 0 for every other dtype. A string array
 *       made by library code that fills its storage after wrapping it ({@code ArrayAccess.wrap})
 *       has width 0 and takes its width from its storage, the longest element, whenever asked,
 *       so that no element is ever longer than the reported width.</li>
 *   <li>{@code shape.length == strides.length <= 64}; every dim is {@code >= 0} and the product
 *       of the dims fits one Java array (checked, never overflowing).</li>
 *   <li>Strides are in elements and may be negative (reversed slices) or zero (broadcast
 *       views, new axes). If the array is non-empty, every offset
 *       {@code offset + sum(i[k] * strides[k])} with {@code 0 <= i[k] < shape[k]} lies in
 *       {@code [0, data.length)}.</li>
 *   <li>{@code base} is the array that owns {@code data}, or {@code null} if this array owns it;
 *       it is never itself a view (chains are collapsed).</li>
 *   <li>An array whose strides contain a 0 for a dim longer than 1 came from broadcasting and is
 *       read-only, so one storage element is never written through two positions.</li>
 * </ol>
 *
 * <p>Thread safety: like NumPy arrays, an {@code NDArray} is not synchronized. Concurrent
 * reads are safe; writes need external coordination.
 *
 * <p>Null arguments: every reference parameter of ndvec's public API must be non-null unless
 * its documentation gives null a meaning (the {@code axes} of reductions, "every axis"). A
 * null one is a {@link NullPointerException} whose message is the parameter's name
 * ({@code b}, {@code out}; {@code arrays[1]} for an element), thrown before anything else.
 */
public final class NDArray {

    static {
        Internals.install(new Access());
    }

    private final Object data;
    private final DType dtype;
    private final int[] shape;
    private final int[] strides;
    private final int offset;
    private final int size;
    private final NDArray base;
    private final boolean writeable;
    private final int width;

    private NDArray(Object data, DType dtype, int[] shape, int[] strides, int offset, NDArray base,
                    boolean writeable, int width) {
        this.data = data;
        this.dtype = dtype;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.size = Shapes.size(shape);
        this.base = base;
        this.writeable = writeable;
        this.width = width;
    }

    /** A new owner of {@code data}, C-contiguous. */
    static NDArray owner(Object data, DType dtype, int[] shape) {
        if (dtype != DType.STRING) {
            return owner(data, dtype, shape, 0);
        }
        String[] strs = (String[]) data;
        int width = Strings.widthOf(strs);
        normalize(strs, width);
        return owner(data, dtype, shape, width);
    }

    /** Makes every element what a {@code <U width} array stores (no nulls, truncated), in place. */
    private static void normalize(String[] strs, int width) {
        for (int i = 0; i < strs.length; i++) {
            strs[i] = Strings.stored(strs[i], width);
        }
    }

    /**
     * A new owner with an explicit string width. String elements must already be stored values
     * (taken from another string array): checking a million of them again is what made a
     * 1M-label decode 10x slower in StringsBench.label_decode_str_1m.
     */
    static NDArray owner(Object data, DType dtype, int[] shape, int width) {
        int[] s = Shapes.checkedCopy(shape);
        int n = Shapes.size(s);
        if (Buffers.length(data) != n) {
            throw new IllegalArgumentException("cannot reshape array of size " + Buffers.length(data)
                    + " into shape " + Shapes.compact(s));
        }
        return new NDArray(data, dtype, s, Shapes.cStrides(s), 0, null, true, width);
    }

    /** A new zero-filled owner (a string array is {@code <U1} of empty strings, as {@code np.zeros(n, str)}). */
    static NDArray allocate(DType dtype, int... shape) {
        int[] s = Shapes.checkedCopy(shape);
        return new NDArray(Buffers.allocate(dtype, Shapes.size(s)), dtype, s, Shapes.cStrides(s), 0, null, true,
                dtype == DType.STRING ? 1 : 0);
    }

    private NDArray view(int[] newShape, int[] newStrides, int newOffset, boolean canWrite) {
        return new NDArray(data, dtype, newShape, newStrides, newOffset, base == null ? this : base,
                canWrite && writeable, width);
    }

    // ------------------------------------------------------------------ zero-copy wrapping

    /**
     * Wraps a float array without copying, C order. {@code np.frombuffer(...).reshape(shape)}.
     * Writes to the array show in {@code data} and back. With no shape, the result is 1-d.
     *
     * @throws IllegalArgumentException if the shape's size differs from {@code data.length}
     */
    public static NDArray wrap(float[] data, int... shape) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(shape, "shape");
        return owner(data, DType.FLOAT32, shape.length == 0 ? new int[] {data.length} : shape);
    }

    /** Wraps a double array without copying; see {@link #wrap(float[], int...)}. */
    public static NDArray wrap(double[] data, int... shape) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(shape, "shape");
        return owner(data, DType.FLOAT64, shape.length == 0 ? new int[] {data.length} : shape);
    }

    /** Wraps an int array without copying (dtype INT32); see {@link #wrap(float[], int...)}. */
    public static NDArray wrap(int[] data, int... shape) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(shape, "shape");
        return owner(data, DType.INT32, shape.length == 0 ? new int[] {data.length} : shape);
    }

    /** Wraps a long array without copying (dtype INT64); see {@link #wrap(float[], int...)}. */
    public static NDArray wrap(long[] data, int... shape) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(shape, "shape");
        return owner(data, DType.INT64, shape.length == 0 ? new int[] {data.length} : shape);
    }

    // ------------------------------------------------------------------ properties

    /** The dims. {@code a.shape} (a copy: changing it does not change the array). */
    public int[] shape() {
        return shape.clone();
    }

    /** Length of one axis (negative counts from the end). {@code a.shape[axis]} */
    public int shape(int axis) {
        return shape[Shapes.normalizeAxis(axis, shape.length)];
    }

    /** Number of dims. {@code a.ndim} */
    public int ndim() {
        return shape.length;
    }

    /** Number of elements. {@code a.size} */
    public int size() {
        return size;
    }

    /** Element type. {@code a.dtype} */
    public DType dtype() {
        return dtype;
    }

    /**
     * NumPy's name of this array's dtype, {@code str(a.dtype)}: {@code "float64"}, {@code "bool"},
     * or {@code "<U7"} for strings of width 7.
     */
    public String dtypeDescr() {
        return dtype == DType.STRING ? "<U" + width() : dtype.toString();
    }

    /** Bytes per element ({@code 4 * width} for strings, UTF-32 as NumPy stores them). {@code a.itemsize} */
    public int itemsize() {
        return dtype == DType.STRING ? 4 * width() : dtype.itemsize();
    }

    /** The string width: fixed, or for arrays wrapped before being filled, the longest stored element. */
    private int width() {
        return width > 0 || dtype != DType.STRING ? width : Strings.widthOf((String[]) data);
    }

    /** Bytes the elements take (not counting sharing). {@code a.nbytes} */
    public long nbytes() {
        return (long) size * itemsize();
    }

    /** Strides in bytes, as NumPy reports them. {@code a.strides} */
    public long[] strides() {
        long[] out = new long[strides.length];
        for (int i = 0; i < strides.length; i++) {
            out[i] = (long) strides[i] * itemsize();
        }
        return out;
    }

    /** Strides in elements (NumPy's {@code a.strides} divided by {@code a.itemsize}). */
    public int[] elementStrides() {
        return strides.clone();
    }

    /** Element offset of {@code [0, ..., 0]} in the storage. */
    public int offset() {
        return offset;
    }

    /** The array that owns this view's storage, or {@code null} for an owner. {@code a.base} */
    public NDArray base() {
        return base;
    }

    /** C-contiguous (row-major, no gaps). {@code a.flags['C_CONTIGUOUS']} */
    public boolean isContiguous() {
        return Shapes.isCContiguous(shape, strides);
    }

    /** Fortran-contiguous (column-major, no gaps). {@code a.flags['F_CONTIGUOUS']} */
    public boolean isFortranContiguous() {
        return Shapes.isFContiguous(shape, strides);
    }

    /** False for read-only arrays such as broadcast views. {@code a.flags.writeable} */
    public boolean isWriteable() {
        return writeable;
    }

    /** Whether this array and {@code other} have an element in common. {@code np.shares_memory(a, b)} */
    public boolean sharesMemory(NDArray other) {
        Objects.requireNonNull(other, "other");
        return Memory.sharesMemory(this, other);
    }

    // ------------------------------------------------------------------ element access

    private int flatOffset(int[] idx) {
        if (idx.length != shape.length) {
            if (idx.length > shape.length) {
                throw new IndexOutOfBoundsException("too many indices for array: array is " + shape.length
                        + "-dimensional, but " + idx.length + " were indexed");
            }
            throw new IllegalArgumentException("incorrect number of indices for array: array is "
                    + shape.length + "-dimensional, but " + idx.length + " were given");
        }
        long off = offset;
        for (int k = 0; k < idx.length; k++) {
            off += (long) Shapes.normalizeIndex(idx[k], k, shape[k]) * strides[k];
        }
        return (int) off;
    }

    private int writableOffset(int[] idx) {
        checkWriteable();
        return flatOffset(idx);
    }

    void checkWriteable() {
        if (!writeable) {
            throw new IllegalStateException("assignment destination is read-only");
        }
    }

    /** One element as double; negative indices count from the end. {@code float(a[i, j])} */
    public double getDouble(int... idx) {
        Objects.requireNonNull(idx, "idx");
        return Buffers.getDouble(data, flatOffset(idx));
    }

    /** One element as float. {@code np.float32(a[i, j])} */
    public float getFloat(int... idx) {
        Objects.requireNonNull(idx, "idx");
        int off = flatOffset(idx);
        // int64 -> float32 must round once, not via double
        return data instanceof long[] l ? (float) l[off] : (float) Buffers.getDouble(data, off);
    }

    /** One element as long; floats truncate toward zero. {@code int(a[i, j])} */
    public long getLong(int... idx) {
        Objects.requireNonNull(idx, "idx");
        return Buffers.getLong(data, flatOffset(idx));
    }

    /** One element as int; int64 keeps its low 32 bits, floats truncate. {@code np.int32(a[i, j])} */
    public int getInt(int... idx) {
        Objects.requireNonNull(idx, "idx");
        int off = flatOffset(idx);
        return data instanceof long[] || data instanceof int[] || data instanceof byte[]
                ? (int) Buffers.getLong(data, off) : Buffers.doubleToInt(Buffers.getDouble(data, off));
    }

    /** One element as a truth value ({@code x != 0}). {@code bool(a[i, j])} */
    public boolean getBoolean(int... idx) {
        Objects.requireNonNull(idx, "idx");
        return Buffers.getBoolean(data, flatOffset(idx));
    }

    // ------------------------------------------------------------------ a[i, j] = value
    // setItem takes the indices first and the value last, as a[i, j] = value reads. With as many
    // indices as dims it stores one element; with fewer it fills the subarray they select, as
    // NumPy does (a[0] = 0 on a matrix zeroes row 0). The value-first set(value, int...) it
    // replaces read backwards: x.set(0, 5) stored 0 at index 5, and refused a[0] = 0 on a matrix.

    /** {@code a[i] = value}: an element of a 1-d array, or the subarray {@code a[i]}. */
    public NDArray setItem(int i, double value) {
        return setItem(new int[] {i}, value);
    }

    /** {@code a[i] = value} with an integer value (exact for int64). */
    public NDArray setItem(int i, long value) {
        return setItem(new int[] {i}, value);
    }

    /** {@code a[i, j] = value}. */
    public NDArray setItem(int i, int j, double value) {
        return setItem(new int[] {i, j}, value);
    }

    /** {@code a[i, j] = value} with an integer value. */
    public NDArray setItem(int i, int j, long value) {
        return setItem(new int[] {i, j}, value);
    }

    /** {@code a[i, j, k] = value}. */
    public NDArray setItem(int i, int j, int k, double value) {
        return setItem(new int[] {i, j, k}, value);
    }

    /** {@code a[i, j, k] = value} with an integer value. */
    public NDArray setItem(int i, int j, int k, long value) {
        return setItem(new int[] {i, j, k}, value);
    }

    /**
     * {@code a[index] = value}: negative indices count from the end; with fewer indices than
     * dims the selected subarray is filled. The value is cast to this array's dtype as NumPy
     * does (truncation toward zero into integers; a string array stores its text).
     *
     * @throws IllegalArgumentException for NaN or infinity into an integer array
     *     ({@code cannot convert float NaN to integer})
     * @throws IndexOutOfBoundsException {@code index 5 is out of bounds for axis 0 with size 3}
     * @throws IllegalStateException on a read-only array
     */
    public NDArray setItem(int[] index, double value) {
        Objects.requireNonNull(index, "index");
        if (index.length < shape.length) {
            AdvancedIndexer.set(this, at(index), () -> dtype == DType.STRING
                    ? Nd.scalar(ArrayFormatter.scalarStr(value)) : Assignment.scalar(value, dtype));
            return this;
        }
        if (dtype == DType.STRING) {
            return setItem(index, ArrayFormatter.scalarStr(value));
        }
        int off = writableOffset(index);
        Assignment.checkFits(value, dtype);
        Buffers.setDouble(data, off, value);
        return this;
    }

    /**
     * {@code a[index] = value} with an integer value, exact for int64. Into an int32 array the
     * value must fit ({@code Python integer 3000000000 out of bounds for int32}, as NumPy 2 says).
     */
    public NDArray setItem(int[] index, long value) {
        Objects.requireNonNull(index, "index");
        if (index.length < shape.length) {
            AdvancedIndexer.set(this, at(index), () -> {
                checkInt32(value);
                return dtype == DType.STRING ? Nd.scalar(Long.toString(value)) : Nd.scalar(value);
            });
            return this;
        }
        if (dtype == DType.STRING) {
            return setItem(index, Long.toString(value));
        }
        int off = writableOffset(index);
        checkInt32(value);
        Buffers.setLong(data, off, value);
        return this;
    }

    private void checkInt32(long value) {
        if (dtype == DType.INT32 && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("Python integer " + value + " out of bounds for int32");
        }
    }

    /** {@code a[index] = True}: 1 or 0 in numeric arrays, {@code 'True'}/{@code 'False'} in string ones. */
    public NDArray setItem(int[] index, boolean value) {
        Objects.requireNonNull(index, "index");
        if (index.length < shape.length || dtype == DType.STRING) {
            return set(at(index), dtype == DType.STRING ? Nd.scalar(value ? "True" : "False") : Nd.scalar(value));
        }
        Buffers.setBoolean(data, writableOffset(index), value);
        return this;
    }

    /**
     * {@code a[index] = value} with text: truncated to a string array's width ({@code a[0] =
     * 'Alexander'} into {@code <U5} keeps {@code 'Alexa'}), {@code null} stores {@code ''}; into a
     * numeric array the text is parsed ({@code a[0] = '1.5'}).
     *
     * @throws IllegalArgumentException {@code could not convert string to float: 'abc'}
     * @throws IllegalStateException on a read-only array
     */
    public NDArray setItem(int[] index, String value) {
        Objects.requireNonNull(index, "index");
        if (index.length < shape.length) {
            NDArray sub = get(at(index));
            sub.checkWriteable();
            int[] ones = new int[sub.ndim()];
            // every element of the (basic, view) subarray gets the text, through the element store
            for (int flat = 0; flat < sub.size(); flat++) {
                int rest = flat;
                for (int d = ones.length - 1; d >= 0; d--) {
                    ones[d] = rest % sub.shape[d];
                    rest /= sub.shape[d];
                }
                StringOps.store(sub.data, sub.flatOffset(ones), value, width());
            }
            return this;
        }
        StringOps.store(data, writableOffset(index), value, width());
        return this;
    }

    /** {@code (i, j)} as the basic index {@code [i, j]}, for the subarray forms of setItem. */
    private static Index[] at(int[] index) {
        Index[] ix = new Index[index.length];
        for (int k = 0; k < index.length; k++) {
            ix[k] = Index.at(index[k]);
        }
        return ix;
    }

    /**
     * Stores one element, cast to this array's dtype.
     *
     * @deprecated the value comes first and the indices last, so {@code x.set(0, 5)} stores 0
     *     at index 5, the reverse of {@code x[0] = 5}; use {@link #setItem(int[], double)} or
     *     {@link #setItem(int, double)} ({@code x.setItem(0, 5)}), which also fill a row when
     *     given fewer indices than dims.
     */
    @Deprecated
    public NDArray set(double value, int... idx) {
        Objects.requireNonNull(idx, "idx");
        flatOffset(idx); // the old contract: exactly one element
        return setItem(idx, value);
    }

    /**
     * Stores one integer element.
     *
     * @deprecated value first, indices last (the reverse of {@code x[i] = v}); use
     *     {@link #setItem(int[], long)} or {@link #setItem(int, long)}.
     */
    @Deprecated
    public NDArray set(long value, int... idx) {
        Objects.requireNonNull(idx, "idx");
        flatOffset(idx);
        return setItem(idx, value);
    }

    /**
     * Stores one truth value.
     *
     * @deprecated value first, indices last; use {@link #setItem(int[], boolean)}.
     */
    @Deprecated
    public NDArray set(boolean value, int... idx) {
        Objects.requireNonNull(idx, "idx");
        flatOffset(idx);
        return setItem(idx, value);
    }

    /**
     * The single element of a size-1 array as a Java object: {@code Double} for floats,
     * {@code Long} for integers, {@code Boolean} for bool, {@code String} for strings. {@code a.item()}
     *
     * @throws IllegalArgumentException {@code can only convert an array of size 1 to a Python scalar}
     */
    public Object item() {
        requireOneElement();
        int off = offset; // every stride is irrelevant for a single element
        return switch (dtype) {
            case FLOAT32, FLOAT64 -> Buffers.getDouble(data, off);
            case INT32, INT64 -> Buffers.getLong(data, off);
            case BOOL -> Buffers.getBoolean(data, off);
            case STRING -> ((String[]) data)[off];
        };
    }

    private void requireOneElement() {
        if (size != 1) {
            throw new IllegalArgumentException("can only convert an array of size 1 to a Python scalar");
        }
    }

    /** The single element of a size-1 array as a double. {@code float(a)} */
    public double itemDouble() {
        requireOneElement();
        return Buffers.getDouble(data, offset);
    }

    /** The single element of a size-1 array as a long. {@code int(a)} */
    public long itemLong() {
        requireOneElement();
        return Buffers.getLong(data, offset);
    }

    // ------------------------------------------------------------------ export

    /** All elements in C order as doubles (a new array). {@code a.astype(np.float64).ravel()} */
    public double[] toDoubleArray() {
        return (double[]) astype(DType.FLOAT64).data;
    }

    /** All elements in C order as floats (a new array). {@code a.astype(np.float32).ravel()} */
    public float[] toFloatArray() {
        return (float[]) astype(DType.FLOAT32).data;
    }

    /** All elements in C order as longs (a new array; floats truncate). {@code a.astype(np.int64).ravel()} */
    public long[] toLongArray() {
        return (long[]) astype(DType.INT64).data;
    }

    /** All elements in C order as ints (a new array). {@code a.astype(np.int32).ravel()} */
    public int[] toIntArray() {
        return (int[]) astype(DType.INT32).data;
    }

    /** All elements in C order as truth values. {@code a.astype(bool).ravel()} */
    public boolean[] toBooleanArray() {
        byte[] b = (byte[]) astype(DType.BOOL).data;
        boolean[] out = new boolean[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i] != 0;
        }
        return out;
    }

    private void require2d(String what) {
        if (shape.length != 2) {
            throw new IllegalArgumentException(what + " needs a 2-dimensional array, got shape " + Shapes.python(shape));
        }
    }

    /** Rows of a 2-d array as {@code double[rows][cols]}. {@code a.tolist()} */
    public double[][] toDoubleArray2D() {
        require2d("toDoubleArray2D");
        double[] flat = toDoubleArray();
        double[][] out = new double[shape[0]][];
        for (int r = 0; r < shape[0]; r++) {
            out[r] = Arrays.copyOfRange(flat, r * shape[1], (r + 1) * shape[1]);
        }
        return out;
    }

    /** Rows of a 2-d array as {@code float[rows][cols]}. {@code a.astype(np.float32).tolist()} */
    public float[][] toFloatArray2D() {
        require2d("toFloatArray2D");
        float[] flat = toFloatArray();
        float[][] out = new float[shape[0]][];
        for (int r = 0; r < shape[0]; r++) {
            out[r] = Arrays.copyOfRange(flat, r * shape[1], (r + 1) * shape[1]);
        }
        return out;
    }

    /** Rows of a 2-d array as {@code long[rows][cols]}. {@code a.astype(np.int64).tolist()} */
    public long[][] toLongArray2D() {
        require2d("toLongArray2D");
        long[] flat = toLongArray();
        long[][] out = new long[shape[0]][];
        for (int r = 0; r < shape[0]; r++) {
            out[r] = Arrays.copyOfRange(flat, r * shape[1], (r + 1) * shape[1]);
        }
        return out;
    }

    /** Rows of a 2-d array as {@code int[rows][cols]}. {@code a.astype(np.int32).tolist()} */
    public int[][] toIntArray2D() {
        require2d("toIntArray2D");
        int[] flat = toIntArray();
        int[][] out = new int[shape[0]][];
        for (int r = 0; r < shape[0]; r++) {
            out[r] = Arrays.copyOfRange(flat, r * shape[1], (r + 1) * shape[1]);
        }
        return out;
    }

    // ------------------------------------------------------------------ basic indexing (views)

    /**
     * Indexing: {@code a[1:3, ::-1, ..., np.newaxis]}. Basic pieces (integers, slices, newaxis,
     * ellipsis) give a view, never a copy; with an index array ({@link Index#of(NDArray)}) the
     * result is a copy, as NumPy's advanced indexing.
     *
     * @throws IndexOutOfBoundsException {@code index 10 is out of bounds for axis 0 with size 5},
     *     {@code too many indices for array: array is 2-dimensional, but 3 were indexed}
     */
    public NDArray get(Index... index) {
        Args.elements(index, "index");
        return AdvancedIndexer.get(this, index);
    }

    /**
     * Indexing written as NumPy source: {@code a.get("1:3, ::-1, ..., None")} is
     * {@code a[1:3, ::-1, ..., None]} (a view); {@code a.get("[0, 2], :")} is {@code a[[0, 2], :]} (a copy).
     */
    public NDArray get(String index) {
        Objects.requireNonNull(index, "index");
        return AdvancedIndexer.get(this, Index.parse(index));
    }

    // ------------------------------------------------------------------ shape manipulation

    /**
     * Gives a new shape to the same data; one dim may be {@code -1}. A view when the strides
     * allow it (always for contiguous arrays), otherwise a C-order copy, as NumPy does.
     * {@code a.reshape(2, -1)}
     *
     * @throws IllegalArgumentException {@code cannot reshape array of size 6 into shape (4,newaxis)}
     */
    public NDArray reshape(int... newShape) {
        Objects.requireNonNull(newShape, "newShape");
        int[] target = Reshape.resolve(size, newShape);
        int[] st = Reshape.noCopyStrides(shape, strides, target);
        if (st != null) {
            return view(target, st, offset, true);
        }
        NDArray c = copy();
        return c.view(target, Shapes.cStrides(target), 0, true);
    }

    /** A 1-d view when contiguous, otherwise a 1-d copy. {@code a.ravel()} */
    public NDArray ravel() {
        return reshape(size);
    }

    /** A 1-d copy, always. {@code a.flatten()} */
    public NDArray flatten() {
        NDArray c = copy();
        return c.view(new int[] {size}, new int[] {1}, 0, true);
    }

    /** Reverses the axes; a view. {@code a.T} */
    public NDArray T() {
        return transpose();
    }

    /** Reverses the axes; a view. {@code a.transpose()} */
    public NDArray transpose() {
        int n = shape.length;
        int[] axes = new int[n];
        for (int i = 0; i < n; i++) {
            axes[i] = n - 1 - i;
        }
        return transpose(axes);
    }

    /**
     * Permutes the axes; a view. {@code a.transpose(axes)}
     *
     * @throws IllegalArgumentException {@code axes don't match array}, {@code repeated axis in transpose}
     */
    public NDArray transpose(int... axes) {
        Objects.requireNonNull(axes, "axes");
        if (axes.length == 0 && shape.length > 0) {
            return transpose();
        }
        if (axes.length != shape.length) {
            throw new IllegalArgumentException("axes don't match array");
        }
        int[] ax = Shapes.normalizeAxes(axes, shape.length, "repeated axis in transpose");
        int[] ns = new int[ax.length];
        int[] nt = new int[ax.length];
        for (int i = 0; i < ax.length; i++) {
            ns[i] = shape[ax[i]];
            nt[i] = strides[ax[i]];
        }
        return view(ns, nt, offset, true);
    }

    /** Exchanges two axes; a view. {@code np.swapaxes(a, axis1, axis2)} */
    public NDArray swapaxes(int axis1, int axis2) {
        int a1 = namedAxis("axis1", axis1);
        int a2 = namedAxis("axis2", axis2);
        int[] perm = new int[shape.length];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = i;
        }
        perm[a1] = a2;
        perm[a2] = a1;
        return transpose(perm);
    }

    private int namedAxis(String argument, int axis) {
        if (axis < -shape.length || axis >= shape.length) {
            throw new AxisException(argument, axis, shape.length);
        }
        return axis < 0 ? axis + shape.length : axis;
    }

    /** Moves one axis to a new position; a view. {@code np.moveaxis(a, source, destination)} */
    public NDArray moveaxis(int source, int destination) {
        int n = shape.length;
        int s = namedAxis("source", source);
        int d = namedAxis("destination", destination);
        int[] order = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (i != s) {
                order[k++] = i;
            }
        }
        int[] perm = new int[n];
        for (int i = 0, j = 0; i < n; i++) {
            perm[i] = i == d ? s : order[j++];
        }
        return transpose(perm);
    }

    /**
     * Inserts axes of length 1 at the given positions of the result; a view.
     * {@code np.expand_dims(a, axis)}
     */
    public NDArray expandDims(int... axes) {
        Objects.requireNonNull(axes, "axes");
        int outRank = shape.length + axes.length;
        int[] ax = Shapes.normalizeAxes(axes, outRank, "repeated axis");
        boolean[] inserted = new boolean[outRank];
        for (int a : ax) {
            inserted[a] = true;
        }
        int[] ns = new int[outRank];
        int[] nt = new int[outRank];
        for (int i = 0, j = 0; i < outRank; i++) {
            if (inserted[i]) {
                ns[i] = 1;
                nt[i] = 0;
            } else {
                ns[i] = shape[j];
                nt[i] = strides[j];
                j++;
            }
        }
        return view(ns, nt, offset, true);
    }

    /** Removes every axis of length 1; a view. {@code np.squeeze(a)} */
    public NDArray squeeze() {
        int n = 0;
        for (int d : shape) {
            if (d != 1) {
                n++;
            }
        }
        int[] ns = new int[n];
        int[] nt = new int[n];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (shape[i] != 1) {
                ns[j] = shape[i];
                nt[j] = strides[i];
                j++;
            }
        }
        return view(ns, nt, offset, true);
    }

    /**
     * Removes the given axes, each of which must have length 1; a view. {@code np.squeeze(a, axis)}
     *
     * @throws IllegalArgumentException {@code cannot select an axis to squeeze out which has size not equal to one}
     */
    public NDArray squeeze(int... axes) {
        Objects.requireNonNull(axes, "axes");
        if (axes.length == 0) {
            return squeeze();
        }
        if (shape.length == 0 && axes.length == 1 && (axes[0] == 0 || axes[0] == -1)) {
            return view(shape, strides, offset, true); // np.squeeze(np.array(3.), 0), as NumPy allows
        }
        int[] ax = Shapes.normalizeAxes(axes, shape.length, "repeated axis");
        boolean[] drop = new boolean[shape.length];
        for (int a : ax) {
            if (shape[a] != 1) {
                throw new IllegalArgumentException(
                        "cannot select an axis to squeeze out which has size not equal to one");
            }
            drop[a] = true;
        }
        int[] ns = new int[shape.length - ax.length];
        int[] nt = new int[ns.length];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (!drop[i]) {
                ns[j] = shape[i];
                nt[j] = strides[i];
                j++;
            }
        }
        return view(ns, nt, offset, true);
    }

    /**
     * A read-only view with the given shape, repeating along stretched dims through zero
     * strides (nothing is copied). {@code np.broadcast_to(a, shape)}
     */
    public NDArray broadcastTo(int... targetShape) {
        Objects.requireNonNull(targetShape, "targetShape");
        int[] target = Shapes.checkedCopy(targetShape);
        int[] st = Broadcast.stridesFor(shape, strides, target);
        return view(target, st, offset, false);
    }

    /** A C-contiguous copy that owns its data. {@code a.copy()} */
    public NDArray copy() {
        return Cast.copy(this, dtype);
    }

    /**
     * A C-contiguous, writeable copy, always newly allocated (unlike NumPy's
     * {@code np.ascontiguousarray}, which may return its input: the name tells the cost).
     */
    public NDArray contiguous() {
        return copy();
    }

    /**
     * A copy converted to {@code newType} with NumPy's casting: float to integer truncates
     * toward zero (NaN and out-of-range values give the integer minimum, as on x86-64),
     * int64 to int32 keeps the low 32 bits, anything to bool is {@code x != 0}.
     * {@code a.astype(dtype)}
     */
    public NDArray astype(DType newType) {
        Objects.requireNonNull(newType, "newType");
        return Cast.copy(this, newType);
    }

    /**
     * Sets every element to {@code value}, cast to this dtype. {@code a.fill(value)}
     *
     * @throws IllegalStateException on a read-only array
     */
    public NDArray fill(double value) {
        checkWriteable();
        if (dtype.isInteger() && !Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot convert float " + (Double.isNaN(value) ? "NaN" : "infinity")
                    + " to integer");
        }
        StridedLoop.plan(shape, strides).forEachRow(new int[] {offset}, (off, n, st) -> {
            for (int i = 0, p = off[0]; i < n; i++, p += st[0]) {
                Buffers.setDouble(data, p, value);
            }
        });
        return this;
    }

    // ------------------------------------------------------------------ elementwise
    // (issue 3: broadcasting ufuncs and activations, in org.ndvec.ops)
    // Binary methods take an NDArray (broadcast against this one) or a Java scalar, which is a weak
    // operand as in NumPy 2 (NEP 50): float32 * 2.0 stays float32, int32 + 1.5 is float64. The
    // 'i' forms (addi) write into this array; the out forms write into out. Both keep the target's
    // shape and dtype: a result that needs a wider dtype than the target's is an error
    // (Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') ...).
    // A long outside int32 next to an int32 array is NumPy's OverflowError (an
    // IllegalArgumentException, "Python integer 2147483648 out of bounds for int32"), except in
    // comparisons and true division, which use its exact value as NumPy 2.4 does.

    /** Elementwise a + b. {@code np.add(a, b)} */
    public NDArray add(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.ADD, this, b, null);
    }

    /** {@code np.add(a, b, out=out)}; returns {@code out}. */
    public NDArray add(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.ADD, this, b, out);
    }

    /** In place: {@code np.add(a, b, out=a)}; returns this array. */
    public NDArray addi(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.ADD, this, b, this);
    }

    /** With a weak scalar (NEP 50). {@code np.add(a, 2.0)} */
    public NDArray add(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.ADD, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.add(a, 2.0, out=a)} */
    public NDArray addi(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.ADD, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray add(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.ADD, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** With a weak scalar (NEP 50). {@code np.add(a, 2)} */
    public NDArray add(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.ADD, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.add(a, 2, out=a)} */
    public NDArray addi(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.ADD, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray add(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.ADD, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** Elementwise a - b. {@code np.subtract(a, b)} */
    public NDArray sub(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.SUB, this, b, null);
    }

    /** {@code np.subtract(a, b, out=out)}; returns {@code out}. */
    public NDArray sub(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.SUB, this, b, out);
    }

    /** In place: {@code np.subtract(a, b, out=a)}; returns this array. */
    public NDArray subi(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.SUB, this, b, this);
    }

    /** With a weak scalar (NEP 50). {@code np.subtract(a, 2.0)} */
    public NDArray sub(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.SUB, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.subtract(a, 2.0, out=a)} */
    public NDArray subi(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.SUB, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray sub(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.SUB, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** With a weak scalar (NEP 50). {@code np.subtract(a, 2)} */
    public NDArray sub(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.SUB, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.subtract(a, 2, out=a)} */
    public NDArray subi(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.SUB, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray sub(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.SUB, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** Elementwise a * b. {@code np.multiply(a, b)} */
    public NDArray mul(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MUL, this, b, null);
    }

    /** {@code np.multiply(a, b, out=out)}; returns {@code out}. */
    public NDArray mul(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MUL, this, b, out);
    }

    /** In place: {@code np.multiply(a, b, out=a)}; returns this array. */
    public NDArray muli(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MUL, this, b, this);
    }

    /** With a weak scalar (NEP 50). {@code np.multiply(a, 2.0)} */
    public NDArray mul(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MUL, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.multiply(a, 2.0, out=a)} */
    public NDArray muli(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MUL, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray mul(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MUL, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** With a weak scalar (NEP 50). {@code np.multiply(a, 2)} */
    public NDArray mul(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MUL, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.multiply(a, 2, out=a)} */
    public NDArray muli(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MUL, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray mul(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MUL, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** Elementwise a / b; integers divide into float64. {@code np.true_divide(a, b)} */
    public NDArray div(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.DIV, this, b, null);
    }

    /** {@code np.true_divide(a, b, out=out)}; returns {@code out}. */
    public NDArray div(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.DIV, this, b, out);
    }

    /** In place: {@code np.true_divide(a, b, out=a)}; returns this array. */
    public NDArray divi(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.DIV, this, b, this);
    }

    /** With a weak scalar (NEP 50). {@code np.true_divide(a, 2.0)} */
    public NDArray div(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.DIV, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.true_divide(a, 2.0, out=a)} */
    public NDArray divi(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.DIV, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray div(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.DIV, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** With a weak scalar (NEP 50). {@code np.true_divide(a, 2)} */
    public NDArray div(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.DIV, this, org.ndvec.ops.Scalars.exact(this, b), null);
    }

    /** In place with a weak scalar. {@code np.true_divide(a, 2, out=a)} */
    public NDArray divi(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.DIV, this, org.ndvec.ops.Scalars.exact(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray div(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.DIV, this, org.ndvec.ops.Scalars.exact(this, b), out);
    }

    /** Elementwise a // b, Python's rounding; integer division by zero gives 0. {@code np.floor_divide(a, b)} */
    public NDArray floorDivide(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FLOOR_DIVIDE, this, b, null);
    }

    /** {@code np.floor_divide(a, b, out=out)}; returns {@code out}. */
    public NDArray floorDivide(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FLOOR_DIVIDE, this, b, out);
    }

    /** In place: {@code np.floor_divide(a, b, out=a)}; returns this array. */
    public NDArray floorDividei(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FLOOR_DIVIDE, this, b, this);
    }

    /** With a weak scalar (NEP 50). {@code np.floor_divide(a, 2.0)} */
    public NDArray floorDivide(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FLOOR_DIVIDE, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.floor_divide(a, 2.0, out=a)} */
    public NDArray floorDividei(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FLOOR_DIVIDE, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray floorDivide(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FLOOR_DIVIDE, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** With a weak scalar (NEP 50). {@code np.floor_divide(a, 2)} */
    public NDArray floorDivide(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FLOOR_DIVIDE, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.floor_divide(a, 2, out=a)} */
    public NDArray floorDividei(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FLOOR_DIVIDE, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray floorDivide(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FLOOR_DIVIDE, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** Elementwise a % b, sign of the divisor; integer modulo by zero gives 0. {@code np.remainder(a, b)} */
    public NDArray mod(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MOD, this, b, null);
    }

    /** {@code np.remainder(a, b, out=out)}; returns {@code out}. */
    public NDArray mod(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MOD, this, b, out);
    }

    /** In place: {@code np.remainder(a, b, out=a)}; returns this array. */
    public NDArray modi(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MOD, this, b, this);
    }

    /** With a weak scalar (NEP 50). {@code np.remainder(a, 2.0)} */
    public NDArray mod(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MOD, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.remainder(a, 2.0, out=a)} */
    public NDArray modi(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MOD, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray mod(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MOD, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** With a weak scalar (NEP 50). {@code np.remainder(a, 2)} */
    public NDArray mod(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MOD, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.remainder(a, 2, out=a)} */
    public NDArray modi(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MOD, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray mod(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MOD, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** Elementwise a ** b; negative integer exponents are an error. {@code np.power(a, b)} */
    public NDArray pow(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.POW, this, b, null);
    }

    /** {@code np.power(a, b, out=out)}; returns {@code out}. */
    public NDArray pow(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.POW, this, b, out);
    }

    /** In place: {@code np.power(a, b, out=a)}; returns this array. */
    public NDArray powi(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.POW, this, b, this);
    }

    /** With a weak scalar (NEP 50). {@code np.power(a, 2.0)} */
    public NDArray pow(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.POW, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.power(a, 2.0, out=a)} */
    public NDArray powi(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.POW, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray pow(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.POW, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** With a weak scalar (NEP 50). {@code np.power(a, 2)} */
    public NDArray pow(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.POW, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.power(a, 2, out=a)} */
    public NDArray powi(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.POW, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray pow(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.POW, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** Elementwise NaN propagates. {@code np.maximum(a, b)} */
    public NDArray maximum(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, b, null);
    }

    /** {@code np.maximum(a, b, out=out)}; returns {@code out}. */
    public NDArray maximum(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, b, out);
    }

    /** In place: {@code np.maximum(a, b, out=a)}; returns this array. */
    public NDArray maximumi(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, b, this);
    }

    /** With a weak scalar (NEP 50). {@code np.maximum(a, 2.0)} */
    public NDArray maximum(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.maximum(a, 2.0, out=a)} */
    public NDArray maximumi(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray maximum(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** With a weak scalar (NEP 50). {@code np.maximum(a, 2)} */
    public NDArray maximum(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.maximum(a, 2, out=a)} */
    public NDArray maximumi(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray maximum(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** Elementwise NaN propagates. {@code np.minimum(a, b)} */
    public NDArray minimum(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, this, b, null);
    }

    /** {@code np.minimum(a, b, out=out)}; returns {@code out}. */
    public NDArray minimum(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, this, b, out);
    }

    /** In place: {@code np.minimum(a, b, out=a)}; returns this array. */
    public NDArray minimumi(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, this, b, this);
    }

    /** With a weak scalar (NEP 50). {@code np.minimum(a, 2.0)} */
    public NDArray minimum(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.minimum(a, 2.0, out=a)} */
    public NDArray minimumi(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray minimum(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** With a weak scalar (NEP 50). {@code np.minimum(a, 2)} */
    public NDArray minimum(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.minimum(a, 2, out=a)} */
    public NDArray minimumi(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray minimum(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** Elementwise a NaN operand is ignored. {@code np.fmax(a, b)} */
    public NDArray fmax(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMAX, this, b, null);
    }

    /** {@code np.fmax(a, b, out=out)}; returns {@code out}. */
    public NDArray fmax(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMAX, this, b, out);
    }

    /** In place: {@code np.fmax(a, b, out=a)}; returns this array. */
    public NDArray fmaxi(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMAX, this, b, this);
    }

    /** With a weak scalar (NEP 50). {@code np.fmax(a, 2.0)} */
    public NDArray fmax(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMAX, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.fmax(a, 2.0, out=a)} */
    public NDArray fmaxi(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMAX, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray fmax(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMAX, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** With a weak scalar (NEP 50). {@code np.fmax(a, 2)} */
    public NDArray fmax(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMAX, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.fmax(a, 2, out=a)} */
    public NDArray fmaxi(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMAX, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray fmax(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMAX, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** Elementwise a NaN operand is ignored. {@code np.fmin(a, b)} */
    public NDArray fmin(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMIN, this, b, null);
    }

    /** {@code np.fmin(a, b, out=out)}; returns {@code out}. */
    public NDArray fmin(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMIN, this, b, out);
    }

    /** In place: {@code np.fmin(a, b, out=a)}; returns this array. */
    public NDArray fmini(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMIN, this, b, this);
    }

    /** With a weak scalar (NEP 50). {@code np.fmin(a, 2.0)} */
    public NDArray fmin(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMIN, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.fmin(a, 2.0, out=a)} */
    public NDArray fmini(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMIN, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray fmin(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMIN, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** With a weak scalar (NEP 50). {@code np.fmin(a, 2)} */
    public NDArray fmin(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMIN, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** In place with a weak scalar. {@code np.fmin(a, 2, out=a)} */
    public NDArray fmini(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMIN, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /** With a weak scalar into {@code out}; returns {@code out}. */
    public NDArray fmin(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMIN, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /** Elementwise {@code a == b} as a bool array. {@code np.equal(a, b)} */
    public NDArray eq(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.EQ, this, b, null);
    }

    /** {@code np.equal(a, b, out=out)} */
    public NDArray eq(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.EQ, this, b, out);
    }

    /** With a weak scalar. {@code np.equal(a, 2.0)} */
    public NDArray eq(double b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.EQ, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** With a weak scalar. {@code np.equal(a, 2)} */
    public NDArray eq(long b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.EQ, this, org.ndvec.ops.Scalars.exact(this, b), null);
    }

    /** Elementwise {@code a != b} as a bool array. {@code np.not_equal(a, b)} */
    public NDArray ne(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.NE, this, b, null);
    }

    /** {@code np.not_equal(a, b, out=out)} */
    public NDArray ne(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.NE, this, b, out);
    }

    /** With a weak scalar. {@code np.not_equal(a, 2.0)} */
    public NDArray ne(double b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.NE, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** With a weak scalar. {@code np.not_equal(a, 2)} */
    public NDArray ne(long b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.NE, this, org.ndvec.ops.Scalars.exact(this, b), null);
    }

    /** Elementwise {@code a < b} as a bool array. {@code np.less(a, b)} */
    public NDArray lt(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.LT, this, b, null);
    }

    /** {@code np.less(a, b, out=out)} */
    public NDArray lt(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.LT, this, b, out);
    }

    /** With a weak scalar. {@code np.less(a, 2.0)} */
    public NDArray lt(double b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.LT, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** With a weak scalar. {@code np.less(a, 2)} */
    public NDArray lt(long b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.LT, this, org.ndvec.ops.Scalars.exact(this, b), null);
    }

    /** Elementwise {@code a <= b} as a bool array. {@code np.less_equal(a, b)} */
    public NDArray le(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.LE, this, b, null);
    }

    /** {@code np.less_equal(a, b, out=out)} */
    public NDArray le(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.LE, this, b, out);
    }

    /** With a weak scalar. {@code np.less_equal(a, 2.0)} */
    public NDArray le(double b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.LE, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** With a weak scalar. {@code np.less_equal(a, 2)} */
    public NDArray le(long b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.LE, this, org.ndvec.ops.Scalars.exact(this, b), null);
    }

    /** Elementwise {@code a > b} as a bool array. {@code np.greater(a, b)} */
    public NDArray gt(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.GT, this, b, null);
    }

    /** {@code np.greater(a, b, out=out)} */
    public NDArray gt(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.GT, this, b, out);
    }

    /** With a weak scalar. {@code np.greater(a, 2.0)} */
    public NDArray gt(double b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.GT, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** With a weak scalar. {@code np.greater(a, 2)} */
    public NDArray gt(long b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.GT, this, org.ndvec.ops.Scalars.exact(this, b), null);
    }

    /** Elementwise {@code a >= b} as a bool array. {@code np.greater_equal(a, b)} */
    public NDArray ge(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.GE, this, b, null);
    }

    /** {@code np.greater_equal(a, b, out=out)} */
    public NDArray ge(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.GE, this, b, out);
    }

    /** With a weak scalar. {@code np.greater_equal(a, 2.0)} */
    public NDArray ge(double b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.GE, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** With a weak scalar. {@code np.greater_equal(a, 2)} */
    public NDArray ge(long b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.GE, this, org.ndvec.ops.Scalars.exact(this, b), null);
    }

    /** Truth values combined ({@code x != 0}, NaN is true), bool result. {@code np.logical_and(a, b)} */
    public NDArray logicalAnd(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.logical(org.ndvec.kernels.BinaryOp.BITWISE_AND, this, b, null);
    }

    /** {@code np.logical_and(a, b, out=out)} */
    public NDArray logicalAnd(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.logical(org.ndvec.kernels.BinaryOp.BITWISE_AND, this, b, out);
    }

    /** Truth values combined ({@code x != 0}, NaN is true), bool result. {@code np.logical_or(a, b)} */
    public NDArray logicalOr(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.logical(org.ndvec.kernels.BinaryOp.BITWISE_OR, this, b, null);
    }

    /** {@code np.logical_or(a, b, out=out)} */
    public NDArray logicalOr(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.logical(org.ndvec.kernels.BinaryOp.BITWISE_OR, this, b, out);
    }

    /** Truth values combined ({@code x != 0}, NaN is true), bool result. {@code np.logical_xor(a, b)} */
    public NDArray logicalXor(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.logical(org.ndvec.kernels.BinaryOp.BITWISE_XOR, this, b, null);
    }

    /** {@code np.logical_xor(a, b, out=out)} */
    public NDArray logicalXor(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.logical(org.ndvec.kernels.BinaryOp.BITWISE_XOR, this, b, out);
    }

    /** Bool negation of the truth values. {@code np.logical_not(a)} */
    public NDArray logicalNot() {
        return org.ndvec.ops.Elementwise.logicalNot(this, null);
    }

    /** Bitwise {@code a & b} on integers and bools (floats are an error). {@code np.bitwise_and(a, b)} */
    public NDArray bitwiseAnd(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_AND, this, b, null);
    }

    /** {@code np.bitwise_and(a, b, out=out)} */
    public NDArray bitwiseAnd(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_AND, this, b, out);
    }

    /** In place. {@code a &= b} */
    public NDArray bitwiseAndi(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_AND, this, b, this);
    }

    /** With a weak integer scalar. {@code a & 2} */
    public NDArray bitwiseAnd(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_AND, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** Bitwise {@code a | b} on integers and bools (floats are an error). {@code np.bitwise_or(a, b)} */
    public NDArray bitwiseOr(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_OR, this, b, null);
    }

    /** {@code np.bitwise_or(a, b, out=out)} */
    public NDArray bitwiseOr(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_OR, this, b, out);
    }

    /** In place. {@code a |= b} */
    public NDArray bitwiseOri(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_OR, this, b, this);
    }

    /** With a weak integer scalar. {@code a | 2} */
    public NDArray bitwiseOr(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_OR, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** Bitwise {@code a ^ b} on integers and bools (floats are an error). {@code np.bitwise_xor(a, b)} */
    public NDArray bitwiseXor(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_XOR, this, b, null);
    }

    /** {@code np.bitwise_xor(a, b, out=out)} */
    public NDArray bitwiseXor(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_XOR, this, b, out);
    }

    /** In place. {@code a ^= b} */
    public NDArray bitwiseXori(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_XOR, this, b, this);
    }

    /** With a weak integer scalar. {@code a ^ 2} */
    public NDArray bitwiseXor(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_XOR, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * {@code a << b} on integers and bools (bools compute in int64; floats are an error).
     * Counts outside {@code [0, bits)} give 0, as in NumPy (Java's shift would mask the count). {@code np.left_shift(a, b)}
     */
    public NDArray leftShift(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.LEFT_SHIFT, this, b, null);
    }

    /** {@code np.left_shift(a, b, out=out)} */
    public NDArray leftShift(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.LEFT_SHIFT, this, b, out);
    }

    /** In place. {@code a <<= b} */
    public NDArray leftShifti(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.LEFT_SHIFT, this, b, this);
    }

    /** With a weak integer scalar. {@code a << 2} */
    public NDArray leftShift(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.LEFT_SHIFT, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * {@code a >> b} on integers and bools (bools compute in int64; floats are an error).
     * Arithmetic shift; counts outside {@code [0, bits)} leave the sign (-1 or 0), as in NumPy. {@code np.right_shift(a, b)}
     */
    public NDArray rightShift(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.RIGHT_SHIFT, this, b, null);
    }

    /** {@code np.right_shift(a, b, out=out)} */
    public NDArray rightShift(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.RIGHT_SHIFT, this, b, out);
    }

    /** In place. {@code a >>= b} */
    public NDArray rightShifti(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.RIGHT_SHIFT, this, b, this);
    }

    /** With a weak integer scalar. {@code a >> 2} */
    public NDArray rightShift(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.RIGHT_SHIFT, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /** Bitwise not of integers; logical not of bools. {@code np.invert(a)} / {@code ~a} */
    public NDArray invert() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.INVERT, 0, this, null);
    }

    /**
     * Limits values to {@code [lo, hi]} as {@code np.minimum(np.maximum(a, lo), hi)}: NaN stays NaN.
     * {@code np.clip(a, lo, hi)}
     */
    public NDArray clip(double lo, double hi) {
        // maximum/minimum give their second operand on a tie, as NumPy's do; with the bound first,
        // a tie keeps the element, as np.clip with scalar bounds does (clip(-0.0, 0.0, 1.5) is -0.0;
        // with array bounds NumPy gives the bound, 0.0, and so does clip(NDArray, NDArray))
        NDArray low = org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, org.ndvec.ops.Scalars.of(this, lo), this, null);
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, org.ndvec.ops.Scalars.of(low, hi), low, low);
    }

    /** {@code np.clip(a, lo, hi)} with array bounds (broadcast). */
    public NDArray clip(NDArray lo, NDArray hi) {
        Objects.requireNonNull(lo, "lo");
        Objects.requireNonNull(hi, "hi");
        NDArray low = org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, lo, null);
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, low, hi, null);
    }

    /** Elementwise -a, wrapping for integers. {@code np.negative(a)} */
    public NDArray neg() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.NEG, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.negative(a)} */
    public NDArray neg(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.NEG, 0, this, out);
    }

    /** Elementwise absolute value, integers keep their dtype (and wrap at the minimum). {@code np.abs(a)} */
    public NDArray abs() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.ABS, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.abs(a)} */
    public NDArray abs(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.ABS, 0, this, out);
    }

    /** Elementwise -1, 0 or 1 (NaN stays NaN). {@code np.sign(a)} */
    public NDArray sign() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SIGN, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.sign(a)} */
    public NDArray sign(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SIGN, 0, this, out);
    }

    /** Elementwise a * a, integers keep their dtype. {@code np.square(a)} */
    public NDArray square() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SQUARE, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.square(a)} */
    public NDArray square(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SQUARE, 0, this, out);
    }

    /** Elementwise 1 / a in the array's dtype (integer: 0 for |a| > 1). {@code np.reciprocal(a)} */
    public NDArray reciprocal() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.RECIPROCAL, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.reciprocal(a)} */
    public NDArray reciprocal(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.RECIPROCAL, 0, this, out);
    }

    /** Elementwise square root; integers give float64. {@code np.sqrt(a)} */
    public NDArray sqrt() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SQRT, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.sqrt(a)} */
    public NDArray sqrt(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SQRT, 0, this, out);
    }

    /** Elementwise e^a; integers give float64. {@code np.exp(a)} */
    public NDArray exp() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.EXP, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.exp(a)} */
    public NDArray exp(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.EXP, 0, this, out);
    }

    /** Elementwise e^a - 1, accurate near 0. {@code np.expm1(a)} */
    public NDArray expm1() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.EXPM1, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.expm1(a)} */
    public NDArray expm1(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.EXPM1, 0, this, out);
    }

    /** Elementwise natural logarithm. {@code np.log(a)} */
    public NDArray log() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.LOG, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.log(a)} */
    public NDArray log(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.LOG, 0, this, out);
    }

    /** Elementwise log(1 + a), accurate near 0. {@code np.log1p(a)} */
    public NDArray log1p() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.LOG1P, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.log1p(a)} */
    public NDArray log1p(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.LOG1P, 0, this, out);
    }

    /** Elementwise base-2 logarithm, exact at powers of two. {@code np.log2(a)} */
    public NDArray log2() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.LOG2, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.log2(a)} */
    public NDArray log2(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.LOG2, 0, this, out);
    }

    /** Elementwise base-10 logarithm. {@code np.log10(a)} */
    public NDArray log10() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.LOG10, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.log10(a)} */
    public NDArray log10(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.LOG10, 0, this, out);
    }

    /** Elementwise sine. {@code np.sin(a)} */
    public NDArray sin() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SIN, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.sin(a)} */
    public NDArray sin(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SIN, 0, this, out);
    }

    /** Elementwise cosine. {@code np.cos(a)} */
    public NDArray cos() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.COS, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.cos(a)} */
    public NDArray cos(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.COS, 0, this, out);
    }

    /** Elementwise tangent. {@code np.tan(a)} */
    public NDArray tan() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.TAN, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.tan(a)} */
    public NDArray tan(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.TAN, 0, this, out);
    }

    /** Elementwise round down; integers keep their dtype (NumPy 2). {@code np.floor(a)} */
    public NDArray floor() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.FLOOR, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.floor(a)} */
    public NDArray floor(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.FLOOR, 0, this, out);
    }

    /** Elementwise round up; integers keep their dtype. {@code np.ceil(a)} */
    public NDArray ceil() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.CEIL, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.ceil(a)} */
    public NDArray ceil(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.CEIL, 0, this, out);
    }

    /** Elementwise round to nearest, ties to even. {@code np.rint(a)} */
    public NDArray rint() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.RINT, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.rint(a)} */
    public NDArray rint(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.RINT, 0, this, out);
    }

    /** Elementwise hyperbolic tangent. {@code np.tanh(a)} */
    public NDArray tanh() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.TANH, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.tanh(a)} */
    public NDArray tanh(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.TANH, 0, this, out);
    }

    /**
     * Elementwise ReLU, max(a, 0); NaN stays NaN. Integer arrays keep their dtype and bool
     * gives int64, as {@code np.maximum(a, 0)} does. {@code np.maximum(a, 0)}
     */
    public NDArray relu() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.RELU, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.maximum(a, 0)} */
    public NDArray relu(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.RELU, 0, this, out);
    }

    /** Elementwise the logistic function. {@code 1 / (1 + np.exp(-a))} */
    public NDArray sigmoid() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SIGMOID, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code 1 / (1 + np.exp(-a))} */
    public NDArray sigmoid(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SIGMOID, 0, this, out);
    }

    /** Elementwise GELU with the exact normal CDF. {@code a * 0.5 * (1 + scipy.special.erf(a / np.sqrt(2)))} */
    public NDArray gelu() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.GELU, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code a * 0.5 * (1 + scipy.special.erf(a / np.sqrt(2)))} */
    public NDArray gelu(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.GELU, 0, this, out);
    }

    /** Elementwise GELU, tanh approximation. {@code 0.5 * a * (1 + np.tanh(np.sqrt(2 / np.pi) * (a + 0.044715 * a**3)))} */
    public NDArray geluTanh() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.GELU_TANH, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code 0.5 * a * (1 + np.tanh(np.sqrt(2 / np.pi) * (a + 0.044715 * a**3)))} */
    public NDArray geluTanh(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.GELU_TANH, 0, this, out);
    }

    /** Elementwise softplus, log(1 + e^a) without overflow. {@code np.logaddexp(0, a)} */
    public NDArray softplus() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SOFTPLUS, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code np.logaddexp(0, a)} */
    public NDArray softplus(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SOFTPLUS, 0, this, out);
    }

    /** Elementwise SiLU (swish), a * sigmoid(a). {@code a / (1 + np.exp(-a))} */
    public NDArray silu() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SILU, 0, this, null);
    }

    /** Into {@code out} (same_kind cast). {@code out=out} form of {@code a / (1 + np.exp(-a))} */
    public NDArray silu(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SILU, 0, this, out);
    }

    /** Rounds to {@code decimals} places, half to even, in the array's precision. {@code np.round(a, decimals)} */
    public NDArray round(int decimals) {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.ROUND, decimals, this, null);
    }

    /** {@code a > 0 ? a : alpha * a}. {@code np.where(a > 0, a, alpha * a)} */
    public NDArray leakyRelu(double alpha) {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.LEAKY_RELU, alpha, this, null);
    }

    /** {@code a > 0 ? a : alpha * (e^a - 1)}. {@code np.where(a > 0, a, alpha * np.expm1(a))} */
    public NDArray elu(double alpha) {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.ELU, alpha, this, null);
    }

    /** Bool mask of NaNs. {@code np.isnan(a)} */
    public NDArray isnan() {
        return org.ndvec.ops.Elementwise.predicate(org.ndvec.kernels.Predicate.ISNAN, this, null);
    }

    /** Bool mask of infinities. {@code np.isinf(a)} */
    public NDArray isinf() {
        return org.ndvec.ops.Elementwise.predicate(org.ndvec.kernels.Predicate.ISINF, this, null);
    }

    /** Bool mask of finite values. {@code np.isfinite(a)} */
    public NDArray isfinite() {
        return org.ndvec.ops.Elementwise.predicate(org.ndvec.kernels.Predicate.ISFINITE, this, null);
    }

    // end of elementwise

    // ------------------------------------------------------------------ reductions
    // (issue 4: reductions, statistics, softmax, in org.ndvec.ops)
    //
    // Axis forms of every reduction: no argument = every axis (a 0-d result); one int = that
    // axis; (int[] axes, boolean keepdims) = several axes, null for all. var/std add ddof.

    /**
     * The axes of a reduction given one int axis. NumPy's ufunc reductions (and the nan-statistics
     * built on them) let an int axis 0 or -1 stand for the one "axis" of a 0-d array:
     * {@code np.sum(np.array(3.), axis=0)} is 3.0, while a tuple {@code axis=(0,)}, and mean, var
     * and std, refuse it. null means every axis.
     */
    // (nanmean of an integer or bool array is np.mean, which refuses it: only float arrays take it)
    private int[] intAxis(int axis) {
        return shape.length == 0 && (axis == 0 || axis == -1) ? null : new int[] {axis};
    }

    /**
     * This array as the 1-d array NumPy's argmax, argmin, cumsum, cumprod and argsort see when
     * given a 0-d one and an axis ({@code np.cumsum(np.array(3.), axis=0)} is {@code [3.]}).
     */
    private NDArray oneDimIfScalar() {
        return shape.length == 0 ? reshape(1) : this;
    }

    /** Sum; int and bool sums are int64, floats keep their type; 0 over nothing. Over every axis, a 0-d result. {@code np.sum(a)} */
    public NDArray sum() {
        return org.ndvec.ops.Reductions.sum(this, null, false);
    }

    /** Sum along one axis (negative counts from the end). {@code np.sum(a, axis=axis)} */
    public NDArray sum(int axis) {
        return org.ndvec.ops.Reductions.sum(this, intAxis(axis), false);
    }

    /**
     * Sum over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.sum(a, axis=(0, 2), keepdims=True)}
     */
    public NDArray sum(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.sum(this, axes, keepdims);
    }

    /** Product; int and bool products are int64; 1 over nothing. Over every axis, a 0-d result. {@code np.prod(a)} */
    public NDArray prod() {
        return org.ndvec.ops.Reductions.prod(this, null, false);
    }

    /** Prod along one axis (negative counts from the end). {@code np.prod(a, axis=axis)} */
    public NDArray prod(int axis) {
        return org.ndvec.ops.Reductions.prod(this, intAxis(axis), false);
    }

    /**
     * Prod over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.prod(a, axis=(0, 2), keepdims=True)}
     */
    public NDArray prod(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.prod(this, axes, keepdims);
    }

    /** Arithmetic mean; float64 for int input, float32 stays float32; NaN over nothing. Over every axis, a 0-d result. {@code np.mean(a)} */
    public NDArray mean() {
        return org.ndvec.ops.Statistics.mean(this, null, false);
    }

    /** Mean along one axis (negative counts from the end). {@code np.mean(a, axis=axis)} */
    public NDArray mean(int axis) {
        return org.ndvec.ops.Statistics.mean(this, new int[] {axis}, false);
    }

    /**
     * Mean over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.mean(a, axis=(0, 2), keepdims=True)}
     */
    public NDArray mean(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Statistics.mean(this, axes, keepdims);
    }

    /** Largest element; NaN propagates; throws {@code zero-size array to reduction operation maximum which has no identity} over nothing. Over every axis, a 0-d result. {@code np.max(a)} */
    public NDArray max() {
        return org.ndvec.ops.Reductions.max(this, null, false);
    }

    /** Max along one axis (negative counts from the end). {@code np.max(a, axis=axis)} */
    public NDArray max(int axis) {
        return org.ndvec.ops.Reductions.max(this, intAxis(axis), false);
    }

    /**
     * Max over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.max(a, axis=(0, 2), keepdims=True)}
     */
    public NDArray max(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.max(this, axes, keepdims);
    }

    /** Smallest element; NaN propagates; throws over nothing as {@link #max()} does. Over every axis, a 0-d result. {@code np.min(a)} */
    public NDArray min() {
        return org.ndvec.ops.Reductions.min(this, null, false);
    }

    /** Min along one axis (negative counts from the end). {@code np.min(a, axis=axis)} */
    public NDArray min(int axis) {
        return org.ndvec.ops.Reductions.min(this, intAxis(axis), false);
    }

    /**
     * Min over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.min(a, axis=(0, 2), keepdims=True)}
     */
    public NDArray min(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.min(this, axes, keepdims);
    }

    /** Range {@code max - min} in the input dtype (not for bool). Over every axis, a 0-d result. {@code np.ptp(a)} */
    public NDArray ptp() {
        return org.ndvec.ops.Reductions.ptp(this, null, false);
    }

    /** Ptp along one axis (negative counts from the end). {@code np.ptp(a, axis=axis)} */
    public NDArray ptp(int axis) {
        return org.ndvec.ops.Reductions.ptp(this, intAxis(axis), false);
    }

    /**
     * Ptp over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.ptp(a, axis=(0, 2), keepdims=True)}
     */
    public NDArray ptp(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.ptp(this, axes, keepdims);
    }

    /** Whether every element is non-zero (bool); true over nothing. Over every axis, a 0-d result. {@code np.all(a)} */
    public NDArray all() {
        return org.ndvec.ops.Reductions.all(this, null, false);
    }

    /** All along one axis (negative counts from the end). {@code np.all(a, axis=axis)} */
    public NDArray all(int axis) {
        return org.ndvec.ops.Reductions.all(this, intAxis(axis), false);
    }

    /**
     * All over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.all(a, axis=(0, 2), keepdims=True)}
     */
    public NDArray all(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.all(this, axes, keepdims);
    }

    /** Whether some element is non-zero (bool); false over nothing. Over every axis, a 0-d result. {@code np.any(a)} */
    public NDArray any() {
        return org.ndvec.ops.Reductions.any(this, null, false);
    }

    /** Any along one axis (negative counts from the end). {@code np.any(a, axis=axis)} */
    public NDArray any(int axis) {
        return org.ndvec.ops.Reductions.any(this, intAxis(axis), false);
    }

    /**
     * Any over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.any(a, axis=(0, 2), keepdims=True)}
     */
    public NDArray any(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.any(this, axes, keepdims);
    }

    /** Number of non-zero elements (int64); NaN counts as non-zero. Over every axis, a 0-d result. {@code np.count_nonzero(a)} */
    public NDArray countNonzero() {
        return org.ndvec.ops.Reductions.countNonzero(this, null, false);
    }

    /** CountNonzero along one axis (negative counts from the end). {@code np.count_nonzero(a, axis=axis)} */
    public NDArray countNonzero(int axis) {
        return org.ndvec.ops.Reductions.countNonzero(this, intAxis(axis), false);
    }

    /**
     * CountNonzero over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.count_nonzero(a, axis=(0, 2), keepdims=True)}
     */
    public NDArray countNonzero(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.countNonzero(this, axes, keepdims);
    }

    /** Sum treating NaN as zero. Over every axis, a 0-d result. {@code np.nansum(a)} */
    public NDArray nansum() {
        return org.ndvec.ops.Reductions.nansum(this, null, false);
    }

    /** Nansum along one axis (negative counts from the end). {@code np.nansum(a, axis=axis)} */
    public NDArray nansum(int axis) {
        return org.ndvec.ops.Reductions.nansum(this, intAxis(axis), false);
    }

    /**
     * Nansum over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.nansum(a, axis=(0, 2), keepdims=True)}
     */
    public NDArray nansum(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.nansum(this, axes, keepdims);
    }

    /** Mean of the non-NaN elements; NaN when there are none. Over every axis, a 0-d result. {@code np.nanmean(a)} */
    public NDArray nanmean() {
        return org.ndvec.ops.Statistics.nanmean(this, null, false);
    }

    /** Nanmean along one axis (negative counts from the end). {@code np.nanmean(a, axis=axis)} */
    public NDArray nanmean(int axis) {
        return org.ndvec.ops.Statistics.nanmean(this, dtype.isFloating() ? intAxis(axis) : new int[] {axis}, false);
    }

    /**
     * Nanmean over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.nanmean(a, axis=(0, 2), keepdims=True)}
     */
    public NDArray nanmean(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Statistics.nanmean(this, axes, keepdims);
    }

    /** Largest element ignoring NaN; NaN for an all-NaN slice. Over every axis, a 0-d result. {@code np.nanmax(a)} */
    public NDArray nanmax() {
        return org.ndvec.ops.Reductions.nanmax(this, null, false);
    }

    /** Nanmax along one axis (negative counts from the end). {@code np.nanmax(a, axis=axis)} */
    public NDArray nanmax(int axis) {
        return org.ndvec.ops.Reductions.nanmax(this, intAxis(axis), false);
    }

    /**
     * Nanmax over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.nanmax(a, axis=(0, 2), keepdims=True)}
     */
    public NDArray nanmax(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.nanmax(this, axes, keepdims);
    }

    /** Smallest element ignoring NaN; NaN for an all-NaN slice. Over every axis, a 0-d result. {@code np.nanmin(a)} */
    public NDArray nanmin() {
        return org.ndvec.ops.Reductions.nanmin(this, null, false);
    }

    /** Nanmin along one axis (negative counts from the end). {@code np.nanmin(a, axis=axis)} */
    public NDArray nanmin(int axis) {
        return org.ndvec.ops.Reductions.nanmin(this, intAxis(axis), false);
    }

    /**
     * Nanmin over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.nanmin(a, axis=(0, 2), keepdims=True)}
     */
    public NDArray nanmin(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.nanmin(this, axes, keepdims);
    }

    /** Variance {@code mean((x - mean(x))^2)} with ddof 0, over every axis; float64 for int input. {@code np.var(a)} */
    public NDArray var() {
        return org.ndvec.ops.Statistics.var(this, null, false, 0);
    }

    /** Variance {@code mean((x - mean(x))^2)} with ddof 0 along one axis. {@code np.var(a, axis=axis)} */
    public NDArray var(int axis) {
        return org.ndvec.ops.Statistics.var(this, new int[] {axis}, false, 0);
    }

    /** Variance {@code mean((x - mean(x))^2)} along one axis, dividing by {@code n - ddof}. {@code np.var(a, axis=axis, ddof=ddof)} */
    public NDArray var(int axis, int ddof) {
        return org.ndvec.ops.Statistics.var(this, new int[] {axis}, false, ddof);
    }

    /**
     * Variance {@code mean((x - mean(x))^2)} over several axes ({@code null}: all), dividing by {@code max(n - ddof, 0)}.
     * {@code np.var(a, axis=axes, ddof=ddof, keepdims=keepdims)}
     */
    public NDArray var(int[] axes, boolean keepdims, int ddof) {
        return org.ndvec.ops.Statistics.var(this, axes, keepdims, ddof);
    }

    /** Standard deviation, the square root of the variance with ddof 0, over every axis; float64 for int input. {@code np.std(a)} */
    public NDArray std() {
        return org.ndvec.ops.Statistics.std(this, null, false, 0);
    }

    /** Standard deviation, the square root of the variance with ddof 0 along one axis. {@code np.std(a, axis=axis)} */
    public NDArray std(int axis) {
        return org.ndvec.ops.Statistics.std(this, new int[] {axis}, false, 0);
    }

    /** Standard deviation, the square root of the variance along one axis, dividing by {@code n - ddof}. {@code np.std(a, axis=axis, ddof=ddof)} */
    public NDArray std(int axis, int ddof) {
        return org.ndvec.ops.Statistics.std(this, new int[] {axis}, false, ddof);
    }

    /**
     * Standard deviation, the square root of the variance over several axes ({@code null}: all), dividing by {@code max(n - ddof, 0)}.
     * {@code np.std(a, axis=axes, ddof=ddof, keepdims=keepdims)}
     */
    public NDArray std(int[] axes, boolean keepdims, int ddof) {
        return org.ndvec.ops.Statistics.std(this, axes, keepdims, ddof);
    }

    /**
     * Flat (C-order) index of the first largest element, or of the first NaN; a 0-d int64 array.
     * {@code np.argmax(a)}
     *
     * @throws IllegalArgumentException {@code attempt to get argmax of an empty sequence}
     */
    public NDArray argmax() {
        return org.ndvec.ops.ArgReductions.argmax(this, null, false);
    }

    /** Index of the first largest element (or first NaN) along an axis, int64. {@code np.argmax(a, axis=axis)} */
    public NDArray argmax(int axis) {
        return argmax(axis, false);
    }

    /** As {@link #argmax(int)}, keeping the axis with length 1. {@code np.argmax(a, axis=axis, keepdims=keepdims)} */
    public NDArray argmax(int axis, boolean keepdims) {
        if (shape.length == 0) {
            // NumPy reads a 0-d array as 1-d here, and gives a 0-d index even with keepdims
            return org.ndvec.ops.ArgReductions.argmax(reshape(1), axis, false);
        }
        return org.ndvec.ops.ArgReductions.argmax(this, axis, keepdims);
    }

    /**
     * Flat (C-order) index of the first smallest element, or of the first NaN; a 0-d int64 array.
     * {@code np.argmin(a)}
     *
     * @throws IllegalArgumentException {@code attempt to get argmin of an empty sequence}
     */
    public NDArray argmin() {
        return org.ndvec.ops.ArgReductions.argmin(this, null, false);
    }

    /** Index of the first smallest element (or first NaN) along an axis, int64. {@code np.argmin(a, axis=axis)} */
    public NDArray argmin(int axis) {
        return argmin(axis, false);
    }

    /** As {@link #argmin(int)}, keeping the axis with length 1. {@code np.argmin(a, axis=axis, keepdims=keepdims)} */
    public NDArray argmin(int axis, boolean keepdims) {
        if (shape.length == 0) {
            // NumPy reads a 0-d array as 1-d here, and gives a 0-d index even with keepdims
            return org.ndvec.ops.ArgReductions.argmin(reshape(1), axis, false);
        }
        return org.ndvec.ops.ArgReductions.argmin(this, axis, keepdims);
    }

    /** Running sums of the flattened array (1-d); int and bool give int64. {@code np.cumsum(a)} */
    public NDArray cumsum() {
        return org.ndvec.ops.Cumulative.cumsum(this, null);
    }

    /** Running sums along an axis, same shape; int and bool give int64. {@code np.cumsum(a, axis=axis)} */
    public NDArray cumsum(int axis) {
        return org.ndvec.ops.Cumulative.cumsum(oneDimIfScalar(), axis);
    }

    /** Running products of the flattened array (1-d); int and bool give int64. {@code np.cumprod(a)} */
    public NDArray cumprod() {
        return org.ndvec.ops.Cumulative.cumprod(this, null);
    }

    /** Running products along an axis, same shape; int and bool give int64. {@code np.cumprod(a, axis=axis)} */
    public NDArray cumprod(int axis) {
        return org.ndvec.ops.Cumulative.cumprod(oneDimIfScalar(), axis);
    }

    // end of reductions

    // ------------------------------------------------------------------ linear algebra
    // (issue 5: matmul and friends, in org.ndvec.linalg)

    /**
     * Matrix product with NumPy's rules: 1-d operands are promoted to a row (left) or column
     * (right) and the added dim removed; N-d operands are stacks of matrices whose batch dims
     * broadcast. int32@int32 stays int32, int with float gives float64, bool@bool is the
     * logical or of ands. Floats use the packed, multithreaded GEMM. {@code a @ b}, {@code np.matmul(a, b)}
     *
     * @throws IllegalArgumentException {@code matmul: Input operand 1 has a mismatch in its core dimension 0, ...}
     */
    public NDArray matmul(NDArray other) {
        Objects.requireNonNull(other, "other");
        return org.ndvec.linalg.Products.matmul(this, other);
    }

    // end of linear algebra

    // ------------------------------------------------------------------ advanced indexing
    // (issue 6: fancy/boolean indexing, assignment, joining, ordering, in org.ndvec.indexing)

    /**
     * {@code a[index]} with an integer index array (a copy, shape of {@code index} + the other
     * axes) or a boolean mask (a copy of the selected elements). {@code a[idx]}, {@code a[a > 0]}
     */
    public NDArray get(NDArray index) {
        Objects.requireNonNull(index, "index");
        return AdvancedIndexer.get(this, Index.of(index));
    }

    /**
     * {@code a[index] = value}: value broadcast to the indexed shape and cast to this dtype.
     * Writes through views to the base; on any error nothing is written.
     *
     * @throws IllegalArgumentException {@code shape mismatch: value array of shape (3,) could not be
     *     broadcast to indexing result of shape (2,)}
     */
    public NDArray set(Index[] index, NDArray value) {
        Args.elements(index, "index");
        Objects.requireNonNull(value, "value");
        AdvancedIndexer.set(this, index, value);
        return this;
    }

    /** {@code a[index] = value} with a scalar. */
    public NDArray set(Index[] index, double value) {
        Args.elements(index, "index");
        AdvancedIndexer.set(this, index, () -> Assignment.scalar(value, dtype));
        return this;
    }

    /** {@code a["1:, [0, 2]"] = value}: NumPy index source, value broadcast. */
    public NDArray set(String index, NDArray value) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(value, "value");
        return set(Index.parse(index), value);
    }

    /** {@code a["0"] = value} with a scalar. */
    public NDArray set(String index, double value) {
        Objects.requireNonNull(index, "index");
        return set(Index.parse(index), value);
    }

    /** {@code a[mask] = value} or {@code a[intArray] = value}. */
    public NDArray set(NDArray index, NDArray value) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(value, "value");
        return set(new Index[] {Index.of(index)}, value);
    }

    /** {@code a[mask] = value} with a scalar, e.g. {@code a.set(a.lt(0), 0)}. */
    public NDArray set(NDArray index, double value) {
        Objects.requireNonNull(index, "index");
        return set(new Index[] {Index.of(index)}, value);
    }

    /** Elements at flat positions (of the C-order flattened array). {@code a.take(indices)} */
    public NDArray take(NDArray indices) {
        Objects.requireNonNull(indices, "indices");
        return Take.take(this, indices);
    }

    /**
     * Elements along one axis. {@code np.take(a, indices, axis)}
     *
     * @throws IndexOutOfBoundsException {@code index 7 is out of bounds for axis 0 with size 5}
     */
    public NDArray take(NDArray indices, int axis) {
        Objects.requireNonNull(indices, "indices");
        return Take.take(this, indices, axis);
    }

    /** Writes {@code values} (repeated as needed) at flat positions. {@code np.put(a, indices, values)} */
    public NDArray put(NDArray indices, NDArray values) {
        Objects.requireNonNull(indices, "indices");
        Objects.requireNonNull(values, "values");
        Take.put(this, indices, values);
        return this;
    }

    /** A sorted copy along {@code axis}, NaN last. {@code np.sort(a, axis)} */
    public NDArray sort(int axis) {
        return Sorting.sort(this, axis, false);
    }

    /** {@code np.argsort(a, axis, kind='stable')} */
    public NDArray argsort(int axis) {
        return Sorting.argsort(this, axis, true);
    }

    /** A view with the given axes (all when none) reversed. {@code np.flip(a, axis)} */
    public NDArray flip(int... axes) {
        Objects.requireNonNull(axes, "axes");
        return Rearranging.flip(this, axes);
    }

    // end of advanced indexing

    // ------------------------------------------------------------------ strings
    // (issue 8: NumPy's fixed-width unicode dtype <U, in org.ndvec.strings)

    /**
     * One element of a string array. {@code str(a[i, j])}
     *
     * @throws IllegalArgumentException if this is not a string array
     */
    public String getString(int... idx) {
        Objects.requireNonNull(idx, "idx");
        return ((String[]) StringOps.requireString(this, "getString").data)[flatOffset(idx)];
    }

    /**
     * Stores one element as text.
     *
     * @deprecated value first, indices last; use {@link #setItem(int[], String)}
     *     ({@code a.setItem(new int[] {0}, "Bob")}).
     */
    @Deprecated
    public NDArray setString(String value, int... idx) {
        Objects.requireNonNull(idx, "idx");
        flatOffset(idx);
        return setItem(idx, value);
    }

    /** All elements of a string array in C order (a new array). {@code a.ravel().tolist()} */
    public String[] toStringArray() {
        return (String[]) StringOps.requireString(this, "toStringArray").copy().data;
    }

    /** Element-wise {@code a == value} for a string array, a BOOL array; {@code null} equals nothing ({@code a == None}). {@code a == 'Bob'} */
    public NDArray eq(String value) {
        return StringOps.equal(this, value, true);
    }

    /** Element-wise {@code a != value} for a string array, a BOOL array. {@code a != 'Bob'} */
    public NDArray ne(String value) {
        return StringOps.equal(this, value, false);
    }

    // end of strings

    // ------------------------------------------------------------------ printing

    /** Exactly NumPy's {@code str(a)}, i.e. what {@code print(a)} shows. */
    @Override
    public String toString() {
        return ArrayFormatter.str(this);
    }

    /** Exactly NumPy's {@code repr(a)}, e.g. {@code array([1., 2.])}. */
    public String repr() {
        return ArrayFormatter.repr(this);
    }

    // ------------------------------------------------------------------ internals bridge

    private static final class Access implements ArrayAccess {
        @Override
        public Object data(NDArray a) {
            return a.data;
        }

        @Override
        public int offset(NDArray a) {
            return a.offset;
        }

        @Override
        public int[] shape(NDArray a) {
            return a.shape;
        }

        @Override
        public int[] strides(NDArray a) {
            return a.strides;
        }

        @Override
        public NDArray view(NDArray of, int[] shape, int[] strides, int offset) {
            return of.view(shape, strides, offset, true);
        }

        @Override
        public NDArray readOnlyView(NDArray of, int[] shape, int[] strides, int offset) {
            return of.view(shape, strides, offset, false);
        }

        @Override
        public NDArray wrap(Object data, DType dtype, int[] shape) {
            if (data instanceof String[] strs) {
                // generic code (fancy indexing, joining) may wrap storage before filling it
                normalize(strs, Integer.MAX_VALUE);
                return owner(data, dtype, shape, 0);
            }
            return owner(data, dtype, shape);
        }

        @Override
        public NDArray wrapLike(NDArray like, Object data, int[] shape) {
            return owner(data, like.dtype, shape, like.width);
        }

        @Override
        public NDArray wrapString(String[] data, int width, int[] shape) {
            if (width < 1) {
                throw new IllegalArgumentException("a string width must be at least 1, got " + width);
            }
            normalize(data, width);
            return owner(data, DType.STRING, shape, width);
        }

        @Override
        public int stringWidth(NDArray a) {
            return a.width();
        }
    }
}
