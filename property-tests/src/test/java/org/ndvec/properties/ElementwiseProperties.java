package org.ndvec.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BinaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.jqwik.Arrays;

/**
 * Elementwise results do not depend on layout, and the IEEE identities that are exact hold
 * bit for bit. The left operand is a random view (sliced, reversed, transposed, broadcast),
 * the right one a Fortran-ordered array of the same shape; each result is compared with the
 * same operation on contiguous copies and with a per-element oracle written in plain Java
 * arithmetic (read through getDouble/getLong, so independent of the kernels). The suite runs
 * once per kernel mode, so vector and scalar kernels both meet the same oracle.
 */
class ElementwiseProperties {
    private static final DType[] NUMERIC = {DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32};

    /** A random view and a same-shaped array of the same dtype. */
    @Provide
    Arbitrary<NDArray[]> pairs() {
        return Arbitraries.of(NUMERIC).flatMap(t -> Arrays.views(t).flatMap(x -> Arrays.of(t, x.shape())
                .map(y -> new NDArray[] {x, y.T().copy().T()})));
    }

    @Provide
    Arbitrary<NDArray> floatViews() {
        return Arbitraries.of(DType.FLOAT64, DType.FLOAT32).flatMap(Arrays::views);
    }

    @Property(tries = 1000)
    void stridedEqualsContiguousEqualsPerElementOracle(@ForAll("pairs") NDArray[] xy) {
        NDArray x = xy[0];
        NDArray y = xy[1];
        check(x, y, "add", NDArray::add, Double::sum, Long::sum);
        check(x, y, "sub", NDArray::sub, (a, b) -> a - b, (a, b) -> a - b);
        check(x, y, "mul", NDArray::mul, (a, b) -> a * b, (a, b) -> a * b);
        check(x, y, "maximum", NDArray::maximum, ElementwiseProperties::npMaximum, Math::max);
        check(x, y, "minimum", NDArray::minimum, (a, b) -> -npMaximum(-a, -b), Math::min);
        check(x, y, "fmax", NDArray::fmax, ElementwiseProperties::npFmax, Math::max);
        if (x.dtype().isFloating()) {
            check(x, y, "div", NDArray::div, (a, b) -> a / b, null);
        }
    }

    /**
     * Runs op on the strided operands and on contiguous copies, and compares both with the
     * oracle at every index. Float32 oracles round the double result to float, which is
     * exact for +, -, *, / (a double holds the exact float product/sum before one rounding).
     */
    private static void check(NDArray x, NDArray y, String name, BinaryOperator<NDArray> op,
                              BinaryOperator<Double> fOracle, BinaryOperator<Long> iOracle) {
        NDArray strided = op.apply(x, y);
        NDArray contiguous = op.apply(x.copy(), y.copy());
        assertEquals(x.dtype(), strided.dtype(), name);
        assertArrayEquals(x.shape(), strided.shape(), name);
        int[] shape = x.shape();
        int[] idx = new int[shape.length];
        for (long k = 0; k < x.size(); k++) {
            String where = name + " at " + java.util.Arrays.toString(idx) + " of " + x.dtype();
            switch (x.dtype()) {
                case FLOAT64 -> {
                    double want = fOracle.apply(x.getDouble(idx), y.getDouble(idx));
                    assertSame(want, strided.getDouble(idx), where + " (strided)");
                    assertSame(want, contiguous.getDouble(idx), where + " (contiguous)");
                }
                case FLOAT32 -> {
                    double want = (float) (double) fOracle.apply(x.getDouble(idx), y.getDouble(idx));
                    assertSame(want, strided.getDouble(idx), where + " (strided)");
                    assertSame(want, contiguous.getDouble(idx), where + " (contiguous)");
                }
                case INT64 -> {
                    long want = iOracle.apply(x.getLong(idx), y.getLong(idx));
                    assertEquals(want, strided.getLong(idx), where + " (strided)");
                    assertEquals(want, contiguous.getLong(idx), where + " (contiguous)");
                }
                default -> {
                    long want = (int) (long) iOracle.apply(x.getLong(idx), y.getLong(idx)); // int32 wraps
                    assertEquals(want, strided.getLong(idx), where + " (strided)");
                    assertEquals(want, contiguous.getLong(idx), where + " (contiguous)");
                }
            }
            increment(idx, shape);
        }
    }

    /** np.maximum: NaN if either is NaN, else the larger (±0 compare equal, either may come back). */
    private static double npMaximum(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : a >= b ? a : b;
    }

    /** np.fmax: the non-NaN operand if only one is NaN. */
    private static double npFmax(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : a >= b ? a : b;
    }

    /**
     * Same value: both NaN (payloads are not specified by NumPy), or equal with the same sign
     * of zero; a ±0 tie of maximum/minimum/fmax may return either zero (NumPy's own loops
     * differ between SIMD and scalar paths), so zeros only need to compare equal there.
     */
    private static void assertSame(double want, double got, String where) {
        if (Double.isNaN(want)) {
            assertTrue(Double.isNaN(got), where + ": want NaN, got " + got);
        } else if (want == 0.0 && (where.startsWith("max") || where.startsWith("min") || where.startsWith("fmax"))) {
            assertEquals(0.0, got, 0.0, where);
        } else {
            assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got), where + ": want " + want + ", got " + got);
        }
    }

    /** Identities exact in IEEE arithmetic, bit for bit on edge values (NaN only as NaN). */
    @Property(tries = 1000)
    void exactIeeeIdentities(@ForAll("pairs") NDArray[] xy) {
        NDArray a = xy[0];
        NDArray b = xy[1];
        assertBitsEqual(a.add(b), b.add(a), "a+b == b+a");
        assertBitsEqual(a.mul(b), b.mul(a), "a*b == b*a");
        // a 0-d one: a (1,) one would broadcast a 0-d a to (1,), as NumPy does
        assertBitsEqual(a.copy(), a.mul(Nd.ones(a.dtype(), new int[0])), "a*1 == a");
        assertBitsEqual(a.copy(), a.neg().neg(), "-(-a) == a");
        assertBitsEqual(a.copy(), a.maximum(a), "maximum(a, a) == a");
        assertBitsEqual(a.copy(), a.minimum(a), "minimum(a, a) == a");
    }

    /** maximum propagates NaN from either side; fmax returns the other operand. */
    @Property(tries = 1000)
    void nanRulesOfMaximumAndFmax(@ForAll("floatViews") NDArray a) {
        NDArray nan = Nd.full(new int[0], Double.NaN).astype(a.dtype()); // 0-d: keeps a 0-d a 0-d
        for (double v : a.maximum(nan).toDoubleArray()) {
            assertTrue(Double.isNaN(v), "maximum(a, nan)");
        }
        for (double v : nan.maximum(a).toDoubleArray()) {
            assertTrue(Double.isNaN(v), "maximum(nan, a)");
        }
        assertBitsEqual(a.copy(), a.fmax(nan), "fmax(a, nan) == a");
        assertBitsEqual(a.copy(), nan.fmax(a), "fmax(nan, a) == a");
        assertBitsEqual(a.copy(), a.fmin(nan), "fmin(a, nan) == a");
    }

    /** Same dtype, shape and elements; floats by raw bits except that any NaN matches any NaN. */
    static void assertBitsEqual(NDArray want, NDArray got, String law) {
        assertEquals(want.dtype(), got.dtype(), law);
        assertArrayEquals(want.shape(), got.shape(), law);
        if (want.dtype().isFloating()) {
            double[] w = want.toDoubleArray();
            double[] g = got.toDoubleArray();
            for (int i = 0; i < w.length; i++) {
                if (Double.isNaN(w[i]) || Double.isNaN(g[i])) {
                    assertTrue(Double.isNaN(w[i]) && Double.isNaN(g[i]), law + " at " + i + ": " + w[i] + " vs " + g[i]);
                } else {
                    assertEquals(Double.doubleToRawLongBits(w[i]), Double.doubleToRawLongBits(g[i]),
                            law + " at " + i + ": " + w[i] + " vs " + g[i]);
                }
            }
        } else {
            assertArrayEquals(want.toLongArray(), got.toLongArray(), law);
        }
    }

    static void increment(int[] idx, int[] shape) {
        for (int k = idx.length - 1; k >= 0; k--) {
            if (++idx[k] < shape[k]) {
                return;
            }
            idx[k] = 0;
        }
    }
}
