package org.ndvec;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ndvec.indexing.Joining;
import org.ndvec.indexing.Nonzero;
import org.ndvec.indexing.Rearranging;
import org.ndvec.indexing.Sorting;
import org.ndvec.indexing.Take;
import org.ndvec.internal.Args;
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
        Objects.requireNonNull(values, "values");
        return NDArray.owner(values.clone(), DType.FLOAT64, new int[] {values.length});
    }

    /** A 1-d float32 array. {@code np.array([1, 2], dtype=np.float32)} */
    public static NDArray array(float... values) {
        Objects.requireNonNull(values, "values");
        return NDArray.owner(values.clone(), DType.FLOAT32, new int[] {values.length});
    }

    /** A 1-d int64 array (NumPy's default integer type). {@code np.array([1, 2, 3])} */
    public static NDArray array(int... values) {
        Objects.requireNonNull(values, "values");
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return NDArray.owner(out, DType.INT64, new int[] {values.length});
    }

    /** A 1-d int64 array. {@code np.array([1, 2, 3])} */
    public static NDArray array(long... values) {
        Objects.requireNonNull(values, "values");
        return NDArray.owner(values.clone(), DType.INT64, new int[] {values.length});
    }

    /** A 1-d bool array. {@code np.array([True, False])} */
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
        if (nested instanceof Double || nested instanceof Float) {
            return scalar(((Number) nested).doubleValue());
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

    /** Nested Java arrays converted to {@code dtype}. {@code np.array(data, dtype=dtype)} */
    public static NDArray array(DType dtype, Object nested) {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(nested, "nested");
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

    /** Zeros, float64. {@code np.zeros(shape)} */
    public static NDArray zeros(int... shape) {
        Objects.requireNonNull(shape, "shape");
        return zeros(DType.FLOAT64, shape);
    }

    /** Zeros of a dtype. {@code np.zeros(shape, dtype)} */
    public static NDArray zeros(DType dtype, int... shape) {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(shape, "shape");
        return NDArray.allocate(dtype, shape);
    }

    /** Ones, float64. {@code np.ones(shape)} */
    public static NDArray ones(int... shape) {
        Objects.requireNonNull(shape, "shape");
        return ones(DType.FLOAT64, shape);
    }

    /** Ones of a dtype. {@code np.ones(shape, dtype)} */
    public static NDArray ones(DType dtype, int... shape) {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(shape, "shape");
        return NDArray.allocate(dtype, shape).fill(1);
    }

    /**
     * An uninitialized float64 array. {@code np.empty(shape)}. The JVM zeroes every new array,
     * so the contents are zeros; do not rely on that, as NumPy code must not.
     */
    public static NDArray empty(int... shape) {
        Objects.requireNonNull(shape, "shape");
        return empty(DType.FLOAT64, shape);
    }

    /** An uninitialized array of a dtype. {@code np.empty(shape, dtype)} */
    public static NDArray empty(DType dtype, int... shape) {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(shape, "shape");
        return NDArray.allocate(dtype, shape);
    }

    /** A float64 array filled with {@code value}. {@code np.full(shape, 2.5)} */
    public static NDArray full(int[] shape, double value) {
        Objects.requireNonNull(shape, "shape");
        return NDArray.allocate(DType.FLOAT64, shape).fill(value);
    }

    /** An int64 array filled with {@code value}. {@code np.full(shape, 7)} */
    public static NDArray full(int[] shape, long value) {
        Objects.requireNonNull(shape, "shape");
        NDArray a = NDArray.allocate(DType.INT64, shape);
        java.util.Arrays.fill((long[]) org.ndvec.internal.Internals.access().data(a), value);
        return a;
    }

    /** A bool array filled with {@code value}. {@code np.full(shape, True)} */
    public static NDArray full(int[] shape, boolean value) {
        Objects.requireNonNull(shape, "shape");
        return NDArray.allocate(DType.BOOL, shape).fill(value ? 1 : 0);
    }

    /** An array of a dtype filled with {@code value} cast to it. {@code np.full(shape, value, dtype)} */
    public static NDArray full(DType dtype, int[] shape, double value) {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(shape, "shape");
        return NDArray.allocate(dtype, shape).fill(value);
    }

    /** Zeros with the shape and dtype of {@code a}. {@code np.zeros_like(a)} */
    public static NDArray zerosLike(NDArray a) {
        Objects.requireNonNull(a, "a");
        return zeros(a.dtype(), a.shape());
    }

    /** Ones with the shape and dtype of {@code a}. {@code np.ones_like(a)} */
    public static NDArray onesLike(NDArray a) {
        Objects.requireNonNull(a, "a");
        return ones(a.dtype(), a.shape());
    }

    /** Uninitialized, with the shape and dtype of {@code a}. {@code np.empty_like(a)} */
    public static NDArray emptyLike(NDArray a) {
        Objects.requireNonNull(a, "a");
        return empty(a.dtype(), a.shape());
    }

    /** {@code value} cast to the dtype of {@code a}, in its shape. {@code np.full_like(a, value)} */
    public static NDArray fullLike(NDArray a, double value) {
        Objects.requireNonNull(a, "a");
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
        Objects.requireNonNull(dtype, "dtype");
        return eye(dtype, n, n, 0);
    }

    /** An n x m matrix of a dtype with ones on diagonal k. {@code np.eye(n, m, k, dtype)} */
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

    /**
     * {@code np.arange(start, stop, step, dtype=dtype)}
     *
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
        Objects.requireNonNull(shapes, "shapes");
        return org.ndvec.layout.Broadcast.shapes(shapes);
    }

    /** Read-only views of the arrays with their common broadcast shape (no copies). {@code np.broadcast_arrays(*arrays)} */
    public static NDArray[] broadcastArrays(NDArray... arrays) {
        Args.elements(arrays, "arrays");
        return org.ndvec.ops.Broadcasting.arrays(arrays);
    }

    /** Elements of x where cond is true, else of y; all three broadcast, x and y promote. {@code np.where(cond, x, y)} */
    public static NDArray where(NDArray cond, NDArray x, NDArray y) {
        Objects.requireNonNull(cond, "cond");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        return org.ndvec.ops.Elementwise.where(cond, x, y);
    }

    /** {@code a * b + c} in one pass (floats rounded once), broadcasting all three. {@code a * b + c} */
    public static NDArray fma(NDArray a, NDArray b, NDArray c) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(c, "c");
        return org.ndvec.ops.Elementwise.fma(a, b, c, null);
    }

    /** {@code a * b + c} written into {@code out}. {@code np.add(a * b, c, out=out)} in one pass */
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
     */
    public static NDArray softmax(NDArray a, int axis) {
        Objects.requireNonNull(a, "a");
        if (a.ndim() == 0) {
            return org.ndvec.ops.Softmax.softmax(asOneDim(a, axis), axis).reshape();
        }
        return org.ndvec.ops.Softmax.softmax(a, axis);
    }

    /** Log of the softmax, computed without forming it. {@code scipy.special.log_softmax(a, axis=axis)} */
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

    /** {@code log(sum(exp(a)))} along an axis, computed stably; the axis is removed. {@code scipy.special.logsumexp(a, axis=axis)} */
    public static NDArray logSumExp(NDArray a, int axis) {
        Objects.requireNonNull(a, "a");
        return logSumExp(a, axis, false);
    }

    /** As {@link #logSumExp(NDArray, int)}, keeping the axis with length 1. {@code logsumexp(a, axis, keepdims=True)} */
    public static NDArray logSumExp(NDArray a, int axis, boolean keepdims) {
        Objects.requireNonNull(a, "a");
        // SciPy reads a 0-d array as 1-d (so axis 0 or -1 is accepted), keepdims included
        return org.ndvec.ops.Softmax.logSumExp(a.ndim() == 0 ? a.reshape(1) : a, axis, keepdims);
    }

    /**
     * Mean cross-entropy of class probabilities {@code probs} (samples, classes) against int
     * labels (samples,) or per-class targets of the same shape; a 0-d array.
     * {@code -np.mean(np.log(probs[np.arange(n), labels]))}
     */
    public static NDArray crossEntropy(NDArray probs, NDArray target) {
        Objects.requireNonNull(probs, "probs");
        Objects.requireNonNull(target, "target");
        return org.ndvec.ops.Losses.crossEntropy(probs, target, false, LossReduction.MEAN);
    }

    /** Cross-entropy of probabilities with a chosen reduction ({@code NONE}: one loss per sample). */
    public static NDArray crossEntropy(NDArray probs, NDArray target, LossReduction reduction) {
        Objects.requireNonNull(probs, "probs");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reduction, "reduction");
        return org.ndvec.ops.Losses.crossEntropy(probs, target, false, reduction);
    }

    /**
     * Mean cross-entropy of unnormalized logits (samples, classes): {@code logsumexp(z) - z[y]}
     * per sample, stable for any logit size. PyTorch's {@code F.cross_entropy(logits, labels)}.
     */
    public static NDArray crossEntropyWithLogits(NDArray logits, NDArray target) {
        Objects.requireNonNull(logits, "logits");
        Objects.requireNonNull(target, "target");
        return org.ndvec.ops.Losses.crossEntropy(logits, target, true, LossReduction.MEAN);
    }

    /** Cross-entropy of logits with a chosen reduction. {@code F.cross_entropy(logits, y, reduction=...)} */
    public static NDArray crossEntropyWithLogits(NDArray logits, NDArray target, LossReduction reduction) {
        Objects.requireNonNull(logits, "logits");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reduction, "reduction");
        return org.ndvec.ops.Losses.crossEntropy(logits, target, true, reduction);
    }

    /** Mean squared error over the broadcast shape. {@code np.mean((pred - target) ** 2)} */
    public static double mse(NDArray pred, NDArray target) {
        Objects.requireNonNull(pred, "pred");
        Objects.requireNonNull(target, "target");
        return org.ndvec.ops.Losses.mse(pred, target);
    }

    /** Root mean squared error. {@code np.sqrt(np.mean((pred - target) ** 2))} */
    public static double rmse(NDArray pred, NDArray target) {
        Objects.requireNonNull(pred, "pred");
        Objects.requireNonNull(target, "target");
        return org.ndvec.ops.Losses.rmse(pred, target);
    }

    /** Mean absolute error. {@code np.mean(np.abs(pred - target))} */
    public static double mae(NDArray pred, NDArray target) {
        Objects.requireNonNull(pred, "pred");
        Objects.requireNonNull(target, "target");
        return org.ndvec.ops.Losses.mae(pred, target);
    }

    /**
     * Fraction of correct predictions: scores (samples, classes) are argmax-ed per row first.
     * {@code np.mean(np.argmax(pred, axis=1) == labels)} or {@code np.mean(pred == labels)}
     */
    public static double accuracy(NDArray pred, NDArray labels) {
        Objects.requireNonNull(pred, "pred");
        Objects.requireNonNull(labels, "labels");
        return org.ndvec.ops.Losses.accuracy(pred, labels);
    }

    /** One-hot float64 rows, shape {@code labels.shape + (k,)}. {@code np.eye(k)[labels]} */
    public static NDArray oneHot(NDArray labels, int k) {
        Objects.requireNonNull(labels, "labels");
        return org.ndvec.ops.Losses.oneHot(labels, k);
    }

    // end of reductions

    // ------------------------------------------------------------------ linear algebra
    // (issue 5: matmul and friends, in org.ndvec.linalg)

    /** Matrix product, see {@link NDArray#matmul}. {@code np.matmul(a, b)} */
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
     * @throws IllegalArgumentException {@code shapes (2,3) and (4,5) not aligned: 3 (dim 1) != 4 (dim 0)}
     */
    public static NDArray dot(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Products.dot(a, b);
    }

    /** Sum product over the last axes of a and b (a 0-d operand multiplies). {@code np.inner(a, b)} */
    public static NDArray inner(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Products.inner(a, b);
    }

    /** Outer product of the flattened inputs, shape (a.size, b.size). {@code np.outer(a, b)} */
    public static NDArray outer(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Products.outer(a, b);
    }

    /** Dot product of the flattened inputs (real arrays), a 0-d result. {@code np.vdot(a, b)} */
    public static NDArray vdot(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Products.vdot(a, b);
    }

    /** Sums over the last {@code axes} axes of a and the first {@code axes} of b. {@code np.tensordot(a, b, axes=2)} */
    public static NDArray tensordot(NDArray a, NDArray b, int axes) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Products.tensordot(a, b, axes);
    }

    /**
     * Sums over the paired axes; the result has a's other axes then b's.
     * {@code np.tensordot(a, b, axes=(aAxes, bAxes))}
     *
     * @throws IllegalArgumentException {@code shape-mismatch for sum}
     */
    public static NDArray tensordot(NDArray a, NDArray b, int[] aAxes, int[] bAxes) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(aAxes, "aAxes");
        Objects.requireNonNull(bAxes, "bAxes");
        return org.ndvec.linalg.Products.tensordot(a, b, aAxes, bAxes);
    }

    /** Elementwise closeness with broadcasting, rtol 1e-5, atol 1e-8. {@code np.isclose(a, b)} */
    public static NDArray isclose(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Closeness.isclose(a, b, 1e-5, 1e-8, false);
    }

    /** {@code |a - b| <= atol + rtol * |b|} elementwise. {@code np.isclose(a, b, rtol, atol, equal_nan)} */
    public static NDArray isclose(NDArray a, NDArray b, double rtol, double atol, boolean equalNan) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Closeness.isclose(a, b, rtol, atol, equalNan);
    }

    /** Whether all elements are close, rtol 1e-5, atol 1e-8. {@code np.allclose(a, b)} */
    public static boolean allclose(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Closeness.allclose(a, b, 1e-5, 1e-8, false);
    }

    /** {@code np.allclose(a, b, rtol, atol, equal_nan)} */
    public static boolean allclose(NDArray a, NDArray b, double rtol, double atol, boolean equalNan) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Closeness.allclose(a, b, rtol, atol, equalNan);
    }

    /** Same shape and equal elements. {@code np.array_equal(a, b)} */
    public static boolean arrayEqual(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Closeness.arrayEqual(a, b, false);
    }

    /** Same shape and equal elements, NaN equal to NaN if asked. {@code np.array_equal(a, b, equal_nan)} */
    public static boolean arrayEqual(NDArray a, NDArray b, boolean equalNan) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return org.ndvec.linalg.Closeness.arrayEqual(a, b, equalNan);
    }


    // end of linear algebra

    // ------------------------------------------------------------------ advanced indexing
    // (issue 6: fancy/boolean indexing, assignment, joining, ordering, in org.ndvec.indexing)

    /** Coordinates of the non-zero elements, one int64 array per dim. {@code np.nonzero(a)} */
    public static NDArray[] nonzero(NDArray a) {
        Objects.requireNonNull(a, "a");
        return Nonzero.nonzero(a);
    }

    /** {@code np.where(condition)} with one argument: the same as {@link #nonzero(NDArray)}. */
    public static NDArray[] where(NDArray condition) {
        Objects.requireNonNull(condition, "condition");
        return Nonzero.nonzero(condition);
    }

    /** Coordinates of the non-zero elements as rows: shape (count, ndim). {@code np.argwhere(a)} */
    public static NDArray argwhere(NDArray a) {
        Objects.requireNonNull(a, "a");
        return Nonzero.argwhere(a);
    }

    /** Flat (C-order) positions of the non-zero elements. {@code np.flatnonzero(a)} */
    public static NDArray flatnonzero(NDArray a) {
        Objects.requireNonNull(a, "a");
        return Nonzero.flatnonzero(a);
    }

    /** {@code np.take(a, indices, axis)}; see {@link NDArray#take(NDArray, int)}. */
    public static NDArray take(NDArray a, NDArray indices, int axis) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(indices, "indices");
        return Take.take(a, indices, axis);
    }

    /** {@code np.take_along_axis(arr, indices, axis)}: {@code indices} has {@code arr}'s number of dims. */
    public static NDArray takeAlongAxis(NDArray arr, NDArray indices, int axis) {
        Objects.requireNonNull(arr, "arr");
        Objects.requireNonNull(indices, "indices");
        return Take.takeAlongAxis(arr, indices, axis);
    }

    /** {@code np.put_along_axis(arr, indices, values, axis)}: writes into {@code arr}. */
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
     * @throws IllegalArgumentException as {@link #concatenate(NDArray[], int)}, {@code Output array is the
     *     wrong shape}, {@code Cannot cast array data from dtype('float64') to dtype('int32') according to
     *     the rule 'same_kind'}
     */
    public static NDArray concatenate(NDArray[] arrays, int axis, NDArray out) {
        Args.elements(arrays, "arrays");
        Objects.requireNonNull(out, "out");
        return Joining.concatenate(arrays, axis, out);
    }

    /** {@code np.concatenate(arrays)} (axis 0). */
    public static NDArray concatenate(NDArray... arrays) {
        Args.elements(arrays, "arrays");
        return Joining.concatenate(arrays, 0);
    }

    /**
     * Joins same-shaped arrays along a new axis. {@code np.stack(arrays, axis)}
     *
     * @throws IllegalArgumentException {@code need at least one array to stack}, {@code all input arrays must have the same shape}
     */
    public static NDArray stack(NDArray[] arrays, int axis) {
        Args.elements(arrays, "arrays");
        return Joining.stack(arrays, axis);
    }

    /** {@code np.stack(arrays)} (new axis 0). */
    public static NDArray stack(NDArray... arrays) {
        Args.elements(arrays, "arrays");
        return Joining.stack(arrays, 0);
    }

    /** {@code np.hstack(arrays)} */
    public static NDArray hstack(NDArray... arrays) {
        Args.elements(arrays, "arrays");
        return Joining.hstack(arrays);
    }

    /** {@code np.vstack(arrays)} */
    public static NDArray vstack(NDArray... arrays) {
        Args.elements(arrays, "arrays");
        return Joining.vstack(arrays);
    }

    /** {@code np.dstack(arrays)} */
    public static NDArray dstack(NDArray... arrays) {
        Args.elements(arrays, "arrays");
        return Joining.dstack(arrays);
    }

    /** {@code np.column_stack(arrays)} */
    public static NDArray columnStack(NDArray... arrays) {
        Args.elements(arrays, "arrays");
        return Joining.columnStack(arrays);
    }

    /**
     * Equal parts (views). {@code np.split(a, sections, axis)}
     *
     * @throws IllegalArgumentException {@code array split does not result in an equal division}
     */
    public static NDArray[] split(NDArray a, int sections, int axis) {
        Objects.requireNonNull(a, "a");
        return Joining.split(a, sections, axis);
    }

    /** Parts between positions (views). {@code np.split(a, [i, j, ...], axis)} */
    public static NDArray[] split(NDArray a, int[] indices, int axis) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(indices, "indices");
        return Joining.split(a, indices, axis);
    }

    /** Nearly equal parts (views), the first ones one longer. {@code np.array_split(a, sections, axis)} */
    public static NDArray[] arraySplit(NDArray a, int sections, int axis) {
        Objects.requireNonNull(a, "a");
        return Joining.arraySplit(a, sections, axis);
    }

    /** {@code np.hsplit(a, sections)} */
    public static NDArray[] hsplit(NDArray a, int sections) {
        Objects.requireNonNull(a, "a");
        return Joining.hsplit(a, sections);
    }

    /** {@code np.vsplit(a, sections)} */
    public static NDArray[] vsplit(NDArray a, int sections) {
        Objects.requireNonNull(a, "a");
        return Joining.vsplit(a, sections);
    }

    /** {@code np.tile(a, reps)} (a copy). */
    public static NDArray tile(NDArray a, int... reps) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(reps, "reps");
        return Rearranging.tile(a, reps);
    }

    /** {@code np.repeat(a, repeats)}: flattened, each element {@code repeats} times. */
    public static NDArray repeat(NDArray a, int repeats) {
        Objects.requireNonNull(a, "a");
        return Rearranging.repeat(a, new int[] {repeats}, null);
    }

    /** {@code np.repeat(a, repeats)} with one count per element of the flattened array. */
    public static NDArray repeat(NDArray a, int[] repeats) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(repeats, "repeats");
        return Rearranging.repeat(a, repeats, null);
    }

    /** {@code np.repeat(a, repeats, axis)}: every element along {@code axis} {@code repeats} times. */
    public static NDArray repeat(NDArray a, int repeats, int axis) {
        Objects.requireNonNull(a, "a");
        return Rearranging.repeat(a, new int[] {repeats}, axis);
    }

    /** {@code np.repeat(a, repeats, axis)} with one count per element along {@code axis} (or one for all). */
    public static NDArray repeat(NDArray a, int[] repeats, int axis) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(repeats, "repeats");
        return Rearranging.repeat(a, repeats, axis);
    }

    /** {@code np.pad(a, pad_width, constant_values=value)} with {@code widths[axis] = {before, after}}. */
    public static NDArray pad(NDArray a, int[][] widths, double value) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(widths, "widths");
        return Rearranging.pad(a, widths, value);
    }

    /** {@code np.pad(a, (before, after))}: zeros around every axis. */
    public static NDArray pad(NDArray a, int before, int after) {
        Objects.requireNonNull(a, "a");
        return Rearranging.pad(a, new int[][] {{before, after}}, 0);
    }

    /** A view with the given axes (all when none) reversed. {@code np.flip(a, axis)} */
    public static NDArray flip(NDArray a, int... axes) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(axes, "axes");
        return Rearranging.flip(a, axes);
    }

    /** {@code np.roll(a, shift)} over the flattened array (a copy). */
    public static NDArray roll(NDArray a, long shift) {
        Objects.requireNonNull(a, "a");
        return Rearranging.roll(a, shift);
    }

    /** {@code np.roll(a, shift, axis)} (a copy). */
    public static NDArray roll(NDArray a, long shift, int axis) {
        Objects.requireNonNull(a, "a");
        return Rearranging.roll(a, shift, axis);
    }

    /** A sorted copy along {@code axis}, NaN last. {@code np.sort(a, axis, kind='stable' if stable else None)} */
    public static NDArray sort(NDArray a, int axis, boolean stable) {
        Objects.requireNonNull(a, "a");
        return Sorting.sort(a, axis, stable);
    }

    /** {@code np.sort(a)} along the last axis. */
    public static NDArray sort(NDArray a) {
        Objects.requireNonNull(a, "a");
        return Sorting.sort(a, -1, false);
    }

    /** int64 indices that sort {@code a} along {@code axis} (stable). {@code np.argsort(a, axis, kind='stable')} */
    public static NDArray argsort(NDArray a, int axis) {
        Objects.requireNonNull(a, "a");
        return Sorting.argsort(a, axis, true);
    }

    /** {@code np.argsort(a)} along the last axis (stable). */
    public static NDArray argsort(NDArray a) {
        Objects.requireNonNull(a, "a");
        return Sorting.argsort(a, -1, true);
    }

    /** {@code np.partition(a, kth, axis)}; the element at {@code kth} is in sorted position. */
    public static NDArray partition(NDArray a, int kth, int axis) {
        Objects.requireNonNull(a, "a");
        return Sorting.partition(a, kth, axis);
    }

    /**
     * {@code np.partition(a, [k0, k1, ...], axis)}: every listed position holds what a full sort
     * puts there, and each stretch between two of them holds the elements that sort into it.
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
     */
    public static NDArray argpartition(NDArray a, int kth, int axis) {
        Objects.requireNonNull(a, "a");
        return Sorting.argpartition(a, kth, axis);
    }

    /**
     * {@code np.argpartition(a, [k0, k1, ...], axis)}: indices that place every listed position; the k
     * smallest in sorted order, for example, are {@code argpartition(a, new int[] {0, 1, ..., k - 1}, axis)}
     * sliced to {@code [0, k)}.
     */
    public static NDArray argpartition(NDArray a, int[] kth, int axis) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(kth, "kth");
        return Sorting.argpartition(a, kth, axis);
    }

    /** Indices of the {@code k} largest along {@code axis}, largest first (via argpartition). */
    public static NDArray topK(NDArray a, int k, int axis) {
        Objects.requireNonNull(a, "a");
        return Sorting.topK(a, k, axis);
    }

    /** {@code np.unique(a, return_index=True, return_inverse=True, return_counts=True)} */
    public static Unique unique(NDArray a) {
        Objects.requireNonNull(a, "a");
        return Sorting.unique(a);
    }

    /** {@code np.searchsorted(a, v, side='right' if right else 'left')} for a sorted 1-d {@code a}. */
    public static NDArray searchsorted(NDArray a, NDArray v, boolean right) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(v, "v");
        return Sorting.searchsorted(a, v, right);
    }

    // end of advanced indexing

    // ------------------------------------------------------------------ random
    // (issue 7: NumPy's global-state random functions, over org.ndvec.random.RandomState)

    /**
     * The global legacy generator behind NumPy's module-level functions: {@code Nd.random().randn(3, 4)}
     * is {@code np.random.randn(3, 4)}, bit for bit after the same {@link #seed(long)}.
     */
    public static org.ndvec.random.RandomState random() {
        return org.ndvec.random.RandomState.global();
    }

    /** Reseeds the global generator. {@code np.random.seed(seed)}, seed in {@code [0, 2**32 - 1]} */
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
     */
    public static NDArray array(String... values) {
        Objects.requireNonNull(values, "values");
        return org.ndvec.strings.StringOps.array(values);
    }

    /** A 0-d string array of the value's width ({@code null} is {@code ''}). {@code np.array('Alice')} (dtype {@code <U5}) */
    public static NDArray scalar(String value) {
        return org.ndvec.strings.StringOps.array(value).reshape();
    }

    /** A string array filled with {@code value} ({@code null} is {@code ''}), as wide as it. {@code np.full(shape, 'ab')} (dtype {@code <U2}) */
    public static NDArray full(int[] shape, String value) {
        Objects.requireNonNull(shape, "shape");
        return org.ndvec.strings.StringOps.full(shape, value);
    }

    /** {@code np.unique(a, return_inverse=True, return_counts=True)} for a string array. */
    public static org.ndvec.strings.UniqueStrings uniqueStrings(NDArray a) {
        Objects.requireNonNull(a, "a");
        return org.ndvec.strings.StringOps.unique(a);
    }

    /** Labels to sorted classes and INT64 codes. {@code classes, codes = np.unique(a, return_inverse=True)} */
    public static org.ndvec.strings.LabelEncoding labelEncode(NDArray labels) {
        Objects.requireNonNull(labels, "labels");
        return org.ndvec.strings.StringOps.labelEncode(labels);
    }

    /** Codes back to labels. {@code classes[codes]} */
    public static NDArray labelDecode(NDArray classes, NDArray codes) {
        Objects.requireNonNull(classes, "classes");
        Objects.requireNonNull(codes, "codes");
        return org.ndvec.strings.StringOps.labelDecode(classes, codes);
    }

    // end of strings

    // ------------------------------------------------------------------ memory

    /** Whether two arrays have an element in common, answered exactly. {@code np.shares_memory(a, b)} */
    public static boolean sharesMemory(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return Memory.sharesMemory(a, b);
    }

    /** Whether two arrays' storage extents overlap (cheap, may say yes wrongly). {@code np.may_share_memory(a, b)} */
    public static boolean mayShareMemory(NDArray a, NDArray b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return Memory.mayShareMemory(a, b);
    }
}
