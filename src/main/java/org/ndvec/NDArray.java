package org.ndvec;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
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
 * <p>Serialization: an array is {@link Serializable} (so a Spark closure or broadcast can carry
 * it) through a compact, versioned serial form: dtype, shape, read-only flag and the elements
 * in C order as raw bits, {@link #nbytes()} plus a header under a hundred bytes and 0.5% of stream framing. A view
 * serializes as its contents and is read back as a C-contiguous array that owns them (it no
 * longer shares memory with anything); a read-only array, such as a broadcast view, is read back
 * read-only. {@code pickle.loads(pickle.dumps(a))}
 */
public final class NDArray implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    /** No field is written: {@link #writeReplace} hands the stream an {@link NDArraySerialForm}. */
    @Serial
    private static final java.io.ObjectStreamField[] serialPersistentFields = {};

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

    /** An array read back from its serial form: a C-contiguous owner, read-only if it was. */
    static NDArray restore(Object data, DType dtype, int[] shape, int width, boolean writeable) {
        int[] s = shape.clone();
        return new NDArray(data, dtype, s, Shapes.cStrides(s), 0, null, writeable, width);
    }

    /**
     * Java serialization writes {@link NDArraySerialForm} in place of this array.
     *
     * @return the serial form that is written instead: this array's shape, dtype, flags and elements in C order
     */
    @Serial
    private Object writeReplace() {
        boolean ownsExactly = base == null && offset == 0 && Buffers.length(data) == size && isContiguous();
        return NDArraySerialForm.of(this, ownsExactly ? data : copy().data);
    }

    /**
     * Refuses a stream that claims to hold an NDArray itself: only its serial form is ever written.
     *
     * @param in the stream being read
     * @throws java.io.InvalidObjectException always: a stream never holds an NDArray's fields directly
     */
    @Serial
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("an NDArray is read through its serial form (NDArraySerialForm)");
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
     * @param data the elements in C order, used in place: writes to either side show in the other
     * @param shape the dims (their product must be {@code data.length}); none for a 1-d array
     * @return a writeable float32 array that owns {@code data}
     * @throws IllegalArgumentException if the shape's size differs from {@code data.length}
     */
    public static NDArray wrap(float[] data, int... shape) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(shape, "shape");
        return owner(data, DType.FLOAT32, shape.length == 0 ? new int[] {data.length} : shape);
    }

    /**
     * Wraps a double array without copying; see {@link #wrap(float[], int...)}.
     *
     * @param data the elements in C order, used in place: writes to either side show in the other
     * @param shape the dims (their product must be {@code data.length}); none for a 1-d array
     * @return a writeable float64 array that owns {@code data}
     */
    public static NDArray wrap(double[] data, int... shape) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(shape, "shape");
        return owner(data, DType.FLOAT64, shape.length == 0 ? new int[] {data.length} : shape);
    }

    /**
     * Wraps an int array without copying (dtype INT32); see {@link #wrap(float[], int...)}.
     *
     * @param data the elements in C order, used in place: writes to either side show in the other
     * @param shape the dims (their product must be {@code data.length}); none for a 1-d array
     * @return a writeable int32 array that owns {@code data}
     */
    public static NDArray wrap(int[] data, int... shape) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(shape, "shape");
        return owner(data, DType.INT32, shape.length == 0 ? new int[] {data.length} : shape);
    }

    /**
     * Wraps a long array without copying (dtype INT64); see {@link #wrap(float[], int...)}.
     *
     * @param data the elements in C order, used in place: writes to either side show in the other
     * @param shape the dims (their product must be {@code data.length}); none for a 1-d array
     * @return a writeable int64 array that owns {@code data}
     */
    public static NDArray wrap(long[] data, int... shape) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(shape, "shape");
        return owner(data, DType.INT64, shape.length == 0 ? new int[] {data.length} : shape);
    }

    // ------------------------------------------------------------------ properties

    /**
     * The dims. {@code a.shape} (a copy: changing it does not change the array).
     *
     * @return the length of each axis, outermost first; {@code []} for a 0-d array
     */
    public int[] shape() {
        return shape.clone();
    }

    /**
     * Length of one axis (negative counts from the end). {@code a.shape[axis]}
     *
     * @param axis the axis; negative counts from the end
     * @return that axis's length
     */
    public int shape(int axis) {
        return shape[Shapes.normalizeAxis(axis, shape.length)];
    }

    /**
     * Number of dims. {@code a.ndim}
     *
     * @return the number of axes, 0 for a 0-d array
     */
    public int ndim() {
        return shape.length;
    }

    /**
     * Number of elements. {@code a.size}
     *
     * @return the number of elements: the product of the shape (1 for a 0-d array)
     */
    public int size() {
        return size;
    }

    /**
     * Element type. {@code a.dtype}
     *
     * @return the element type
     */
    public DType dtype() {
        return dtype;
    }

    /**
     * NumPy's name of this array's dtype, {@code str(a.dtype)}: {@code "float64"}, {@code "bool"},
     * or {@code "<U7"} for strings of width 7.
     *
     * @return the dtype as NumPy prints it
     */
    public String dtypeDescr() {
        return dtype == DType.STRING ? "<U" + width() : dtype.toString();
    }

    /**
     * Bytes per element ({@code 4 * width} for strings, UTF-32 as NumPy stores them). {@code a.itemsize}
     *
     * @return the size of one element in bytes
     */
    public int itemsize() {
        return dtype == DType.STRING ? 4 * width() : dtype.itemsize();
    }

    /** The string width: fixed, or for arrays wrapped before being filled, the longest stored element. */
    private int width() {
        return width > 0 || dtype != DType.STRING ? width : Strings.widthOf((String[]) data);
    }

    /**
     * Bytes the elements take (not counting sharing). {@code a.nbytes}
     *
     * @return {@code size() * itemsize()}
     */
    public long nbytes() {
        return (long) size * itemsize();
    }

    /**
     * Strides in bytes, as NumPy reports them. {@code a.strides}
     *
     * @return the bytes between neighbours along each axis (0 along broadcast axes, negative along reversed ones)
     */
    public long[] strides() {
        long[] out = new long[strides.length];
        for (int i = 0; i < strides.length; i++) {
            out[i] = (long) strides[i] * itemsize();
        }
        return out;
    }

    /**
     * Strides in elements (NumPy's {@code a.strides} divided by {@code a.itemsize}).
     *
     * @return the elements between neighbours along each axis, as {@link #strides()} in elements
     */
    public int[] elementStrides() {
        return strides.clone();
    }

    /**
     * Element offset of {@code [0, ..., 0]} in the storage.
     *
     * @return the storage index of the first element, in elements
     */
    public int offset() {
        return offset;
    }

    /**
     * The array that owns this view's storage, or {@code null} for an owner. {@code a.base}
     *
     * @return the owner of the storage this view reads, or {@code null} when this array owns it
     */
    public NDArray base() {
        return base;
    }

    /**
     * C-contiguous (row-major, no gaps). {@code a.flags['C_CONTIGUOUS']}
     *
     * @return whether the elements lie in C order without gaps
     */
    public boolean isContiguous() {
        return Shapes.isCContiguous(shape, strides);
    }

    /**
     * Fortran-contiguous (column-major, no gaps). {@code a.flags['F_CONTIGUOUS']}
     *
     * @return whether the elements lie in Fortran order without gaps
     */
    public boolean isFortranContiguous() {
        return Shapes.isFContiguous(shape, strides);
    }

    /**
     * False for read-only arrays such as broadcast views. {@code a.flags.writeable}
     *
     * @return whether elements may be written through this array
     */
    public boolean isWriteable() {
        return writeable;
    }

    /**
     * Whether this array and {@code other} have an element in common. {@code np.shares_memory(a, b)}
     *
     * @param other the array to compare storage with
     * @return true when some element of this array is also an element of {@code other}
     */
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

    /**
     * One element as double; negative indices count from the end. {@code float(a[i, j])}
     *
     * @param idx one index per axis; negative counts from the end
     * @return the element, converted to double
     */
    public double getDouble(int... idx) {
        Objects.requireNonNull(idx, "idx");
        return Buffers.getDouble(data, flatOffset(idx));
    }

    /**
     * One element as float. {@code np.float32(a[i, j])}
     *
     * @param idx one index per axis; negative counts from the end
     * @return the element, rounded once to float
     */
    public float getFloat(int... idx) {
        Objects.requireNonNull(idx, "idx");
        int off = flatOffset(idx);
        // int64 -> float32 must round once, not via double
        return data instanceof long[] l ? (float) l[off] : (float) Buffers.getDouble(data, off);
    }

    /**
     * One element as long; floats truncate toward zero. {@code int(a[i, j])}
     *
     * @param idx one index per axis; negative counts from the end
     * @return the element, converted to long
     */
    public long getLong(int... idx) {
        Objects.requireNonNull(idx, "idx");
        return Buffers.getLong(data, flatOffset(idx));
    }

    /**
     * One element as int; int64 keeps its low 32 bits, floats truncate. {@code np.int32(a[i, j])}
     *
     * @param idx one index per axis; negative counts from the end
     * @return the element, converted to int
     */
    public int getInt(int... idx) {
        Objects.requireNonNull(idx, "idx");
        int off = flatOffset(idx);
        return data instanceof long[] || data instanceof int[] || data instanceof byte[]
                ? (int) Buffers.getLong(data, off) : Buffers.doubleToInt(Buffers.getDouble(data, off));
    }

    /**
     * One element as a truth value ({@code x != 0}). {@code bool(a[i, j])}
     *
     * @param idx one index per axis; negative counts from the end
     * @return whether the element is nonzero (non-empty for strings)
     */
    public boolean getBoolean(int... idx) {
        Objects.requireNonNull(idx, "idx");
        return Buffers.getBoolean(data, flatOffset(idx));
    }

    // ------------------------------------------------------------------ a[i, j] = value
    // setItem takes the indices first and the value last, as a[i, j] = value reads. With as many
    // indices as dims it stores one element; with fewer it fills the subarray they select, as
    // NumPy does (a[0] = 0 on a matrix zeroes row 0). The value-first set(value, int...) it
    // replaces read backwards: x.set(0, 5) stored 0 at index 5, and refused a[0] = 0 on a matrix.

    /**
     * {@code a[i] = value}: an element of a 1-d array, or the subarray {@code a[i]}.
     *
     * @param i the index along axis 0; negative counts from the end
     * @param value the value to store, cast to this array's dtype
     * @return this array, so that stores can be chained
     */
    public NDArray setItem(int i, double value) {
        return setItem(new int[] {i}, value);
    }

    /**
     * {@code a[i] = value} with an integer value (exact for int64).
     *
     * @param i the index along axis 0; negative counts from the end
     * @param value the integer to store, cast to this array's dtype
     * @return this array, so that stores can be chained
     */
    public NDArray setItem(int i, long value) {
        return setItem(new int[] {i}, value);
    }

    /**
     * {@code a[i, j] = value}.
     *
     * @param i the index along axis 0; negative counts from the end
     * @param j the index along axis 1; negative counts from the end
     * @param value the value to store, cast to this array's dtype
     * @return this array, so that stores can be chained
     */
    public NDArray setItem(int i, int j, double value) {
        return setItem(new int[] {i, j}, value);
    }

    /**
     * {@code a[i, j] = value} with an integer value.
     *
     * @param i the index along axis 0; negative counts from the end
     * @param j the index along axis 1; negative counts from the end
     * @param value the integer to store, cast to this array's dtype
     * @return this array, so that stores can be chained
     */
    public NDArray setItem(int i, int j, long value) {
        return setItem(new int[] {i, j}, value);
    }

    /**
     * {@code a[i, j, k] = value}.
     *
     * @param i the index along axis 0; negative counts from the end
     * @param j the index along axis 1; negative counts from the end
     * @param k the index along axis 2; negative counts from the end
     * @param value the value to store, cast to this array's dtype
     * @return this array, so that stores can be chained
     */
    public NDArray setItem(int i, int j, int k, double value) {
        return setItem(new int[] {i, j, k}, value);
    }

    /**
     * {@code a[i, j, k] = value} with an integer value.
     *
     * @param i the index along axis 0; negative counts from the end
     * @param j the index along axis 1; negative counts from the end
     * @param k the index along axis 2; negative counts from the end
     * @param value the integer to store, cast to this array's dtype
     * @return this array, so that stores can be chained
     */
    public NDArray setItem(int i, int j, int k, long value) {
        return setItem(new int[] {i, j, k}, value);
    }

    /**
     * {@code a[index] = value}: negative indices count from the end; with fewer indices than
     * dims the selected subarray is filled. The value is cast to this array's dtype as NumPy
     * does (truncation toward zero into integers; a string array stores its text).
     *
     * @param index one index per axis, or fewer (a subarray); negative counts from the end
     * @param value the value to store
     * @return this array
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
     * With fewer indices than dims the selected subarray is filled.
     *
     * @param index one index per axis, or fewer (a subarray); negative counts from the end
     * @param value the value to store
     * @return this array
     * @throws IllegalArgumentException {@code Python integer 3000000000 out of bounds for int32}
     * @throws IndexOutOfBoundsException {@code index 5 is out of bounds for axis 0 with size 3}
     * @throws IllegalStateException on a read-only array
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

    /**
     * {@code a[index] = True}: 1 or 0 in numeric arrays, {@code 'True'}/{@code 'False'} in string ones.
     *
     * @param index one index per axis, or fewer (a subarray); negative counts from the end
     * @param value the truth value to store
     * @return this array
     * @throws IllegalStateException on a read-only array
     */
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
     * @param index one index per axis, or fewer (a subarray); negative counts from the end
     * @param value the text to store; {@code null} stores the empty string
     * @return this array
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
     * @param value the value to store
     * @param idx exactly one index per axis; negative counts from the end
     * @return this array
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
     * @param value the integer to store
     * @param idx exactly one index per axis; negative counts from the end
     * @return this array
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
     * @param value the truth value to store (1 or 0 in a numeric array)
     * @param idx exactly one index per axis; negative counts from the end
     * @return this array
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
     * @return the element, boxed by dtype
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

    /**
     * The single element of a size-1 array as a double. {@code float(a)}
     *
     * @return the element, converted to double
     */
    public double itemDouble() {
        requireOneElement();
        return Buffers.getDouble(data, offset);
    }

    /**
     * The single element of a size-1 array as a long. {@code int(a)}
     *
     * @return the element, converted to long (floats truncate toward zero)
     */
    public long itemLong() {
        requireOneElement();
        return Buffers.getLong(data, offset);
    }

    // ------------------------------------------------------------------ export

    /**
     * All elements in C order as doubles (a new array). {@code a.astype(np.float64).ravel()}
     *
     * @return a new array of {@code size()} doubles
     */
    public double[] toDoubleArray() {
        return (double[]) astype(DType.FLOAT64).data;
    }

    /**
     * All elements in C order as floats (a new array). {@code a.astype(np.float32).ravel()}
     *
     * @return a new array of {@code size()} floats
     */
    public float[] toFloatArray() {
        return (float[]) astype(DType.FLOAT32).data;
    }

    /**
     * All elements in C order as longs (a new array; floats truncate). {@code a.astype(np.int64).ravel()}
     *
     * @return a new array of {@code size()} longs
     */
    public long[] toLongArray() {
        return (long[]) astype(DType.INT64).data;
    }

    /**
     * All elements in C order as ints (a new array). {@code a.astype(np.int32).ravel()}
     *
     * @return a new array of {@code size()} ints
     */
    public int[] toIntArray() {
        return (int[]) astype(DType.INT32).data;
    }

    /**
     * All elements in C order as truth values. {@code a.astype(bool).ravel()}
     *
     * @return a new array of {@code size()} booleans, true where an element is nonzero
     */
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

    /**
     * Rows of a 2-d array as {@code double[rows][cols]}. {@code a.tolist()}
     *
     * @return a new {@code double[shape(0)][shape(1)]}
     */
    public double[][] toDoubleArray2D() {
        require2d("toDoubleArray2D");
        double[] flat = toDoubleArray();
        double[][] out = new double[shape[0]][];
        for (int r = 0; r < shape[0]; r++) {
            out[r] = Arrays.copyOfRange(flat, r * shape[1], (r + 1) * shape[1]);
        }
        return out;
    }

    /**
     * Rows of a 2-d array as {@code float[rows][cols]}. {@code a.astype(np.float32).tolist()}
     *
     * @return a new {@code float[shape(0)][shape(1)]}
     */
    public float[][] toFloatArray2D() {
        require2d("toFloatArray2D");
        float[] flat = toFloatArray();
        float[][] out = new float[shape[0]][];
        for (int r = 0; r < shape[0]; r++) {
            out[r] = Arrays.copyOfRange(flat, r * shape[1], (r + 1) * shape[1]);
        }
        return out;
    }

    /**
     * Rows of a 2-d array as {@code long[rows][cols]}. {@code a.astype(np.int64).tolist()}
     *
     * @return a new {@code long[shape(0)][shape(1)]}
     */
    public long[][] toLongArray2D() {
        require2d("toLongArray2D");
        long[] flat = toLongArray();
        long[][] out = new long[shape[0]][];
        for (int r = 0; r < shape[0]; r++) {
            out[r] = Arrays.copyOfRange(flat, r * shape[1], (r + 1) * shape[1]);
        }
        return out;
    }

    /**
     * Rows of a 2-d array as {@code int[rows][cols]}. {@code a.astype(np.int32).tolist()}
     *
     * @return a new {@code int[shape(0)][shape(1)]}
     */
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
     * @param index one piece per position of NumPy's index tuple: {@link Index#at}, {@link Index#slice},
     *     {@link Index#newAxis()}, {@link Index#ellipsis()}, {@link Index#all()}, {@link Index#of(NDArray)}
     * @return a view for basic indexing, a new array when an index array takes part
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
     *
     * @param index the index as NumPy source: integers, slices, {@code None}, {@code ...}, integer lists
     * @return a view for basic indexing, a new array when an integer list takes part
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
     * @param newShape the new dims, whose product is {@code size()}; one of them may be {@code -1} (inferred)
     * @return a view of the same elements when the strides allow it, else a C-order copy
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

    /**
     * A 1-d view when contiguous, otherwise a 1-d copy. {@code a.ravel()}
     *
     * @return this array's elements as 1-d: a view when contiguous, else a new array
     */
    public NDArray ravel() {
        return reshape(size);
    }

    /**
     * A 1-d copy, always. {@code a.flatten()}
     *
     * @return a new 1-d array of the elements in C order
     */
    public NDArray flatten() {
        NDArray c = copy();
        return c.view(new int[] {size}, new int[] {1}, 0, true);
    }

    /**
     * Reverses the axes; a view. {@code a.T}
     *
     * @return a view with the axes in reverse order
     */
    public NDArray T() {
        return transpose();
    }

    /**
     * Reverses the axes; a view. {@code a.transpose()}
     *
     * @return a view with the axes in reverse order
     */
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
     * @param axes a permutation of {@code 0 .. ndim()-1} (negative counts from the end): result axis
     *     {@code i} is this array's axis {@code axes[i]}
     * @return a view with the permuted axes
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

    /**
     * Exchanges two axes; a view. {@code np.swapaxes(a, axis1, axis2)}
     *
     * @param axis1 the first axis; negative counts from the end
     * @param axis2 the second axis; negative counts from the end
     * @return a view with the two axes exchanged
     */
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

    /**
     * Moves one axis to a new position; a view. {@code np.moveaxis(a, source, destination)}
     *
     * @param source the axis to move; negative counts from the end
     * @param destination its position in the result; negative counts from the end
     * @return a view with that axis moved and the others in their order
     */
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
     *
     * @param axes positions in the result (of {@code ndim() + axes.length} axes) where new length-1 axes
     *     stand; negative counts from the end
     * @return a view with the added axes
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

    /**
     * Removes every axis of length 1; a view. {@code np.squeeze(a)}
     *
     * @return a view without the length-1 axes
     */
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
     * @param axes the axes to remove; negative counts from the end
     * @return a view without those axes
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
     *
     * @param targetShape the shape to broadcast to, by NumPy's rules (missing leading axes added, length-1
     *     axes stretched)
     * @return a read-only view of that shape
     */
    public NDArray broadcastTo(int... targetShape) {
        Objects.requireNonNull(targetShape, "targetShape");
        int[] target = Shapes.checkedCopy(targetShape);
        int[] st = Broadcast.stridesFor(shape, strides, target);
        return view(target, st, offset, false);
    }

    /**
     * A C-contiguous copy that owns its data. {@code a.copy()}
     *
     * @return a new C-contiguous, writeable array with the same elements
     */
    public NDArray copy() {
        return Cast.copy(this, dtype);
    }

    /**
     * A C-contiguous, writeable copy, always newly allocated (unlike NumPy's
     * {@code np.ascontiguousarray}, which may return its input: the name tells the cost).
     *
     * @return a new C-contiguous, writeable array with the same elements
     */
    public NDArray contiguous() {
        return copy();
    }

    /**
     * A copy converted to {@code newType} with NumPy's casting: float to integer truncates
     * toward zero (NaN and out-of-range values give the integer minimum, as on x86-64),
     * int64 to int32 keeps the low 32 bits, anything to bool is {@code x != 0}.
     * {@code a.astype(dtype)}
     *
     * @param newType the dtype of the copy
     * @return a new C-contiguous array of that dtype
     */
    public NDArray astype(DType newType) {
        Objects.requireNonNull(newType, "newType");
        return Cast.copy(this, newType);
    }

    /**
     * Sets every element to {@code value}, cast to this dtype. {@code a.fill(value)}
     *
     * @param value the value every element takes
     * @return this array
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

    /**
     * Elementwise a + b. {@code np.add(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new array of the broadcast shape and the promoted dtype
     */
    public NDArray add(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.ADD, this, b, null);
    }

    /**
     * {@code np.add(a, b, out=out)}; returns {@code out}.
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the result: writeable, of exactly the broadcast shape, of a dtype the result casts to
     *     (same_kind); it may overlap the operands
     * @return {@code out}
     */
    public NDArray add(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.ADD, this, b, out);
    }

    /**
     * In place: {@code np.add(a, b, out=a)}; returns this array.
     *
     * @param b the right operand, broadcast to this array's shape
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray addi(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.ADD, this, b, this);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.add(a, 2.0)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return a new array of this array's shape
     */
    public NDArray add(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.ADD, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.add(a, 2.0, out=a)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray addi(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.ADD, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray add(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.ADD, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.add(a, 2)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return a new array of this array's shape
     */
    public NDArray add(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.ADD, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.add(a, 2, out=a)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray addi(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.ADD, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray add(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.ADD, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * Elementwise a - b. {@code np.subtract(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new array of the broadcast shape and the promoted dtype
     */
    public NDArray sub(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.SUB, this, b, null);
    }

    /**
     * {@code np.subtract(a, b, out=out)}; returns {@code out}.
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the result: writeable, of exactly the broadcast shape, of a dtype the result casts to
     *     (same_kind); it may overlap the operands
     * @return {@code out}
     */
    public NDArray sub(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.SUB, this, b, out);
    }

    /**
     * In place: {@code np.subtract(a, b, out=a)}; returns this array.
     *
     * @param b the right operand, broadcast to this array's shape
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray subi(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.SUB, this, b, this);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.subtract(a, 2.0)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return a new array of this array's shape
     */
    public NDArray sub(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.SUB, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.subtract(a, 2.0, out=a)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray subi(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.SUB, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray sub(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.SUB, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.subtract(a, 2)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return a new array of this array's shape
     */
    public NDArray sub(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.SUB, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.subtract(a, 2, out=a)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray subi(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.SUB, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray sub(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.SUB, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * Elementwise a * b. {@code np.multiply(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new array of the broadcast shape and the promoted dtype
     */
    public NDArray mul(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MUL, this, b, null);
    }

    /**
     * {@code np.multiply(a, b, out=out)}; returns {@code out}.
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the result: writeable, of exactly the broadcast shape, of a dtype the result casts to
     *     (same_kind); it may overlap the operands
     * @return {@code out}
     */
    public NDArray mul(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MUL, this, b, out);
    }

    /**
     * In place: {@code np.multiply(a, b, out=a)}; returns this array.
     *
     * @param b the right operand, broadcast to this array's shape
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray muli(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MUL, this, b, this);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.multiply(a, 2.0)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return a new array of this array's shape
     */
    public NDArray mul(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MUL, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.multiply(a, 2.0, out=a)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray muli(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MUL, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray mul(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MUL, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.multiply(a, 2)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return a new array of this array's shape
     */
    public NDArray mul(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MUL, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.multiply(a, 2, out=a)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray muli(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MUL, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray mul(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MUL, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * Elementwise a / b; integers divide into float64. {@code np.true_divide(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new array of the broadcast shape and the promoted dtype (float64 for integer operands)
     */
    public NDArray div(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.DIV, this, b, null);
    }

    /**
     * {@code np.true_divide(a, b, out=out)}; returns {@code out}.
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the result: writeable, of exactly the broadcast shape, of a dtype the result casts to
     *     (same_kind); it may overlap the operands
     * @return {@code out}
     */
    public NDArray div(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.DIV, this, b, out);
    }

    /**
     * In place: {@code np.true_divide(a, b, out=a)}; returns this array.
     *
     * @param b the right operand, broadcast to this array's shape
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray divi(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.DIV, this, b, this);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.true_divide(a, 2.0)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return a new array of this array's shape
     */
    public NDArray div(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.DIV, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.true_divide(a, 2.0, out=a)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray divi(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.DIV, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray div(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.DIV, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.true_divide(a, 2)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return a new array of this array's shape
     */
    public NDArray div(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.DIV, this, org.ndvec.ops.Scalars.exact(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.true_divide(a, 2, out=a)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray divi(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.DIV, this, org.ndvec.ops.Scalars.exact(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray div(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.DIV, this, org.ndvec.ops.Scalars.exact(this, b), out);
    }

    /**
     * Elementwise a // b, Python's rounding; integer division by zero gives 0. {@code np.floor_divide(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new array of the broadcast shape and the promoted dtype
     */
    public NDArray floorDivide(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FLOOR_DIVIDE, this, b, null);
    }

    /**
     * {@code np.floor_divide(a, b, out=out)}; returns {@code out}.
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the result: writeable, of exactly the broadcast shape, of a dtype the result casts to
     *     (same_kind); it may overlap the operands
     * @return {@code out}
     */
    public NDArray floorDivide(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FLOOR_DIVIDE, this, b, out);
    }

    /**
     * In place: {@code np.floor_divide(a, b, out=a)}; returns this array.
     *
     * @param b the right operand, broadcast to this array's shape
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray floorDividei(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FLOOR_DIVIDE, this, b, this);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.floor_divide(a, 2.0)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return a new array of this array's shape
     */
    public NDArray floorDivide(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FLOOR_DIVIDE, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.floor_divide(a, 2.0, out=a)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray floorDividei(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FLOOR_DIVIDE, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray floorDivide(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FLOOR_DIVIDE, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.floor_divide(a, 2)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return a new array of this array's shape
     */
    public NDArray floorDivide(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FLOOR_DIVIDE, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.floor_divide(a, 2, out=a)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray floorDividei(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FLOOR_DIVIDE, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray floorDivide(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FLOOR_DIVIDE, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * Elementwise a % b, sign of the divisor; integer modulo by zero gives 0. {@code np.remainder(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new array of the broadcast shape and the promoted dtype
     */
    public NDArray mod(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MOD, this, b, null);
    }

    /**
     * {@code np.remainder(a, b, out=out)}; returns {@code out}.
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the result: writeable, of exactly the broadcast shape, of a dtype the result casts to
     *     (same_kind); it may overlap the operands
     * @return {@code out}
     */
    public NDArray mod(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MOD, this, b, out);
    }

    /**
     * In place: {@code np.remainder(a, b, out=a)}; returns this array.
     *
     * @param b the right operand, broadcast to this array's shape
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray modi(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MOD, this, b, this);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.remainder(a, 2.0)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return a new array of this array's shape
     */
    public NDArray mod(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MOD, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.remainder(a, 2.0, out=a)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray modi(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MOD, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray mod(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MOD, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.remainder(a, 2)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return a new array of this array's shape
     */
    public NDArray mod(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MOD, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.remainder(a, 2, out=a)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray modi(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MOD, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray mod(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MOD, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * Elementwise a ** b; negative integer exponents are an error. {@code np.power(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new array of the broadcast shape and the promoted dtype
     */
    public NDArray pow(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.POW, this, b, null);
    }

    /**
     * {@code np.power(a, b, out=out)}; returns {@code out}.
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the result: writeable, of exactly the broadcast shape, of a dtype the result casts to
     *     (same_kind); it may overlap the operands
     * @return {@code out}
     */
    public NDArray pow(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.POW, this, b, out);
    }

    /**
     * In place: {@code np.power(a, b, out=a)}; returns this array.
     *
     * @param b the right operand, broadcast to this array's shape
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray powi(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.POW, this, b, this);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.power(a, 2.0)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return a new array of this array's shape
     */
    public NDArray pow(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.POW, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.power(a, 2.0, out=a)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray powi(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.POW, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray pow(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.POW, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.power(a, 2)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return a new array of this array's shape
     */
    public NDArray pow(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.POW, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.power(a, 2, out=a)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray powi(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.POW, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray pow(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.POW, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * Elementwise NaN propagates. {@code np.maximum(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new array of the broadcast shape and the promoted dtype
     */
    public NDArray maximum(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, b, null);
    }

    /**
     * {@code np.maximum(a, b, out=out)}; returns {@code out}.
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the result: writeable, of exactly the broadcast shape, of a dtype the result casts to
     *     (same_kind); it may overlap the operands
     * @return {@code out}
     */
    public NDArray maximum(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, b, out);
    }

    /**
     * In place: {@code np.maximum(a, b, out=a)}; returns this array.
     *
     * @param b the right operand, broadcast to this array's shape
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray maximumi(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, b, this);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.maximum(a, 2.0)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return a new array of this array's shape
     */
    public NDArray maximum(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.maximum(a, 2.0, out=a)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray maximumi(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray maximum(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.maximum(a, 2)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return a new array of this array's shape
     */
    public NDArray maximum(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.maximum(a, 2, out=a)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray maximumi(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray maximum(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * Elementwise NaN propagates. {@code np.minimum(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new array of the broadcast shape and the promoted dtype
     */
    public NDArray minimum(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, this, b, null);
    }

    /**
     * {@code np.minimum(a, b, out=out)}; returns {@code out}.
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the result: writeable, of exactly the broadcast shape, of a dtype the result casts to
     *     (same_kind); it may overlap the operands
     * @return {@code out}
     */
    public NDArray minimum(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, this, b, out);
    }

    /**
     * In place: {@code np.minimum(a, b, out=a)}; returns this array.
     *
     * @param b the right operand, broadcast to this array's shape
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray minimumi(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, this, b, this);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.minimum(a, 2.0)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return a new array of this array's shape
     */
    public NDArray minimum(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.minimum(a, 2.0, out=a)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray minimumi(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray minimum(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.minimum(a, 2)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return a new array of this array's shape
     */
    public NDArray minimum(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.minimum(a, 2, out=a)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray minimumi(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray minimum(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * Elementwise a NaN operand is ignored. {@code np.fmax(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new array of the broadcast shape and the promoted dtype
     */
    public NDArray fmax(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMAX, this, b, null);
    }

    /**
     * {@code np.fmax(a, b, out=out)}; returns {@code out}.
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the result: writeable, of exactly the broadcast shape, of a dtype the result casts to
     *     (same_kind); it may overlap the operands
     * @return {@code out}
     */
    public NDArray fmax(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMAX, this, b, out);
    }

    /**
     * In place: {@code np.fmax(a, b, out=a)}; returns this array.
     *
     * @param b the right operand, broadcast to this array's shape
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray fmaxi(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMAX, this, b, this);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.fmax(a, 2.0)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return a new array of this array's shape
     */
    public NDArray fmax(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMAX, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.fmax(a, 2.0, out=a)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray fmaxi(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMAX, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray fmax(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMAX, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.fmax(a, 2)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return a new array of this array's shape
     */
    public NDArray fmax(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMAX, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.fmax(a, 2, out=a)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray fmaxi(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMAX, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray fmax(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMAX, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * Elementwise a NaN operand is ignored. {@code np.fmin(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new array of the broadcast shape and the promoted dtype
     */
    public NDArray fmin(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMIN, this, b, null);
    }

    /**
     * {@code np.fmin(a, b, out=out)}; returns {@code out}.
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the result: writeable, of exactly the broadcast shape, of a dtype the result casts to
     *     (same_kind); it may overlap the operands
     * @return {@code out}
     */
    public NDArray fmin(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMIN, this, b, out);
    }

    /**
     * In place: {@code np.fmin(a, b, out=a)}; returns this array.
     *
     * @param b the right operand, broadcast to this array's shape
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray fmini(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMIN, this, b, this);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.fmin(a, 2.0)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return a new array of this array's shape
     */
    public NDArray fmin(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMIN, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.fmin(a, 2.0, out=a)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray fmini(double b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMIN, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b a float scalar, weak in promotion (NEP 50): rounded to float32 next to a float32 array; next to an
     *     integer or bool array the operation runs in float64
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray fmin(double b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMIN, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * With a weak scalar (NEP 50). {@code np.fmin(a, 2)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return a new array of this array's shape
     */
    public NDArray fmin(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMIN, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * In place with a weak scalar. {@code np.fmin(a, 2, out=a)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray fmini(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMIN, this, org.ndvec.ops.Scalars.of(this, b), this);
    }

    /**
     * With a weak scalar into {@code out}; returns {@code out}.
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray fmin(long b, NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.FMIN, this, org.ndvec.ops.Scalars.of(this, b), out);
    }

    /**
     * Elementwise {@code a == b} as a bool array. {@code np.equal(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new bool array of the broadcast shape
     */
    public NDArray eq(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.EQ, this, b, null);
    }

    /**
     * {@code np.equal(a, b, out=out)}
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the bool result cast to its dtype: writeable, of exactly the broadcast shape
     * @return {@code out}
     */
    public NDArray eq(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.EQ, this, b, out);
    }

    /**
     * With a weak scalar. {@code np.equal(a, 2.0)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): compared in this array's float dtype, or in float64 next
     *     to integers and bools
     * @return a new bool array of the this array's shape
     */
    public NDArray eq(double b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.EQ, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * With a weak scalar. {@code np.equal(a, 2)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): compared in this array's dtype
     * @return a new bool array of the this array's shape
     */
    public NDArray eq(long b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.EQ, this, org.ndvec.ops.Scalars.exact(this, b), null);
    }

    /**
     * Elementwise {@code a != b} as a bool array. {@code np.not_equal(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new bool array of the broadcast shape
     */
    public NDArray ne(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.NE, this, b, null);
    }

    /**
     * {@code np.not_equal(a, b, out=out)}
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the bool result cast to its dtype: writeable, of exactly the broadcast shape
     * @return {@code out}
     */
    public NDArray ne(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.NE, this, b, out);
    }

    /**
     * With a weak scalar. {@code np.not_equal(a, 2.0)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): compared in this array's float dtype, or in float64 next
     *     to integers and bools
     * @return a new bool array of the this array's shape
     */
    public NDArray ne(double b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.NE, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * With a weak scalar. {@code np.not_equal(a, 2)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): compared in this array's dtype
     * @return a new bool array of the this array's shape
     */
    public NDArray ne(long b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.NE, this, org.ndvec.ops.Scalars.exact(this, b), null);
    }

    /**
     * Elementwise {@code a < b} as a bool array. {@code np.less(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new bool array of the broadcast shape
     */
    public NDArray lt(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.LT, this, b, null);
    }

    /**
     * {@code np.less(a, b, out=out)}
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the bool result cast to its dtype: writeable, of exactly the broadcast shape
     * @return {@code out}
     */
    public NDArray lt(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.LT, this, b, out);
    }

    /**
     * With a weak scalar. {@code np.less(a, 2.0)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): compared in this array's float dtype, or in float64 next
     *     to integers and bools
     * @return a new bool array of the this array's shape
     */
    public NDArray lt(double b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.LT, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * With a weak scalar. {@code np.less(a, 2)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): compared in this array's dtype
     * @return a new bool array of the this array's shape
     */
    public NDArray lt(long b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.LT, this, org.ndvec.ops.Scalars.exact(this, b), null);
    }

    /**
     * Elementwise {@code a <= b} as a bool array. {@code np.less_equal(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new bool array of the broadcast shape
     */
    public NDArray le(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.LE, this, b, null);
    }

    /**
     * {@code np.less_equal(a, b, out=out)}
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the bool result cast to its dtype: writeable, of exactly the broadcast shape
     * @return {@code out}
     */
    public NDArray le(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.LE, this, b, out);
    }

    /**
     * With a weak scalar. {@code np.less_equal(a, 2.0)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): compared in this array's float dtype, or in float64 next
     *     to integers and bools
     * @return a new bool array of the this array's shape
     */
    public NDArray le(double b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.LE, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * With a weak scalar. {@code np.less_equal(a, 2)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): compared in this array's dtype
     * @return a new bool array of the this array's shape
     */
    public NDArray le(long b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.LE, this, org.ndvec.ops.Scalars.exact(this, b), null);
    }

    /**
     * Elementwise {@code a > b} as a bool array. {@code np.greater(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new bool array of the broadcast shape
     */
    public NDArray gt(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.GT, this, b, null);
    }

    /**
     * {@code np.greater(a, b, out=out)}
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the bool result cast to its dtype: writeable, of exactly the broadcast shape
     * @return {@code out}
     */
    public NDArray gt(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.GT, this, b, out);
    }

    /**
     * With a weak scalar. {@code np.greater(a, 2.0)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): compared in this array's float dtype, or in float64 next
     *     to integers and bools
     * @return a new bool array of the this array's shape
     */
    public NDArray gt(double b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.GT, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * With a weak scalar. {@code np.greater(a, 2)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): compared in this array's dtype
     * @return a new bool array of the this array's shape
     */
    public NDArray gt(long b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.GT, this, org.ndvec.ops.Scalars.exact(this, b), null);
    }

    /**
     * Elementwise {@code a >= b} as a bool array. {@code np.greater_equal(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new bool array of the broadcast shape
     */
    public NDArray ge(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.GE, this, b, null);
    }

    /**
     * {@code np.greater_equal(a, b, out=out)}
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the bool result cast to its dtype: writeable, of exactly the broadcast shape
     * @return {@code out}
     */
    public NDArray ge(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.GE, this, b, out);
    }

    /**
     * With a weak scalar. {@code np.greater_equal(a, 2.0)}
     *
     * @param b a float scalar, weak in promotion (NEP 50): compared in this array's float dtype, or in float64 next
     *     to integers and bools
     * @return a new bool array of the this array's shape
     */
    public NDArray ge(double b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.GE, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * With a weak scalar. {@code np.greater_equal(a, 2)}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): compared in this array's dtype
     * @return a new bool array of the this array's shape
     */
    public NDArray ge(long b) {
        return org.ndvec.ops.Elementwise.compare(org.ndvec.kernels.CompareOp.GE, this, org.ndvec.ops.Scalars.exact(this, b), null);
    }

    /**
     * Truth values combined ({@code x != 0}, NaN is true), bool result. {@code np.logical_and(a, b)}
     *
     * @param b the right operand (nonzero is true), broadcast against this array
     * @return a new bool array of the broadcast shape
     */
    public NDArray logicalAnd(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.logical(org.ndvec.kernels.BinaryOp.BITWISE_AND, this, b, null);
    }

    /**
     * {@code np.logical_and(a, b, out=out)}
     *
     * @param b the right operand (nonzero is true), broadcast against this array
     * @param out receives the bool result cast to its dtype: writeable, of exactly the broadcast shape
     * @return {@code out}
     */
    public NDArray logicalAnd(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.logical(org.ndvec.kernels.BinaryOp.BITWISE_AND, this, b, out);
    }

    /**
     * Truth values combined ({@code x != 0}, NaN is true), bool result. {@code np.logical_or(a, b)}
     *
     * @param b the right operand (nonzero is true), broadcast against this array
     * @return a new bool array of the broadcast shape
     */
    public NDArray logicalOr(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.logical(org.ndvec.kernels.BinaryOp.BITWISE_OR, this, b, null);
    }

    /**
     * {@code np.logical_or(a, b, out=out)}
     *
     * @param b the right operand (nonzero is true), broadcast against this array
     * @param out receives the bool result cast to its dtype: writeable, of exactly the broadcast shape
     * @return {@code out}
     */
    public NDArray logicalOr(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.logical(org.ndvec.kernels.BinaryOp.BITWISE_OR, this, b, out);
    }

    /**
     * Truth values combined ({@code x != 0}, NaN is true), bool result. {@code np.logical_xor(a, b)}
     *
     * @param b the right operand (nonzero is true), broadcast against this array
     * @return a new bool array of the broadcast shape
     */
    public NDArray logicalXor(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.logical(org.ndvec.kernels.BinaryOp.BITWISE_XOR, this, b, null);
    }

    /**
     * {@code np.logical_xor(a, b, out=out)}
     *
     * @param b the right operand (nonzero is true), broadcast against this array
     * @param out receives the bool result cast to its dtype: writeable, of exactly the broadcast shape
     * @return {@code out}
     */
    public NDArray logicalXor(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.logical(org.ndvec.kernels.BinaryOp.BITWISE_XOR, this, b, out);
    }

    /**
     * Bool negation of the truth values. {@code np.logical_not(a)}
     *
     * @return a new bool array of this array's shape, true where an element is zero
     */
    public NDArray logicalNot() {
        return org.ndvec.ops.Elementwise.logicalNot(this, null);
    }

    /**
     * Bitwise {@code a & b} on integers and bools (floats are an error). {@code np.bitwise_and(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new array of the broadcast shape and the promoted dtype
     */
    public NDArray bitwiseAnd(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_AND, this, b, null);
    }

    /**
     * {@code np.bitwise_and(a, b, out=out)}
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the result: writeable, of exactly the broadcast shape, of a dtype the result casts to
     *     (same_kind); it may overlap the operands
     * @return {@code out}
     */
    public NDArray bitwiseAnd(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_AND, this, b, out);
    }

    /**
     * In place. {@code a &= b}
     *
     * @param b the right operand, broadcast to this array's shape
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray bitwiseAndi(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_AND, this, b, this);
    }

    /**
     * With a weak integer scalar. {@code a & 2}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return a new array of this array's shape
     */
    public NDArray bitwiseAnd(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_AND, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * Bitwise {@code a | b} on integers and bools (floats are an error). {@code np.bitwise_or(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new array of the broadcast shape and the promoted dtype
     */
    public NDArray bitwiseOr(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_OR, this, b, null);
    }

    /**
     * {@code np.bitwise_or(a, b, out=out)}
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the result: writeable, of exactly the broadcast shape, of a dtype the result casts to
     *     (same_kind); it may overlap the operands
     * @return {@code out}
     */
    public NDArray bitwiseOr(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_OR, this, b, out);
    }

    /**
     * In place. {@code a |= b}
     *
     * @param b the right operand, broadcast to this array's shape
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray bitwiseOri(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_OR, this, b, this);
    }

    /**
     * With a weak integer scalar. {@code a | 2}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return a new array of this array's shape
     */
    public NDArray bitwiseOr(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_OR, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * Bitwise {@code a ^ b} on integers and bools (floats are an error). {@code np.bitwise_xor(a, b)}
     *
     * @param b the right operand, broadcast against this array
     * @return a new array of the broadcast shape and the promoted dtype
     */
    public NDArray bitwiseXor(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_XOR, this, b, null);
    }

    /**
     * {@code np.bitwise_xor(a, b, out=out)}
     *
     * @param b the right operand, broadcast against this array
     * @param out receives the result: writeable, of exactly the broadcast shape, of a dtype the result casts to
     *     (same_kind); it may overlap the operands
     * @return {@code out}
     */
    public NDArray bitwiseXor(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_XOR, this, b, out);
    }

    /**
     * In place. {@code a ^= b}
     *
     * @param b the right operand, broadcast to this array's shape
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray bitwiseXori(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_XOR, this, b, this);
    }

    /**
     * With a weak integer scalar. {@code a ^ 2}
     *
     * @param b an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64 next to bool;
     *     outside int32's range next to int32 it is an error)
     * @return a new array of this array's shape
     */
    public NDArray bitwiseXor(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.BITWISE_XOR, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * {@code a << b} on integers and bools (bools compute in int64; floats are an error).
     * Counts outside {@code [0, bits)} give 0, as in NumPy (Java's shift would mask the count). {@code np.left_shift(a, b)}
     *
     * @param b the shift counts, broadcast against this array
     * @return a new array of the broadcast shape and the promoted dtype
     */
    public NDArray leftShift(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.LEFT_SHIFT, this, b, null);
    }

    /**
     * {@code np.left_shift(a, b, out=out)}
     *
     * @param b the shift counts, broadcast against this array
     * @param out receives the result: writeable, of exactly the broadcast shape, of a dtype the result casts to
     *     (same_kind); it may overlap the operands
     * @return {@code out}
     */
    public NDArray leftShift(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.LEFT_SHIFT, this, b, out);
    }

    /**
     * In place. {@code a <<= b}
     *
     * @param b the shift counts, broadcast to this array's shape
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray leftShifti(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.LEFT_SHIFT, this, b, this);
    }

    /**
     * With a weak integer scalar. {@code a << 2}
     *
     * @param b the shift count: an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64
     *     next to bool; outside int32's range next to int32 it is an error)
     * @return a new array of this array's shape
     */
    public NDArray leftShift(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.LEFT_SHIFT, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * {@code a >> b} on integers and bools (bools compute in int64; floats are an error).
     * Arithmetic shift; counts outside {@code [0, bits)} leave the sign (-1 or 0), as in NumPy. {@code np.right_shift(a, b)}
     *
     * @param b the shift counts, broadcast against this array
     * @return a new array of the broadcast shape and the promoted dtype
     */
    public NDArray rightShift(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.RIGHT_SHIFT, this, b, null);
    }

    /**
     * {@code np.right_shift(a, b, out=out)}
     *
     * @param b the shift counts, broadcast against this array
     * @param out receives the result: writeable, of exactly the broadcast shape, of a dtype the result casts to
     *     (same_kind); it may overlap the operands
     * @return {@code out}
     */
    public NDArray rightShift(NDArray b, NDArray out) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.RIGHT_SHIFT, this, b, out);
    }

    /**
     * In place. {@code a >>= b}
     *
     * @param b the shift counts, broadcast to this array's shape
     * @return this array, overwritten with the result cast to its dtype (same_kind)
     */
    public NDArray rightShifti(NDArray b) {
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.RIGHT_SHIFT, this, b, this);
    }

    /**
     * With a weak integer scalar. {@code a >> 2}
     *
     * @param b the shift count: an integer scalar, weak in promotion (NEP 50): it takes this array's dtype (int64
     *     next to bool; outside int32's range next to int32 it is an error)
     * @return a new array of this array's shape
     */
    public NDArray rightShift(long b) {
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.RIGHT_SHIFT, this, org.ndvec.ops.Scalars.of(this, b), null);
    }

    /**
     * Bitwise not of integers; logical not of bools. {@code np.invert(a)} / {@code ~a}
     *
     * @return a new array of this array's shape and dtype
     */
    public NDArray invert() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.INVERT, 0, this, null);
    }

    /**
     * Limits values to {@code [lo, hi]} as {@code np.minimum(np.maximum(a, lo), hi)}: NaN stays NaN.
     * {@code np.clip(a, lo, hi)}
     *
     * @param lo the lower bound
     * @param hi the upper bound
     * @return a new array of this array's shape: each element limited to {@code [lo, hi]}
     */
    public NDArray clip(double lo, double hi) {
        // maximum/minimum give their second operand on a tie, as NumPy's do; with the bound first,
        // a tie keeps the element, as np.clip with scalar bounds does (clip(-0.0, 0.0, 1.5) is -0.0;
        // with array bounds NumPy gives the bound, 0.0, and so does clip(NDArray, NDArray))
        if (dtype == DType.FLOAT32 || dtype == DType.FLOAT64) {
            // one fused pass instead of a maximum pass and an in-place minimum pass over the result;
            // the same operations in the same order (Expr.clip)
            return Expr.of(this).clip(lo, hi).eval();
        }
        NDArray low = org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, org.ndvec.ops.Scalars.of(this, lo), this, null);
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, org.ndvec.ops.Scalars.of(low, hi), low, low);
    }

    /**
     * {@code np.clip(a, lo, hi)} with array bounds (broadcast).
     *
     * @param lo the lower bounds, broadcast against this array
     * @param hi the upper bounds, broadcast against this array
     * @return a new array of the broadcast shape: each element limited to its bounds
     */
    public NDArray clip(NDArray lo, NDArray hi) {
        Objects.requireNonNull(lo, "lo");
        Objects.requireNonNull(hi, "hi");
        NDArray low = org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MAXIMUM, this, lo, null);
        return org.ndvec.ops.Elementwise.binary(org.ndvec.kernels.BinaryOp.MINIMUM, low, hi, null);
    }

    /**
     * Elementwise -a, wrapping for integers. {@code np.negative(a)}
     *
     * @return a new array of this array's shape and dtype
     */
    public NDArray neg() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.NEG, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.negative(a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray neg(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.NEG, 0, this, out);
    }

    /**
     * Elementwise absolute value, integers keep their dtype (and wrap at the minimum). {@code np.abs(a)}
     *
     * @return a new array of this array's shape and dtype
     */
    public NDArray abs() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.ABS, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.abs(a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray abs(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.ABS, 0, this, out);
    }

    /**
     * Elementwise -1, 0 or 1 (NaN stays NaN). {@code np.sign(a)}
     *
     * @return a new array of this array's shape and dtype
     */
    public NDArray sign() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SIGN, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.sign(a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray sign(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SIGN, 0, this, out);
    }

    /**
     * Elementwise a * a, integers keep their dtype. {@code np.square(a)}
     *
     * @return a new array of this array's shape and dtype
     */
    public NDArray square() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SQUARE, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.square(a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray square(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SQUARE, 0, this, out);
    }

    /**
     * Elementwise 1 / a in the array's dtype (integer: 0 for |a| > 1). {@code np.reciprocal(a)}
     *
     * @return a new array of this array's shape and dtype
     */
    public NDArray reciprocal() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.RECIPROCAL, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.reciprocal(a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray reciprocal(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.RECIPROCAL, 0, this, out);
    }

    /**
     * Elementwise square root; integers give float64. {@code np.sqrt(a)}
     *
     * @return a new array of this array's shape: float32 stays float32, other dtypes compute in float64
     */
    public NDArray sqrt() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SQRT, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.sqrt(a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray sqrt(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SQRT, 0, this, out);
    }

    /**
     * Elementwise e^a; integers give float64. {@code np.exp(a)}
     *
     * @return a new array of this array's shape: float32 stays float32, other dtypes compute in float64
     */
    public NDArray exp() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.EXP, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.exp(a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray exp(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.EXP, 0, this, out);
    }

    /**
     * Elementwise e^a - 1, accurate near 0. {@code np.expm1(a)}
     *
     * @return a new array of this array's shape: float32 stays float32, other dtypes compute in float64
     */
    public NDArray expm1() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.EXPM1, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.expm1(a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray expm1(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.EXPM1, 0, this, out);
    }

    /**
     * Elementwise natural logarithm. {@code np.log(a)}
     *
     * @return a new array of this array's shape: float32 stays float32, other dtypes compute in float64
     */
    public NDArray log() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.LOG, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.log(a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray log(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.LOG, 0, this, out);
    }

    /**
     * Elementwise log(1 + a), accurate near 0. {@code np.log1p(a)}
     *
     * @return a new array of this array's shape: float32 stays float32, other dtypes compute in float64
     */
    public NDArray log1p() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.LOG1P, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.log1p(a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray log1p(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.LOG1P, 0, this, out);
    }

    /**
     * Elementwise base-2 logarithm, exact at powers of two. {@code np.log2(a)}
     *
     * @return a new array of this array's shape: float32 stays float32, other dtypes compute in float64
     */
    public NDArray log2() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.LOG2, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.log2(a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray log2(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.LOG2, 0, this, out);
    }

    /**
     * Elementwise base-10 logarithm. {@code np.log10(a)}
     *
     * @return a new array of this array's shape: float32 stays float32, other dtypes compute in float64
     */
    public NDArray log10() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.LOG10, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.log10(a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray log10(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.LOG10, 0, this, out);
    }

    /**
     * Elementwise sine. {@code np.sin(a)}
     *
     * @return a new array of this array's shape: float32 stays float32, other dtypes compute in float64
     */
    public NDArray sin() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SIN, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.sin(a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray sin(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SIN, 0, this, out);
    }

    /**
     * Elementwise cosine. {@code np.cos(a)}
     *
     * @return a new array of this array's shape: float32 stays float32, other dtypes compute in float64
     */
    public NDArray cos() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.COS, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.cos(a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray cos(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.COS, 0, this, out);
    }

    /**
     * Elementwise tangent. {@code np.tan(a)}
     *
     * @return a new array of this array's shape: float32 stays float32, other dtypes compute in float64
     */
    public NDArray tan() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.TAN, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.tan(a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray tan(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.TAN, 0, this, out);
    }

    /**
     * Elementwise round down; integers keep their dtype (NumPy 2). {@code np.floor(a)}
     *
     * @return a new array of this array's shape and dtype
     */
    public NDArray floor() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.FLOOR, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.floor(a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray floor(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.FLOOR, 0, this, out);
    }

    /**
     * Elementwise round up; integers keep their dtype. {@code np.ceil(a)}
     *
     * @return a new array of this array's shape and dtype
     */
    public NDArray ceil() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.CEIL, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.ceil(a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray ceil(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.CEIL, 0, this, out);
    }

    /**
     * Elementwise round to nearest, ties to even. {@code np.rint(a)}
     *
     * @return a new array of this array's shape: float32 stays float32, other dtypes compute in float64
     */
    public NDArray rint() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.RINT, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.rint(a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray rint(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.RINT, 0, this, out);
    }

    /**
     * Elementwise hyperbolic tangent. {@code np.tanh(a)}
     *
     * @return a new array of this array's shape: float32 stays float32, other dtypes compute in float64
     */
    public NDArray tanh() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.TANH, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.tanh(a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray tanh(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.TANH, 0, this, out);
    }

    /**
     * Elementwise ReLU, max(a, 0); NaN stays NaN. Integer arrays keep their dtype and bool
     * gives int64, as {@code np.maximum(a, 0)} does. {@code np.maximum(a, 0)}
     *
     * @return a new array of this array's shape: floats and integers keep their dtype, bool gives int64
     */
    public NDArray relu() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.RELU, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.maximum(a, 0)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray relu(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.RELU, 0, this, out);
    }

    /**
     * Elementwise the logistic function. {@code 1 / (1 + np.exp(-a))}
     *
     * @return a new array of this array's shape: float32 stays float32, other dtypes compute in float64
     */
    public NDArray sigmoid() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SIGMOID, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code 1 / (1 + np.exp(-a))}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray sigmoid(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SIGMOID, 0, this, out);
    }

    /**
     * Elementwise GELU with the exact normal CDF. {@code a * 0.5 * (1 + scipy.special.erf(a / np.sqrt(2)))}
     *
     * @return a new array of this array's shape: float32 stays float32, other dtypes compute in float64
     */
    public NDArray gelu() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.GELU, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code a * 0.5 * (1 + scipy.special.erf(a / np.sqrt(2)))}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray gelu(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.GELU, 0, this, out);
    }

    /**
     * Elementwise GELU, tanh approximation. {@code 0.5 * a * (1 + np.tanh(np.sqrt(2 / np.pi) * (a + 0.044715 * a**3)))}
     *
     * @return a new array of this array's shape: float32 stays float32, other dtypes compute in float64
     */
    public NDArray geluTanh() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.GELU_TANH, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code 0.5 * a * (1 + np.tanh(np.sqrt(2 / np.pi) * (a + 0.044715 * a**3)))}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray geluTanh(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.GELU_TANH, 0, this, out);
    }

    /**
     * Elementwise softplus, log(1 + e^a) without overflow. {@code np.logaddexp(0, a)}
     *
     * @return a new array of this array's shape: float32 stays float32, other dtypes compute in float64
     */
    public NDArray softplus() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SOFTPLUS, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code np.logaddexp(0, a)}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray softplus(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SOFTPLUS, 0, this, out);
    }

    /**
     * Elementwise SiLU (swish), a * sigmoid(a). {@code a / (1 + np.exp(-a))}
     *
     * @return a new array of this array's shape: float32 stays float32, other dtypes compute in float64
     */
    public NDArray silu() {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SILU, 0, this, null);
    }

    /**
     * Into {@code out} (same_kind cast). {@code out=out} form of {@code a / (1 + np.exp(-a))}
     *
     * @param out receives the result: writeable, of this array's shape, of a dtype the result casts to (same_kind);
     *     it may be this array
     * @return {@code out}
     */
    public NDArray silu(NDArray out) {
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.SILU, 0, this, out);
    }

    /**
     * Rounds to {@code decimals} places, half to even, in the array's precision. {@code np.round(a, decimals)}
     *
     * @param decimals the number of decimal places; negative rounds to tens, hundreds, ...
     * @return a new array of this array's shape and dtype
     */
    public NDArray round(int decimals) {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.ROUND, decimals, this, null);
    }

    /**
     * {@code a > 0 ? a : alpha * a}. {@code np.where(a > 0, a, alpha * a)}
     *
     * @param alpha the slope for negative inputs
     * @return a new array of this array's shape: float32 stays float32, other dtypes compute in float64
     */
    public NDArray leakyRelu(double alpha) {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.LEAKY_RELU, alpha, this, null);
    }

    /**
     * {@code a > 0 ? a : alpha * (e^a - 1)}. {@code np.where(a > 0, a, alpha * np.expm1(a))}
     *
     * @param alpha the scale of the negative branch
     * @return a new array of this array's shape: float32 stays float32, other dtypes compute in float64
     */
    public NDArray elu(double alpha) {
        return org.ndvec.ops.Elementwise.unary(org.ndvec.kernels.UnaryOp.ELU, alpha, this, null);
    }

    /**
     * Bool mask of NaNs. {@code np.isnan(a)}
     *
     * @return a new bool array of this array's shape, true where an element is NaN
     */
    public NDArray isnan() {
        return org.ndvec.ops.Elementwise.predicate(org.ndvec.kernels.Predicate.ISNAN, this, null);
    }

    /**
     * Bool mask of infinities. {@code np.isinf(a)}
     *
     * @return a new bool array of this array's shape, true where an element is +inf or -inf
     */
    public NDArray isinf() {
        return org.ndvec.ops.Elementwise.predicate(org.ndvec.kernels.Predicate.ISINF, this, null);
    }

    /**
     * Bool mask of finite values. {@code np.isfinite(a)}
     *
     * @return a new bool array of this array's shape, true where an element is neither NaN nor infinite
     */
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

    /**
     * Sum; int and bool sums are int64, floats keep their type; 0 over nothing. Over every axis, a 0-d result. {@code np.sum(a)}
     *
     * @return a 0-d array: the sum of every element
     */
    public NDArray sum() {
        return org.ndvec.ops.Reductions.sum(this, null, false);
    }

    /**
     * Sum along one axis (negative counts from the end). {@code np.sum(a, axis=axis)}
     *
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array without that axis: the sum along it
     */
    public NDArray sum(int axis) {
        return org.ndvec.ops.Reductions.sum(this, intAxis(axis), false);
    }

    /**
     * Sum over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.sum(a, axis=(0, 2), keepdims=True)}
     *
     * @param axes the axes to reduce (negative counts from the end), or {@code null} for every axis
     * @param keepdims keep the reduced axes with length 1, so the result broadcasts against this array
     * @return a new array: the sum over those axes
     */
    public NDArray sum(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.sum(this, axes, keepdims);
    }

    /**
     * Product; int and bool products are int64; 1 over nothing. Over every axis, a 0-d result. {@code np.prod(a)}
     *
     * @return a 0-d array: the product of every element
     */
    public NDArray prod() {
        return org.ndvec.ops.Reductions.prod(this, null, false);
    }

    /**
     * Prod along one axis (negative counts from the end). {@code np.prod(a, axis=axis)}
     *
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array without that axis: the product along it
     */
    public NDArray prod(int axis) {
        return org.ndvec.ops.Reductions.prod(this, intAxis(axis), false);
    }

    /**
     * Prod over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.prod(a, axis=(0, 2), keepdims=True)}
     *
     * @param axes the axes to reduce (negative counts from the end), or {@code null} for every axis
     * @param keepdims keep the reduced axes with length 1, so the result broadcasts against this array
     * @return a new array: the product over those axes
     */
    public NDArray prod(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.prod(this, axes, keepdims);
    }

    /**
     * Arithmetic mean; float64 for int input, float32 stays float32; NaN over nothing. Over every axis, a 0-d result. {@code np.mean(a)}
     *
     * @return a 0-d array: the mean of every element
     */
    public NDArray mean() {
        return org.ndvec.ops.Statistics.mean(this, null, false);
    }

    /**
     * Mean along one axis (negative counts from the end). {@code np.mean(a, axis=axis)}
     *
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array without that axis: the mean along it
     */
    public NDArray mean(int axis) {
        return org.ndvec.ops.Statistics.mean(this, new int[] {axis}, false);
    }

    /**
     * Mean over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.mean(a, axis=(0, 2), keepdims=True)}
     *
     * @param axes the axes to reduce (negative counts from the end), or {@code null} for every axis
     * @param keepdims keep the reduced axes with length 1, so the result broadcasts against this array
     * @return a new array: the mean over those axes
     */
    public NDArray mean(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Statistics.mean(this, axes, keepdims);
    }

    /**
     * Largest element; NaN propagates; throws {@code zero-size array to reduction operation maximum which has no identity} over nothing. Over every axis, a 0-d result. {@code np.max(a)}
     *
     * @return a 0-d array: the maximum of every element
     */
    public NDArray max() {
        return org.ndvec.ops.Reductions.max(this, null, false);
    }

    /**
     * Max along one axis (negative counts from the end). {@code np.max(a, axis=axis)}
     *
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array without that axis: the maximum along it
     */
    public NDArray max(int axis) {
        return org.ndvec.ops.Reductions.max(this, intAxis(axis), false);
    }

    /**
     * Max over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.max(a, axis=(0, 2), keepdims=True)}
     *
     * @param axes the axes to reduce (negative counts from the end), or {@code null} for every axis
     * @param keepdims keep the reduced axes with length 1, so the result broadcasts against this array
     * @return a new array: the maximum over those axes
     */
    public NDArray max(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.max(this, axes, keepdims);
    }

    /**
     * Smallest element; NaN propagates; throws over nothing as {@link #max()} does. Over every axis, a 0-d result. {@code np.min(a)}
     *
     * @return a 0-d array: the minimum of every element
     */
    public NDArray min() {
        return org.ndvec.ops.Reductions.min(this, null, false);
    }

    /**
     * Min along one axis (negative counts from the end). {@code np.min(a, axis=axis)}
     *
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array without that axis: the minimum along it
     */
    public NDArray min(int axis) {
        return org.ndvec.ops.Reductions.min(this, intAxis(axis), false);
    }

    /**
     * Min over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.min(a, axis=(0, 2), keepdims=True)}
     *
     * @param axes the axes to reduce (negative counts from the end), or {@code null} for every axis
     * @param keepdims keep the reduced axes with length 1, so the result broadcasts against this array
     * @return a new array: the minimum over those axes
     */
    public NDArray min(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.min(this, axes, keepdims);
    }

    /**
     * Range {@code max - min} in the input dtype (not for bool). Over every axis, a 0-d result. {@code np.ptp(a)}
     *
     * @return a 0-d array: the range (maximum minus minimum) of every element
     */
    public NDArray ptp() {
        return org.ndvec.ops.Reductions.ptp(this, null, false);
    }

    /**
     * Ptp along one axis (negative counts from the end). {@code np.ptp(a, axis=axis)}
     *
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array without that axis: the range (maximum minus minimum) along it
     */
    public NDArray ptp(int axis) {
        return org.ndvec.ops.Reductions.ptp(this, intAxis(axis), false);
    }

    /**
     * Ptp over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.ptp(a, axis=(0, 2), keepdims=True)}
     *
     * @param axes the axes to reduce (negative counts from the end), or {@code null} for every axis
     * @param keepdims keep the reduced axes with length 1, so the result broadcasts against this array
     * @return a new array: the range (maximum minus minimum) over those axes
     */
    public NDArray ptp(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.ptp(this, axes, keepdims);
    }

    /**
     * Whether every element is non-zero (bool); true over nothing. Over every axis, a 0-d result. {@code np.all(a)}
     *
     * @return a 0-d array: whether every element is nonzero (bool) of every element
     */
    public NDArray all() {
        return org.ndvec.ops.Reductions.all(this, null, false);
    }

    /**
     * All along one axis (negative counts from the end). {@code np.all(a, axis=axis)}
     *
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array without that axis: whether every element is nonzero (bool) along it
     */
    public NDArray all(int axis) {
        return org.ndvec.ops.Reductions.all(this, intAxis(axis), false);
    }

    /**
     * All over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.all(a, axis=(0, 2), keepdims=True)}
     *
     * @param axes the axes to reduce (negative counts from the end), or {@code null} for every axis
     * @param keepdims keep the reduced axes with length 1, so the result broadcasts against this array
     * @return a new array: whether every element is nonzero (bool) over those axes
     */
    public NDArray all(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.all(this, axes, keepdims);
    }

    /**
     * Whether some element is non-zero (bool); false over nothing. Over every axis, a 0-d result. {@code np.any(a)}
     *
     * @return a 0-d array: whether any element is nonzero (bool) of every element
     */
    public NDArray any() {
        return org.ndvec.ops.Reductions.any(this, null, false);
    }

    /**
     * Any along one axis (negative counts from the end). {@code np.any(a, axis=axis)}
     *
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array without that axis: whether any element is nonzero (bool) along it
     */
    public NDArray any(int axis) {
        return org.ndvec.ops.Reductions.any(this, intAxis(axis), false);
    }

    /**
     * Any over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.any(a, axis=(0, 2), keepdims=True)}
     *
     * @param axes the axes to reduce (negative counts from the end), or {@code null} for every axis
     * @param keepdims keep the reduced axes with length 1, so the result broadcasts against this array
     * @return a new array: whether any element is nonzero (bool) over those axes
     */
    public NDArray any(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.any(this, axes, keepdims);
    }

    /**
     * Number of non-zero elements (int64); NaN counts as non-zero. Over every axis, a 0-d result. {@code np.count_nonzero(a)}
     *
     * @return a 0-d array: the count of nonzero elements (int64) of every element
     */
    public NDArray countNonzero() {
        return org.ndvec.ops.Reductions.countNonzero(this, null, false);
    }

    /**
     * CountNonzero along one axis (negative counts from the end). {@code np.count_nonzero(a, axis=axis)}
     *
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array without that axis: the count of nonzero elements (int64) along it
     */
    public NDArray countNonzero(int axis) {
        return org.ndvec.ops.Reductions.countNonzero(this, intAxis(axis), false);
    }

    /**
     * CountNonzero over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.count_nonzero(a, axis=(0, 2), keepdims=True)}
     *
     * @param axes the axes to reduce (negative counts from the end), or {@code null} for every axis
     * @param keepdims keep the reduced axes with length 1, so the result broadcasts against this array
     * @return a new array: the count of nonzero elements (int64) over those axes
     */
    public NDArray countNonzero(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.countNonzero(this, axes, keepdims);
    }

    /**
     * Sum treating NaN as zero. Over every axis, a 0-d result. {@code np.nansum(a)}
     *
     * @return a 0-d array: the sum with NaNs counted as zero of every element
     */
    public NDArray nansum() {
        return org.ndvec.ops.Reductions.nansum(this, null, false);
    }

    /**
     * Nansum along one axis (negative counts from the end). {@code np.nansum(a, axis=axis)}
     *
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array without that axis: the sum with NaNs counted as zero along it
     */
    public NDArray nansum(int axis) {
        return org.ndvec.ops.Reductions.nansum(this, intAxis(axis), false);
    }

    /**
     * Nansum over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.nansum(a, axis=(0, 2), keepdims=True)}
     *
     * @param axes the axes to reduce (negative counts from the end), or {@code null} for every axis
     * @param keepdims keep the reduced axes with length 1, so the result broadcasts against this array
     * @return a new array: the sum with NaNs counted as zero over those axes
     */
    public NDArray nansum(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.nansum(this, axes, keepdims);
    }

    /**
     * Mean of the non-NaN elements; NaN when there are none. Over every axis, a 0-d result. {@code np.nanmean(a)}
     *
     * @return a 0-d array: the mean of the elements that are not NaN of every element
     */
    public NDArray nanmean() {
        return org.ndvec.ops.Statistics.nanmean(this, null, false);
    }

    /**
     * Nanmean along one axis (negative counts from the end). {@code np.nanmean(a, axis=axis)}
     *
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array without that axis: the mean of the elements that are not NaN along it
     */
    public NDArray nanmean(int axis) {
        return org.ndvec.ops.Statistics.nanmean(this, dtype.isFloating() ? intAxis(axis) : new int[] {axis}, false);
    }

    /**
     * Nanmean over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.nanmean(a, axis=(0, 2), keepdims=True)}
     *
     * @param axes the axes to reduce (negative counts from the end), or {@code null} for every axis
     * @param keepdims keep the reduced axes with length 1, so the result broadcasts against this array
     * @return a new array: the mean of the elements that are not NaN over those axes
     */
    public NDArray nanmean(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Statistics.nanmean(this, axes, keepdims);
    }

    /**
     * Largest element ignoring NaN; NaN for an all-NaN slice. Over every axis, a 0-d result. {@code np.nanmax(a)}
     *
     * @return a 0-d array: the maximum ignoring NaNs of every element
     */
    public NDArray nanmax() {
        return org.ndvec.ops.Reductions.nanmax(this, null, false);
    }

    /**
     * Nanmax along one axis (negative counts from the end). {@code np.nanmax(a, axis=axis)}
     *
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array without that axis: the maximum ignoring NaNs along it
     */
    public NDArray nanmax(int axis) {
        return org.ndvec.ops.Reductions.nanmax(this, intAxis(axis), false);
    }

    /**
     * Nanmax over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.nanmax(a, axis=(0, 2), keepdims=True)}
     *
     * @param axes the axes to reduce (negative counts from the end), or {@code null} for every axis
     * @param keepdims keep the reduced axes with length 1, so the result broadcasts against this array
     * @return a new array: the maximum ignoring NaNs over those axes
     */
    public NDArray nanmax(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.nanmax(this, axes, keepdims);
    }

    /**
     * Smallest element ignoring NaN; NaN for an all-NaN slice. Over every axis, a 0-d result. {@code np.nanmin(a)}
     *
     * @return a 0-d array: the minimum ignoring NaNs of every element
     */
    public NDArray nanmin() {
        return org.ndvec.ops.Reductions.nanmin(this, null, false);
    }

    /**
     * Nanmin along one axis (negative counts from the end). {@code np.nanmin(a, axis=axis)}
     *
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array without that axis: the minimum ignoring NaNs along it
     */
    public NDArray nanmin(int axis) {
        return org.ndvec.ops.Reductions.nanmin(this, intAxis(axis), false);
    }

    /**
     * Nanmin over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.nanmin(a, axis=(0, 2), keepdims=True)}
     *
     * @param axes the axes to reduce (negative counts from the end), or {@code null} for every axis
     * @param keepdims keep the reduced axes with length 1, so the result broadcasts against this array
     * @return a new array: the minimum ignoring NaNs over those axes
     */
    public NDArray nanmin(int[] axes, boolean keepdims) {
        return org.ndvec.ops.Reductions.nanmin(this, axes, keepdims);
    }

    /**
     * Variance {@code mean((x - mean(x))^2)} with ddof 0, over every axis; float64 for int input. {@code np.var(a)}
     *
     * @return a 0-d array: the variance of every element
     */
    public NDArray var() {
        return org.ndvec.ops.Statistics.var(this, null, false, 0);
    }

    /**
     * Variance {@code mean((x - mean(x))^2)} with ddof 0 along one axis. {@code np.var(a, axis=axis)}
     *
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array without that axis: the variance along it
     */
    public NDArray var(int axis) {
        return org.ndvec.ops.Statistics.var(this, new int[] {axis}, false, 0);
    }

    /**
     * Variance {@code mean((x - mean(x))^2)} along one axis, dividing by {@code n - ddof}. {@code np.var(a, axis=axis, ddof=ddof)}
     *
     * @param axis the axis to reduce; negative counts from the end
     * @param ddof delta degrees of freedom: the sum of squared deviations is divided by {@code N - ddof}
     * @return a new array without that axis: the variance along it
     */
    public NDArray var(int axis, int ddof) {
        return org.ndvec.ops.Statistics.var(this, new int[] {axis}, false, ddof);
    }

    /**
     * Variance {@code mean((x - mean(x))^2)} over several axes ({@code null}: all), dividing by {@code max(n - ddof, 0)}.
     * {@code np.var(a, axis=axes, ddof=ddof, keepdims=keepdims)}
     *
     * @param axes the axes to reduce (negative counts from the end), or {@code null} for every axis
     * @param keepdims keep the reduced axes with length 1, so the result broadcasts against this array
     * @param ddof delta degrees of freedom: the sum of squared deviations is divided by {@code N - ddof}
     * @return a new array: the variance over those axes
     */
    public NDArray var(int[] axes, boolean keepdims, int ddof) {
        return org.ndvec.ops.Statistics.var(this, axes, keepdims, ddof);
    }

    /**
     * Standard deviation, the square root of the variance with ddof 0, over every axis; float64 for int input. {@code np.std(a)}
     *
     * @return a 0-d array: the standard deviation of every element
     */
    public NDArray std() {
        return org.ndvec.ops.Statistics.std(this, null, false, 0);
    }

    /**
     * Standard deviation, the square root of the variance with ddof 0 along one axis. {@code np.std(a, axis=axis)}
     *
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array without that axis: the standard deviation along it
     */
    public NDArray std(int axis) {
        return org.ndvec.ops.Statistics.std(this, new int[] {axis}, false, 0);
    }

    /**
     * Standard deviation, the square root of the variance along one axis, dividing by {@code n - ddof}. {@code np.std(a, axis=axis, ddof=ddof)}
     *
     * @param axis the axis to reduce; negative counts from the end
     * @param ddof delta degrees of freedom: the sum of squared deviations is divided by {@code N - ddof}
     * @return a new array without that axis: the standard deviation along it
     */
    public NDArray std(int axis, int ddof) {
        return org.ndvec.ops.Statistics.std(this, new int[] {axis}, false, ddof);
    }

    /**
     * Standard deviation, the square root of the variance over several axes ({@code null}: all), dividing by {@code max(n - ddof, 0)}.
     * {@code np.std(a, axis=axes, ddof=ddof, keepdims=keepdims)}
     *
     * @param axes the axes to reduce (negative counts from the end), or {@code null} for every axis
     * @param keepdims keep the reduced axes with length 1, so the result broadcasts against this array
     * @param ddof delta degrees of freedom: the sum of squared deviations is divided by {@code N - ddof}
     * @return a new array: the standard deviation over those axes
     */
    public NDArray std(int[] axes, boolean keepdims, int ddof) {
        return org.ndvec.ops.Statistics.std(this, axes, keepdims, ddof);
    }

    /**
     * Flat (C-order) index of the first largest element, or of the first NaN; a 0-d int64 array.
     * {@code np.argmax(a)}
     *
     * @return a 0-d array: the index of the first maximum (int64) of every element
     * @throws IllegalArgumentException {@code attempt to get argmax of an empty sequence}
     */
    public NDArray argmax() {
        return org.ndvec.ops.ArgReductions.argmax(this, null, false);
    }

    /**
     * Index of the first largest element (or first NaN) along an axis, int64. {@code np.argmax(a, axis=axis)}
     *
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array without that axis: the index of the first maximum (int64) along it
     */
    public NDArray argmax(int axis) {
        return argmax(axis, false);
    }

    /**
     * As {@link #argmax(int)}, keeping the axis with length 1. {@code np.argmax(a, axis=axis, keepdims=keepdims)}
     *
     * @param axis the axis to search; negative counts from the end
     * @param keepdims keep that axis with length 1, so the result broadcasts against this array
     * @return a new array: the index of the first maximum (int64) along the axis
     */
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
     * @return a 0-d array: the index of the first minimum (int64) of every element
     * @throws IllegalArgumentException {@code attempt to get argmin of an empty sequence}
     */
    public NDArray argmin() {
        return org.ndvec.ops.ArgReductions.argmin(this, null, false);
    }

    /**
     * Index of the first smallest element (or first NaN) along an axis, int64. {@code np.argmin(a, axis=axis)}
     *
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array without that axis: the index of the first minimum (int64) along it
     */
    public NDArray argmin(int axis) {
        return argmin(axis, false);
    }

    /**
     * As {@link #argmin(int)}, keeping the axis with length 1. {@code np.argmin(a, axis=axis, keepdims=keepdims)}
     *
     * @param axis the axis to search; negative counts from the end
     * @param keepdims keep that axis with length 1, so the result broadcasts against this array
     * @return a new array: the index of the first minimum (int64) along the axis
     */
    public NDArray argmin(int axis, boolean keepdims) {
        if (shape.length == 0) {
            // NumPy reads a 0-d array as 1-d here, and gives a 0-d index even with keepdims
            return org.ndvec.ops.ArgReductions.argmin(reshape(1), axis, false);
        }
        return org.ndvec.ops.ArgReductions.argmin(this, axis, keepdims);
    }

    /**
     * Running sums of the flattened array (1-d); int and bool give int64. {@code np.cumsum(a)}
     *
     * @return a new 1-d array of {@code size()} running sums, in C order
     */
    public NDArray cumsum() {
        return org.ndvec.ops.Cumulative.cumsum(this, null);
    }

    /**
     * Running sums along an axis, same shape; int and bool give int64. {@code np.cumsum(a, axis=axis)}
     *
     * @param axis the axis to accumulate along; negative counts from the end
     * @return a new array of this array's shape: the running sums along that axis
     */
    public NDArray cumsum(int axis) {
        return org.ndvec.ops.Cumulative.cumsum(oneDimIfScalar(), axis);
    }

    /**
     * Running products of the flattened array (1-d); int and bool give int64. {@code np.cumprod(a)}
     *
     * @return a new 1-d array of {@code size()} running products, in C order
     */
    public NDArray cumprod() {
        return org.ndvec.ops.Cumulative.cumprod(this, null);
    }

    /**
     * Running products along an axis, same shape; int and bool give int64. {@code np.cumprod(a, axis=axis)}
     *
     * @param axis the axis to accumulate along; negative counts from the end
     * @return a new array of this array's shape: the running products along that axis
     */
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
     * @param other the right operand
     * @return a new array: the matrix product, or a stack of them
     * @throws IllegalArgumentException {@code matmul: Input operand 1 has a mismatch in its core dimension 0, ...}
     */
    public NDArray matmul(NDArray other) {
        Objects.requireNonNull(other, "other");
        return org.ndvec.linalg.Products.matmul(this, other);
    }

    /**
     * Sum along the main diagonal. {@code a.trace()}
     *
     * @return the 0-d sum of the main diagonal (of the first two axes; one per remaining index otherwise)
     * @throws IllegalArgumentException {@code diag requires an array of at least two dimensions}
     */
    public NDArray trace() {
        return org.ndvec.indexing.Diagonals.trace(this, 0, 0, 1);
    }

    /**
     * Sum along diagonal {@code offset} of the plane {@code (axis1, axis2)}. {@code a.trace(offset, axis1, axis2)}
     *
     * @param offset the diagonal: 0 the main one, positive above it, negative below
     * @param axis1 the first axis of the plane
     * @param axis2 the second axis of the plane
     * @return the sums, over the remaining axes
     */
    public NDArray trace(int offset, int axis1, int axis2) {
        return org.ndvec.indexing.Diagonals.trace(this, offset, axis1, axis2);
    }

    /**
     * The main diagonal, a read-only view. {@code a.diagonal()}
     *
     * @return a read-only view of the diagonal of the first two axes
     */
    public NDArray diagonal() {
        return org.ndvec.indexing.Diagonals.diagonal(this, 0, 0, 1);
    }

    /**
     * Diagonal {@code offset} of the plane {@code (axis1, axis2)}, a read-only view. {@code a.diagonal(offset, axis1, axis2)}
     *
     * @param offset the diagonal: 0 the main one, positive above it, negative below
     * @param axis1 the first axis of the plane
     * @param axis2 the second axis of the plane
     * @return a read-only view; the diagonal is its last axis
     */
    public NDArray diagonal(int offset, int axis1, int axis2) {
        return org.ndvec.indexing.Diagonals.diagonal(this, offset, axis1, axis2);
    }

    // end of linear algebra

    // ------------------------------------------------------------------ advanced indexing
    // (issue 6: fancy/boolean indexing, assignment, joining, ordering, in org.ndvec.indexing)

    /**
     * {@code a[index]} with an integer index array (a copy, shape of {@code index} + the other
     * axes) or a boolean mask (a copy of the selected elements). {@code a[idx]}, {@code a[a > 0]}
     *
     * @param index an integer array (positions along axis 0; negative counts from the end) or a bool
     *     mask of this array's shape
     * @return a new array of the selected elements
     */
    public NDArray get(NDArray index) {
        Objects.requireNonNull(index, "index");
        return AdvancedIndexer.get(this, Index.of(index));
    }

    /**
     * {@code a[index] = value}: value broadcast to the indexed shape and cast to this dtype.
     * Writes through views to the base; on any error nothing is written.
     *
     * @param index one piece per position of NumPy's index tuple, as in {@link #get(Index...)}
     * @param value the values, broadcast to the indexed shape
     * @return this array
     * @throws IllegalArgumentException {@code shape mismatch: value array of shape (3,) could not be
     *     broadcast to indexing result of shape (2,)}
     */
    public NDArray set(Index[] index, NDArray value) {
        Args.elements(index, "index");
        Objects.requireNonNull(value, "value");
        AdvancedIndexer.set(this, index, value);
        return this;
    }

    /**
     * {@code a[index] = value} with a scalar.
     *
     * @param index one piece per position of NumPy's index tuple, as in {@link #get(Index...)}
     * @param value the value every indexed element takes, cast to this dtype
     * @return this array
     */
    public NDArray set(Index[] index, double value) {
        Args.elements(index, "index");
        AdvancedIndexer.set(this, index, () -> Assignment.scalar(value, dtype));
        return this;
    }

    /**
     * {@code a["1:, [0, 2]"] = value}: NumPy index source, value broadcast.
     *
     * @param index the index as NumPy source, as in {@link #get(String)}
     * @param value the values, broadcast to the indexed shape
     * @return this array
     */
    public NDArray set(String index, NDArray value) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(value, "value");
        return set(Index.parse(index), value);
    }

    /**
     * {@code a["0"] = value} with a scalar.
     *
     * @param index the index as NumPy source, as in {@link #get(String)}
     * @param value the value every indexed element takes, cast to this dtype
     * @return this array
     */
    public NDArray set(String index, double value) {
        Objects.requireNonNull(index, "index");
        return set(Index.parse(index), value);
    }

    /**
     * {@code a[mask] = value} or {@code a[intArray] = value}.
     *
     * @param index a bool mask or an integer array, as in {@link #get(NDArray)}
     * @param value the values, broadcast to the indexed shape
     * @return this array
     */
    public NDArray set(NDArray index, NDArray value) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(value, "value");
        return set(new Index[] {Index.of(index)}, value);
    }

    /**
     * {@code a[mask] = value} with a scalar, e.g. {@code a.set(a.lt(0), 0)}.
     *
     * @param index a bool mask or an integer array, as in {@link #get(NDArray)}
     * @param value the value every indexed element takes, cast to this dtype
     * @return this array
     */
    public NDArray set(NDArray index, double value) {
        Objects.requireNonNull(index, "index");
        return set(new Index[] {Index.of(index)}, value);
    }

    /**
     * Elements at flat positions (of the C-order flattened array). {@code a.take(indices)}
     *
     * @param indices integer positions in the flattened array; negative counts from the end
     * @return a new array of the shape of {@code indices}
     */
    public NDArray take(NDArray indices) {
        Objects.requireNonNull(indices, "indices");
        return Take.take(this, indices);
    }

    /**
     * Elements along one axis. {@code np.take(a, indices, axis)}
     *
     * @param indices integer positions along {@code axis}; negative counts from the end
     * @param axis the axis to take along; negative counts from the end
     * @return a new array: this array's shape with {@code axis} replaced by the shape of {@code indices}
     * @throws IndexOutOfBoundsException {@code index 7 is out of bounds for axis 0 with size 5}
     */
    public NDArray take(NDArray indices, int axis) {
        Objects.requireNonNull(indices, "indices");
        return Take.take(this, indices, axis);
    }

    /**
     * Writes {@code values} (repeated as needed) at flat positions. {@code np.put(a, indices, values)}
     *
     * @param indices integer positions in the flattened array; negative counts from the end
     * @param values the values to write, cycled when shorter than {@code indices}
     * @return this array
     */
    public NDArray put(NDArray indices, NDArray values) {
        Objects.requireNonNull(indices, "indices");
        Objects.requireNonNull(values, "values");
        Take.put(this, indices, values);
        return this;
    }

    /**
     * A sorted copy along {@code axis}, NaN last, strings in code-point order. {@code np.sort(a, axis)}
     *
     * @param axis the axis to sort along; negative counts from the end
     * @return a new array of this array's shape, each lane along {@code axis} in ascending order
     */
    public NDArray sort(int axis) {
        return Sorting.sort(this, axis, false);
    }

    /**
     * {@code np.argsort(a, axis, kind='stable')} (strings in code-point order)
     *
     * @param axis the axis to sort along; negative counts from the end
     * @return a new int64 array of this array's shape: the positions that sort each lane, equal elements in
     *     their original order
     */
    public NDArray argsort(int axis) {
        return Sorting.argsort(this, axis, true);
    }

    /**
     * Insertion points (int64, {@code v}'s shape) of {@code v} into this sorted 1-d array, before equal
     * elements. {@code a.searchsorted(v)}
     *
     * @param v the values to place
     * @return int64 insertion indices of {@code v}'s shape
     * @throws IllegalArgumentException {@code object too deep for desired array} when this is not 1-d
     */
    public NDArray searchsorted(NDArray v) {
        Objects.requireNonNull(v, "v");
        return org.ndvec.indexing.SearchSorted.searchsorted(this, v, false, null);
    }

    /**
     * {@code a.searchsorted(v, side='right' if right else 'left')}
     *
     * @param v the values to place
     * @param right place each value after equal elements instead of before them
     * @return int64 insertion indices of {@code v}'s shape
     * @throws IllegalArgumentException {@code object too deep for desired array} when this is not 1-d
     */
    public NDArray searchsorted(NDArray v, boolean right) {
        Objects.requireNonNull(v, "v");
        return org.ndvec.indexing.SearchSorted.searchsorted(this, v, right, null);
    }

    /**
     * A view with the given axes (all when none) reversed. {@code np.flip(a, axis)}
     *
     * @param axes the axes to reverse (negative counts from the end); none reverses every axis
     * @return a view with those axes reversed
     */
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
     * @param idx one index per axis; negative counts from the end
     * @return the element
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
     * @param value the text to store
     * @param idx one index per axis; negative counts from the end
     * @return this array
     * @throws IllegalStateException on a read-only array
     * @throws IllegalArgumentException {@code could not convert string to float: 'abc'}
     */
    @Deprecated
    public NDArray setString(String value, int... idx) {
        Objects.requireNonNull(idx, "idx");
        flatOffset(idx);
        return setItem(idx, value);
    }

    /**
     * All elements of a string array in C order (a new array). {@code a.ravel().tolist()}
     *
     * @return a new array of {@code size()} strings
     */
    public String[] toStringArray() {
        return (String[]) StringOps.requireString(this, "toStringArray").copy().data;
    }

    /**
     * Element-wise {@code a == value} for a string array, a BOOL array; {@code null} equals nothing
     * ({@code a == None}). {@code a == 'Bob'}
     *
     * @param value the string to compare with, or null
     * @return a new bool array of this array's shape
     */
    public NDArray eq(String value) {
        return StringOps.equal(this, value, true);
    }

    /**
     * Element-wise {@code a != value} for a string array, a BOOL array. {@code a != 'Bob'}
     *
     * @param value the string to compare with
     * @return a new bool array of this array's shape
     */
    public NDArray ne(String value) {
        return StringOps.equal(this, value, false);
    }

    /**
     * Element-wise {@code a < value} for a string array (code-point order), a BOOL array. {@code a < 'Bob'}
     *
     * @param value the string each element is compared with
     * @return a new BOOL array of this array's shape
     */
    public NDArray lt(String value) {
        Objects.requireNonNull(value, "value");
        return org.ndvec.strings.StringComparisons.compare(org.ndvec.kernels.CompareOp.LT, this, Nd.scalar(value), null);
    }

    /**
     * Element-wise {@code a <= value} for a string array (code-point order). {@code a <= 'Bob'}
     *
     * @param value the string each element is compared with
     * @return a new BOOL array of this array's shape
     */
    public NDArray le(String value) {
        Objects.requireNonNull(value, "value");
        return org.ndvec.strings.StringComparisons.compare(org.ndvec.kernels.CompareOp.LE, this, Nd.scalar(value), null);
    }

    /**
     * Element-wise {@code a > value} for a string array (code-point order). {@code a > 'Bob'}
     *
     * @param value the string each element is compared with
     * @return a new BOOL array of this array's shape
     */
    public NDArray gt(String value) {
        Objects.requireNonNull(value, "value");
        return org.ndvec.strings.StringComparisons.compare(org.ndvec.kernels.CompareOp.GT, this, Nd.scalar(value), null);
    }

    /**
     * Element-wise {@code a >= value} for a string array (code-point order). {@code a >= 'Bob'}
     *
     * @param value the string each element is compared with
     * @return a new BOOL array of this array's shape
     */
    public NDArray ge(String value) {
        Objects.requireNonNull(value, "value");
        return org.ndvec.strings.StringComparisons.compare(org.ndvec.kernels.CompareOp.GE, this, Nd.scalar(value), null);
    }

    // end of strings

    // ------------------------------------------------------------------ printing

    /** Exactly NumPy's {@code str(a)}, i.e. what {@code print(a)} shows. */
    @Override
    public String toString() {
        return ArrayFormatter.str(this);
    }

    /**
     * Exactly NumPy's {@code repr(a)}, e.g. {@code array([1., 2.])}.
     *
     * @return the text {@code repr(a)} gives
     */
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
