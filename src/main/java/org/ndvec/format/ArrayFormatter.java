package org.ndvec.format;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Shapes;
import org.ndvec.storage.Buffers;

/**
 * NumPy's {@code str(a)} and {@code repr(a)} ({@code array2string}, {@code array_repr})
 * with NumPy 2's default print options: precision 8, floatmode 'maxprec', linewidth 75,
 * threshold 1000 with 3 edge items, nan/inf spelled {@code nan}/{@code inf}.
 */
public final class ArrayFormatter {
    /** NumPy's print option {@code precision}. */
    private static final int PRECISION = 8;
    /** NumPy's print option {@code linewidth}. */
    private static final int LINE_WIDTH = 75;
    /** NumPy's print option {@code threshold}: larger arrays are summarized. */
    private static final int THRESHOLD = 1000;
    /** NumPy's print option {@code edgeitems}. */
    private static final int EDGE_ITEMS = 3;
    private static final String REPR_PREFIX = "array(";
    private static final String REPR_SUFFIX = ")";

    private ArrayFormatter() {
    }

    /** {@code str(a)}: {@code [1. 2.]}, {@code [[1 2]\n [3 4]]}; a 0-d array prints as its scalar. */
    public static String str(NDArray a) {
        ArrayAccess access = Internals.access();
        if (a.ndim() == 0) {
            return scalarStr(access.data(a), access.offset(a));
        }
        if (a.size() == 0) {
            return "[]";
        }
        return array2string(a, " ", "", LINE_WIDTH, PRECISION);
    }

    /**
     * {@code np.array2string(a, precision=precision)}: as {@link #str} but a 0-d array prints
     * through the array formatter ({@code 1.}, {@code 0.33333333}), not as its scalar.
     */
    public static String array2string(NDArray a, int precision) {
        checkPrecision(precision);
        return a.size() == 0 ? "[]" : array2string(a, " ", "", LINE_WIDTH, precision);
    }

    /** {@code repr(a)} with NumPy's default precision 8. */
    public static String repr(NDArray a) {
        return repr(a, PRECISION);
    }

    /**
     * {@code np.array_repr(a, precision=precision)}: {@code array([1, 2], dtype=int32)}; the shape is added for
     * summarized and for empty multi-dimensional arrays, the dtype unless NumPy implies it
     * (float64, int64, bool) or the array is empty.
     */
    public static String repr(NDArray a, int precision) {
        checkPrecision(precision);
        String body = a.size() == 0 ? "[]"
                : array2string(a, ", ", REPR_PREFIX, LINE_WIDTH - REPR_SUFFIX.length(), precision);
        StringBuilder extras = new StringBuilder();
        if ((a.size() == 0 && a.ndim() != 1) || a.size() > THRESHOLD) {
            extras.append("shape=").append(Shapes.python(a.shape()));
        }
        DType dtype = a.dtype();
        boolean implied = dtype == DType.FLOAT64 || dtype == DType.INT64 || dtype == DType.BOOL;
        if (!implied || a.size() == 0) {
            if (!extras.isEmpty()) {
                extras.append(", ");
            }
            // a string dtype is spelled as a quoted type string: dtype='<U5'
            extras.append("dtype=").append(dtype == DType.STRING ? "'" + a.dtypeDescr() + "'" : a.dtypeDescr());
        }
        if (extras.isEmpty()) {
            return REPR_PREFIX + body + REPR_SUFFIX;
        }
        String head = REPR_PREFIX + body + ",";
        String tail = extras + REPR_SUFFIX;
        int lastLine = head.length() - (head.lastIndexOf('\n') + 1);
        // the extras go on their own line when they would pass the line width
        String spacer = lastLine + tail.length() + 1 > LINE_WIDTH ? "\n" + " ".repeat(REPR_PREFIX.length()) : " ";
        return head + spacer + tail;
    }

    private static void checkPrecision(int precision) {
        if (precision < 0) {
            throw new IllegalArgumentException("precision must be >= 0");
        }
    }

    private static String array2string(NDArray a, String separator, String prefix, int lineWidth, int precision) {
        ArrayAccess access = Internals.access();
        Object data = access.data(a);
        int offset = access.offset(a);
        ArrayLayout layout = new ArrayLayout(data, access.shape(a), access.strides(a), separator,
                EDGE_ITEMS, a.size() > THRESHOLD);
        int[] shown = layout.shownIndices(offset);
        ElementFormat format = switch (a.dtype().kind()) {
            case BOOL -> new BoolFormat(a.ndim() == 0);
            case INTEGER -> new IntFormat(data, shown);
            case FLOAT -> new FloatFormat(data, shown, precision);
            case STRING -> new StringFormat();
        };
        return layout.layout(format, offset, lineWidth, prefix.length());
    }

    /** {@code str(x)} of storage element {@code i} as a NumPy scalar. */
    private static String scalarStr(Object data, int i) {
        return switch (data) {
            case double[] d -> scalarStr(d[i]);
            case float[] f -> scalarStr(f[i]);
            case byte[] b -> b[i] != 0 ? "True" : "False";
            case String[] s -> s[i];
            default -> Long.toString(Buffers.getLong(data, i));
        };
    }

    /**
     * {@code str(np.float64(x))}, which is also Python's {@code repr(float(x))}: the shortest
     * round-trip digits, positional for magnitudes in [1e-4, 1e16) ({@code 0.1}, {@code 100.0}),
     * scientific otherwise ({@code 1e-05}, {@code 1.5e+16}), {@code nan}, {@code inf}.
     */
    public static String scalarStr(double x) {
        if (!Double.isFinite(x)) {
            return nonFinite(x);
        }
        double abs = Math.abs(x);
        return abs == 0 || (abs >= 1e-4 && abs < 1e16)
                ? Dragon4.positional(FloatBits.of(x), -1, -1, Trim.LEAVE_ONE_ZERO, -1, -1)
                : Dragon4.scientific(FloatBits.of(x), -1, -1, Trim.POINT_AND_ZEROS, -1, -1);
    }

    /**
     * {@code str(np.float32(x))}: as {@link #scalarStr(double)} but with float32's own
     * shortest digits ({@code np.float32(0.1)} prints {@code 0.1}) and positional notation only
     * in [1e-4, 1e6) (NumPy 2.4: {@code 999999.94} but {@code 1e+06}). The range test is made on
     * the exact value, so {@code np.float32(1e-4)}, just below 1e-4, prints {@code 1e-04}.
     */
    public static String scalarStr(float x) {
        if (!Float.isFinite(x)) {
            return nonFinite(x);
        }
        double abs = Math.abs((double) x);
        return abs == 0 || (abs >= 1e-4 && abs < 1e6)
                ? Dragon4.positional(FloatBits.of(x), -1, -1, Trim.LEAVE_ONE_ZERO, -1, -1)
                : Dragon4.scientific(FloatBits.of(x), -1, -1, Trim.POINT_AND_ZEROS, -1, -1);
    }

    private static String nonFinite(double x) {
        return Double.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
    }
}
