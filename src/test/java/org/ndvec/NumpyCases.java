package org.ndvec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Compares ndvec results with NumPy's, as the fixture scripts encode them: an array is
 * {@code dtype|shape|values} (floats as float.hex, integers in decimal, bools 0/1, strings
 * percent-encoded), an error is its Python type name and message.
 */
final class NumpyCases {
    private NumpyCases() {
    }

    /** The Java exception a NumPy error type maps to (CONTRIBUTING: errors read like NumPy's). */
    static Class<? extends RuntimeException> javaType(String numpyError) {
        return switch (numpyError) {
            case "IndexError" -> IndexOutOfBoundsException.class;
            case "ZeroDivisionError" -> ArithmeticException.class;
            case "ValueError", "TypeError", "AxisError", "LinAlgError", "OverflowError", "UFuncTypeError",
                 "BadZipFile" -> IllegalArgumentException.class;
            default -> throw new IllegalArgumentException("no Java counterpart for " + numpyError);
        };
    }

    /** Asserts that {@code thrown} is the counterpart of NumPy's error, with the same message. */
    static void assertError(String numpyType, String message, Throwable thrown, String context) {
        Class<? extends RuntimeException> expected = javaType(numpyType);
        if (!expected.isInstance(thrown)) {
            throw new AssertionError(context + ": expected " + expected.getSimpleName() + " (" + numpyType + ": "
                    + message + ") but got " + thrown, thrown);
        }
        assertEquals(message, thrown.getMessage(), context + ": message");
    }

    /** Asserts dtype, shape and every value of one encoded NumPy array (NaN == NaN, -0.0 != 0.0). */
    static void assertArray(String encoded, NDArray actual, String context) {
        assertArray(encoded, actual, context, 0);
    }

    /**
     * As {@link #assertArray(String, NDArray, String)}, floats within {@code rtol} of NumPy's
     * (relative to the largest magnitude of the expected array; 0: bit for bit). For results
     * that depend on an algorithm's rounding (LAPACK's LU against ours), not on semantics.
     */
    static void assertArray(String encoded, NDArray actual, String context, double rtol) {
        String[] p = encoded.split("\\|", -1);
        String dtype = p[0];
        int[] shape = Fixtures.shape(p[1]);
        if (dtype.startsWith("<U")) {
            assertEquals(dtype, actual.dtypeDescr(), context + ": dtype");
        } else {
            assertEquals(dtype, actual.dtype().toString(), context + ": dtype");
        }
        if (!Arrays.equals(shape, actual.shape())) {
            fail(context + ": shape expected " + Arrays.toString(shape) + " but was " + Arrays.toString(actual.shape()));
        }
        String[] values = p[2].isEmpty() ? new String[0] : p[2].split(" ");
        assertEquals(values.length, actual.size(), context + ": size");
        if (dtype.startsWith("<U")) {
            String[] got = actual.toStringArray();
            for (int i = 0; i < values.length; i++) {
                assertEquals(URLDecoder.decode(values[i], StandardCharsets.UTF_8), got[i], context + ": element " + i);
            }
        } else if (actual.dtype().isFloating()) {
            double[] e = Fixtures.doubles(p[2]);
            double[] a = actual.toDoubleArray();
            double scale = 0;
            for (double x : e) {
                scale = Double.isFinite(x) ? Math.max(scale, Math.abs(x)) : scale;
            }
            for (int i = 0; i < e.length; i++) {
                boolean close = rtol > 0 && Math.abs(e[i] - a[i]) <= rtol * scale;
                if (!close && Double.doubleToLongBits(e[i]) != Double.doubleToLongBits(a[i])) {
                    fail(context + ": element " + i + " expected " + e[i] + " (" + Double.toHexString(e[i])
                            + ") but was " + a[i] + " (" + Double.toHexString(a[i]) + ")");
                }
            }
        } else {
            long[] e = Fixtures.longs(p[2]);
            long[] a = actual.toLongArray();
            for (int i = 0; i < e.length; i++) {
                assertEquals(e[i], a[i], context + ": element " + i);
            }
        }
    }
}
