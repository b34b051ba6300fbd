package org.ndvec.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.ndvec.DType;
import org.ndvec.Index;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * numpy.testing's array assertions for ndvec: {@code assert_allclose}, {@code assert_array_equal},
 * {@code assert_array_less} and {@code assert_array_max_ulp}. They throw a plain
 * {@link AssertionError} (so they work from JUnit, jqwik or anything else) whose message is
 * NumPy 2.4's report, character for character: the mismatched count and percentage, the first
 * differing indices with both values, the largest absolute and relative difference, and both
 * arrays printed with precision 6.
 *
 * <pre>{@code
 * NdAssert.assertAllclose(Nd.array(1.0, 2.0, 3.0), Nd.array(1.0, 2.0, 4.0));
 * // AssertionError:
 * // Not equal to tolerance rtol=1e-07, atol=0
 * //
 * // Mismatched elements: 1 / 3 (33.3%)
 * // Mismatch at index:
 * //  [2]: 3.0 (ACTUAL), 4.0 (DESIRED)
 * // Max absolute difference among violations: 1.
 * // Max relative difference among violations: 0.25
 * //  ACTUAL: array([1., 2., 3.])
 * //  DESIRED: array([1., 2., 4.])
 * }</pre>
 *
 * As in NumPy, a 0-d operand is compared with every element of the other; otherwise the shapes
 * must be equal (no broadcasting). NaNs (and for the first three, infinities) must sit at the
 * same places in both arrays and then count as equal.
 */
public final class NdAssert {
    private static final String[] ACTUAL_DESIRED = {"ACTUAL", "DESIRED"};
    /** numpy.testing prints the arrays with print precision 6. */
    private static final int PRECISION = 6;
    /** At most this many mismatching positions are listed. */
    private static final int SHOWN = 5;

    private NdAssert() {
    }

    /**
     * {@code np.testing.assert_allclose(actual, desired)}: rtol 1e-7, atol 0, NaNs equal.
     *
     * @param actual the array tested
     * @param desired the expected values, broadcast against {@code actual}
     */
    public static void assertAllclose(NDArray actual, NDArray desired) {
        assertAllclose(actual, desired, 1e-7, 0, true, "");
    }

    /**
     * {@code np.testing.assert_allclose(actual, desired, rtol, atol)}: {@code |actual - desired| <= atol + rtol * |desired|}.
     *
     * @param actual the array tested
     * @param desired the expected values, broadcast against {@code actual}
     * @param rtol the relative tolerance, times {@code |desired|}
     * @param atol the absolute tolerance
     */
    public static void assertAllclose(NDArray actual, NDArray desired, double rtol, double atol) {
        assertAllclose(actual, desired, rtol, atol, true, "");
    }

    /**
     * {@code np.testing.assert_allclose(actual, desired, rtol, atol, equal_nan, err_msg)}.
     *
     * @param actual the array tested
     * @param desired the expected values, broadcast against {@code actual}
     * @param rtol the relative tolerance, times {@code |desired|}
     * @param atol the absolute tolerance
     * @param equalNan whether NaN in both places passes
     * @param errMsg a line put at the top of the report, or "" for none
     * @throws AssertionError with NumPy's report when an element is not close
     */
    public static void assertAllclose(NDArray actual, NDArray desired, double rtol, double atol, boolean equalNan,
                                      String errMsg) {
        String header = "Not equal to tolerance rtol=" + PyFormat.g(rtol, 6) + ", atol=" + PyFormat.g(atol, 6);
        compare((x, y) -> Nd.isclose(x, y, rtol, atol, equalNan), actual, desired, errMsg, header,
                equalNan, true, ACTUAL_DESIRED);
    }

    /**
     * {@code np.testing.assert_array_equal(actual, desired)}: equal shapes (or a 0-d side) and equal elements, NaNs equal.
     *
     * @param actual the array tested
     * @param desired the expected values
     */
    public static void assertArrayEqual(NDArray actual, NDArray desired) {
        assertArrayEqual(actual, desired, "");
    }

    /**
     * {@code np.testing.assert_array_equal(actual, desired, err_msg)}.
     *
     * @param actual the array tested
     * @param desired the expected values
     * @param errMsg a line put at the top of the report, or "" for none
     */
    public static void assertArrayEqual(NDArray actual, NDArray desired, String errMsg) {
        compare(NDArray::eq, actual, desired, errMsg, "Arrays are not equal", true, true, ACTUAL_DESIRED);
    }

    /**
     * {@code np.testing.assert_array_less(x, y)}: every element of x strictly below y's (NaNs at the same places pass).
     *
     * @param x the array that must be smaller
     * @param y the array that must be larger, broadcast against {@code x}
     */
    public static void assertArrayLess(NDArray x, NDArray y) {
        assertArrayLess(x, y, "");
    }

    /**
     * {@code np.testing.assert_array_less(x, y, err_msg)}.
     *
     * @param x the array that must be smaller
     * @param y the array that must be larger, broadcast against {@code x}
     * @param errMsg a line put at the top of the report, or "" for none
     */
    public static void assertArrayLess(NDArray x, NDArray y, String errMsg) {
        compare(NDArray::lt, x, y, errMsg, "Arrays are not strictly ordered `x < y`", true, false,
                new String[] {"x", "y"});
    }

    /**
     * {@code np.testing.assert_array_max_ulp(a, b, maxulp)}: every pair of elements at most
     * {@code maxulp} units in the last place apart, counted in float32 when both are float32 and in
     * float64 otherwise (integers are converted); all NaNs are one value.
     *
     * @param a the first array
     * @param b the second array, of the same shape
     * @param maxulp the largest distance allowed, in units in the last place
     * @throws IllegalArgumentException for different shapes ({@code Arrays do not have the same shape: (1, 3) - (1, 2)})
     *     or bool/string arrays
     * @throws AssertionError {@code Arrays are not almost equal up to 1 ULP (max difference is 3 ULP)}
     */
    public static void assertArrayMaxUlp(NDArray a, NDArray b, double maxulp) {
        for (NDArray x : new NDArray[] {a, b}) {
            if (!x.dtype().isFloating() && !x.dtype().isInteger()) {
                throw new IllegalArgumentException("can't get common type for non-numeric array");
            }
        }
        if (!java.util.Arrays.equals(a.shape(), b.shape())) {
            throw new IllegalArgumentException("Arrays do not have the same shape: " + shape1(a) + " - " + shape1(b));
        }
        boolean single = a.dtype() == DType.FLOAT32 && b.dtype() == DType.FLOAT32;
        double max = Double.NEGATIVE_INFINITY;
        boolean ok = true;
        if (single) {
            float[] x = a.toFloatArray();
            float[] y = b.toFloatArray();
            for (int i = 0; i < x.length; i++) {
                // int32 difference with wrap-around, then converted to float32, as NumPy computes it
                float d = Math.abs((float) (signMagnitude(x[i]) - signMagnitude(y[i])));
                max = Math.max(max, d);
                ok &= d <= maxulp;
            }
        } else {
            double[] x = a.astype(DType.FLOAT64).toDoubleArray();
            double[] y = b.astype(DType.FLOAT64).toDoubleArray();
            for (int i = 0; i < x.length; i++) {
                double d = Math.abs((double) (signMagnitude(x[i]) - signMagnitude(y[i])));
                max = Math.max(max, d);
                ok &= d <= maxulp;
            }
        }
        if (!ok) {
            throw new AssertionError("Arrays are not almost equal up to " + PyFormat.g(maxulp, 6)
                    + " ULP (max difference is " + PyFormat.g(max, 6) + " ULP)");
        }
    }

    /** numpy.testing's {@code integer_repr}: the float's bits as a sign-magnitude integer, all NaNs as one. */
    private static int signMagnitude(float v) {
        int bits = Float.floatToIntBits(v);
        return bits < 0 ? Integer.MIN_VALUE - bits : bits;
    }

    private static long signMagnitude(double v) {
        long bits = Double.doubleToLongBits(v);
        return bits < 0 ? Long.MIN_VALUE - bits : bits;
    }

    private static String shape1(NDArray a) {
        int[] s = a.shape();
        StringBuilder t = new StringBuilder("(1");
        for (int d : s) {
            t.append(", ").append(d);
        }
        return t.append(s.length == 0 ? ",)" : ")").toString();
    }

    /** numpy.testing's {@code assert_array_compare}, step for step. */
    private static void compare(BinaryOperator<NDArray> comparison, NDArray x, NDArray y, String errMsg, String header,
                                boolean equalNan, boolean equalInf, String[] names) {
        NDArray ox = x;
        NDArray oy = y;
        if (!(x.ndim() == 0 || y.ndim() == 0 || java.util.Arrays.equals(x.shape(), y.shape()))) {
            throw new AssertionError(message(new NDArray[] {x, y}, errMsg + "\n(shapes " + pyShape(x) + ", "
                    + pyShape(y) + " mismatch)", header, names));
        }
        NDArray flagged = Nd.array(false).reshape();
        if (numeric(x) && numeric(y)) {
            if (equalNan) {
                flagged = samePositions(x, y, NdAssert::isnan, "nan", errMsg, header, names);
            }
            if (equalInf) {
                NDArray already = flagged;
                NDArray infs = samePositions(x, y, a -> isinf(a).logicalAnd(already.logicalNot()), "inf", errMsg,
                        header, names);
                sameInfValues(x, y, infs, errMsg, header, names);
                flagged = flagged.logicalOr(infs);
            }
        }
        if (flagged.ndim() > 0) {
            NDArray keep = flagged.logicalNot();
            x = x.get(keep);
            y = y.get(keep);
            if (x.size() == 0) {
                return;
            }
        } else if (flagged.toBooleanArray()[0]) {
            return;
        }
        NDArray val = x.dtype() == DType.STRING && y.dtype() == DType.STRING ? stringComparison(comparison, x, y)
                : comparison.apply(x, y);
        boolean[] ok = val.toBooleanArray();
        int mismatched = 0;
        for (boolean b : ok) {
            mismatched += b ? 0 : 1;
        }
        if (mismatched == 0) {
            return;
        }
        int elements = flagged.ndim() != 0 ? flagged.size() : ok.length;
        List<String> remarks = new ArrayList<>();
        remarks.add("Mismatched elements: " + mismatched + " / " + elements + " ("
                + PyFormat.g(100.0 * mismatched / elements, 3) + "%)");
        if (val.ndim() != 0) {
            remarks.add(positions(ox, oy, flagged, ok, mismatched, names));
        } else {
            // a 0-d comparison: the same arithmetic on one-element arrays
            x = x.reshape(1);
            y = y.reshape(1);
            val = val.reshape(1);
        }
        differences(x, y, val.logicalNot(), remarks);
        throw new AssertionError(message(new NDArray[] {ox, oy}, errMsg + "\n" + String.join("\n", remarks), header, names));
    }

    private static String positions(NDArray ox, NDArray oy, NDArray flagged, boolean[] ok, int mismatched, String[] names) {
        // the positions (in the original shape) of the compared elements, in C order
        int[] shape = flagged.ndim() > 0 ? flagged.shape() : Nd.broadcastShapes(ox.shape(), oy.shape());
        boolean[] skipped = flagged.ndim() > 0 ? flagged.toBooleanArray() : new boolean[ok.length];
        List<String> lines = new ArrayList<>();
        int[] idx = new int[shape.length];
        int k = 0;
        for (int flat = 0; flat < skipped.length && lines.size() < SHOWN; flat++) {
            if (!skipped[flat]) {
                if (!ok[k]) {
                    lines.add(" " + java.util.Arrays.toString(idx) + ": " + element(ox, idx) + " (" + names[0] + "), "
                            + element(oy, idx) + " (" + names[1] + ")");
                }
                k++;
            }
            for (int ax = shape.length - 1; ax >= 0; ax--) {
                if (++idx[ax] < shape[ax]) {
                    break;
                }
                idx[ax] = 0;
            }
        }
        String head = mismatched == 1 ? "Mismatch at index:" : mismatched <= SHOWN ? "Mismatch at indices:"
                : "First 5 mismatches are at indices:";
        return head + "\n" + String.join("\n", lines);
    }

    /**
     * The NumPy scalar at idx as an f-string prints it ({@code ox if ox.ndim == 0 else ox[tuple(p)]}):
     * a float32 goes through Python's float, so 0.3f prints as {@code 0.30000001192092896}.
     */
    private static String element(NDArray a, int[] idx) {
        NDArray e = a;
        if (a.ndim() > 0) {
            Index[] ix = new Index[idx.length];
            for (int i = 0; i < ix.length; i++) {
                ix[i] = Index.at(idx[i]);
            }
            e = a.get(ix);
        }
        return (e.dtype() == DType.FLOAT32 ? e.astype(DType.FLOAT64) : e).toString();
    }

    /** The largest absolute and relative difference among the mismatches, when x - y means something. */
    private static void differences(NDArray x, NDArray y, NDArray invalid, List<String> remarks) {
        NDArray error;
        try {
            error = x.sub(y).abs();
        } catch (IllegalArgumentException e) {
            return; // bool or string arrays: NumPy's TypeError is suppressed the same way
        }
        NDArray maxAbs = error.get(invalid).max();
        remarks.add("Max absolute difference among violations: " + Nd.array2string(maxAbs, 8));
        NDArray nonzeroInvalid = invalid.logicalAnd(y.ne(0));
        String rel;
        if (!nonzeroInvalid.any().toBooleanArray()[0]) {
            rel = "inf";
        } else {
            NDArray yb = y.broadcastTo(error.shape());
            rel = Nd.array2string(error.get(nonzeroInvalid).div(yb.get(nonzeroInvalid).abs()).max(), 8);
        }
        remarks.add("Max relative difference among violations: " + rel);
    }

    /** NaN (or inf) must sit at the same places; returns the flags NumPy goes on with. */
    private static NDArray samePositions(NDArray x, NDArray y, UnaryOperator<NDArray> test, String what, String errMsg,
                                         String header, String[] names) {
        NDArray xId = test.apply(x);
        NDArray yId = test.apply(y);
        if (xId.ne(yId).any().toBooleanArray()[0]) {
            throw new AssertionError(message(new NDArray[] {x, y}, errMsg + "\n" + what + " location mismatch:",
                    header, names));
        }
        return xId.ndim() == 0 ? xId : yId.ndim() == 0 ? yId : yId;
    }

    private static void sameInfValues(NDArray x, NDArray y, NDArray infs, String errMsg, String header, String[] names) {
        if (!infs.any().toBooleanArray()[0]) {
            return;
        }
        if (x.ndim() > 0 && y.ndim() > 0) {
            x = x.get(infs);
            y = y.get(infs);
        }
        if (x.ne(y).any().toBooleanArray()[0]) {
            throw new AssertionError(message(new NDArray[] {x, y}, errMsg + "\ninf values mismatch:", header, names));
        }
    }

    /** String arrays compare elementwise (only equality and order are asked of them, as in NumPy). */
    private static NDArray stringComparison(BinaryOperator<NDArray> comparison, NDArray x, NDArray y) {
        int[] shape = Nd.broadcastShapes(x.shape(), y.shape());
        String[] a = x.broadcastTo(shape).toStringArray();
        String[] b = y.broadcastTo(shape).toStringArray();
        // the comparison's sign on each pair, decided by comparing -1/0/1 codes with the same operator
        long[] ca = new long[a.length];
        long[] cb = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            // by code point, as Python orders str (UTF-16 order differs past U+FFFF)
            ca[i] = Integer.signum(java.util.Arrays.compare(a[i].codePoints().toArray(), b[i].codePoints().toArray()));
        }
        return comparison.apply(NDArray.wrap(ca).reshape(shape), NDArray.wrap(cb).reshape(shape));
    }

    private static boolean numeric(NDArray a) {
        return a.dtype() != DType.STRING;
    }

    private static NDArray isnan(NDArray a) {
        return a.dtype().isFloating() ? a.isnan() : Nd.zeros(DType.BOOL, a.shape());
    }

    private static NDArray isinf(NDArray a) {
        return a.dtype().isFloating() ? a.isinf() : Nd.zeros(DType.BOOL, a.shape());
    }

    /** numpy.testing's {@code build_err_msg}. */
    private static String message(NDArray[] arrays, String errMsg, String header, String[] names) {
        List<String> msg = new ArrayList<>();
        msg.add("\n" + header);
        if (!errMsg.isEmpty()) {
            if (errMsg.indexOf('\n') < 0 && errMsg.length() < 79 - header.length()) {
                msg.set(0, msg.get(0) + " " + errMsg);
            } else {
                msg.add(errMsg);
            }
        }
        for (int i = 0; i < arrays.length; i++) {
            String r = Nd.arrayRepr(arrays[i], PRECISION);
            String[] lines = r.split("\n", -1);
            if (lines.length - 1 > 3) {
                r = String.join("\n", java.util.Arrays.copyOf(lines, 3)) + "...";
            }
            msg.add(" " + names[i] + ": " + r);
        }
        return String.join("\n", msg);
    }

    private static String pyShape(NDArray a) {
        int[] s = a.shape();
        if (s.length == 1) {
            return "(" + s[0] + ",)";
        }
        StringBuilder t = new StringBuilder("(");
        for (int i = 0; i < s.length; i++) {
            t.append(i == 0 ? "" : ", ").append(s[i]);
        }
        return t.append(")").toString();
    }
}
