package org.ndvec.linalg;

import java.util.Objects;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Broadcast;

/**
 * {@code np.isclose}/{@code np.allclose}/{@code np.array_equal}: the comparisons tests and users
 * check linear algebra with. Values are compared as float64 (int64 beyond 2^53 as long in
 * arrayEqual), broadcast views are read without being materialized as their own dtype.
 */
public final class Closeness {
    private Closeness() {
    }

    /**
     * {@code np.isclose(a, b, rtol, atol, equal_nan)}: {@code |a - b| <= atol + rtol * |b|}, infinities equal only to themselves.
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
        int[] shape = Broadcast.shapes(a.shape(), b.shape());
        double[] x = values(a.broadcastTo(shape));
        double[] y = values(b.broadcastTo(shape));
        byte[] out = new byte[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (byte) (close(x[i], y[i], rtol, atol, equalNan) ? 1 : 0);
        }
        return Internals.access().wrap(out, DType.BOOL, shape);
    }

    /**
     * {@code np.allclose(a, b, rtol, atol, equal_nan)}.
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
        int[] shape = Broadcast.shapes(a.shape(), b.shape());
        double[] x = values(a.broadcastTo(shape));
        double[] y = values(b.broadcastTo(shape));
        for (int i = 0; i < x.length; i++) {
            if (!close(x[i], y[i], rtol, atol, equalNan)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code np.array_equal(a, b, equal_nan)}: same shape and equal elements (no broadcasting).
     *
     * @param a the first array
     * @param b the second array
     * @param equalNan whether NaN equals NaN
     * @return whether the shapes are equal and every element equals its counterpart
     */
    public static boolean arrayEqual(NDArray a, NDArray b, boolean equalNan) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (!java.util.Arrays.equals(a.shape(), b.shape())) {
            return false;
        }
        if (!a.dtype().isFloating() && !b.dtype().isFloating()) {
            return java.util.Arrays.equals(a.astype(DType.INT64).toLongArray(), b.astype(DType.INT64).toLongArray());
        }
        double[] x = values(a);
        double[] y = values(b);
        for (int i = 0; i < x.length; i++) {
            boolean same = x[i] == y[i] || (equalNan && Double.isNaN(x[i]) && Double.isNaN(y[i]));
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static boolean close(double x, double y, double rtol, double atol, boolean equalNan) {
        if (x == y) {
            return true;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return equalNan && Double.isNaN(x) && Double.isNaN(y);
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return false;
        }
        return Math.abs(x - y) <= atol + rtol * Math.abs(y);
    }

    private static double[] values(NDArray a) {
        return a.astype(DType.FLOAT64).toDoubleArray();
    }
}
