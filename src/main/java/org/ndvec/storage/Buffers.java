package org.ndvec.storage;

import org.ndvec.DType;

/**
 * Typed access to the primitive arrays that back an {@code NDArray}.
 *
 * <p>These per-element accessors serve the general, dtype-agnostic paths
 * (element access, printing, casting fallbacks). Hot loops never go through them:
 * they run in per-dtype kernels.
 *
 * <p>NumPy casting rules that live here: float to integer truncates toward zero,
 * and NaN, infinities and out-of-range values become the integer type's minimum,
 * which is what NumPy's casts produce on x86-64 ({@code cvttsd2si}); anything to
 * bool is {@code x != 0} (NaN is true).
 *
 * <p>The type tests are {@code instanceof} chains, not pattern switches: every pattern switch site
 * costs an invokedynamic bootstrap the first time it runs (the first in a JVM about 14 ms, each
 * further one about 0.5 ms, JDK 25), and every program reaches these on its first operations.
 * The same holds for the other buffer switches on the cold path (Cast, Shuffle, IntegerFolds).
 */
public final class Buffers {
    private Buffers() {
    }

    /** A zero-filled buffer for {@code n} elements of {@code dtype}. */
    public static Object allocate(DType dtype, int n) {
        return switch (dtype) {
            case FLOAT32 -> new float[n];
            case FLOAT64 -> new double[n];
            case INT32 -> new int[n];
            case INT64 -> new long[n];
            case BOOL -> new byte[n];
            case STRING -> emptyStrings(n);
        };
    }

    /** String storage never holds {@code null}: NumPy's zero-filled {@code <U} element is {@code ''}. */
    private static String[] emptyStrings(int n) {
        String[] out = new String[n];
        java.util.Arrays.fill(out, "");
        return out;
    }

    /** Number of elements in a buffer. */
    public static int length(Object data) {
        if (data instanceof float[] a) {
            return a.length;
        } else if (data instanceof double[] a) {
            return a.length;
        } else if (data instanceof int[] a) {
            return a.length;
        } else if (data instanceof long[] a) {
            return a.length;
        } else if (data instanceof byte[] a) {
            return a.length;
        } else if (data instanceof String[] a) {
            return a.length;
        } else {
            throw new IllegalArgumentException("not an ndvec buffer: " + data.getClass());
        }
    }

    /** The dtype whose storage is this buffer's class. */
    public static DType dtypeOf(Object data) {
        if (data instanceof float[]) {
            return DType.FLOAT32;
        } else if (data instanceof double[]) {
            return DType.FLOAT64;
        } else if (data instanceof int[]) {
            return DType.INT32;
        } else if (data instanceof long[]) {
            return DType.INT64;
        } else if (data instanceof byte[]) {
            return DType.BOOL;
        } else if (data instanceof String[]) {
            return DType.STRING;
        } else {
            throw new IllegalArgumentException("not an ndvec buffer: " + data.getClass());
        }
    }

    /** Element {@code i} converted to double. */
    public static double getDouble(Object data, int i) {
        if (data instanceof double[] a) {
            return a[i];
        } else if (data instanceof float[] a) {
            return a[i];
        } else if (data instanceof long[] a) {
            return a[i];
        } else if (data instanceof int[] a) {
            return a[i];
        } else if (data instanceof byte[] a) {
            return a[i];
        } else if (data instanceof String[]) {
            throw Strings.notNumeric();
        } else {
            throw new IllegalArgumentException("not an ndvec buffer: " + data.getClass());
        }
    }

    /** Element {@code i} converted to long with NumPy's float-to-int cast. */
    public static long getLong(Object data, int i) {
        if (data instanceof long[] a) {
            return a[i];
        } else if (data instanceof int[] a) {
            return a[i];
        } else if (data instanceof byte[] a) {
            return a[i];
        } else if (data instanceof double[] a) {
            return doubleToLong(a[i]);
        } else if (data instanceof float[] a) {
            return doubleToLong(a[i]);
        } else if (data instanceof String[]) {
            throw Strings.notNumeric();
        } else {
            throw new IllegalArgumentException("not an ndvec buffer: " + data.getClass());
        }
    }

    /** Element {@code i} as a truth value ({@code x != 0}; NaN is true; a string is true when not empty). */
    public static boolean getBoolean(Object data, int i) {
        if (data instanceof byte[] a) {
            return a[i] != 0;
        } else if (data instanceof long[] a) {
            return a[i] != 0;
        } else if (data instanceof int[] a) {
            return a[i] != 0;
        } else if (data instanceof double[] a) {
            return a[i] != 0;
        } else if (data instanceof float[] a) {
            return a[i] != 0;
        } else if (data instanceof String[] a) {
            return !a[i].isEmpty();
        } else {
            throw new IllegalArgumentException("not an ndvec buffer: " + data.getClass());
        }
    }

    /** Stores a double with NumPy's cast to the buffer's type. */
    public static void setDouble(Object data, int i, double v) {
        if (data instanceof double[] a) {
            a[i] = v;
        } else if (data instanceof float[] a) {
            a[i] = (float) v;
        } else if (data instanceof long[] a) {
            a[i] = doubleToLong(v);
        } else if (data instanceof int[] a) {
            a[i] = doubleToInt(v);
        } else if (data instanceof byte[] a) {
            a[i] = (byte) (v != 0 ? 1 : 0);
        } else if (data instanceof String[]) {
            throw Strings.notNumeric();
        } else {
            throw new IllegalArgumentException("not an ndvec buffer: " + data.getClass());
        }
    }

    /** Stores a long with NumPy's cast to the buffer's type (int32 keeps the low 32 bits). */
    public static void setLong(Object data, int i, long v) {
        if (data instanceof long[] a) {
            a[i] = v;
        } else if (data instanceof int[] a) {
            a[i] = (int) v;
        } else if (data instanceof double[] a) {
            a[i] = v;
        } else if (data instanceof float[] a) {
            a[i] = v;
        } else if (data instanceof byte[] a) {
            a[i] = (byte) (v != 0 ? 1 : 0);
        } else if (data instanceof String[]) {
            throw Strings.notNumeric();
        } else {
            throw new IllegalArgumentException("not an ndvec buffer: " + data.getClass());
        }
    }

    /** Stores a truth value as 1 or 0 in the buffer's type. */
    public static void setBoolean(Object data, int i, boolean v) {
        setLong(data, i, v ? 1 : 0);
    }

    /** Copies element {@code si} of {@code src} to element {@code di} of {@code dst}, same dtype. */
    public static void copyElement(Object src, int si, Object dst, int di) {
        if (src instanceof double[] a) {
            ((double[]) dst)[di] = a[si];
        } else if (src instanceof float[] a) {
            ((float[]) dst)[di] = a[si];
        } else if (src instanceof long[] a) {
            ((long[]) dst)[di] = a[si];
        } else if (src instanceof int[] a) {
            ((int[]) dst)[di] = a[si];
        } else if (src instanceof byte[] a) {
            ((byte[]) dst)[di] = a[si];
        } else if (src instanceof String[] a) {
            ((String[]) dst)[di] = a[si];
        } else {
            throw new IllegalArgumentException("not an ndvec buffer: " + src.getClass());
        }
    }

    /**
     * NumPy's float-to-int64 cast on x86-64: truncation toward zero, and the
     * "integer indefinite" value {@code Long.MIN_VALUE} for NaN and out-of-range input.
     */
    public static long doubleToLong(double v) {
        // 2^63 is exactly representable; anything at or above it (or NaN) is out of range.
        if (v >= -9.223372036854775808E18 && v < 9.223372036854775808E18) {
            return (long) v;
        }
        return Long.MIN_VALUE;
    }

    /** NumPy's float-to-int32 cast on x86-64: truncation, {@code Integer.MIN_VALUE} when out of range. */
    public static int doubleToInt(double v) {
        if (v > -2147483649.0 && v < 2147483648.0) {
            return (int) v;
        }
        return Integer.MIN_VALUE;
    }
}
