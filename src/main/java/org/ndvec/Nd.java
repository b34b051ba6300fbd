package org.ndvec;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import org.ndvec.layout.Shapes;
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

    /** A 1-d float64 array. {@code np.array([1.0, 2.5])} */
    public static NDArray array(double... values) {
        return NDArray.owner(values.clone(), DType.FLOAT64, new int[] {values.length});
    }

    /** A 1-d float32 array. {@code np.array([1, 2], dtype=np.float32)} */
    public static NDArray array(float... values) {
        return NDArray.owner(values.clone(), DType.FLOAT32, new int[] {values.length});
    }

    /** A 1-d int64 array (NumPy's default integer type). {@code np.array([1, 2, 3])} */
    public static NDArray array(int... values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return NDArray.owner(out, DType.INT64, new int[] {values.length});
    }

    /** A 1-d int64 array. {@code np.array([1, 2, 3])} */
    public static NDArray array(long... values) {
        return NDArray.owner(values.clone(), DType.INT64, new int[] {values.length});
    }

    /** A 1-d bool array. {@code np.array([True, False])} */
    public static NDArray array(boolean... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) (values[i] ? 1 : 0);
        }
        return NDArray.owner(out, DType.BOOL, new int[] {values.length});
    }

    /**
     * An array from nested Java arrays of any depth ({@code double[][]}, {@code int[][][]}, ...),
     * copying. The leaf type picks the dtype: double -> FLOAT64, float -> FLOAT32,
     * int/long -> INT64, boolean -> BOOL. {@code np.array([[1, 2], [3, 4]])}
     *
     * @throws IllegalArgumentException for ragged input, NumPy's
     *     {@code setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. ...}
     */
    public static NDArray array(Object nested) {
        if (nested instanceof NDArray a) {
            return a.copy();
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

    /** Nested Java arrays converted to {@code dtype}. {@code np.array(data, dtype=dtype)} */
    public static NDArray array(DType dtype, Object nested) {
        NDArray a = nested instanceof NDArray n ? n : array(nested);
        return a.dtype() == dtype && a != nested ? a : a.astype(dtype);
    }

    /** A 0-d float64 array. {@code np.array(3.5)} */
    public static NDArray scalar(double value) {
        return NDArray.owner(new double[] {value}, DType.FLOAT64, new int[0]);
    }

    /** A 0-d int64 array. {@code np.array(3)} */
    public static NDArray scalar(long value) {
        return NDArray.owner(new long[] {value}, DType.INT64, new int[0]);
    }

    /** A 0-d bool array. {@code np.array(True)} */
    public static NDArray scalar(boolean value) {
        return NDArray.owner(new byte[] {(byte) (value ? 1 : 0)}, DType.BOOL, new int[0]);
    }

    /** A 0-d array of the given dtype holding {@code value} cast to it. {@code np.array(value, dtype=dtype)} */
    public static NDArray scalar(DType dtype, double value) {
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
            if (component.isPrimitive()) {
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
        }
        throw new IllegalArgumentException("Nd.array cannot store elements of type " + leaf.getTypeName());
    }

    private static void fill(Object level, int depth, int[] shape, Object data, int[] pos) {
        int n = Array.getLength(level);
        if (n != shape[depth]) {
            throw ragged(depth, shape);
        }
        if (depth == shape.length - 1) {
            if (!level.getClass().getComponentType().isPrimitive()) {
                throw ragged(depth + 1, shape);
            }
            switch (level) {
                case double[] a -> System.arraycopy(a, 0, data, pos[0], n);
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

    /** Zeros, float64. {@code np.zeros(shape)} */
    public static NDArray zeros(int... shape) {
        return zeros(DType.FLOAT64, shape);
    }

    /** Zeros of a dtype. {@code np.zeros(shape, dtype)} */
    public static NDArray zeros(DType dtype, int... shape) {
        return NDArray.allocate(dtype, shape);
    }

    /** Ones, float64. {@code np.ones(shape)} */
    public static NDArray ones(int... shape) {
        return ones(DType.FLOAT64, shape);
    }

    /** Ones of a dtype. {@code np.ones(shape, dtype)} */
    public static NDArray ones(DType dtype, int... shape) {
        return NDArray.allocate(dtype, shape).fill(1);
    }

    /**
     * An uninitialized float64 array. {@code np.empty(shape)}. The JVM zeroes every new array,
     * so the contents are zeros; do not rely on that, as NumPy code must not.
     */
    public static NDArray empty(int... shape) {
        return empty(DType.FLOAT64, shape);
    }

    /** An uninitialized array of a dtype. {@code np.empty(shape, dtype)} */
    public static NDArray empty(DType dtype, int... shape) {
        return NDArray.allocate(dtype, shape);
    }

    /** A float64 array filled with {@code value}. {@code np.full(shape, 2.5)} */
    public static NDArray full(int[] shape, double value) {
        return NDArray.allocate(DType.FLOAT64, shape).fill(value);
    }

    /** An int64 array filled with {@code value}. {@code np.full(shape, 7)} */
    public static NDArray full(int[] shape, long value) {
        NDArray a = NDArray.allocate(DType.INT64, shape);
        java.util.Arrays.fill((long[]) org.ndvec.internal.Internals.access().data(a), value);
        return a;
    }

    /** A bool array filled with {@code value}. {@code np.full(shape, True)} */
    public static NDArray full(int[] shape, boolean value) {
        return NDArray.allocate(DType.BOOL, shape).fill(value ? 1 : 0);
    }

    /** An array of a dtype filled with {@code value} cast to it. {@code np.full(shape, value, dtype)} */
    public static NDArray full(DType dtype, int[] shape, double value) {
        return NDArray.allocate(dtype, shape).fill(value);
    }

    /** Zeros with the shape and dtype of {@code a}. {@code np.zeros_like(a)} */
    public static NDArray zerosLike(NDArray a) {
        return zeros(a.dtype(), a.shape());
    }

    /** Ones with the shape and dtype of {@code a}. {@code np.ones_like(a)} */
    public static NDArray onesLike(NDArray a) {
        return ones(a.dtype(), a.shape());
    }

    /** Uninitialized, with the shape and dtype of {@code a}. {@code np.empty_like(a)} */
    public static NDArray emptyLike(NDArray a) {
        return empty(a.dtype(), a.shape());
    }

    /** {@code value} cast to the dtype of {@code a}, in its shape. {@code np.full_like(a, value)} */
    public static NDArray fullLike(NDArray a, double value) {
        return full(a.dtype(), a.shape(), value);
    }

    /** The n x n float64 identity. {@code np.eye(n)} */
    public static NDArray eye(int n) {
        return eye(DType.FLOAT64, n, n, 0);
    }

    /** An n x m float64 matrix with ones on diagonal k. {@code np.eye(n, m, k)} */
    public static NDArray eye(int n, int m, int k) {
        return eye(DType.FLOAT64, n, m, k);
    }

    /** An n x n identity of a dtype. {@code np.eye(n, dtype=dtype)} */
    public static NDArray eye(DType dtype, int n) {
        return eye(dtype, n, n, 0);
    }

    /** An n x m matrix of a dtype with ones on diagonal k. {@code np.eye(n, m, k, dtype)} */
    public static NDArray eye(DType dtype, int n, int m, int k) {
        NDArray a = NDArray.allocate(dtype, n, m);
        for (int i = 0; i < n; i++) {
            int j = i + k;
            if (j >= 0 && j < m) {
                a.set(1L, i, j);
            }
        }
        return a;
    }

    /** The n x n float64 identity. {@code np.identity(n)} */
    public static NDArray identity(int n) {
        return eye(n);
    }

    /** {@code 0, 1, ..., stop-1} as int64. {@code np.arange(stop)} */
    public static NDArray arange(long stop) {
        return arange(0, stop, 1);
    }

    /** {@code start, ..., stop-1} as int64. {@code np.arange(start, stop)} */
    public static NDArray arange(long start, long stop) {
        return arange(start, stop, 1);
    }

    /**
     * {@code start, start+step, ...} below {@code stop} (above it for negative steps), int64.
     * {@code np.arange(start, stop, step)}
     *
     * @throws IllegalArgumentException {@code Maximum allowed size exceeded} when step is 0
     */
    public static NDArray arange(long start, long stop, long step) {
        if (step == 0) {
            throw new IllegalArgumentException("Maximum allowed size exceeded");
        }
        long span = stop - start;
        long n = span == 0 || (span > 0) != (step > 0) ? 0 : (Math.abs(span) + Math.abs(step) - 1) / Math.abs(step);
        if (n > Shapes.MAX_SIZE) {
            throw new IllegalArgumentException("Maximum allowed size exceeded");
        }
        long[] out = new long[(int) n];
        for (int i = 0; i < n; i++) {
            out[i] = start + i * step;
        }
        return NDArray.owner(out, DType.INT64, new int[] {(int) n});
    }

    /** {@code 0.0, 1.0, ...} below {@code stop}, float64. {@code np.arange(stop)} with a float stop */
    public static NDArray arange(double stop) {
        return arange(0.0, stop, 1.0);
    }

    /**
     * {@code start, start+step, ...} below {@code stop}, float64, with NumPy's length
     * {@code ceil((stop - start) / step)}: {@code arange(0, 1, 0.1)} has 10 elements.
     * Element i is {@code start + i * delta} with {@code delta = (start + step) - start},
     * which is how NumPy fills it, so results match bit for bit. {@code np.arange(start, stop, step)}
     */
    public static NDArray arange(double start, double stop, double step) {
        return arange(DType.FLOAT64, start, stop, step);
    }

    /** {@code np.arange(start, stop, step, dtype=dtype)} */
    public static NDArray arange(DType dtype, double start, double stop, double step) {
        if (step == 0) {
            throw new IllegalArgumentException("Maximum allowed size exceeded");
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

    /** {@code num} evenly spaced float64 values from start to stop inclusive. {@code np.linspace(start, stop, num)} */
    public static NDArray linspace(double start, double stop, int num) {
        return linspace(start, stop, num, true);
    }

    /**
     * {@code num} evenly spaced float64 values; {@code stop} excluded when {@code endpoint} is false.
     * Computed as NumPy does ({@code i * step + start}, last element set to {@code stop}), so
     * results match bit for bit. {@code np.linspace(start, stop, num, endpoint)}
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
     * @throws IllegalArgumentException {@code operands could not be broadcast together with shapes (2,3) (4,)}
     */
    public static int[] broadcastShapes(int[]... shapes) {
        return org.ndvec.layout.Broadcast.shapes(shapes);
    }

    /** Read-only views of the arrays with their common broadcast shape (no copies). {@code np.broadcast_arrays(*arrays)} */
    public static NDArray[] broadcastArrays(NDArray... arrays) {
        return org.ndvec.ops.Broadcasting.arrays(arrays);
    }

    /** Elements of x where cond is true, else of y; all three broadcast, x and y promote. {@code np.where(cond, x, y)} */
    public static NDArray where(NDArray cond, NDArray x, NDArray y) {
        return org.ndvec.ops.Elementwise.where(cond, x, y);
    }

    /** {@code a * b + c} in one pass (floats rounded once), broadcasting all three. {@code a * b + c} */
    public static NDArray fma(NDArray a, NDArray b, NDArray c) {
        return org.ndvec.ops.Elementwise.fma(a, b, c, null);
    }

    /** {@code a * b + c} written into {@code out}. {@code np.add(a * b, c, out=out)} in one pass */
    public static NDArray fma(NDArray a, NDArray b, NDArray c, NDArray out) {
        return org.ndvec.ops.Elementwise.fma(a, b, c, out);
    }

    // end of elementwise

    // ------------------------------------------------------------------ reductions
    // (issue 4: reductions, statistics, softmax, in org.ndvec.ops)

    // end of reductions

    // ------------------------------------------------------------------ linear algebra
    // (issue 5: matmul and friends, in org.ndvec.linalg)

    // end of linear algebra

    // ------------------------------------------------------------------ advanced indexing
    // (issue 6: fancy/boolean indexing, assignment, joining, ordering, in org.ndvec.indexing)

    // end of advanced indexing

    // ------------------------------------------------------------------ random
    // (issue 7: NumPy's global-state random functions, over org.ndvec.random.RandomState)

    // end of random

    // ------------------------------------------------------------------ memory

    /** Whether two arrays have an element in common, answered exactly. {@code np.shares_memory(a, b)} */
    public static boolean sharesMemory(NDArray a, NDArray b) {
        return Memory.sharesMemory(a, b);
    }

    /** Whether two arrays' storage extents overlap (cheap, may say yes wrongly). {@code np.may_share_memory(a, b)} */
    public static boolean mayShareMemory(NDArray a, NDArray b) {
        return Memory.mayShareMemory(a, b);
    }
}
