package org.ndvec;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ndvec.indexing.Joining;
import org.ndvec.indexing.Nonzero;
import org.ndvec.indexing.Rearranging;
import org.ndvec.indexing.SearchSorted;
import org.ndvec.indexing.SetOps;
import org.ndvec.indexing.Sorting;
import org.ndvec.indexing.Take;
import org.ndvec.internal.Args;
import org.ndvec.layout.Shapes;
import org.ndvec.ops.OrderStatistics;
import org.ndvec.storage.Buffers;

/**
 * The static facade, NumPy's {@code np} namespace: creation functions and
 * functions of several arrays. Instance operations live on {@link NDArray}.
 *
 * <p>Default dtypes follow NumPy: Java {@code int}/{@code long} data gives INT64,
 * {@code double} data FLOAT64, {@code float} data FLOAT32, {@code boolean} data BOOL;
 * shape-only creators ({@code zeros}, {@code ones}, {@code empty}, {@code eye}) give FLOAT64.
 */
public final class Nd {
    private Nd() {
    }

    // ------------------------------------------------------------------ from Java data (copies)

    /**
     * A 1-d float64 array. {@code np.array([1.0, 2.5])}
     *
     * @param values the elements
     * @return a new 1-d float64 array of {@code values.length} elements
     */
    public static NDArray array(double... values) {
        Objects.requireNonNull(values, "values");
        return NDArray.owner(values.clone(), DType.FLOAT64, new int[] {values.length});
    }

    /**
     * A 1-d float32 array. {@code np.array([1, 2], dtype=np.float32)}
     *
     * @param values the elements
     * @return a new 1-d float32 array of {@code values.length} elements
     */
    public static NDArray array(float... values) {
        Objects.requireNonNull(values, "values");
        return NDArray.owner(values.clone(), DType.FLOAT32, new int[] {values.length});
    }

    /**
     * A 1-d int64 array (NumPy's default integer type). {@code np.array([1, 2, 3])}
     *
     * @param values the elements
     * @return a new 1-d int64 array of {@code values.length} elements
     */
    public static NDArray array(int... values) {
        Objects.requireNonNull(values, "values");
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return NDArray.owner(out, DType.INT64, new int[] {values.length});
    }

    /**
     * A 1-d int64 array. {@code np.array([1, 2, 3])}
     *
     * @param values the elements
     * @return a new 1-d int64 array of {@code values.length} elements
     */
    public static NDArray array(long... values) {
        Objects.requireNonNull(values, "values");
        return NDArray.owner(values.clone(), DType.INT64, new int[] {values.length});
    }

    /**
     * A 1-d bool array. {@code np.array([True, False])}
     *
     * @param values the elements
     * @return a new 1-d bool array of {@code values.length} elements
     */
    public static NDArray array(boolean... values) {
        Objects.requireNonNull(values, "values");
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) (values[i] ? 1 : 0);
        }
        return NDArray.owner(out, DType.BOOL, new int[] {values.length});
    }

    /**
     * An array from nested Java arrays of any depth ({@code double[][]}, {@code int[][][]}, ...),
     * copying. The leaf type picks the dtype: double -> FLOAT64, float -> FLOAT32,
     * int/long -> INT64, boolean -> BOOL, String -> STRING ({@code <U} as wide as the longest
     * element). {@code np.array([[1, 2], [3, 4]])}
     *
     * @param nested a Java array, or nested arrays of equal lengths at each depth, of one leaf type
     * @return a new C-contiguous array whose shape is the nesting's lengths
     * @throws IllegalArgumentException for ragged input, NumPy's
     *     {@code setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. ...}
     */
    public static NDArray array(Object nested) {
        Objects.requireNonNull(nested, "nested");
        if (nested instanceof NDArray a) {
            return a.copy();
        }
        // Nd.array(1) binds here (boxing beats varargs in Java's overload resolution); a single
        // Java scalar makes a 0-d array, exactly as np.array(1) does.
        if (nested instanceof Integer || nested instanceof Long || nested instanceof Short || nested instanceof Byte) {
            return scalar(((Number) nested).longValue());
        }
        if (nested instanceof Float f) {
            // a Java float is float32, as the leaf rule for float[] says: np.array(np.float32(1.5))
            return scalar(DType.FLOAT32, f);
        }
        if (nested instanceof Double d) {
            return scalar(d);
        }
        if (nested instanceof Boolean b) {
            return scalar(b);
        }
        List<Integer> dims = new ArrayList<>();
        Class<?> leaf = probe(nested, dims);
        DType dtype = leafType(leaf);
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        Object data = Buffers.allocate(dtype, Shapes.size(shape));
        int[] pos = {0};
        fill(nested, 0, shape, data, pos);
        return NDArray.owner(data, dtype, shape);
    }

    /**
     * Nested Java arrays converted to {@code dtype}. {@code np.array(data, dtype=dtype)}
     *
     * @param dtype the dtype of the result
     * @param nested a Java array, or nested arrays of equal lengths at each depth, as for {@link #array(Object)}
     * @return a new C-contiguous array of that dtype
     */
    public static NDArray array(DType dtype, Object nested) {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(nested, "nested");
        NDArray a = nested instanceof NDArray n ? n : array(nested);
        return a.dtype() == dtype && a != nested ? a : a.astype(dtype);
    }

    /**
     * A 0-d float64 array. {@code np.array(3.5)}
     *
     * @param value the element
     * @return a new 0-d float64 array
     */
    public static NDArray scalar(double value) {
        return NDArray.owner(new double[] {value}, DType.FLOAT64, new int[0]);
    }

    /**
     * A 0-d int64 array. {@code np.array(3)}
     *
     * @param value the element
     * @return a new 0-d int64 array
     */
    public static NDArray scalar(long value) {
        return NDArray.owner(new long[] {value}, DType.INT64, new int[0]);
    }

    /**
     * A 0-d bool array. {@code np.array(True)}
     *
     * @param value the element
     * @return a new 0-d bool array
     */
    public static NDArray scalar(boolean value) {
        return NDArray.owner(new byte[] {(byte) (value ? 1 : 0)}, DType.BOOL, new int[0]);
    }

    /**
     * A 0-d array of the given dtype holding {@code value} cast to it. {@code np.array(value, dtype=dtype)}
     *
     * @param dtype the dtype of the result
     * @param value the element, cast to {@code dtype} as {@code astype} casts
     * @return a new 0-d array
     */
    public static NDArray scalar(DType dtype, double value) {
        Objects.requireNonNull(dtype, "dtype");
        NDArray a = NDArray.allocate(dtype);
        a.set(value);
        return a;
    }

    private static Class<?> probe(Object nested, List<Integer> dims) {
        Object level = nested;
        while (level != null && level.getClass().isArray()) {
            int n = Array.getLength(level);
            dims.add(n);
            Class<?> component = level.getClass().getComponentType();
            if (component.isPrimitive() || component == String.class) {
                return component;
            }
            if (n == 0) {
                // np.array([[]]) is float64 of shape (1, 0); walk the declared type for deeper levels.
                Class<?> c = component;
                while (c.isArray()) {
                    dims.add(0);
                    c = c.getComponentType();
                }
                return c;
            }
            level = Array.get(level, 0);
        }
        if (level instanceof String) {
            return String.class; // Nd.array("Alice") binds here: a 0-d array, as np.array('Alice')
        }
        throw new IllegalArgumentException("Nd.array expects a (nested) primitive array, got "
                + (nested == null ? "null" : nested.getClass().getTypeName()));
    }

    private static DType leafType(Class<?> leaf) {
        if (leaf == double.class) {
            return DType.FLOAT64;
        } else if (leaf == float.class) {
            return DType.FLOAT32;
        } else if (leaf == int.class || leaf == long.class || leaf == short.class || leaf == byte.class) {
            return DType.INT64;
        } else if (leaf == boolean.class) {
            return DType.BOOL;
        } else if (leaf == String.class) {
            return DType.STRING;
        }
        throw new IllegalArgumentException("Nd.array cannot store elements of type " + leaf.getTypeName());
    }

    private static void fill(Object level, int depth, int[] shape, Object data, int[] pos) {
        if (level instanceof String s) {
            ((String[]) data)[pos[0]++] = s;
            return;
        }
        int n = Array.getLength(level);
        if (n != shape[depth]) {
            throw ragged(depth, shape);
        }
        if (depth == shape.length - 1) {
            if (!level.getClass().getComponentType().isPrimitive() && !(level instanceof String[])) {
                throw ragged(depth + 1, shape);
            }
            switch (level) {
                case double[] a -> System.arraycopy(a, 0, data, pos[0], n);
                case String[] a -> System.arraycopy(a, 0, data, pos[0], n);
                case float[] a -> System.arraycopy(a, 0, data, pos[0], n);
                case long[] a -> System.arraycopy(a, 0, data, pos[0], n);
                case int[] a -> {
                    long[] d = (long[]) data;
                    for (int i = 0; i < n; i++) {
                        d[pos[0] + i] = a[i];
                    }
                }
                case short[] a -> {
                    long[] d = (long[]) data;
                    for (int i = 0; i < n; i++) {
                        d[pos[0] + i] = a[i];
                    }
                }
                case byte[] a -> {
                    long[] d = (long[]) data;
                    for (int i = 0; i < n; i++) {
                        d[pos[0] + i] = a[i];
                    }
                }
                case boolean[] a -> {
                    byte[] d = (byte[]) data;
                    for (int i = 0; i < n; i++) {
                        d[pos[0] + i] = (byte) (a[i] ? 1 : 0);
                    }
                }
                default -> throw new IllegalArgumentException("mixed element types in nested array");
            }
            pos[0] += n;
            return;
        }
        for (int i = 0; i < n; i++) {
            Object child = Array.get(level, i);
            if (child == null || !child.getClass().isArray()) {
                throw ragged(depth + 1, shape);
            }
            fill(child, depth + 1, shape, data, pos);
        }
    }

    private static IllegalArgumentException ragged(int depth, int[] shape) {
        int[] detected = java.util.Arrays.copyOf(shape, depth);
        return new IllegalArgumentException("setting an array element with a sequence. The requested array has an "
                + "inhomogeneous shape after " + depth + " dimensions. The detected shape was "
                + Shapes.python(detected) + " + inhomogeneous part.");
    }

    // ------------------------------------------------------------------ from shapes

    /**
     * Zeros, float64. {@code np.zeros(shape)}
     *
     * @param shape the dims; none for a 0-d array
     * @return a new float64 array of zeros
     */
    public static NDArray zeros(int... shape) {
        Objects.requireNonNull(shape, "shape");
        return zeros(DType.FLOAT64, shape);
    }

    /**
     * Zeros of a dtype. {@code np.zeros(shape, dtype)}
     *
     * @param dtype the dtype of the result
     * @param shape the dims; none for a 0-d array
     * @return a new array of zeros ({@code False} for bool, {@code ''} for strings)
     */
    public static NDArray zeros(DType dtype, int... shape) {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(shape, "shape");
        return NDArray.allocate(dtype, shape);
    }

    /**
     * Ones, float64. {@code np.ones(shape)}
     *
     * @param shape the dims; none for a 0-d array
     * @return a new float64 array of ones
     */
    public static NDArray ones(int... shape) {
        Objects.requireNonNull(shape, "shape");
        return ones(DType.FLOAT64, shape);
    }

    /**
     * Ones of a dtype. {@code np.ones(shape, dtype)}
     *
     * @param dtype the dtype of the result
     * @param shape the dims; none for a 0-d array
     * @return a new array of ones ({@code True} for bool)
     */
    public static NDArray ones(DType dtype, int... shape) {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(shape, "shape");
        return NDArray.allocate(dtype, shape).fill(1);
    }

    /**
     * An uninitialized float64 array. {@code np.empty(shape)}. The JVM zeroes every new array,
     * so the contents are zeros; do not rely on that, as NumPy code must not.
     *
     * @param shape the dims; none for a 0-d array
     * @return a new float64 array whose contents must not be relied on
     */
    public static NDArray empty(int... shape) {
        Objects.requireNonNull(shape, "shape");
        return empty(DType.FLOAT64, shape);
    }

    /**
     * An uninitialized array of a dtype. {@code np.empty(shape, dtype)}
     *
     * @param dtype the dtype of the result
     * @param shape the dims; none for a 0-d array
     * @return a new array whose contents must not be relied on
     */
    public static NDArray empty(DType dtype, int... shape) {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(shape, "shape");
        return NDArray.allocate(dtype, shape);
    }

    /**
     * A float64 array filled with {@code value}. {@code np.full(shape, 2.5)}
     *
     * @param shape the dims
     * @param value the value of every element
     * @return a new float64 array
     */
    public static NDArray full(int[] shape, double value) {
        Objects.requireNonNull(shape, "shape");
        return NDArray.allocate(DType.FLOAT64, shape).fill(value);
    }

    /**
     * An int64 array filled with {@code value}. {@code np.full(shape, 7)}
     *
     * @param shape the dims
     * @param value the value of every element
     * @return a new int64 array
     */
    public static NDArray full(int[] shape, long value) {
        Objects.requireNonNull(shape, "shape");
        NDArray a = NDArray.allocate(DType.INT64, shape);
        java.util.Arrays.fill((long[]) org.ndvec.internal.Internals.access().data(a), value);
        return a;
    }

    /**
     * A bool array filled with {@code value}. {@code np.full(shape, True)}
     *
     * @param shape the dims
     * @param value the value of every element
     * @return a new bool array
     */
    public static NDArray full(int[] shape, boolean value) {
        Objects.requireNonNull(shape, "shape");
        return NDArray.allocate(DType.BOOL, shape).fill(value ? 1 : 0);
    }

    /**
     * An array of a dtype filled with {@code value} cast to it. {@code np.full(shape, value, dtype)}
     *
     * @param dtype the dtype of the result
     * @param shape the dims
     * @param value the value of every element, cast to {@code dtype}
     * @return a new array
     */
    public static NDArray full(DType dtype, int[] shape, double value) {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(shape, "shape");
        return NDArray.allocate(dtype, shape).fill(value);
    }

    /**
     * Zeros with the shape and dtype of {@code a}. {@code np.zeros_like(a)}
     *
     * @param a the array whose shape and dtype are copied (its elements are not read)
     * @return a new array of zeros
     */
    public static NDArray zerosLike(NDArray a) {
        Objects.requireNonNull(a, "a");
        return zeros(a.dtype(), a.shape());
    }

    /**
     * Ones with the shape and dtype of {@code a}. {@code np.ones_like(a)}
     *
     * @param a the array whose shape and dtype are copied (its elements are not read)
     * @return a new array of ones
     */
    public static NDArray onesLike(NDArray a) {
        Objects.requireNonNull(a, "a");
        return ones(a.dtype(), a.shape());
    }

    /**
     * Uninitialized, with the shape and dtype of {@code a}. {@code np.empty_like(a)}
     *
     * @param a the array whose shape and dtype are copied (its elements are not read)
     * @return a new array whose contents must not be relied on
     */
    public static NDArray emptyLike(NDArray a) {
        Objects.requireNonNull(a, "a");
        return empty(a.dtype(), a.shape());
    }

    /**
     * {@code value} cast to the dtype of {@code a}, in its shape. {@code np.full_like(a, value)}
     *
     * @param a the array whose shape and dtype are copied (its elements are not read)
     * @param value the value of every element, cast to the dtype of {@code a}
     * @return a new array
     */
    public static NDArray fullLike(NDArray a, double value) {
        Objects.requireNonNull(a, "a");
        return full(a.dtype(), a.shape(), value);
    }

    /**
     * The n x n float64 identity. {@code np.eye(n)}
     *
     * @param n the number of rows and columns
     * @return a new {@code n x n} float64 array
     */
    public static NDArray eye(int n) {
        return eye(DType.FLOAT64, n, n, 0);
    }

    /**
     * An n x m float64 matrix with ones on diagonal k. {@code np.eye(n, m, k)}
     *
     * @param n the number of rows
     * @param m the number of columns
     * @param k the diagonal: 0 the main one, positive above it, negative below
     * @return a new {@code n x m} float64 array
     */
    public static NDArray eye(int n, int m, int k) {
        return eye(DType.FLOAT64, n, m, k);
    }

    /**
     * An n x n identity of a dtype. {@code np.eye(n, dtype=dtype)}
     *
     * @param dtype the dtype of the result
     * @param n the number of rows and columns
     * @return a new {@code n x n} array
     */
    public static NDArray eye(DType dtype, int n) {
        Objects.requireNonNull(dtype, "dtype");
        return eye(dtype, n, n, 0);
    }

    /**
     * An n x m matrix of a dtype with ones on diagonal k. {@code np.eye(n, m, k, dtype)}
     *
     * @param dtype the dtype of the result
     * @param n the number of rows
     * @param m the number of columns
     * @param k the diagonal: 0 the main one, positive above it, negative below
     * @return a new {@code n x m} array
     */
    public static NDArray eye(DType dtype, int n, int m, int k) {
        Objects.requireNonNull(dtype, "dtype");
        NDArray a = NDArray.allocate(dtype, n, m);
        for (int i = 0; i < n; i++) {
            int j = i + k;
            if (j >= 0 && j < m) {
                a.set(1L, i, j);
            }
        }
        return a;
    }

    /**
     * The n x n float64 identity. {@code np.identity(n)}
     *
     * @param n the number of rows and columns
     * @return a new {@code n x n} float64 array
     */
    public static NDArray identity(int n) {
        return eye(n);
    }

    /**
     * {@code 0, 1, ..., stop-1} as int64. {@code np.arange(stop)}
     *
     * @param stop the end, excluded
     * @return a new 1-d int64 array, empty when {@code stop <= 0}
     */
    public static NDArray arange(long stop) {
        return arange(0, stop, 1);
    }

    /**
     * {@code start, ..., stop-1} as int64. {@code np.arange(start, stop)}
     *
     * @param start the first value
     * @param stop the end, excluded
     * @return a new 1-d int64 array, empty when {@code stop <= start}
     */
    public static NDArray arange(long start, long stop) {
        return arange(start, stop, 1);
    }

    /**
     * {@code start, start+step, ...} below {@code stop} (above it for negative steps), int64.
     * {@code np.arange(start, stop, step)}
     *
     * @param start the first value
     * @param stop the end, excluded
     * @param step the difference between neighbours, not 0
     * @return a new 1-d int64 array of {@code ceil((stop - start) / step)} elements (none if that is negative)
     * @throws ArithmeticException {@code division by zero} when step is 0 (NumPy's ZeroDivisionError)
     * @throws IllegalArgumentException {@code Maximum allowed size exceeded}
     */
    public static NDArray arange(long start, long stop, long step) {
        if (step == 0) {
            throw new ArithmeticException("division by zero");
        }
        // |stop - start| and |step| always fit in 64 unsigned bits, so the count is exact even
        // from Long.MIN_VALUE to Long.MAX_VALUE, where the signed difference overflows
        long n;
        if (step > 0 ? stop <= start : stop >= start) {
            n = 0;
        } else {
            long span = step > 0 ? stop - start : start - stop;
            n = Long.divideUnsigned(span - 1, step > 0 ? step : -step) + 1;
        }
        if (Long.compareUnsigned(n, Shapes.MAX_SIZE) > 0) {
            throw new IllegalArgumentException("Maximum allowed size exceeded");
        }
        long[] out = new long[(int) n];
        for (int i = 0; i < n; i++) {
            out[i] = start + i * step;
        }
        return NDArray.owner(out, DType.INT64, new int[] {(int) n});
    }

    /**
     * {@code 0.0, 1.0, ...} below {@code stop}, float64. {@code np.arange(stop)} with a float stop
     *
     * @param stop the end, excluded
     * @return a new 1-d float64 array of {@code ceil(stop)} elements (none if {@code stop <= 0})
     */
    public static NDArray arange(double stop) {
        return arange(0.0, stop, 1.0);
    }

    /**
     * {@code start, start+step, ...} below {@code stop}, float64, with NumPy's length
     * {@code ceil((stop - start) / step)}: {@code arange(0, 1, 0.1)} has 10 elements.
     * Element i is {@code start + i * delta} with {@code delta = (start + step) - start},
     * which is how NumPy fills it, so results match bit for bit. {@code np.arange(start, stop, step)}
     *
     * @param start the first value
     * @param stop the end, excluded
     * @param step the difference between neighbours, not 0
     * @return a new 1-d float64 array
     */
    public static NDArray arange(double start, double stop, double step) {
        return arange(DType.FLOAT64, start, stop, step);
    }

    /**
     * {@code np.arange(start, stop, step, dtype=dtype)}
     *
     * @param dtype the dtype of the result
     * @param start the first value
     * @param stop the end, excluded
     * @param step the difference between neighbours, not 0
     * @return a new 1-d array of {@code dtype}, its values computed as NumPy computes them for that dtype
     * @throws ArithmeticException {@code float division by zero} when step is 0 (NumPy's ZeroDivisionError)
     */
    public static NDArray arange(DType dtype, double start, double stop, double step) {
        Objects.requireNonNull(dtype, "dtype");
        if (step == 0) {
            throw new ArithmeticException("float division by zero");
        }
        if (!Double.isFinite(start) || !Double.isFinite(stop) || Double.isNaN(step)) {
            throw new IllegalArgumentException("arange: cannot compute length");
        }
        double len = Math.ceil((stop - start) / step);
        if (len > Shapes.MAX_SIZE) {
            throw new IllegalArgumentException("Maximum allowed size exceeded");
        }
        int n = len > 0 ? (int) len : 0;
        double[] out = new double[n];
        double delta = (start + step) - start;
        for (int i = 0; i < n; i++) {
            out[i] = start + i * delta;
        }
        if (n > 0) {
            out[0] = start;
        }
        NDArray a = NDArray.owner(out, DType.FLOAT64, new int[] {n});
        return dtype == DType.FLOAT64 ? a : a.astype(dtype);
    }

    /**
     * {@code num} evenly spaced float64 values from start to stop inclusive. {@code np.linspace(start, stop, num)}
     *
     * @param start the first value
     * @param stop the last value
     * @param num the number of values, at least 0
     * @return a new 1-d float64 array of {@code num} elements
     */
    public static NDArray linspace(double start, double stop, int num) {
        return linspace(start, stop, num, true);
    }

    /**
     * {@code num} evenly spaced float64 values; {@code stop} excluded when {@code endpoint} is false.
     * Computed as NumPy does ({@code i * step + start}, last element set to {@code stop}), so
     * results match bit for bit. {@code np.linspace(start, stop, num, endpoint)}
     *
     * @param start the first value
     * @param stop the last value, or the end when {@code endpoint} is false
     * @param num the number of values, at least 0
     * @param endpoint whether {@code stop} is the last value
     * @return a new 1-d float64 array of {@code num} elements
     */
    public static NDArray linspace(double start, double stop, int num, boolean endpoint) {
        if (num < 0) {
            throw new IllegalArgumentException("Number of samples, " + num + ", must be non-negative.");
        }
        int div = endpoint ? num - 1 : num;
        double delta = stop - start;
        double[] out = new double[num];
        if (div > 0) {
            double step = delta / div;
            if (step == 0) {
                for (int i = 0; i < num; i++) {
                    out[i] = (i / (double) div) * delta + start;
                }
            } else {
                for (int i = 0; i < num; i++) {
                    out[i] = i * step + start;
                }
            }
        } else {
            for (int i = 0; i < num; i++) {
                out[i] = i * delta + start;
            }
        }
        if (endpoint && num > 1) {
            out[num - 1] = stop;
        }
        return NDArray.owner(out, DType.FLOAT64, new int[] {num});
    }

    // ------------------------------------------------------------------ elementwise
    // (issue 3: broadcasting, where, fma, in org.ndvec.ops)

    /**
     * The shape several shapes broadcast to. {@code np.broadcast_shapes(*shapes)}
     *
     * @param shapes the shapes, each as a dims array
     * @return the broadcast shape, a new array
     * @throws IllegalArgumentException {@code operands could not be broadcast together with shapes (2,3) (4,)}
     */
    public static int[] broadcastShapes(int[]... shapes) {
        Objects.requireNonNull(shapes, "shapes");
        return org.ndvec.layout.Broadcast.shapes(shapes);
    }

    /**
     * Read-only views of the arrays with their common broadcast shape (no copies). {@code np.broadcast_arrays(*arrays)}
     *
     * @param arrays the arrays to broadcast together
     * @return one read-only view per input, each of the common shape
     */
    public static NDArray[] broadcastArrays(NDArray... arrays) {
        Args.elements(arrays, "arrays");
        return org.ndvec.ops.Broadcasting.arrays(arrays);
    }

    /**
     * Elements of x where cond is true, else of y; all three broadcast, x and y promote. {@code np.where(cond, x, y)}
     *
     * @param cond the condition: nonzero selects {@code x}
     * @param x the values where {@code cond} is true
     * @param y the values where {@code cond} is false
     * @return a new array of the broadcast shape and the promoted dtype of {@code x} and {@code y}
     */
    public static NDArray where(NDArray cond, NDArray x, NDArray y) {
        Objects.requireNonNull(cond, "cond");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        return org.ndvec.ops.Elementwise.where(cond, x, y);
    }

    /**
     * {@code a * b + c} in one pass (floats rounded once), broadcasting all three. {@code a * b + c}
     *
     * @param a the first factor
     * @param b the second factor
     * @param c the addend
     * @return a new array of the broadcast shape and promoted dtype
     */
    public static NDArray fma(NDArray a, NDArray b, NDArray c) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(c, "c");
        return org.ndvec.ops.Elementwise.fma(a, b, c, null);
    }

    /**
     * {@code a * b + c} written into {@code out}. {@code np.add(a * b, c, out=out)} in one pass
     *
     * @param a the first factor
     * @param b the second factor
     * @param c the addend
     * @param out receives the result: writeable, of exactly the broadcast shape, of a dtype the result casts to
     *     (same_kind)
     * @return {@code out}
     */
    public static NDArray fma(NDArray a, NDArray b, NDArray c, NDArray out) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(out, "out");
        return org.ndvec.ops.Elementwise.fma(a, b, c, out);
    }

    // end of elementwise

    // ------------------------------------------------------------------ reductions
    // (issue 4: reductions, statistics, softmax, in org.ndvec.ops)

    /**
     * Softmax along an axis, shifted by each row's maximum so large logits cannot overflow.
     * float32 stays float32, other input gives float64. {@code scipy.special.softmax(a, axis=axis)}
     *
     * @param a the scores (logits)
     * @param axis the axis that sums to 1; negative counts from the end
     * @return a new array of the shape of {@code a}: along {@code axis}, probabilities summing to 1
     */
    public static NDArray softmax(NDArray a, int axis) {
        Objects.requireNonNull(a, "a");
        if (a.ndim() == 0) {
            return org.ndvec.ops.Softmax.softmax(asOneDim(a, axis), axis).reshape();
        }
        return org.ndvec.ops.Softmax.softmax(a, axis);
    }

    /**
     * Log of the softmax, computed without forming it. {@code scipy.special.log_softmax(a, axis=axis)}
     *
     * @param a the scores (logits)
     * @param axis the axis of the softmax; negative counts from the end
     * @return a new array of the shape of {@code a}: the log-probabilities
     */
    public static NDArray logSoftmax(NDArray a, int axis) {
        Objects.requireNonNull(a, "a");
        if (a.ndim() == 0) {
            return org.ndvec.ops.Softmax.logSoftmax(asOneDim(a, axis), axis).reshape();
        }
        return org.ndvec.ops.Softmax.logSoftmax(a, axis);
    }

    /**
     * SciPy's softmax and log_softmax take axis 0 or -1 on a 0-d array (its one element gives 1
     * and 0) and report any other axis against dimension 0; the 1-d view computes them.
     */
    private static NDArray asOneDim(NDArray a, int axis) {
        if (axis != 0 && axis != -1) {
            throw new AxisException(axis, 0);
        }
        return a.reshape(1);
    }

    /**
     * {@code log(sum(exp(a)))} along an axis, computed stably; the axis is removed. {@code scipy.special.logsumexp(a, axis=axis)}
     *
     * @param a the values
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array without that axis
     */
    public static NDArray logSumExp(NDArray a, int axis) {
        Objects.requireNonNull(a, "a");
        return logSumExp(a, axis, false);
    }

    /**
     * As {@link #logSumExp(NDArray, int)}, keeping the axis with length 1. {@code logsumexp(a, axis, keepdims=True)}
     *
     * @param a the values
     * @param axis the axis to reduce; negative counts from the end
     * @param keepdims keep that axis with length 1, so the result broadcasts against {@code a}
     * @return a new array
     */
    public static NDArray logSumExp(NDArray a, int axis, boolean keepdims) {
        Objects.requireNonNull(a, "a");
        // SciPy reads a 0-d array as 1-d (so axis 0 or -1 is accepted), keepdims included
        return org.ndvec.ops.Softmax.logSumExp(a.ndim() == 0 ? a.reshape(1) : a, axis, keepdims);
    }

    /**
     * Mean cross-entropy of class probabilities {@code probs} (samples, classes) against int
     * labels (samples,) or per-class targets of the same shape; a 0-d array.
     * {@code -np.mean(np.log(probs[np.arange(n), labels]))}
     *
     * @param probs probabilities of shape (samples, classes); values at or below 0 give an infinite loss
     * @param target int labels of shape (samples,), in {@code [0, classes)}, or targets of the shape of {@code probs}
     * @return a 0-d array: the mean loss over the samples
     */
    public static NDArray crossEntropy(NDArray probs, NDArray target) {
        Objects.requireNonNull(probs, "probs");
        Objects.requireNonNull(target, "target");
        return org.ndvec.ops.Losses.crossEntropy(probs, target, false, LossReduction.MEAN);
    }

    /**
     * Cross-entropy of probabilities with a chosen reduction ({@code NONE}: one loss per sample).
     *
     * @param probs probabilities of shape (samples, classes)
     * @param target int labels of shape (samples,), or targets of the shape of {@code probs}
     * @param reduction {@code MEAN}, {@code SUM}, or {@code NONE} for one loss per sample
     * @return a 0-d array for {@code MEAN} and {@code SUM}, a (samples,) array for {@code NONE}
     */
    public static NDArray crossEntropy(NDArray probs, NDArray target, LossReduction reduction) {
        Objects.requireNonNull(probs, "probs");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reduction, "reduction");
        return org.ndvec.ops.Losses.crossEntropy(probs, target, false, reduction);
    }

    /**
     * Mean cross-entropy of unnormalized logits (samples, classes): {@code logsumexp(z) - z[y]}
     * per sample, stable for any logit size. PyTorch's {@code F.cross_entropy(logits, labels)}.
     *
     * @param logits unnormalized scores of shape (samples, classes)
     * @param target int labels of shape (samples,), in {@code [0, classes)}, or targets of the shape of {@code
     *     logits}
     * @return a 0-d array: the mean loss over the samples
     */
    public static NDArray crossEntropyWithLogits(NDArray logits, NDArray target) {
        Objects.requireNonNull(logits, "logits");
        Objects.requireNonNull(target, "target");
        return org.ndvec.ops.Losses.crossEntropy(logits, target, true, LossReduction.MEAN);
    }

    /**
     * Cross-entropy of logits with a chosen reduction. {@code F.cross_entropy(logits, y, reduction=...)}
     *
     * @param logits unnormalized scores of shape (samples, classes)
     * @param target int labels of shape (samples,), or targets of the shape of {@code logits}
     * @param reduction {@code MEAN}, {@code SUM}, or {@code NONE} for one loss per sample
     * @return a 0-d array for {@code MEAN} and {@code SUM}, a (samples,) array for {@code NONE}
     */
    public static NDArray crossEntropyWithLogits(NDArray logits, NDArray target, LossReduction reduction) {
        Objects.requireNonNull(logits, "logits");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reduction, "reduction");
        return org.ndvec.ops.Losses.crossEntropy(logits, target, true, reduction);
    }

    /**
     * Mean squared error over the broadcast shape. {@code np.mean((pred - target) ** 2)}
     *
     * @param pred the predictions
     * @param target the targets, broadcast against {@code pred}
     * @return the mean of the squared differences
     */
    public static double mse(NDArray pred, NDArray target) {
        Objects.requireNonNull(pred, "pred");
        Objects.requireNonNull(target, "target");
        return org.ndvec.ops.Losses.mse(pred, target);
    }

    /**
     * Root mean squared error. {@code np.sqrt(np.mean((pred - target) ** 2))}
     *
     * @param pred the predictions
     * @param target the targets, broadcast against {@code pred}
     * @return the square root of the mean squared difference
     */
    public static double rmse(NDArray pred, NDArray target) {
        Objects.requireNonNull(pred, "pred");
        Objects.requireNonNull(target, "target");
        return org.ndvec.ops.Losses.rmse(pred, target);
    }

    /**
     * Mean absolute error. {@code np.mean(np.abs(pred - target))}
     *
     * @param pred the predictions
     * @param target the targets, broadcast against {@code pred}
     * @return the mean of the absolute differences
     */
    public static double mae(NDArray pred, NDArray target) {
        Objects.requireNonNull(pred, "pred");
        Objects.requireNonNull(target, "target");
        return org.ndvec.ops.Losses.mae(pred, target);
    }

    /**
     * Fraction of correct predictions: scores (samples, classes) are argmax-ed per row first.
     * {@code np.mean(np.argmax(pred, axis=1) == labels)} or {@code np.mean(pred == labels)}
     *
     * @param pred predicted labels of the shape of {@code labels}, or scores of shape (samples, classes)
     * @param labels the true labels
     * @return the fraction of samples predicted right, in {@code [0, 1]}
     */
    public static double accuracy(NDArray pred, NDArray labels) {
        Objects.requireNonNull(pred, "pred");
        Objects.requireNonNull(labels, "labels");
        return org.ndvec.ops.Losses.accuracy(pred, labels);
    }

    /**
     * One-hot float64 rows, shape {@code labels.shape + (k,)}. {@code np.eye(k)[labels]}
     *
     * @param labels integer class labels in {@code [0, k)}
     * @param k the number of classes
     * @return a new float64 array: 1 at each label's class, 0 elsewhere
     */
    public static NDArray oneHot(NDArray labels, int k) {
        Objects.requireNonNull(labels, "labels");
        return org.ndvec.ops.Losses.oneHot(labels, k);
    }

    // end of reductions

    // ------------------------------------------------------------------ linear algebra
    // (issue 5: matmul and friends, in org.ndvec.linalg)

    /**
     * Matrix product, see {@link NDArray#matmul}. {@code np.matmul(a, b)}
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array: the matrix product, or a stack of them
     */
    public static NDArray matmul(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Products.matmul(a, b);
    }

    /**
     * NumPy's dot: a 0-d operand multiplies; 1-d with 1-d is the inner product (0-d); 2-d is the
     * matrix product; N-d with 1-d sums over the last axis of a; N-d with M-d (M >= 2) sums over
     * the last axis of a and the second-to-last of b. {@code np.dot(a, b)}
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array (0-d for two vectors)
     * @throws IllegalArgumentException {@code shapes (2,3) and (4,5) not aligned: 3 (dim 1) != 4 (dim 0)}
     */
    public static NDArray dot(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Products.dot(a, b);
    }

    /**
     * Sum product over the last axes of a and b (a 0-d operand multiplies). {@code np.inner(a, b)}
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array of shape {@code a.shape[:-1] + b.shape[:-1]}
     */
    public static NDArray inner(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Products.inner(a, b);
    }

    /**
     * Outer product of the flattened inputs, shape (a.size, b.size). {@code np.outer(a, b)}
     *
     * @param a the first vector (flattened if it is not 1-d)
     * @param b the second vector (flattened if it is not 1-d)
     * @return a new 2-d array {@code result[i, j] = a[i] * b[j]}
     */
    public static NDArray outer(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Products.outer(a, b);
    }

    /**
     * Dot product of the flattened inputs (real arrays), a 0-d result. {@code np.vdot(a, b)}
     *
     * @param a the first operand, flattened
     * @param b the second operand, flattened, of the same size
     * @return a new 0-d array
     */
    public static NDArray vdot(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Products.vdot(a, b);
    }

    /**
     * Sums over the last {@code axes} axes of a and the first {@code axes} of b. {@code np.tensordot(a, b, axes=2)}
     *
     * @param a the left operand
     * @param b the right operand
     * @param axes how many trailing axes of {@code a} pair with as many leading axes of {@code b}
     * @return a new array of a's other axes followed by b's
     */
    public static NDArray tensordot(NDArray a, NDArray b, int axes) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Products.tensordot(a, b, axes);
    }

    /**
     * Sums over the paired axes; the result has a's other axes then b's.
     * {@code np.tensordot(a, b, axes=(aAxes, bAxes))}
     *
     * @param a the left operand
     * @param b the right operand
     * @param aAxes the axes of {@code a} to sum over; negative counts from the end
     * @param bAxes the axes of {@code b} paired with them, of the same lengths
     * @return a new array of a's other axes followed by b's
     * @throws IllegalArgumentException {@code shape-mismatch for sum}
     */
    public static NDArray tensordot(NDArray a, NDArray b, int[] aAxes, int[] bAxes) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(aAxes, "aAxes");
        Objects.requireNonNull(bAxes, "bAxes");
        return org.ndvec.linalg.Products.tensordot(a, b, aAxes, bAxes);
    }

    /**
     * Elementwise closeness with broadcasting, rtol 1e-5, atol 1e-8. {@code np.isclose(a, b)}
     *
     * @param a the values tested
     * @param b the reference values, broadcast against {@code a}
     * @return a new bool array of the broadcast shape
     */
    public static NDArray isclose(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Closeness.isclose(a, b, 1e-5, 1e-8, false);
    }

    /**
     * {@code |a - b| <= atol + rtol * |b|} elementwise. {@code np.isclose(a, b, rtol, atol, equal_nan)}
     *
     * @param a the values tested
     * @param b the reference values, broadcast against {@code a}
     * @param rtol the relative tolerance, times {@code |b|}
     * @param atol the absolute tolerance
     * @param equalNan whether NaN counts as close to NaN
     * @return a new bool array of the broadcast shape
     */
    public static NDArray isclose(NDArray a, NDArray b, double rtol, double atol, boolean equalNan) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Closeness.isclose(a, b, rtol, atol, equalNan);
    }

    /**
     * Whether all elements are close, rtol 1e-5, atol 1e-8. {@code np.allclose(a, b)}
     *
     * @param a the values tested
     * @param b the reference values, broadcast against {@code a}
     * @return whether every element pair is close
     */
    public static boolean allclose(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Closeness.allclose(a, b, 1e-5, 1e-8, false);
    }

    /**
     * {@code np.allclose(a, b, rtol, atol, equal_nan)}
     *
     * @param a the values tested
     * @param b the reference values, broadcast against {@code a}
     * @param rtol the relative tolerance, times {@code |b|}
     * @param atol the absolute tolerance
     * @param equalNan whether NaN counts as close to NaN
     * @return whether every element pair is close
     */
    public static boolean allclose(NDArray a, NDArray b, double rtol, double atol, boolean equalNan) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Closeness.allclose(a, b, rtol, atol, equalNan);
    }

    /**
     * Same shape and equal elements. {@code np.array_equal(a, b)}
     *
     * @param a the first array
     * @param b the second array
     * @return whether the shapes are equal and every element equals its counterpart (NaN never does)
     */
    public static boolean arrayEqual(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Closeness.arrayEqual(a, b, false);
    }

    /**
     * Same shape and equal elements, NaN equal to NaN if asked. {@code np.array_equal(a, b, equal_nan)}
     *
     * @param a the first array
     * @param b the second array
     * @param equalNan whether NaN equals NaN
     * @return whether the shapes are equal and every element equals its counterpart
     */
    public static boolean arrayEqual(NDArray a, NDArray b, boolean equalNan) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Closeness.arrayEqual(a, b, equalNan);
    }

    /**
     * The array's text as {@code np.array2string(a, precision=precision)} writes it: floats
     * with at most {@code precision} fraction digits ({@code [0.333333 1.      ]} for 6), and a
     * 0-d array through the same formatter ({@code 1.}, where {@code str} gives {@code 1.0}).
     *
     * @param a the array to print
     * @param precision the most fraction digits a float gets
     * @return the text, as NumPy writes it
     * @throws IllegalArgumentException {@code precision must be >= 0}
     */
    public static String array2string(NDArray a, int precision) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.format.ArrayFormatter.array2string(a, precision);
    }

    /**
     * {@link NDArray#repr()} with another float precision than NumPy's default 8.
     * {@code np.array_repr(a, precision=precision)}
     *
     * @param a the array to print
     * @param precision the most fraction digits a float gets
     * @return the text {@code array(...)}, as NumPy writes it
     * @throws IllegalArgumentException {@code precision must be >= 0}
     */
    public static String arrayRepr(NDArray a, int precision) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.format.ArrayFormatter.repr(a, precision);
    }


    // end of linear algebra

    // ------------------------------------------------------------------ advanced indexing
    // (issue 6: fancy/boolean indexing, assignment, joining, ordering, in org.ndvec.indexing)

    /**
     * Coordinates of the non-zero elements, one int64 array per dim. {@code np.nonzero(a)}
     *
     * @param a the array searched
     * @return {@code a.ndim()} new 1-d int64 arrays of equal length: the coordinates, in C order
     */
    public static NDArray[] nonzero(NDArray a) {
        Objects.requireNonNull(a, "a");
        return Nonzero.nonzero(a);
    }

    /**
     * {@code np.where(condition)} with one argument: the same as {@link #nonzero(NDArray)}.
     *
     * @param condition the array searched
     * @return {@code condition.ndim()} new 1-d int64 arrays: the coordinates of its nonzero elements
     */
    public static NDArray[] where(NDArray condition) {
        Objects.requireNonNull(condition, "condition");
        return Nonzero.nonzero(condition);
    }

    /**
     * Coordinates of the non-zero elements as rows: shape (count, ndim). {@code np.argwhere(a)}
     *
     * @param a the array searched
     * @return a new int64 array of shape (count, ndim)
     */
    public static NDArray argwhere(NDArray a) {
        Objects.requireNonNull(a, "a");
        return Nonzero.argwhere(a);
    }

    /**
     * Flat (C-order) positions of the non-zero elements. {@code np.flatnonzero(a)}
     *
     * @param a the array searched
     * @return a new 1-d int64 array of positions in the flattened array
     */
    public static NDArray flatnonzero(NDArray a) {
        Objects.requireNonNull(a, "a");
        return Nonzero.flatnonzero(a);
    }

    /**
     * {@code np.take(a, indices, axis)}; see {@link NDArray#take(NDArray, int)}.
     *
     * @param a the source
     * @param indices integer positions along {@code axis}; negative counts from the end
     * @param axis the axis to take along; negative counts from the end
     * @return a new array: {@code a}'s shape with {@code axis} replaced by the shape of {@code indices}
     */
    public static NDArray take(NDArray a, NDArray indices, int axis) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(indices, "indices");
        return Take.take(a, indices, axis);
    }

    /**
     * {@code np.take_along_axis(arr, indices, axis)}: {@code indices} has {@code arr}'s number of dims.
     *
     * @param arr the source
     * @param indices integer positions along {@code axis}, broadcast against {@code arr} on the other axes
     * @param axis the axis to take along; negative counts from the end
     * @return a new array of the broadcast shape
     */
    public static NDArray takeAlongAxis(NDArray arr, NDArray indices, int axis) {
        Objects.requireNonNull(arr, "arr");
        Objects.requireNonNull(indices, "indices");
        return Take.takeAlongAxis(arr, indices, axis);
    }

    /**
     * {@code np.put_along_axis(arr, indices, values, axis)}: writes into {@code arr}.
     *
     * @param arr the array written
     * @param indices integer positions along {@code axis}, broadcast against {@code arr} on the other axes
     * @param values the values, broadcast to the shape of {@code indices}
     * @param axis the axis to write along; negative counts from the end
     */
    public static void putAlongAxis(NDArray arr, NDArray indices, NDArray values, int axis) {
        Objects.requireNonNull(arr, "arr");
        Objects.requireNonNull(indices, "indices");
        Objects.requireNonNull(values, "values");
        Take.putAlongAxis(arr, indices, values, axis);
    }

    /**
     * Joins arrays along an existing axis; the dtype is NumPy's promotion of theirs.
     * {@code np.concatenate(arrays, axis)}
     *
     * @param arrays the arrays, of the same shape but along {@code axis}
     * @param axis the axis to join along; negative counts from the end
     * @return a new array
     * @throws IllegalArgumentException {@code need at least one array to concatenate}, {@code all the input array
     *     dimensions except for the concatenation axis must match exactly, but along dimension 1, ...}
     */
    public static NDArray concatenate(NDArray[] arrays, int axis) {
        Args.elements(arrays, "arrays");
        return Joining.concatenate(arrays, axis);
    }

    /**
     * Joins into {@code out} (same_kind cast to its dtype; no result allocation).
     * {@code np.concatenate(arrays, axis, out=out)}
     *
     * @param arrays the arrays, of the same shape but along {@code axis}
     * @param axis the axis to join along; negative counts from the end
     * @param out receives the result: writeable, of exactly the joined shape; it may overlap the inputs
     * @return {@code out}
     * @throws IllegalArgumentException as {@link #concatenate(NDArray[], int)}, {@code Output array is the
     *     wrong shape}, {@code Cannot cast array data from dtype('float64') to dtype('int32') according to
     *     the rule 'same_kind'}
     */
    public static NDArray concatenate(NDArray[] arrays, int axis, NDArray out) {
        Args.elements(arrays, "arrays");
        Objects.requireNonNull(out, "out");
        return Joining.concatenate(arrays, axis, out);
    }

    /**
     * {@code np.concatenate(arrays)} (axis 0).
     *
     * @param arrays the arrays, of the same shape but along axis 0
     * @return a new array
     */
    public static NDArray concatenate(NDArray... arrays) {
        Args.elements(arrays, "arrays");
        return Joining.concatenate(arrays, 0);
    }

    /**
     * Joins same-shaped arrays along a new axis. {@code np.stack(arrays, axis)}
     *
     * @param arrays the arrays, all of one shape
     * @param axis the position of the new axis in the result; negative counts from the end
     * @return a new array with one more axis, of length {@code arrays.length}
     * @throws IllegalArgumentException {@code need at least one array to stack}, {@code all input arrays must have the same shape}
     */
    public static NDArray stack(NDArray[] arrays, int axis) {
        Args.elements(arrays, "arrays");
        return Joining.stack(arrays, axis);
    }

    /**
     * {@code np.stack(arrays)} (new axis 0).
     *
     * @param arrays the arrays, all of one shape
     * @return a new array with a new first axis of length {@code arrays.length}
     */
    public static NDArray stack(NDArray... arrays) {
        Args.elements(arrays, "arrays");
        return Joining.stack(arrays, 0);
    }

    /**
     * {@code np.hstack(arrays)}
     *
     * @param arrays the arrays; 1-d ones join end to end, others along axis 1
     * @return a new array
     */
    public static NDArray hstack(NDArray... arrays) {
        Args.elements(arrays, "arrays");
        return Joining.hstack(arrays);
    }

    /**
     * {@code np.vstack(arrays)}
     *
     * @param arrays the arrays; 1-d ones become rows, and all join along axis 0
     * @return a new array
     */
    public static NDArray vstack(NDArray... arrays) {
        Args.elements(arrays, "arrays");
        return Joining.vstack(arrays);
    }

    /**
     * {@code np.dstack(arrays)}
     *
     * @param arrays the arrays, seen as at least 3-d (1-d {@code (N,)} as {@code (1, N, 1)}, 2-d as {@code (M, N,
     *     1)})
     * @return a new array joined along axis 2
     */
    public static NDArray dstack(NDArray... arrays) {
        Args.elements(arrays, "arrays");
        return Joining.dstack(arrays);
    }

    /**
     * {@code np.column_stack(arrays)}
     *
     * @param arrays the arrays; 1-d ones become columns, 2-d ones join as they are
     * @return a new 2-d array joined along axis 1
     */
    public static NDArray columnStack(NDArray... arrays) {
        Args.elements(arrays, "arrays");
        return Joining.columnStack(arrays);
    }

    /**
     * Equal parts (views). {@code np.split(a, sections, axis)}
     *
     * @param a the array to split
     * @param sections the number of equal parts; it must divide the length of {@code axis}
     * @param axis the axis to split; negative counts from the end
     * @return {@code sections} views
     * @throws IllegalArgumentException {@code array split does not result in an equal division}
     */
    public static NDArray[] split(NDArray a, int sections, int axis) {
        Objects.requireNonNull(a, "a");
        return Joining.split(a, sections, axis);
    }

    /**
     * Parts between positions (views). {@code np.split(a, [i, j, ...], axis)}
     *
     * @param a the array to split
     * @param indices the positions along {@code axis} where a new part starts, ascending
     * @param axis the axis to split; negative counts from the end
     * @return {@code indices.length + 1} views
     */
    public static NDArray[] split(NDArray a, int[] indices, int axis) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(indices, "indices");
        return Joining.split(a, indices, axis);
    }

    /**
     * Nearly equal parts (views), the first ones one longer. {@code np.array_split(a, sections, axis)}
     *
     * @param a the array to split
     * @param sections the number of parts, at least 1
     * @param axis the axis to split; negative counts from the end
     * @return {@code sections} views
     */
    public static NDArray[] arraySplit(NDArray a, int sections, int axis) {
        Objects.requireNonNull(a, "a");
        return Joining.arraySplit(a, sections, axis);
    }

    /**
     * {@code np.hsplit(a, sections)}
     *
     * @param a the array to split, along axis 1 (axis 0 when 1-d)
     * @param sections the number of equal parts
     * @return {@code sections} views
     */
    public static NDArray[] hsplit(NDArray a, int sections) {
        Objects.requireNonNull(a, "a");
        return Joining.hsplit(a, sections);
    }

    /**
     * {@code np.vsplit(a, sections)}
     *
     * @param a the array to split along axis 0, at least 2-d
     * @param sections the number of equal parts
     * @return {@code sections} views
     */
    public static NDArray[] vsplit(NDArray a, int sections) {
        Objects.requireNonNull(a, "a");
        return Joining.vsplit(a, sections);
    }

    /**
     * {@code np.tile(a, reps)} (a copy).
     *
     * @param a the array to repeat
     * @param reps the repetitions per axis (aligned from the last axis; missing ones are 1)
     * @return a new array
     */
    public static NDArray tile(NDArray a, int... reps) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(reps, "reps");
        return Rearranging.tile(a, reps);
    }

    /**
     * {@code np.repeat(a, repeats)}: flattened, each element {@code repeats} times.
     *
     * @param a the array, flattened
     * @param repeats how often each element appears, at least 0
     * @return a new 1-d array
     */
    public static NDArray repeat(NDArray a, int repeats) {
        Objects.requireNonNull(a, "a");
        return Rearranging.repeat(a, new int[] {repeats}, null);
    }

    /**
     * {@code np.repeat(a, repeats)} with one count per element of the flattened array.
     *
     * @param a the array, flattened
     * @param repeats one count per element, or one count for all
     * @return a new 1-d array
     */
    public static NDArray repeat(NDArray a, int[] repeats) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(repeats, "repeats");
        return Rearranging.repeat(a, repeats, null);
    }

    /**
     * {@code np.repeat(a, repeats, axis)}: every element along {@code axis} {@code repeats} times.
     *
     * @param a the array
     * @param repeats how often each element along {@code axis} appears, at least 0
     * @param axis the axis to repeat along; negative counts from the end
     * @return a new array, longer along {@code axis}
     */
    public static NDArray repeat(NDArray a, int repeats, int axis) {
        Objects.requireNonNull(a, "a");
        return Rearranging.repeat(a, new int[] {repeats}, axis);
    }

    /**
     * {@code np.repeat(a, repeats, axis)} with one count per element along {@code axis} (or one for all).
     *
     * @param a the array
     * @param repeats one count per element along {@code axis}, or one count for all
     * @param axis the axis to repeat along; negative counts from the end
     * @return a new array, longer along {@code axis}
     */
    public static NDArray repeat(NDArray a, int[] repeats, int axis) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(repeats, "repeats");
        return Rearranging.repeat(a, repeats, axis);
    }

    /**
     * {@code np.pad(a, pad_width, constant_values=value)} with {@code widths[axis] = {before, after}}.
     *
     * @param a the array
     * @param widths one {@code {before, after}} pair per axis
     * @param value the value of the added elements, cast to the dtype of {@code a}
     * @return a new, larger array
     */
    public static NDArray pad(NDArray a, int[][] widths, double value) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(widths, "widths");
        return Rearranging.pad(a, widths, value);
    }

    /**
     * {@code np.pad(a, (before, after))}: zeros around every axis.
     *
     * @param a the array
     * @param before how many zeros go before each axis
     * @param after how many zeros go after each axis
     * @return a new, larger array
     */
    public static NDArray pad(NDArray a, int before, int after) {
        Objects.requireNonNull(a, "a");
        return Rearranging.pad(a, new int[][] {{before, after}}, 0);
    }

    /**
     * A view with the given axes (all when none) reversed. {@code np.flip(a, axis)}
     *
     * @param a the array
     * @param axes the axes to reverse (negative counts from the end); none reverses every axis
     * @return a view with those axes reversed
     */
    public static NDArray flip(NDArray a, int... axes) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(axes, "axes");
        return Rearranging.flip(a, axes);
    }

    /**
     * {@code np.roll(a, shift)} over the flattened array (a copy).
     *
     * @param a the array
     * @param shift how far elements move toward the end (negative: toward the start), cyclically
     * @return a new array of the shape of {@code a}
     */
    public static NDArray roll(NDArray a, long shift) {
        Objects.requireNonNull(a, "a");
        return Rearranging.roll(a, shift);
    }

    /**
     * {@code np.roll(a, shift, axis)} (a copy).
     *
     * @param a the array
     * @param shift how far elements move along {@code axis} (negative: backward), cyclically
     * @param axis the axis to roll; negative counts from the end
     * @return a new array of the shape of {@code a}
     */
    public static NDArray roll(NDArray a, long shift, int axis) {
        Objects.requireNonNull(a, "a");
        return Rearranging.roll(a, shift, axis);
    }

    /**
     * A sorted copy along {@code axis}, NaN last. {@code np.sort(a, axis, kind='stable' if stable else None)}
     *
     * @param a the array
     * @param axis the axis to sort along; negative counts from the end
     * @param stable whether equal elements keep their order (the result is the same for numbers either way)
     * @return a new array of the shape of {@code a}
     */
    public static NDArray sort(NDArray a, int axis, boolean stable) {
        Objects.requireNonNull(a, "a");
        return Sorting.sort(a, axis, stable);
    }

    /**
     * {@code np.sort(a)} along the last axis.
     *
     * @param a the array
     * @return a new array of the shape of {@code a}, sorted along its last axis
     */
    public static NDArray sort(NDArray a) {
        Objects.requireNonNull(a, "a");
        return Sorting.sort(a, -1, false);
    }

    /**
     * int64 indices that sort {@code a} along {@code axis} (stable). {@code np.argsort(a, axis, kind='stable')}
     *
     * @param a the array
     * @param axis the axis to sort along; negative counts from the end
     * @return a new int64 array of the shape of {@code a}
     */
    public static NDArray argsort(NDArray a, int axis) {
        Objects.requireNonNull(a, "a");
        return Sorting.argsort(a, axis, true);
    }

    /**
     * {@code np.argsort(a)} along the last axis (stable).
     *
     * @param a the array
     * @return a new int64 array of the shape of {@code a}
     */
    public static NDArray argsort(NDArray a) {
        Objects.requireNonNull(a, "a");
        return Sorting.argsort(a, -1, true);
    }

    /**
     * {@code np.partition(a, kth, axis)}; the element at {@code kth} is in sorted position.
     *
     * @param a the array
     * @param kth the position (negative counts from the end) that must hold its sorted element
     * @param axis the axis to partition along; negative counts from the end
     * @return a new array of the shape of {@code a}: smaller elements before {@code kth}, the others after it
     */
    public static NDArray partition(NDArray a, int kth, int axis) {
        Objects.requireNonNull(a, "a");
        return Sorting.partition(a, kth, axis);
    }

    /**
     * {@code np.partition(a, [k0, k1, ...], axis)}: every listed position holds what a full sort
     * puts there, and each stretch between two of them holds the elements that sort into it.
     *
     * @param a the array
     * @param kth the positions (negative counts from the end) that must hold their sorted elements
     * @param axis the axis to partition along; negative counts from the end
     * @return a new array of the shape of {@code a}
     */
    public static NDArray partition(NDArray a, int[] kth, int axis) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(kth, "kth");
        return Sorting.partition(a, kth, axis);
    }

    /**
     * {@code np.argpartition(a, kth, axis)}: int64 indices such that {@code takeAlongAxis(a, result, axis)}
     * is {@code partition(a, kth, axis)}. The usual top-k idiom, the k largest per row in no
     * particular order ({@code np.take_along_axis(a, np.argpartition(a, -k)[..., -k:], -1)}):
     * <pre>{@code
     * int n = a.shape(-1);
     * NDArray idx = Nd.argpartition(a, n - k, -1).get(Index.ellipsis(), Index.slice(n - k, n));
     * NDArray largest = Nd.takeAlongAxis(a, idx, -1);
     * }</pre>
     * {@link #topK} does the same and also orders the k indices, largest first.
     *
     * @param a the array
     * @param kth the position (negative counts from the end) that must hold its sorted element
     * @param axis the axis to partition along; negative counts from the end
     * @return a new int64 array of the shape of {@code a}
     */
    public static NDArray argpartition(NDArray a, int kth, int axis) {
        Objects.requireNonNull(a, "a");
        return Sorting.argpartition(a, kth, axis);
    }

    /**
     * {@code np.argpartition(a, [k0, k1, ...], axis)}: indices that place every listed position; the k
     * smallest in sorted order, for example, are {@code argpartition(a, new int[] {0, 1, ..., k - 1}, axis)}
     * sliced to {@code [0, k)}.
     *
     * @param a the array
     * @param kth the positions (negative counts from the end) that must hold their sorted elements
     * @param axis the axis to partition along; negative counts from the end
     * @return a new int64 array of the shape of {@code a}
     */
    public static NDArray argpartition(NDArray a, int[] kth, int axis) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(kth, "kth");
        return Sorting.argpartition(a, kth, axis);
    }

    /**
     * Indices of the {@code k} largest along {@code axis}, largest first (via argpartition).
     *
     * @param a the array
     * @param k how many indices, from 0 to the length of {@code axis}
     * @param axis the axis to search along; negative counts from the end
     * @return a new int64 array: the shape of {@code a} with {@code axis} of length {@code k}
     */
    public static NDArray topK(NDArray a, int k, int axis) {
        Objects.requireNonNull(a, "a");
        return Sorting.topK(a, k, axis);
    }

    /**
     * The sorted distinct values of the flattened array (numbers or strings), with the index of each
     * value's first occurrence, the inverse (of {@code a}'s shape) and the counts; NaNs count as one
     * value. {@code np.unique(a, return_index=True, return_inverse=True, return_counts=True)}
     *
     * @param a the array, flattened
     * @return the sorted distinct values with their first positions, the inverse indices and the counts
     */
    public static Unique unique(NDArray a) {
        Objects.requireNonNull(a, "a");
        return SetOps.unique(a, null, true);
    }

    /**
     * The distinct sub-arrays along {@code axis} (rows for 0), sorted lexicographically, with first
     * indices, the 1-d inverse and counts; sub-arrays holding NaN are never merged, as in NumPy.
     * {@code np.unique(a, axis=axis, return_index=True, return_inverse=True, return_counts=True)}
     *
     * @param a the array whose sub-arrays are compared
     * @param axis the axis along which sub-arrays are taken (0: rows); negative counts from the end
     * @return the distinct sub-arrays stacked along {@code axis}, the index of each one's first occurrence,
     *     the 1-d inverse (one entry per sub-array of {@code a}) and the counts; new arrays
     * @throws AxisException for an axis out of range
     */
    public static Unique unique(NDArray a, int axis) {
        Objects.requireNonNull(a, "a");
        return SetOps.unique(a, axis, true);
    }

    /**
     * {@link #unique(NDArray)} with NaNs merged ({@code equalNan}, NumPy's default) or each kept.
     * {@code np.unique(a, return_index=True, return_inverse=True, return_counts=True, equal_nan=equalNan)}
     *
     * @param a the array, flattened
     * @param equalNan whether all NaNs count as one value (true) or each NaN stays distinct (false)
     * @return the sorted distinct values with their first positions, the inverse (of {@code a}'s shape) and the counts
     */
    public static Unique unique(NDArray a, boolean equalNan) {
        Objects.requireNonNull(a, "a");
        return SetOps.unique(a, null, equalNan);
    }

    /**
     * {@code np.searchsorted(a, v, side='right' if right else 'left')}: int64 insertion points of every
     * element of {@code v} into the sorted 1-d {@code a} (numbers, or strings in code-point order);
     * the result has {@code v}'s shape.
     *
     * @param a a 1-d array sorted in ascending order
     * @param v the values to place
     * @param right whether a value equal to elements of {@code a} goes after them (else before)
     * @return a new int64 array of the shape of {@code v}: the insertion positions
     * @throws IllegalArgumentException {@code object too deep for desired array} when {@code a} is not 1-d
     */
    public static NDArray searchsorted(NDArray a, NDArray v, boolean right) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(v, "v");
        return SearchSorted.searchsorted(a, v, right, null);
    }

    /**
     * {@link #searchsorted(NDArray, NDArray, boolean)} into {@code a} seen in the order of {@code sorter}
     * (indices that sort it, as {@code argsort} gives; null for none, {@code a} itself being sorted).
     * {@code np.searchsorted(a, v, side, sorter=sorter)}
     *
     * @param a a 1-d array, sorted in ascending order when read through {@code sorter}
     * @param v the values to place
     * @param right whether a value equal to elements of {@code a} goes after them (else before)
     * @param sorter int indices that sort {@code a}, one per element, or {@code null} when {@code a} is sorted
     * @return a new int64 array of the shape of {@code v}: insertion positions into the sorted order
     * @throws IllegalArgumentException {@code sorter.size must equal a.size}, {@code sorter must only contain integers},
     *     {@code Sorter index out of range.}
     */
    public static NDArray searchsorted(NDArray a, NDArray v, boolean right, NDArray sorter) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(v, "v");
        return SearchSorted.searchsorted(a, v, right, sorter);
    }

    /**
     * Row-wise searchsorted: {@code a} (..., n) holds sorted rows, {@code v} (..., k) the needles for
     * each; int64 of {@code v}'s shape. NumPy searches one 1-d array at a time; this is
     * {@code np.stack([np.searchsorted(a[i], v[i], side) for i in range(len(a))])} for 2-d input.
     *
     * @param a an array (..., n) whose last-axis rows are each sorted ascending
     * @param v the values (..., k) to place, one row of needles per row of {@code a}
     * @param right whether a value equal to elements of a row goes after them (else before)
     * @return a new int64 array of {@code v}'s shape: each needle's insertion position in its own row
     * @throws IllegalArgumentException when the leading dims differ
     */
    public static NDArray searchsortedRows(NDArray a, NDArray v, boolean right) {
        Objects.requireNonNull(v, "v");
        Objects.requireNonNull(a, "a");
        return SearchSorted.searchsortedRows(a, v, right);
    }

    /**
     * Bin numbers (int64, {@code x}'s shape) of {@code x} for monotonic 1-d {@code bins}: for increasing
     * bins {@code i} such that {@code bins[i-1] <= x < bins[i]} ({@code bins[i-1] < x <= bins[i]} when
     * {@code right}), 0 below, {@code len(bins)} above; decreasing bins count from the other end.
     * {@code np.digitize(x, bins, right=right)}
     *
     * @param x the values to bin
     * @param bins 1-d bin edges, monotonically increasing or decreasing
     * @param right whether bins are closed on the right ({@code bins[i-1] < x <= bins[i]}) instead of the left
     * @return a new int64 array of {@code x}'s shape: the bin number of each value, 0 to {@code len(bins)}
     * @throws IllegalArgumentException {@code bins must be monotonically increasing or decreasing}
     */
    public static NDArray digitize(NDArray x, NDArray bins, boolean right) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(bins, "bins");
        return SearchSorted.digitize(x, bins, right);
    }

    /**
     * {@code np.digitize(x, bins)}: bins closed on the left.
     *
     * @param x the values to bin
     * @param bins 1-d bin edges, monotonically increasing or decreasing
     * @return a new int64 array of {@code x}'s shape: the bin number of each value, 0 to {@code len(bins)}
     */
    public static NDArray digitize(NDArray x, NDArray bins) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(bins, "bins");
        return SearchSorted.digitize(x, bins, false);
    }

    /**
     * Where the elements of {@code element} equal some element of {@code test}: bool, {@code element}'s
     * shape (NaN equals nothing; -0.0 equals 0.0; a string never equals a number).
     * {@code np.isin(element, test_elements)}
     *
     * @param element the values to look up
     * @param test the values to look for, of any shape (taken flattened)
     * @return a new bool array of {@code element}'s shape, true where the element occurs in {@code test}
     */
    public static NDArray isin(NDArray element, NDArray test) {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(test, "test");
        return SetOps.isin(element, test, false);
    }

    /**
     * {@link #isin(NDArray, NDArray)}, negated when {@code invert}. {@code np.isin(element, test_elements, invert=invert)}
     *
     * @param element the values to look up
     * @param test the values to look for, of any shape (taken flattened)
     * @param invert whether to answer "not in {@code test}" instead
     * @return a new bool array of {@code element}'s shape
     */
    public static NDArray isin(NDArray element, NDArray test, boolean invert) {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(test, "test");
        return SetOps.isin(element, test, invert);
    }

    /**
     * The sorted values found in both (flattened, distinct; NaN is in no intersection). {@code np.intersect1d(a, b)}
     *
     * @param a the first array, flattened
     * @param b the second array, flattened
     * @return a new sorted 1-d array of the values in both, each once, in the promoted dtype of {@code a} and {@code b}
     */
    public static NDArray intersect1d(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return SetOps.intersect1d(a, b, false)[0];
    }

    /**
     * {@code np.intersect1d(a, b, assume_unique=assumeUnique, return_indices=True)}:
     * {@code {values, firstIndexInA, firstIndexInB}} (indices into the flattened inputs). With
     * {@code assumeUnique} the inputs are not made unique first (repeats then pair up as in NumPy).
     *
     * @param a the first array, flattened
     * @param b the second array, flattened
     * @param assumeUnique whether the caller promises both inputs are already distinct, skipping the deduplication
     * @return three new 1-d arrays: the sorted common values, and the int64 indices of their first
     *     occurrences in the flattened {@code a} and in the flattened {@code b}
     */
    public static NDArray[] intersect1d(NDArray a, NDArray b, boolean assumeUnique) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return SetOps.intersect1d(a, b, assumeUnique);
    }

    /**
     * The sorted distinct values of both, flattened (one NaN). {@code np.union1d(a, b)}
     *
     * @param a the first array, flattened
     * @param b the second array, flattened
     * @return a new sorted 1-d array of the values in either, each once, in the promoted dtype
     */
    public static NDArray union1d(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return SetOps.union1d(a, b);
    }

    /**
     * The sorted distinct values of {@code a} not in {@code b}. {@code np.setdiff1d(a, b)}
     *
     * @param a the array whose values are kept, flattened
     * @param b the values to remove, of any shape
     * @return a new sorted 1-d array of {@code a}'s distinct values absent from {@code b}, in {@code a}'s dtype
     */
    public static NDArray setdiff1d(NDArray a, NDArray b) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(a, "a");
        return SetOps.setdiff1d(a, b, false);
    }

    /**
     * {@code np.setdiff1d(a, b, assume_unique=assumeUnique)}: with {@code assumeUnique} the elements of
     * the flattened {@code a} not in {@code b}, in {@code a}'s order, unsorted.
     *
     * @param a the array whose values are kept, flattened
     * @param b the values to remove, of any shape
     * @param assumeUnique whether the caller promises both inputs are already distinct; then the result
     *     keeps {@code a}'s order instead of being sorted
     * @return a new 1-d array of {@code a}'s values absent from {@code b}, in {@code a}'s dtype
     */
    public static NDArray setdiff1d(NDArray a, NDArray b, boolean assumeUnique) {
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(a, "a");
        return SetOps.setdiff1d(a, b, assumeUnique);
    }

    // end of advanced indexing

    // ------------------------------------------------------------------ random
    // (issue 7: NumPy's global-state random functions, over org.ndvec.random.RandomState)

    /**
     * The global legacy generator behind NumPy's module-level functions: {@code Nd.random().randn(3, 4)}
     * is {@code np.random.randn(3, 4)}, bit for bit after the same {@link #seed(long)}.
     *
     * @return the generator the global {@link #seed(long)} reseeds
     */
    public static org.ndvec.random.RandomState random() {
        return org.ndvec.random.RandomState.global();
    }

    /**
     * What this JVM's ndvec runs on: version, JDK, the kernels in use (tiered, vector or scalar, and
     * why scalar; in the tiered default, which operators have reached their vector kernels so far),
     * the vector width, the thread count and where {@code RandomState} gets its
     * {@code log}/{@code exp}. {@code np.show_config()}; {@code System.out.println(Nd.info())}
     * prints a short report. The kernel choice is made once per JVM; when it falls back to the
     * scalar kernels, ndvec also logs one WARNING line on the {@code System.Logger} named
     * {@code org.ndvec}, and this call keeps the reason queryable afterwards.
     *
     * @return a snapshot of the configuration; {@code toString()} gives the report
     */
    public static NdInfo info() {
        return Info.current();
    }

    /**
     * Runs {@code body} with each ndvec operation it starts on this thread using at most
     * {@code threads} threads (this one included), below {@code -Dndvec.threads}; nested calls keep
     * the smaller limit. For code that is already parallel, such as Spark tasks or a thread pool of
     * one task per core, where splitting each operation again only makes the cores take turns.
     * The results are the same bits for any thread count. threadpoolctl's
     * {@code with threadpool_limits(limits=threads): ...}
     *
     * @param threads the most threads one operation may use, at least 1
     * @param body    the work to run on this thread
     * @param <T>     what {@code body} returns
     * @return what {@code body} returned
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public static <T> T withThreads(int threads, java.util.function.Supplier<T> body) {
        Objects.requireNonNull(body, "body");
        return org.ndvec.parallel.Workers.withLimit(threads, body);
    }

    /**
     * Reseeds the global generator. {@code np.random.seed(seed)}, seed in {@code [0, 2**32 - 1]}
     *
     * @param seed the seed, in {@code [0, 2**32 - 1]}
     */
    public static void seed(long seed) {
        org.ndvec.random.RandomState.global().seed(seed);
    }

    // end of random

    // ------------------------------------------------------------------ strings
    // (issue 8: NumPy's fixed-width unicode dtype <U, in org.ndvec.strings)

    /**
     * A 1-d string array, copying; its width is the longest element in code points (at least 1),
     * {@code null} elements become {@code ''}. {@code np.array(['Alice', 'Bob'])} (dtype {@code <U5}).
     * Nested {@code String[][]} go through {@link #array(Object)}.
     *
     * @param values the elements; {@code null} stores {@code ''}
     * @return a new 1-d string array
     */
    public static NDArray array(String... values) {
        Objects.requireNonNull(values, "values");
        return org.ndvec.strings.StringOps.array(values);
    }

    /**
     * A 0-d string array of the value's width ({@code null} is {@code ''}). {@code np.array('Alice')} (dtype {@code <U5})
     *
     * @param value the element, or null for {@code ''}
     * @return a new 0-d string array
     */
    public static NDArray scalar(String value) {
        return org.ndvec.strings.StringOps.array(value).reshape();
    }

    /**
     * A string array filled with {@code value} ({@code null} is {@code ''}), as wide as it. {@code np.full(shape, 'ab')} (dtype {@code <U2})
     *
     * @param shape the dims
     * @param value the value of every element, or null for {@code ''}
     * @return a new string array
     */
    public static NDArray full(int[] shape, String value) {
        Objects.requireNonNull(shape, "shape");
        return org.ndvec.strings.StringOps.full(shape, value);
    }

    /**
     * {@code np.unique(a, return_inverse=True, return_counts=True)} for a string array.
     *
     * @param a a string array, flattened
     * @return the sorted distinct strings, the inverse indices and the counts
     */
    public static org.ndvec.strings.UniqueStrings uniqueStrings(NDArray a) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.strings.StringOps.unique(a);
    }

    /**
     * Labels to sorted classes and INT64 codes. {@code classes, codes = np.unique(a, return_inverse=True)}
     *
     * @param labels a string array of labels
     * @return the sorted classes and one int64 code per label (its class's position)
     */
    public static org.ndvec.strings.LabelEncoding labelEncode(NDArray labels) {
        Objects.requireNonNull(labels, "labels");
        return org.ndvec.strings.StringOps.labelEncode(labels);
    }

    /**
     * Codes back to labels. {@code classes[codes]}
     *
     * @param classes the classes, as {@link #labelEncode} returns them
     * @param codes int64 positions in {@code classes}
     * @return a new string array of the shape of {@code codes}
     */
    public static NDArray labelDecode(NDArray classes, NDArray codes) {
        Objects.requireNonNull(classes, "classes");
        Objects.requireNonNull(codes, "codes");
        return org.ndvec.strings.StringOps.labelDecode(classes, codes);
    }

    // end of strings

    // ------------------------------------------------------------------ order statistics
    // (issue 20: median, quantile, percentile and their nan twins, in org.ndvec.ops.OrderStatistics)

    /**
     * Median of every element: the middle value of the sorted elements, or the mean of the two middle
     * ones; a 0-d result, float32 for float32 input and float64 otherwise; NaN if any element is NaN
     * or there is none. Found by selection, not by sorting. {@code np.median(a)}
     *
     * @param a the array, all of whose elements count
     * @return a new 0-d array holding the median (float32 for float32 input, else float64)
     */
    public static NDArray median(NDArray a) {
        Objects.requireNonNull(a, "a");
        return OrderStatistics.median(a, null, false, false);
    }

    /**
     * Median along one axis (negative counts from the end). {@code np.median(a, axis=axis)}
     *
     * @param a the array
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array of {@code a}'s shape without {@code axis}: the median of each lane
     *     (float32 for float32 input, else float64)
     */
    public static NDArray median(NDArray a, int axis) {
        Objects.requireNonNull(a, "a");
        return OrderStatistics.median(a, new int[] {axis}, false, false);
    }

    /**
     * Median over several axes ({@code null}: all), keeping them as length-1 dims when
     * {@code keepdims}. {@code np.median(a, axis=(0, 2), keepdims=True)}
     *
     * @param a the array
     * @param axes the axes to reduce together, or {@code null} for all; negative counts from the end
     * @param keepdims whether the reduced axes stay as length-1 dims, so the result broadcasts against {@code a}
     * @return a new array holding the medians (float32 for float32 input, else float64)
     * @throws AxisException for an axis out of range; {@code repeated axis}
     */
    public static NDArray median(NDArray a, int[] axes, boolean keepdims) {
        Objects.requireNonNull(a, "a");
        return OrderStatistics.median(a, axes, keepdims, false);
    }

    /**
     * Median of the non-NaN elements; NaN for a lane of only NaN (NumPy also warns
     * {@code All-NaN slice encountered}). {@code np.nanmedian(a)}
     *
     * @param a the array, all of whose non-NaN elements count
     * @return a new 0-d array holding the median (float32 for float32 input, else float64)
     */
    public static NDArray nanmedian(NDArray a) {
        Objects.requireNonNull(a, "a");
        return OrderStatistics.median(a, null, false, true);
    }

    /**
     * Median ignoring NaN along one axis. {@code np.nanmedian(a, axis=axis)}
     *
     * @param a the array
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array of {@code a}'s shape without {@code axis}: the median of each lane's non-NaN values
     */
    public static NDArray nanmedian(NDArray a, int axis) {
        Objects.requireNonNull(a, "a");
        return OrderStatistics.median(a, new int[] {axis}, false, true);
    }

    /**
     * Median ignoring NaN over several axes ({@code null}: all). {@code np.nanmedian(a, axis=axes, keepdims=keepdims)}
     *
     * @param a the array
     * @param axes the axes to reduce together, or {@code null} for all; negative counts from the end
     * @param keepdims whether the reduced axes stay as length-1 dims, so the result broadcasts against {@code a}
     * @return a new array holding the medians of the non-NaN values (float32 for float32 input, else float64)
     */
    public static NDArray nanmedian(NDArray a, int[] axes, boolean keepdims) {
        Objects.requireNonNull(a, "a");
        return OrderStatistics.median(a, axes, keepdims, true);
    }
    /**
     * Quantile of every element with NumPy's default method (linear), {@code q} in {@code [0, 1]}; a 0-d result of
     * float64, or float32 for a float32 input (a Java scalar {@code q} is NumPy's weak Python float). A lane holding NaN gives NaN.
     * Found by selection, not by sorting. {@code np.quantile(a, q)}
     *
     * @param a the array, all of whose elements count
     * @param q the quantile, from 0 (the minimum) to 1 (the maximum)
     * @return a new 0-d array holding the quantile
     * @throws IllegalArgumentException {@code Quantiles must be in the range [0, 1]}, NumPy's boolean-subtract error for bool input with an interpolating method
     * @throws IndexOutOfBoundsException {@code index -1 is out of bounds for axis 0 with size 0} for an empty lane
     */
    public static NDArray quantile(NDArray a, double q) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(q, "q");
        return OrderStatistics.quantile(a, new double[] {q}, new int[0], true, null, false, QuantileMethod.LINEAR, false, false);
    }

    /**
     * Quantile along one axis (negative counts from the end), linear method. {@code np.quantile(a, q, axis=axis)}
     *
     * @param a the array
     * @param q the quantile, from 0 (the minimum) to 1 (the maximum)
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array of {@code a}'s shape without {@code axis}: the quantile of each lane
     */
    public static NDArray quantile(NDArray a, double q, int axis) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(q, "q");
        return OrderStatistics.quantile(a, new double[] {q}, new int[0], true, new int[] {axis}, false,
                QuantileMethod.LINEAR, false, false);
    }

    /**
     * Quantile over several axes ({@code null}: all) with any of NumPy's methods; the selecting methods
     * ({@link QuantileMethod#LOWER}, ...) keep the input's dtype. {@code np.quantile(a, q, axis=axes, method=method, keepdims=keepdims)}
     *
     * @param a the array
     * @param q the quantile, from 0 (the minimum) to 1 (the maximum)
     * @param axes the axes to reduce together, or {@code null} for all; negative counts from the end
     * @param keepdims whether the reduced axes stay as length-1 dims, so the result broadcasts against {@code a}
     * @param method how a quantile falling between two elements is estimated (NumPy's {@code method=})
     * @return a new array holding the quantiles of the reduced shape
     * @throws IllegalArgumentException {@code Quantiles must be in the range [0, 1]}, NumPy's boolean-subtract error for bool input with an interpolating method
     * @throws IndexOutOfBoundsException {@code index -1 is out of bounds for axis 0 with size 0} for an empty lane
     */
    public static NDArray quantile(NDArray a, double q, int[] axes, boolean keepdims, QuantileMethod method) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(q, "q");
        return OrderStatistics.quantile(a, new double[] {q}, new int[0], true, axes, keepdims, method, false, false);
    }

    /**
     * Quantile for an array of {@code q} (at most 2-d, taken as float64): the result has q's shape
     * followed by the reduced shape. As in NumPy, an array {@code q} is not weak: a float32 input
     * interpolates into float64. {@code np.quantile(a, np.array(q), axis=axes, method=method, keepdims=keepdims)}
     *
     * @param a the array
     * @param q the quantiles, each from 0 to 1, as a 0-d, 1-d or 2-d array
     * @param axes the axes to reduce together, or {@code null} for all; negative counts from the end
     * @param keepdims whether the reduced axes stay as length-1 dims
     * @param method how a quantile falling between two elements is estimated (NumPy's {@code method=})
     * @return a new array of shape {@code q.shape + reduced shape}, one quantile per entry of {@code q}
     * @throws IllegalArgumentException {@code Quantiles must be in the range [0, 1]}, NumPy's boolean-subtract error for bool input with an interpolating method
     * @throws IndexOutOfBoundsException {@code index -1 is out of bounds for axis 0 with size 0} for an empty lane
     */
    public static NDArray quantile(NDArray a, NDArray q, int[] axes, boolean keepdims, QuantileMethod method) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(q, "q");
        return OrderStatistics.quantile(a, q.astype(DType.FLOAT64).toDoubleArray(), q.shape(), false, axes, keepdims,
                method, false, false);
    }
    /**
     * Percentile of every element with NumPy's default method (linear), {@code q} in {@code [0, 100]}; a 0-d result of
     * float64, or float32 for a float32 input (a Java scalar {@code q} is NumPy's weak Python float). A lane holding NaN gives NaN.
     * Found by selection, not by sorting. {@code np.percentile(a, q)}
     *
     * @param a the array, all of whose elements count
     * @param q the percentile, from 0 (the minimum) to 100 (the maximum)
     * @return a new 0-d array holding the percentile
     * @throws IllegalArgumentException {@code Percentiles must be in the range [0, 100]}, NumPy's boolean-subtract error for bool input with an interpolating method
     * @throws IndexOutOfBoundsException {@code index -1 is out of bounds for axis 0 with size 0} for an empty lane
     */
    public static NDArray percentile(NDArray a, double q) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(q, "q");
        return OrderStatistics.quantile(a, new double[] {q}, new int[0], true, null, false, QuantileMethod.LINEAR, false, true);
    }

    /**
     * Percentile along one axis (negative counts from the end), linear method. {@code np.percentile(a, q, axis=axis)}
     *
     * @param a the array
     * @param q the percentile, from 0 (the minimum) to 100 (the maximum)
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array of {@code a}'s shape without {@code axis}: the percentile of each lane
     */
    public static NDArray percentile(NDArray a, double q, int axis) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(q, "q");
        return OrderStatistics.quantile(a, new double[] {q}, new int[0], true, new int[] {axis}, false,
                QuantileMethod.LINEAR, false, true);
    }

    /**
     * Percentile over several axes ({@code null}: all) with any of NumPy's methods; the selecting methods
     * ({@link QuantileMethod#LOWER}, ...) keep the input's dtype. {@code np.percentile(a, q, axis=axes, method=method, keepdims=keepdims)}
     *
     * @param a the array
     * @param q the percentile, from 0 (the minimum) to 100 (the maximum)
     * @param axes the axes to reduce together, or {@code null} for all; negative counts from the end
     * @param keepdims whether the reduced axes stay as length-1 dims, so the result broadcasts against {@code a}
     * @param method how a percentile falling between two elements is estimated (NumPy's {@code method=})
     * @return a new array holding the percentiles of the reduced shape
     * @throws IllegalArgumentException {@code Percentiles must be in the range [0, 100]}, NumPy's boolean-subtract error for bool input with an interpolating method
     * @throws IndexOutOfBoundsException {@code index -1 is out of bounds for axis 0 with size 0} for an empty lane
     */
    public static NDArray percentile(NDArray a, double q, int[] axes, boolean keepdims, QuantileMethod method) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(q, "q");
        Objects.requireNonNull(method, "method");
        return OrderStatistics.quantile(a, new double[] {q}, new int[0], true, axes, keepdims, method, false, true);
    }

    /**
     * Percentile for an array of {@code q} (at most 2-d, taken as float64): the result has q's shape
     * followed by the reduced shape. As in NumPy, an array {@code q} is not weak: a float32 input
     * interpolates into float64. {@code np.percentile(a, np.array(q), axis=axes, method=method, keepdims=keepdims)}
     *
     * @param a the array
     * @param q the percentiles, each from 0 to 100, as a 0-d, 1-d or 2-d array
     * @param axes the axes to reduce together, or {@code null} for all; negative counts from the end
     * @param keepdims whether the reduced axes stay as length-1 dims
     * @param method how a percentile falling between two elements is estimated (NumPy's {@code method=})
     * @return a new array of shape {@code q.shape + reduced shape}, one percentile per entry of {@code q}
     * @throws IllegalArgumentException {@code Percentiles must be in the range [0, 100]}, NumPy's boolean-subtract error for bool input with an interpolating method
     * @throws IndexOutOfBoundsException {@code index -1 is out of bounds for axis 0 with size 0} for an empty lane
     */
    public static NDArray percentile(NDArray a, NDArray q, int[] axes, boolean keepdims, QuantileMethod method) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(q, "q");
        Objects.requireNonNull(method, "method");
        return OrderStatistics.quantile(a, q.astype(DType.FLOAT64).toDoubleArray(), q.shape(), false, axes, keepdims,
                method, false, true);
    }
    /**
     * Quantile ignoring NaN of every element with NumPy's default method (linear), {@code q} in {@code [0, 1]}; a 0-d result of
     * float64, or float32 for a float32 input (a Java scalar {@code q} is NumPy's weak Python float). NaN elements are left out; a lane of only NaN gives NaN (an empty input gives NumPy's nanmean of it, without q's axes).
     * Found by selection, not by sorting. {@code np.nanquantile(a, q)}
     *
     * @param a the array, all of whose non-NaN elements count
     * @param q the quantile, from 0 (the minimum) to 1 (the maximum)
     * @return a new 0-d array holding the quantile
     * @throws IllegalArgumentException {@code Quantiles must be in the range [0, 1]}, NumPy's boolean-subtract
     *     error for bool input with an interpolating method
     */
    public static NDArray nanquantile(NDArray a, double q) {
        Objects.requireNonNull(q, "q");
        Objects.requireNonNull(a, "a");
        return OrderStatistics.quantile(a, new double[] {q}, new int[0], true, null, false, QuantileMethod.LINEAR, true, false);
    }

    /**
     * Quantile ignoring NaN along one axis (negative counts from the end), linear method. {@code np.nanquantile(a, q, axis=axis)}
     *
     * @param a the array
     * @param q the quantile, from 0 (the minimum) to 1 (the maximum)
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array of {@code a}'s shape without {@code axis}: the quantile of each lane's non-NaN values
     */
    public static NDArray nanquantile(NDArray a, double q, int axis) {
        Objects.requireNonNull(q, "q");
        Objects.requireNonNull(a, "a");
        return OrderStatistics.quantile(a, new double[] {q}, new int[0], true, new int[] {axis}, false,
                QuantileMethod.LINEAR, true, false);
    }

    /**
     * Quantile ignoring NaN over several axes ({@code null}: all) with any of NumPy's methods; the selecting methods
     * ({@link QuantileMethod#LOWER}, ...) keep the input's dtype. {@code np.nanquantile(a, q, axis=axes, method=method, keepdims=keepdims)}
     *
     * @param a the array
     * @param q the quantile, from 0 (the minimum) to 1 (the maximum)
     * @param axes the axes to reduce together, or {@code null} for all; negative counts from the end
     * @param keepdims whether the reduced axes stay as length-1 dims, so the result broadcasts against {@code a}
     * @param method how a quantile falling between two elements is estimated (NumPy's {@code method=})
     * @return a new array holding the quantiles of the non-NaN values, of the reduced shape
     * @throws IllegalArgumentException {@code Quantiles must be in the range [0, 1]}, NumPy's boolean-subtract
     *     error for bool input with an interpolating method
     */
    public static NDArray nanquantile(NDArray a, double q, int[] axes, boolean keepdims, QuantileMethod method) {
        Objects.requireNonNull(q, "q");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(method, "method");
        return OrderStatistics.quantile(a, new double[] {q}, new int[0], true, axes, keepdims, method, true, false);
    }

    /**
     * Quantile ignoring NaN for an array of {@code q} (at most 2-d, taken as float64): the result has q's shape
     * followed by the reduced shape. As in NumPy, an array {@code q} is not weak: a float32 input
     * interpolates into float64. {@code np.nanquantile(a, np.array(q), axis=axes, method=method, keepdims=keepdims)}
     *
     * @param a the array
     * @param q the quantiles, each from 0 to 1, as a 0-d, 1-d or 2-d array
     * @param axes the axes to reduce together, or {@code null} for all; negative counts from the end
     * @param keepdims whether the reduced axes stay as length-1 dims
     * @param method how a quantile falling between two elements is estimated (NumPy's {@code method=})
     * @return a new array of shape {@code q.shape + reduced shape}, one quantile per entry of {@code q}
     * @throws IllegalArgumentException {@code Quantiles must be in the range [0, 1]}, NumPy's boolean-subtract
     *     error for bool input with an interpolating method
     */
    public static NDArray nanquantile(NDArray a, NDArray q, int[] axes, boolean keepdims, QuantileMethod method) {
        Objects.requireNonNull(q, "q");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(method, "method");
        return OrderStatistics.quantile(a, q.astype(DType.FLOAT64).toDoubleArray(), q.shape(), false, axes, keepdims,
                method, true, false);
    }
    /**
     * Percentile ignoring NaN of every element with NumPy's default method (linear), {@code q} in {@code [0, 100]}; a 0-d result of
     * float64, or float32 for a float32 input (a Java scalar {@code q} is NumPy's weak Python float). NaN elements are left out; a lane of only NaN gives NaN (an empty input gives NumPy's nanmean of it, without q's axes).
     * Found by selection, not by sorting. {@code np.nanpercentile(a, q)}
     *
     * @param a the array, all of whose non-NaN elements count
     * @param q the percentile, from 0 (the minimum) to 100 (the maximum)
     * @return a new 0-d array holding the percentile
     * @throws IllegalArgumentException {@code Percentiles must be in the range [0, 100]}, NumPy's boolean-subtract
     *     error for bool input with an interpolating method
     */
    public static NDArray nanpercentile(NDArray a, double q) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(q, "q");
        return OrderStatistics.quantile(a, new double[] {q}, new int[0], true, null, false, QuantileMethod.LINEAR, true, true);
    }

    /**
     * Percentile ignoring NaN along one axis (negative counts from the end), linear method. {@code np.nanpercentile(a, q, axis=axis)}
     *
     * @param a the array
     * @param q the percentile, from 0 (the minimum) to 100 (the maximum)
     * @param axis the axis to reduce; negative counts from the end
     * @return a new array of {@code a}'s shape without {@code axis}: the percentile of each lane's non-NaN values
     */
    public static NDArray nanpercentile(NDArray a, double q, int axis) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(q, "q");
        return OrderStatistics.quantile(a, new double[] {q}, new int[0], true, new int[] {axis}, false,
                QuantileMethod.LINEAR, true, true);
    }

    /**
     * Percentile ignoring NaN over several axes ({@code null}: all) with any of NumPy's methods; the selecting methods
     * ({@link QuantileMethod#LOWER}, ...) keep the input's dtype. {@code np.nanpercentile(a, q, axis=axes, method=method, keepdims=keepdims)}
     *
     * @param a the array
     * @param q the percentile, from 0 (the minimum) to 100 (the maximum)
     * @param axes the axes to reduce together, or {@code null} for all; negative counts from the end
     * @param keepdims whether the reduced axes stay as length-1 dims, so the result broadcasts against {@code a}
     * @param method how a percentile falling between two elements is estimated (NumPy's {@code method=})
     * @return a new array holding the percentiles of the non-NaN values, of the reduced shape
     * @throws IllegalArgumentException {@code Percentiles must be in the range [0, 100]}, NumPy's boolean-subtract
     *     error for bool input with an interpolating method
     */
    public static NDArray nanpercentile(NDArray a, double q, int[] axes, boolean keepdims, QuantileMethod method) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(q, "q");
        return OrderStatistics.quantile(a, new double[] {q}, new int[0], true, axes, keepdims, method, true, true);
    }

    /**
     * Percentile ignoring NaN for an array of {@code q} (at most 2-d, taken as float64): the result has q's shape
     * followed by the reduced shape. As in NumPy, an array {@code q} is not weak: a float32 input
     * interpolates into float64. {@code np.nanpercentile(a, np.array(q), axis=axes, method=method, keepdims=keepdims)}
     *
     * @param a the array
     * @param q the percentiles, each from 0 to 100, as a 0-d, 1-d or 2-d array
     * @param axes the axes to reduce together, or {@code null} for all; negative counts from the end
     * @param keepdims whether the reduced axes stay as length-1 dims
     * @param method how a percentile falling between two elements is estimated (NumPy's {@code method=})
     * @return a new array of shape {@code q.shape + reduced shape}, one percentile per entry of {@code q}
     * @throws IllegalArgumentException {@code Percentiles must be in the range [0, 100]}, NumPy's boolean-subtract
     *     error for bool input with an interpolating method
     */
    public static NDArray nanpercentile(NDArray a, NDArray q, int[] axes, boolean keepdims, QuantileMethod method) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(q, "q");
        return OrderStatistics.quantile(a, q.astype(DType.FLOAT64).toDoubleArray(), q.shape(), false, axes, keepdims,
                method, true, true);
    }
    /**
     * Variance of the non-NaN elements over every axis (ddof 0); float32 stays float32, integer
     * input gives {@code np.var}'s float64. {@code np.nanvar(a)}
     *
     * @param a the array, all of whose non-NaN elements count
     * @return a new 0-d array holding the variance
     */
    public static NDArray nanvar(NDArray a) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.ops.NanStatistics.nanvar(a, null, false, 0, false);
    }

    /**
     * Variance ignoring NaN along one axis, dividing by {@code count - ddof}. {@code np.nanvar(a, axis=axis, ddof=ddof)}
     *
     * @param a the array
     * @param axis the axis to reduce; negative counts from the end
     * @param ddof delta degrees of freedom: 0 for the population variance, 1 for the sample variance
     * @return a new array of {@code a}'s shape without {@code axis}: the variance of each lane's non-NaN values
     */
    public static NDArray nanvar(NDArray a, int axis, int ddof) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.ops.NanStatistics.nanvar(a, new int[] {axis}, false, ddof, false);
    }

    /**
     * Variance ignoring NaN over several axes ({@code null}: all): {@code sum((x - mean)^2) / (count - ddof)}
     * over the non-NaN values, NaN where {@code count - ddof <= 0} (NumPy also warns). Sums are
     * compensated float64, so the last bit can differ from NumPy's pairwise (float32: float32) sums.
     * {@code np.nanvar(a, axis=axes, ddof=ddof, keepdims=keepdims)}
     *
     * @param a the array
     * @param axes the axes to reduce together, or {@code null} for all; negative counts from the end
     * @param keepdims whether the reduced axes stay as length-1 dims, so the result broadcasts against {@code a}
     * @param ddof delta degrees of freedom: 0 for the population variance, 1 for the sample variance
     * @return a new array holding the variances (float32 for float32 input, else float64)
     * @throws AxisException for an axis out of range
     */
    public static NDArray nanvar(NDArray a, int[] axes, boolean keepdims, int ddof) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.ops.NanStatistics.nanvar(a, axes, keepdims, ddof, false);
    }

    /**
     * Standard deviation of the non-NaN elements over every axis (ddof 0). {@code np.nanstd(a)}
     *
     * @param a the array, all of whose non-NaN elements count
     * @return a new 0-d array holding the standard deviation
     */
    public static NDArray nanstd(NDArray a) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.ops.NanStatistics.nanvar(a, null, false, 0, true);
    }

    /**
     * Standard deviation ignoring NaN along one axis. {@code np.nanstd(a, axis=axis, ddof=ddof)}
     *
     * @param a the array
     * @param axis the axis to reduce; negative counts from the end
     * @param ddof delta degrees of freedom: 0 for the population deviation, 1 for the sample one
     * @return a new array of {@code a}'s shape without {@code axis}: the deviation of each lane's non-NaN values
     */
    public static NDArray nanstd(NDArray a, int axis, int ddof) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.ops.NanStatistics.nanvar(a, new int[] {axis}, false, ddof, true);
    }

    /**
     * Standard deviation ignoring NaN, the square root of {@link #nanvar(NDArray, int[], boolean, int)}.
     * {@code np.nanstd(a, axis=axes, ddof=ddof, keepdims=keepdims)}
     *
     * @param a the array
     * @param axes the axes to reduce together, or {@code null} for all; negative counts from the end
     * @param keepdims whether the reduced axes stay as length-1 dims, so the result broadcasts against {@code a}
     * @param ddof delta degrees of freedom: 0 for the population deviation, 1 for the sample one
     * @return a new array holding the standard deviations (float32 for float32 input, else float64)
     */
    public static NDArray nanstd(NDArray a, int[] axes, boolean keepdims, int ddof) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.ops.NanStatistics.nanvar(a, axes, keepdims, ddof, true);
    }

    /**
     * Flat (C-order) index of the largest non-NaN element, a 0-d int64 array. NaN counts as
     * {@code -inf}, as NumPy replaces it, so a lane of only NaN and {@code -inf} gives its first
     * element. {@code np.nanargmax(a)}
     *
     * @param a the array, read in C order
     * @return a new 0-d int64 array: the flat index of the largest non-NaN element (the first, on ties)
     * @throws IllegalArgumentException {@code All-NaN slice encountered}, {@code attempt to get argmax of an empty sequence}
     */
    public static NDArray nanargmax(NDArray a) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.ops.NanStatistics.nanargExtreme(a, null, false, true);
    }

    /**
     * Index of the largest non-NaN element along an axis, int64. {@code np.nanargmax(a, axis=axis, keepdims=keepdims)}
     *
     * @param a the array
     * @param axis the axis to search along; negative counts from the end
     * @param keepdims whether {@code axis} stays as a length-1 dim, so the result can index {@code a} with take_along_axis
     * @return a new int64 array of {@code a}'s shape without {@code axis} (or with it of length 1):
     *     the position of each lane's largest non-NaN element
     */
    public static NDArray nanargmax(NDArray a, int axis, boolean keepdims) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.ops.NanStatistics.nanargExtreme(a, axis, keepdims, true);
    }

    /**
     * Flat (C-order) index of the smallest non-NaN element (NaN counts as {@code +inf}), a 0-d int64
     * array. {@code np.nanargmin(a)}
     *
     * @param a the array, read in C order
     * @return a new 0-d int64 array: the flat index of the smallest non-NaN element (the first, on ties)
     * @throws IllegalArgumentException {@code All-NaN slice encountered}, {@code attempt to get argmin of an empty sequence}
     */
    public static NDArray nanargmin(NDArray a) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.ops.NanStatistics.nanargExtreme(a, null, false, false);
    }

    /**
     * Index of the smallest non-NaN element along an axis, int64. {@code np.nanargmin(a, axis=axis, keepdims=keepdims)}
     *
     * @param a the array
     * @param axis the axis to search along; negative counts from the end
     * @param keepdims whether {@code axis} stays as a length-1 dim, so the result can index {@code a} with take_along_axis
     * @return a new int64 array of {@code a}'s shape without {@code axis} (or with it of length 1):
     *     the position of each lane's smallest non-NaN element
     */
    public static NDArray nanargmin(NDArray a, int axis, boolean keepdims) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.ops.NanStatistics.nanargExtreme(a, axis, keepdims, false);
    }

    /**
     * The mean of every element (no weights); float64 for integer input. {@code np.average(a)}
     *
     * @param a the array, all of whose elements count equally
     * @return a new 0-d array holding the mean (float64 for integer or bool input, else {@code a}'s dtype)
     */
    public static NDArray average(NDArray a) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.ops.Average.averageAndSum(a, null, null, false)[0];
    }

    /**
     * Weighted average {@code sum(a * w) / sum(w)} over {@code axes} ({@code null}: all) in NumPy's
     * result dtype (float64 for integer or bool input, else the promotion of {@code a} and the
     * weights). {@code weights} may be {@code null} (the mean), of {@code a}'s shape, or of the shape
     * of the averaged axes. {@code np.average(a, axis=axes, weights=weights, keepdims=keepdims)}
     *
     * @param a the values to average
     * @param axes the axes to average over, or {@code null} for all; negative counts from the end
     * @param weights how much each value counts, or {@code null} for equal weights
     * @param keepdims whether the averaged axes stay as length-1 dims, so the result broadcasts against {@code a}
     * @return a new array of the averages: {@code a}'s shape without the averaged axes (or with them of length 1)
     * @throws IllegalArgumentException {@code Axis must be specified when shapes of a and weights differ.},
     *     {@code Shape of weights must be consistent with shape of a along specified axis.}
     * @throws ArithmeticException {@code Weights sum to zero, can't be normalized} (NumPy's ZeroDivisionError)
     */
    public static NDArray average(NDArray a, int[] axes, NDArray weights, boolean keepdims) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.ops.Average.averageAndSum(a, axes, weights, keepdims)[0];
    }

    /**
     * {@link #average(NDArray, int[], NDArray, boolean)} and the sum of the weights (the element count
     * without weights), broadcast to the average's shape: {@code {average, sumOfWeights}}.
     * {@code np.average(a, axis=axes, weights=weights, returned=True, keepdims=keepdims)}
     *
     * @param a the values to average
     * @param axes the axes to average over, or {@code null} for all; negative counts from the end
     * @param weights how much each value counts, or {@code null} for equal weights
     * @param keepdims whether the averaged axes stay as length-1 dims, so the result broadcasts against {@code a}
     * @return two new arrays of the same shape: the averages, then the sums of the weights behind each
     */
    public static NDArray[] averageReturned(NDArray a, int[] axes, NDArray weights, boolean keepdims) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.ops.Average.averageAndSum(a, axes, weights, keepdims);
    }

    // end of order statistics


    // ------------------------------------------------------------------ binning and counting
    // (issue 20: histogram and bincount in org.ndvec.ops)

    /**
     * Counts in 10 equal bins over the data's range. {@code hist, edges = np.histogram(a)}
     *
     * @param a the data, flattened
     * @return the 10 int64 counts and the 11 bin edges
     */
    public static Histogram histogram(NDArray a) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.ops.Histograms.uniform(a, 10, null, null, false);
    }

    /**
     * Counts (int64) in {@code bins} equal bins spanning the data's range (widened by 0.5 each side
     * when it is one value), the last bin closed, with the {@code bins + 1} edges (float32 for float32
     * data, else float64). Edges and bin indices are computed as NumPy computes them, so a value on or
     * next to an edge lands in NumPy's bin. {@code np.histogram(a, bins)}
     *
     * @param a the data, flattened
     * @param bins how many equal-width bins, at least 1
     * @return the {@code bins} int64 counts and the {@code bins + 1} bin edges
     * @throws IllegalArgumentException {@code `bins` must be positive, when an integer},
     *     {@code autodetected range of [nan, nan] is not finite}
     */
    public static Histogram histogram(NDArray a, int bins) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.ops.Histograms.uniform(a, bins, null, null, false);
    }

    /**
     * {@code np.histogram(a, bins, range=range, weights=weights, density=density)} with equal bins:
     * {@code range} ({@code null} for the data's) is {@code {min, max}}; values outside it are left out;
     * {@code weights} ({@code null}, or {@code a}'s shape) sum per bin in their own dtype, in NumPy's
     * order; {@code density} divides by the bin widths and the total (float64).
     *
     * @param a the data, flattened
     * @param bins how many equal-width bins, at least 1
     * @param range {@code {min, max}} of the binned span, or {@code null} for the data's own minimum and maximum
     * @param weights one weight per element of {@code a}, or {@code null} to count each element as 1
     * @param density whether to return a probability density (integrating to 1 over the range) instead of counts
     * @return the per-bin counts (int64; the weights' dtype when weighted; float64 densities when
     *     {@code density}) and the {@code bins + 1} bin edges
     * @throws IllegalArgumentException {@code max must be larger than min in range parameter.},
     *     {@code supplied range of [0.0, inf] is not finite}, {@code weights should have the same shape as a.},
     *     {@code Too many bins for data range. Cannot create 10 finite-sized bins.}
     */
    public static Histogram histogram(NDArray a, int bins, double[] range, NDArray weights, boolean density) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.ops.Histograms.uniform(a, bins, range, weights, density);
    }

    /**
     * Counts between given non-decreasing edges (1-d; every bin half-open but the last); the edges are
     * returned as given. {@code np.histogram(a, bins=edges)}
     *
     * @param a the data, flattened
     * @param edges the 1-d non-decreasing bin edges, one more than the bins
     * @return the int64 count of each bin, and {@code edges} itself as the bin edges
     * @throws IllegalArgumentException {@code `bins` must increase monotonically, when an array},
     *     {@code `bins` must be 1d, when an array}
     */
    public static Histogram histogram(NDArray a, NDArray edges) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(edges, "edges");
        return org.ndvec.ops.Histograms.edges(a, edges, null, false);
    }

    /**
     * {@code np.histogram(a, bins=edges, weights=weights, density=density)}; {@code weights} may be null.
     *
     * @param a the data, flattened
     * @param edges the 1-d non-decreasing bin edges, one more than the bins
     * @param weights one weight per element of {@code a}, or {@code null} to count each element as 1
     * @param density whether to return a probability density (integrating to 1 over the edges' span) instead of counts
     * @return the per-bin counts (int64; the weights' dtype when weighted; float64 densities when
     *     {@code density}) and {@code edges} as the bin edges
     */
    public static Histogram histogram(NDArray a, NDArray edges, NDArray weights, boolean density) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(edges, "edges");
        return org.ndvec.ops.Histograms.edges(a, edges, weights, density);
    }

    /**
     * Occurrences (int64) of each value {@code 0 .. max(x)} of a 1-d non-negative integer array. {@code np.bincount(x)}
     *
     * @param x a 1-d array of non-negative integers
     * @return a new 1-d int64 array of length {@code max(x) + 1} (empty for an empty {@code x}): element {@code i}
     *     counts the occurrences of {@code i}
     */
    public static NDArray bincount(NDArray x) {
        Objects.requireNonNull(x, "x");
        return org.ndvec.ops.Bincount.bincount(x, null, 0);
    }

    /**
     * Occurrences of each value, or with {@code weights} (null, or one per element) the float64 sum of
     * their weights, over {@code max(max(x) + 1, minlength)} bins. {@code np.bincount(x, weights, minlength)}
     *
     * @param x a 1-d array of non-negative integers
     * @param weights one weight per element of {@code x}, or {@code null} to count each as 1
     * @param minlength the least length of the result; shorter results are padded with zeros
     * @return a new 1-d array of length {@code max(max(x) + 1, minlength)}: int64 counts, or float64 sums of weights
     * @throws IllegalArgumentException {@code 'list' argument must have no negative elements},
     *     {@code 'minlength' must not be negative}, {@code The weights and list don't have the same length.},
     *     {@code Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'},
     *     {@code object too deep for desired array}
     */
    public static NDArray bincount(NDArray x, NDArray weights, int minlength) {
        Objects.requireNonNull(x, "x");
        return org.ndvec.ops.Bincount.bincount(x, weights, minlength);
    }

    // end of binning and counting


    // ------------------------------------------------------------------ linear-algebra helpers
    // (issue 20: cov, corrcoef, diagonals, triangles, kron, einsum)

    /**
     * Covariance matrix of the rows of {@code m} (variables; observations along the columns), float64,
     * normalized by {@code n - 1}; a 0-d array for one variable. Computed as NumPy's {@code cov} is, the
     * product by ndvec's GEMM (elements can differ from NumPy's in the last bits). {@code np.cov(m)}
     *
     * @param m a 1-d or 2-d array, one variable per row, one observation per column
     * @return a new float64 (n, n) covariance matrix for n variables, or a 0-d array for one variable
     * @throws IllegalArgumentException {@code m has more than 2 dimensions}
     */
    public static NDArray cov(NDArray m) {
        Objects.requireNonNull(m, "m");
        return org.ndvec.ops.Covariance.cov(m, null, true, false, null, null, null);
    }

    /**
     * {@code np.cov(m, y, rowvar=rowvar, bias=bias, ddof=ddof, fweights=fweights, aweights=aweights)}:
     * {@code y} (null for none) adds variables; {@code rowvar} false puts variables in columns;
     * {@code ddof} (null: 1, or 0 with {@code bias}) is the normalization's offset; {@code fweights}
     * (integer counts) and {@code aweights} (relative weights), one per observation, may be null.
     *
     * @param m a 1-d or 2-d array of variables and observations
     * @param y more variables, laid out as {@code m}, or {@code null} for none
     * @param rowvar whether each row is a variable (true, NumPy's default) or each column is
     * @param bias whether to normalize by N (true) rather than N - 1, when {@code ddof} is null
     * @param ddof delta degrees of freedom overriding {@code bias}, or {@code null}
     * @param fweights 1-d integer frequency weights, how often each observation repeats, or {@code null}
     * @param aweights 1-d observation weights (importance), or {@code null}
     * @return a new float64 covariance matrix of all the variables, or a 0-d array for one variable
     * @throws IllegalArgumentException NumPy's {@code fweights must be integer}, {@code fweights cannot be negative},
     *     {@code incompatible numbers of samples and aweights}, {@code cannot handle multidimensional fweights}, ...
     */
    public static NDArray cov(NDArray m, NDArray y, boolean rowvar, boolean bias, Integer ddof, NDArray fweights,
                              NDArray aweights) {
        Objects.requireNonNull(m, "m");
        return org.ndvec.ops.Covariance.cov(m, y, rowvar, bias, ddof, fweights, aweights);
    }

    /**
     * Pearson correlation coefficients of the rows of {@code x}, clipped to [-1, 1]. {@code np.corrcoef(x)}
     *
     * @param x a 1-d or 2-d array, one variable per row, one observation per column
     * @return a new float64 (n, n) matrix of correlation coefficients for n variables, or a 0-d array for one
     */
    public static NDArray corrcoef(NDArray x) {
        Objects.requireNonNull(x, "x");
        return org.ndvec.ops.Covariance.corrcoef(x, null, true);
    }

    /**
     * {@code np.corrcoef(x, y, rowvar=rowvar)}; {@code y} may be null.
     *
     * @param x a 1-d or 2-d array of variables and observations
     * @param y more variables, laid out as {@code x}, or {@code null} for none
     * @param rowvar whether each row is a variable (true, NumPy's default) or each column is
     * @return a new float64 matrix of correlation coefficients of all the variables, or a 0-d array for one
     */
    public static NDArray corrcoef(NDArray x, NDArray y, boolean rowvar) {
        Objects.requireNonNull(x, "x");
        return org.ndvec.ops.Covariance.corrcoef(x, y, rowvar);
    }

    /**
     * Sum along the main diagonal of a matrix (of the first two axes for more dims); int32 and bool
     * give int64 as NumPy's sum does. {@code np.trace(a)}
     *
     * @param a an array of at least two dims; the diagonal runs over axes 0 and 1
     * @return a new array of the sums, of {@code a}'s shape without its first two axes (0-d for a matrix)
     * @throws IllegalArgumentException {@code diag requires an array of at least two dimensions}
     */
    public static NDArray trace(NDArray a) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.indexing.Diagonals.trace(a, 0, 0, 1);
    }

    /**
     * Sum along diagonal {@code offset} of the plane {@code (axis1, axis2)}: one sum per index of the
     * other axes. {@code np.trace(a, offset, axis1, axis2)}
     *
     * @param a an array of at least two dims
     * @param offset the diagonal: 0 the main one, positive above it, negative below
     * @param axis1 the first axis of the plane (the diagonal's rows); negative counts from the end
     * @param axis2 the second axis of the plane (its columns); negative counts from the end
     * @return a new array of the sums, of {@code a}'s shape without {@code axis1} and {@code axis2} (0-d for a matrix)
     * @throws IllegalArgumentException {@code axis1 and axis2 cannot be the same}, {@code axis1: axis 2 is out of bounds for array of dimension 2}
     */
    public static NDArray trace(NDArray a, int offset, int axis1, int axis2) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.indexing.Diagonals.trace(a, offset, axis1, axis2);
    }

    /**
     * The main diagonal as a read-only view (NumPy 2's diagonal is read-only too; {@code copy()} it to
     * write). {@code np.diagonal(a)}
     *
     * @param a an array of at least two dims; the diagonal runs over axes 0 and 1
     * @return a read-only view sharing {@code a}'s data: its other axes, then one axis along the diagonal
     */
    public static NDArray diagonal(NDArray a) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.indexing.Diagonals.diagonal(a, 0, 0, 1);
    }

    /**
     * Diagonal {@code offset} (above the main one when positive) of the plane {@code (axis1, axis2)},
     * a read-only view whose last axis runs along it. {@code np.diagonal(a, offset, axis1, axis2)}
     *
     * @param a an array of at least two dims
     * @param offset the diagonal: 0 the main one, positive above it, negative below
     * @param axis1 the first axis of the plane (the diagonal's rows); negative counts from the end
     * @param axis2 the second axis of the plane (its columns); negative counts from the end
     * @return a read-only view sharing {@code a}'s data: {@code a}'s shape without {@code axis1} and
     *     {@code axis2}, then one axis as long as the diagonal
     * @throws IllegalArgumentException {@code diag requires an array of at least two dimensions},
     *     {@code axis1 and axis2 cannot be the same}
     */
    public static NDArray diagonal(NDArray a, int offset, int axis1, int axis2) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.indexing.Diagonals.diagonal(a, offset, axis1, axis2);
    }

    /**
     * {@code np.diag(v)}: a square matrix with 1-d {@code v} on its diagonal, or the diagonal (a read-only view) of a 2-d {@code v}.
     *
     * @param v a 1-d array (the diagonal to place) or a 2-d array (the matrix to read)
     * @return for 1-d {@code v} a new (n, n) matrix of {@code v}'s dtype, zero off the diagonal; for 2-d
     *     {@code v} its main diagonal as a 1-d read-only view
     */
    public static NDArray diag(NDArray v) {
        Objects.requireNonNull(v, "v");
        return org.ndvec.indexing.Diagonals.diag(v, 0);
    }

    /**
     * {@code np.diag(v, k)}: a new matrix with 1-d {@code v} on diagonal {@code k}, or diagonal
     * {@code k} of a 2-d {@code v} as a read-only view.
     *
     * @param v a 1-d array (the diagonal to place) or a 2-d array (the matrix to read)
     * @param k the diagonal: 0 the main one, positive above it, negative below
     * @return for 1-d {@code v} of length n a new square matrix of side {@code n + |k|}, zero off diagonal
     *     {@code k}; for 2-d {@code v} diagonal {@code k} as a 1-d read-only view
     * @throws IllegalArgumentException {@code Input must be 1- or 2-d.}
     */
    public static NDArray diag(NDArray v, int k) {
        Objects.requireNonNull(v, "v");
        return org.ndvec.indexing.Diagonals.diag(v, k);
    }

    /**
     * A bool (n, m) array, true at and below diagonal {@code k}. {@code np.tri(n, m, k, dtype=bool)}
     *
     * @param n the number of rows
     * @param m the number of columns
     * @param k the last diagonal that is true: 0 the main one, positive above it, negative below
     * @return a new (n, m) bool array, {@code j <= i + k} at {@code [i, j]}
     */
    public static NDArray tri(int n, int m, int k) {
        return org.ndvec.indexing.Triangles.tri(n, m, k);
    }

    /**
     * A copy with the elements below diagonal {@code k} of the last two dims zeroed (a 1-d input
     * broadcasts to a square matrix, as in NumPy). {@code np.triu(m, k)}
     *
     * @param m the array; its last two dims form the matrices (a 1-d one is repeated into rows)
     * @param k the lowest diagonal kept: 0 the main one, positive above it, negative below
     * @return a new array of {@code m}'s dtype and shape ((n, n) for 1-d input), zero below diagonal {@code k}
     */
    public static NDArray triu(NDArray m, int k) {
        Objects.requireNonNull(m, "m");
        return org.ndvec.indexing.Triangles.triangle(m, k, false);
    }

    /**
     * {@code np.triu(m)}
     *
     * @param m the array; its last two dims form the matrices (a 1-d one is repeated into rows)
     * @return a new array of {@code m}'s dtype and shape ((n, n) for 1-d input), zero below the main diagonal
     */
    public static NDArray triu(NDArray m) {
        Objects.requireNonNull(m, "m");
        return org.ndvec.indexing.Triangles.triangle(m, 0, false);
    }

    /**
     * A copy with the elements above diagonal {@code k} of the last two dims zeroed. {@code np.tril(m, k)}
     *
     * @param m the array; its last two dims form the matrices (a 1-d one is repeated into rows)
     * @param k the highest diagonal kept: 0 the main one, positive above it, negative below
     * @return a new array of {@code m}'s dtype and shape ((n, n) for 1-d input), zero above diagonal {@code k}
     */
    public static NDArray tril(NDArray m, int k) {
        Objects.requireNonNull(m, "m");
        return org.ndvec.indexing.Triangles.triangle(m, k, true);
    }

    /**
     * {@code np.tril(m)}
     *
     * @param m the array; its last two dims form the matrices (a 1-d one is repeated into rows)
     * @return a new array of {@code m}'s dtype and shape ((n, n) for 1-d input), zero above the main diagonal
     */
    public static NDArray tril(NDArray m) {
        Objects.requireNonNull(m, "m");
        return org.ndvec.indexing.Triangles.triangle(m, 0, true);
    }

    /**
     * The Kronecker product: blocks {@code a[i, j] * b}, shapes multiplied axis by axis (the shorter
     * shape padded with leading 1s); the dtype is the multiply's. {@code np.kron(a, b)}
     *
     * @param a the array giving the block layout and each block's factor
     * @param b the block that every element of {@code a} scales
     * @return a new array whose shape is the axis-wise product of the two shapes
     */
    public static NDArray kron(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.ops.Kron.kron(a, b);
    }

    /**
     * Einstein summation, NumPy's subscripts ({@code "ij,jk->ik"}, {@code "bij,bjk->bik"}, {@code "ii"},
     * {@code "ij->ji"}, {@code "i,j->ij"}, {@code "...ij->...ji"}, implicit output in label order);
     * products go through ndvec's batched GEMM. The dtype is NumPy's result type of the operands. A new
     * array. {@code np.einsum(subscripts, *operands)}
     *
     * @param subscripts the labels of each operand's axes, comma-separated, optionally {@code ->} and the output's labels
     * @param operands the arrays, one per comma-separated term of {@code subscripts}
     * @return a new array with one axis per output label (0-d when every label is summed away)
     * @throws IllegalArgumentException with NumPy's message for a bad subscripts string, a wrong number of
     *     operands or mismatched sizes
     */
    public static NDArray einsum(String subscripts, NDArray... operands) {
        Args.elements(operands, "operands");
        Objects.requireNonNull(subscripts, "subscripts");
        return org.ndvec.ops.Einsum.einsum(subscripts, operands);
    }

    // end of linear-algebra helpers


    // ------------------------------------------------------------------ array functions
    // (issue 20: diff, gradient, interp, meshgrid, lexsort, padding modes)

    /**
     * First difference along the last axis, {@code a[..., 1:] - a[..., :-1]} ({@code !=} for bool). {@code np.diff(a)}
     *
     * @param a an array of at least one dim
     * @return a new array of {@code a}'s dtype, the last axis one shorter
     */
    public static NDArray diff(NDArray a) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.ops.Differences.diff(a, 1, -1, null, null);
    }

    /**
     * The {@code n}-th difference along {@code axis}, in the input's dtype (int32 wraps as NumPy's does);
     * {@code n == 0} returns {@code a} itself. {@code np.diff(a, n, axis)}
     *
     * @param a an array of at least one dim
     * @param n how many times to difference, 0 or more
     * @param axis the axis to difference along; negative counts from the end
     * @return a new array of {@code a}'s dtype with {@code axis} shorter by {@code n} (0 when {@code n}
     *     exceeds its length), or {@code a} itself when {@code n == 0}
     * @throws IllegalArgumentException {@code order must be non-negative but got -1},
     *     {@code diff requires input that is at least one dimensional}
     */
    public static NDArray diff(NDArray a, int n, int axis) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.ops.Differences.diff(a, n, axis, null, null);
    }

    /**
     * {@code np.diff(a, n, axis, prepend=prepend, append=append)}: the values (null for none; a 0-d one
     * broadcast along the other axes) joined before and after {@code a} along {@code axis} first.
     *
     * @param a an array of at least one dim
     * @param n how many times to difference, 0 or more
     * @param axis the axis to difference along; negative counts from the end
     * @param prepend values joined before {@code a} along {@code axis}, or {@code null} for none
     * @param append values joined after {@code a} along {@code axis}, or {@code null} for none
     * @return a new array: the {@code n}-th difference of the joined array along {@code axis}
     */
    public static NDArray diff(NDArray a, int n, int axis, NDArray prepend, NDArray append) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.ops.Differences.diff(a, n, axis, prepend, append);
    }

    /**
     * Gradient of {@code f} along every axis by central differences inside and first-order differences
     * at the ends; {@code spacing}: none (1), one value for every axis, or one per axis. float64 (float32
     * for float32 input, computed in float32 as NumPy does for a Python-float spacing). One array per
     * axis. {@code np.gradient(f, *spacing)}
     *
     * @param f the sampled values, at least two per axis
     * @param spacing the distance between samples: none (1), one for every axis, or one per axis
     * @return one new array per axis of {@code f} (in axis order), each of {@code f}'s shape: the
     *     derivative along that axis
     * @throws IllegalArgumentException {@code Shape of array too small to calculate a numerical gradient, at least
     *     (edge_order + 1) elements are required.}, {@code invalid number of arguments}
     */
    public static NDArray[] gradient(NDArray f, double... spacing) {
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(spacing, "spacing");
        NDArray[] s = new NDArray[spacing.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = scalar(spacing[i]);
        }
        return org.ndvec.ops.Differences.gradient(f, s, true, null, 1);
    }

    /**
     * {@code np.gradient(f, *spacing, axis=axes, edge_order=edgeOrder)} with Java-double spacings
     * (NumPy's Python floats: none, one for all axes, or one per axis); {@code axes} null for all.
     *
     * @param f the sampled values
     * @param spacing the distance between samples: none (1), one for every axis taken, or one per axis taken
     * @param axes the axes to differentiate along, or {@code null} for all; negative counts from the end
     * @param edgeOrder the order, 1 or 2, of the one-sided differences at the ends
     * @return one new array per axis taken, in the order of {@code axes}, each of {@code f}'s shape
     */
    public static NDArray[] gradient(NDArray f, double[] spacing, int[] axes, int edgeOrder) {
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(spacing, "spacing");
        NDArray[] s = new NDArray[spacing.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = scalar(spacing[i]);
        }
        return org.ndvec.ops.Differences.gradient(f, s, true, axes, edgeOrder);
    }

    /**
     * Gradient along one axis with uniform {@code spacing}, edges of order 1 or 2. {@code np.gradient(f, spacing, axis=axis, edge_order=edgeOrder)}
     *
     * @param f the sampled values
     * @param spacing the distance between samples along {@code axis}
     * @param axis the axis to differentiate along; negative counts from the end
     * @param edgeOrder the order, 1 or 2, of the one-sided differences at the ends
     * @return a new array of {@code f}'s shape: the derivative along {@code axis}
     */
    public static NDArray gradient(NDArray f, double spacing, int axis, int edgeOrder) {
        Objects.requireNonNull(f, "f");
        return org.ndvec.ops.Differences.gradient(f, new NDArray[] {scalar(spacing)}, true, new int[] {axis},
                edgeOrder)[0];
    }

    /**
     * {@code np.gradient(f, *spacing, axis=axes, edge_order=edgeOrder)} with array spacings: each entry
     * is a 0-d array (a uniform spacing, typed as NumPy's numpy scalar) or a 1-d array of coordinates
     * along its axis (uneven spacing); {@code axes} null for all.
     *
     * @param f the sampled values
     * @param spacing none, one entry for every axis taken, or one per axis taken; each a 0-d spacing or
     *     the 1-d coordinates of the samples along its axis
     * @param axes the axes to differentiate along, or {@code null} for all; negative counts from the end
     * @param edgeOrder the order, 1 or 2, of the one-sided differences at the ends
     * @return one new array per axis taken, in the order of {@code axes}, each of {@code f}'s shape
     * @throws IllegalArgumentException {@code when 1d, distances must match the length of the corresponding dimension},
     *     {@code distances must be either scalars or 1d}, {@code 'edge_order' greater than 2 not supported}
     */
    public static NDArray[] gradient(NDArray f, NDArray[] spacing, int[] axes, int edgeOrder) {
        Objects.requireNonNull(f, "f");
        Args.elements(spacing, "spacing");
        return org.ndvec.ops.Differences.gradient(f, spacing, false, axes, edgeOrder);
    }

    /**
     * Piecewise-linear interpolation of the points {@code (xp, fp)} ({@code xp} increasing) at {@code x}:
     * float64 of {@code x}'s shape; {@code fp[0]} below and {@code fp[-1]} above. Bit for bit NumPy's.
     * {@code np.interp(x, xp, fp)}
     *
     * @param x the x-coordinates at which to evaluate
     * @param xp the 1-d increasing x-coordinates of the data points
     * @param fp the 1-d y-coordinates of the data points, as many as {@code xp}
     * @return a new float64 array of {@code x}'s shape: the interpolated values
     * @throws IllegalArgumentException {@code fp and xp are not of the same length.}, {@code array of sample points is empty}
     */
    public static NDArray interp(NDArray x, NDArray xp, NDArray fp) {
        Objects.requireNonNull(fp, "fp");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(xp, "xp");
        return org.ndvec.ops.Interp.interp(x, xp, fp, null, null, null);
    }

    /**
     * {@code np.interp(x, xp, fp, left=left, right=right, period=period)}: {@code left}/{@code right}
     * (null for the end values) outside the points; with a {@code period} (null for none) the
     * x-coordinates are periodic and {@code left}/{@code right} are ignored.
     *
     * @param x the x-coordinates at which to evaluate
     * @param xp the 1-d x-coordinates of the data points, increasing unless {@code period} is given
     * @param fp the 1-d y-coordinates of the data points, as many as {@code xp}
     * @param left the value for {@code x < xp[0]}, or {@code null} for {@code fp[0]}
     * @param right the value for {@code x > xp[-1]}, or {@code null} for {@code fp[-1]}
     * @param period the period of the x-coordinates, or {@code null} when they are not periodic
     * @return a new float64 array of {@code x}'s shape: the interpolated values
     * @throws IllegalArgumentException {@code period must be a non-zero value}
     */
    public static NDArray interp(NDArray x, NDArray xp, NDArray fp, Double left, Double right, Double period) {
        Objects.requireNonNull(fp, "fp");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(xp, "xp");
        return org.ndvec.ops.Interp.interp(x, xp, fp, left, right, period);
    }

    /**
     * Coordinate matrices from coordinate vectors, Cartesian ({@code xy}) indexing: for vectors of
     * lengths m and n, two (n, m) arrays. New arrays. {@code np.meshgrid(*xi)}
     *
     * @param xi the coordinate vectors, one per dimension of the grid (taken flattened)
     * @return one new array per vector, all of the grid's shape (the first two lengths swapped, as {@code xy} indexing has it)
     */
    public static NDArray[] meshgrid(NDArray... xi) {
        Args.elements(xi, "xi");
        return org.ndvec.indexing.Grids.meshgrid(xi, "xy", false, true);
    }

    /**
     * {@code np.meshgrid(*xi, indexing=indexing, sparse=sparse, copy=copy)}: {@code indexing} "xy" or "ij"
     * (matrix); {@code sparse} keeps length-1 axes; without {@code copy}, views (dense ones read-only).
     *
     * @param xi the coordinate vectors, one per dimension of the grid (taken flattened)
     * @param indexing {@code "xy"} (Cartesian: the first two lengths swapped) or {@code "ij"} (matrix: in order)
     * @param sparse whether each result keeps only its own axis, the others of length 1, to broadcast against each other
     * @param copy whether the results are new arrays (true) or views of {@code xi} (dense ones read-only)
     * @return one array per vector, of the grid's shape (length 1 off its own axis when {@code sparse})
     * @throws IllegalArgumentException {@code Valid values for `indexing` are 'xy' and 'ij'.}
     */
    public static NDArray[] meshgrid(NDArray[] xi, String indexing, boolean sparse, boolean copy) {
        Objects.requireNonNull(indexing, "indexing");
        Args.elements(xi, "xi");
        return org.ndvec.indexing.Grids.meshgrid(xi, indexing, sparse, copy);
    }

    /**
     * Indirect stable sort on several keys, the last one primary: int64 indices along the last axis.
     * {@code np.lexsort((k0, k1, ...))}
     *
     * @param keys the sort keys, all of one shape; the last one is the primary key
     * @return a new int64 array of the keys' shape: along the last axis, the indices that sort by the keys
     * @throws IllegalArgumentException {@code need sequence of keys with len > 0 in lexsort},
     *     {@code all keys need to be the same shape}
     */
    public static NDArray lexsort(NDArray[] keys) {
        Args.elements(keys, "keys");
        return Sorting.lexsort(keys, -1);
    }

    /**
     * {@code np.lexsort(keys, axis)}
     *
     * @param keys the sort keys, all of one shape; the last one is the primary key
     * @param axis the axis to sort along; negative counts from the end
     * @return a new int64 array of the keys' shape: along {@code axis}, the indices that sort by the keys
     */
    public static NDArray lexsort(NDArray[] keys, int axis) {
        Args.elements(keys, "keys");
        return Sorting.lexsort(keys, axis);
    }

    /**
     * {@code np.lexsort(keys)} of one array: its slices along the first axis are the keys, the last one
     * primary (a 1-d array gives 0-d keys and the 0-d result 0, as in NumPy).
     *
     * @param keys an array whose slices along axis 0 are the sort keys, the last one primary
     * @return a new int64 array of {@code keys}' shape without axis 0: the indices that sort along its last axis
     * @throws IllegalArgumentException {@code need sequence of keys with len > 0 in lexsort} for a 0-d array
     */
    public static NDArray lexsort(NDArray keys) {
        Objects.requireNonNull(keys, "keys");
        if (keys.ndim() == 0 || keys.shape(0) == 0) {
            throw new IllegalArgumentException("need sequence of keys with len > 0 in lexsort");
        }
        NDArray[] k = new NDArray[keys.shape(0)];
        for (int i = 0; i < k.length; i++) {
            k[i] = keys.get(Integer.toString(i));
        }
        return Sorting.lexsort(k, -1);
    }

    /**
     * {@link #concatenate(NDArray[], int)}, or with a null {@code axis} every input flattened (0-d ones
     * too) and joined: {@code np.concatenate(arrays, axis=None)}.
     *
     * @param arrays the arrays to join, of equal shapes except along {@code axis}
     * @param axis the axis to join along (negative counts from the end), or {@code null} to flatten every input first
     * @return a new array in the arrays' promoted dtype; 1-d when {@code axis} is null
     */
    public static NDArray concatenate(NDArray[] arrays, Integer axis) {
        Args.elements(arrays, "arrays");
        return axis == null ? Joining.concatenateFlat(arrays) : Joining.concatenate(arrays, axis);
    }

    /**
     * Pads with the given mode and NumPy's defaults ({@code widths[axis] = {before, after}}, or one pair
     * for every axis): CONSTANT zeros, LINEAR_RAMP to 0, the statistics over the whole axis, even
     * reflections. {@code np.pad(a, widths, mode=mode)}
     *
     * @param a the array to pad
     * @param widths {@code {before, after}} per axis, or one pair for all axes
     * @param mode how the padded values are made
     * @return a new array of {@code a}'s dtype, each axis longer by its {@code before + after}
     * @throws IllegalArgumentException {@code index can't contain negative values},
     *     {@code can't extend empty axis 0 using modes other than 'constant' or 'empty'}
     */
    public static NDArray pad(NDArray a, int[][] widths, PadMode mode) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(widths, "widths");
        return org.ndvec.indexing.Padding.pad(a, widths, mode, null, null, false);
    }

    /**
     * CONSTANT with {@code constant_values} or LINEAR_RAMP with {@code end_values}: {@code {before, after}}
     * per axis or one pair for all. {@code np.pad(a, widths, mode, constant_values=values)}
     *
     * @param a the array to pad
     * @param widths {@code {before, after}} per axis, or one pair for all axes
     * @param mode CONSTANT or LINEAR_RAMP
     * @param values the fill values (CONSTANT) or the ramps' end values (LINEAR_RAMP):
     *     {@code {before, after}} per axis, or one pair for all axes
     * @return a new array of {@code a}'s dtype, each axis longer by its {@code before + after}
     * @throws IllegalArgumentException {@code unsupported keyword arguments for mode 'edge': {'constant_values'}}
     */
    public static NDArray pad(NDArray a, int[][] widths, PadMode mode, double[][] values) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(widths, "widths");
        return org.ndvec.indexing.Padding.pad(a, widths, mode, values, null, false);
    }

    /**
     * MAXIMUM, MINIMUM, MEAN or MEDIAN over at most {@code statLength[axis] = {before, after}} values at
     * each edge (integer arrays get the statistic rounded). {@code np.pad(a, widths, mode, stat_length=statLength)}
     *
     * @param a the array to pad
     * @param widths {@code {before, after}} per axis, or one pair for all axes
     * @param mode MAXIMUM, MINIMUM, MEAN or MEDIAN
     * @param statLength how many values at each edge the statistic reads: {@code {before, after}} per axis,
     *     or one pair for all axes
     * @return a new array of {@code a}'s dtype, each axis longer by its {@code before + after}
     * @throws IllegalArgumentException {@code stat_length of 0 yields no value for padding}
     */
    public static NDArray pad(NDArray a, int[][] widths, PadMode mode, int[][] statLength) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(widths, "widths");
        return org.ndvec.indexing.Padding.pad(a, widths, mode, null, statLength, false);
    }

    /**
     * REFLECT or SYMMETRIC, with {@code odd} reflections ({@code 2 * edge - mirrored}).
     * {@code np.pad(a, widths, mode, reflect_type='odd' if odd else 'even')}
     *
     * @param a the array to pad
     * @param widths {@code {before, after}} per axis, or one pair for all axes
     * @param mode REFLECT or SYMMETRIC
     * @param odd whether reflections are odd ({@code 2 * edge - mirrored}) instead of even (plain mirror images)
     * @return a new array of {@code a}'s dtype, each axis longer by its {@code before + after}
     */
    public static NDArray pad(NDArray a, int[][] widths, PadMode mode, boolean odd) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(widths, "widths");
        return org.ndvec.indexing.Padding.pad(a, widths, mode, null, null, odd);
    }

    // end of array functions

    // ------------------------------------------------------------------ memory

    /**
     * Whether two arrays have an element in common, answered exactly. {@code np.shares_memory(a, b)}
     *
     * @param a the first array
     * @param b the second array
     * @return true when some element of {@code a} is also an element of {@code b}
     */
    public static boolean sharesMemory(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return Memory.sharesMemory(a, b);
    }

    /**
     * Whether two arrays' storage extents overlap (cheap, may say yes wrongly). {@code np.may_share_memory(a, b)}
     *
     * @param a the first array
     * @param b the second array
     * @return false only when the two cannot share an element
     */
    public static boolean mayShareMemory(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return Memory.mayShareMemory(a, b);
    }
}
