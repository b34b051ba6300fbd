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
        return switch (data) {
            case float[] a -> a.length;
            case double[] a -> a.length;
            case int[] a -> a.length;
            case long[] a -> a.length;
            case byte[] a -> a.length;
            case String[] a -> a.length;
            default -> throw new IllegalArgumentException("not an ndvec buffer: " + data.getClass());
        };
    }

    /** The dtype whose storage is this buffer's class. */
    public static DType dtypeOf(Object data) {
        return switch (data) {
            case float[] a -> DType.FLOAT32;
            case double[] a -> DType.FLOAT64;
            case int[] a -> DType.INT32;
            case long[] a -> DType.INT64;
            case byte[] a -> DType.BOOL;
            case String[] a -> DType.STRING;
            default -> throw new IllegalArgumentException("not an ndvec buffer: " + data.getClass());
        };
    }

    /** Element {@code i} converted to double. */
    public static double getDouble(Object data, int i) {
        return switch (data) {
            case double[] a -> a[i];
            case float[] a -> a[i];
            case long[] a -> a[i];
            case int[] a -> a[i];
            case byte[] a -> a[i];
            case String[] a -> throw Strings.notNumeric();
            default -> throw new IllegalArgumentException("not an ndvec buffer: " + data.getClass());
        };
    }

    /** Element {@code i} converted to long with NumPy's float-to-int cast. */
    public static long getLong(Object data, int i) {
        return switch (data) {
            case long[] a -> a[i];
            case int[] a -> a[i];
            case byte[] a -> a[i];
            case double[] a -> doubleToLong(a[i]);
            case float[] a -> doubleToLong(a[i]);
            case String[] a -> throw Strings.notNumeric();
            default -> throw new IllegalArgumentException("not an ndvec buffer: " + data.getClass());
        };
    }

    /** Element {@code i} as a truth value ({@code x != 0}; NaN is true; a string is true when not empty). */
    public static boolean getBoolean(Object data, int i) {
        return switch (data) {
            case byte[] a -> a[i] != 0;
            case long[] a -> a[i] != 0;
            case int[] a -> a[i] != 0;
            case double[] a -> a[i] != 0;
            case float[] a -> a[i] != 0;
            case String[] a -> !a[i].isEmpty();
            default -> throw new IllegalArgumentException("not an ndvec buffer: " + data.getClass());
        };
    }

    /** Stores a double with NumPy's cast to the buffer's type. */
    public static void setDouble(Object data, int i, double v) {
        switch (data) {
            case double[] a -> a[i] = v;
            case float[] a -> a[i] = (float) v;
            case long[] a -> a[i] = doubleToLong(v);
            case int[] a -> a[i] = doubleToInt(v);
            case byte[] a -> a[i] = (byte) (v != 0 ? 1 : 0);
            case String[] a -> throw Strings.notNumeric();
            default -> throw new IllegalArgumentException("not an ndvec buffer: " + data.getClass());
        }
    }

    /** Stores a long with NumPy's cast to the buffer's type (int32 keeps the low 32 bits). */
    public static void setLong(Object data, int i, long v) {
        switch (data) {
            case long[] a -> a[i] = v;
            case int[] a -> a[i] = (int) v;
            case double[] a -> a[i] = v;
            case float[] a -> a[i] = v;
            case byte[] a -> a[i] = (byte) (v != 0 ? 1 : 0);
            case String[] a -> throw Strings.notNumeric();
            default -> throw new IllegalArgumentException("not an ndvec buffer: " + data.getClass());
        }
    }

    /** Stores a truth value as 1 or 0 in the buffer's type. */
    public static void setBoolean(Object data, int i, boolean v) {
        setLong(data, i, v ? 1 : 0);
    }

    /** Copies element {@code si} of {@code src} to element {@code di} of {@code dst}, same dtype. */
    public static void copyElement(Object src, int si, Object dst, int di) {
        switch (src) {
            case double[] a -> ((double[]) dst)[di] = a[si];
            case float[] a -> ((float[]) dst)[di] = a[si];
            case long[] a -> ((long[]) dst)[di] = a[si];
            case int[] a -> ((int[]) dst)[di] = a[si];
            case byte[] a -> ((byte[]) dst)[di] = a[si];
            case String[] a -> ((String[]) dst)[di] = a[si];
            default -> throw new IllegalArgumentException("not an ndvec buffer: " + src.getClass());
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
