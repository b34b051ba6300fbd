package org.ndvec.coverage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.PadMode;

/**
 * NumPy 2.4's diff, gradient, interp, meshgrid, lexsort, concatenate(axis=None) and pad in every
 * mode ({@code coverage_fixtures.py}, area arrays), bit for bit (pad's mean mode on random floats
 * within 4 ulps: ndvec's mean is correctly rounded, NumPy's pairwise).
 */
class ArraysFixturesTest {

    @TestFactory
    Stream<DynamicTest> numpyAnswers() {
        return CoverageFixture.replay("arrays", ArraysFixturesTest::run, c -> c.has("ulps") ? c.dbl("ulps") : 0.0);
    }

    static Object run(CoverageFixture c) {
        return switch (c.op()) {
            case "diff" -> Nd.diff(c.in("a"), c.integer("n"), c.integer("axis"), c.inputs().get("prepend"),
                    c.inputs().get("append"));
            case "gradient" -> Nd.gradient(c.in("f"), c.str("spacing").isEmpty() ? new double[0] : c.doubles("spacing"),
                    null, c.integer("edge_order"));
            case "gradient1" -> Nd.gradient(c.in("f"), c.dbl("spacing"), c.integer("axis"), c.integer("edge_order"));
            case "gradient_arrays" -> {
                java.util.List<NDArray> s = new java.util.ArrayList<>();
                for (int i = 0; c.inputs().containsKey("s" + i); i++) {
                    s.add(c.in("s" + i));
                }
                yield Nd.gradient(c.in("f"), s.toArray(new NDArray[0]), c.axes("axis"), c.integer("edge_order"));
            }
            case "interp" -> Nd.interp(c.in("x"), c.in("xp"), c.in("fp"), c.has("left") ? c.dbl("left") : null,
                    c.has("right") ? c.dbl("right") : null, c.has("period") ? c.dbl("period") : null);
            case "meshgrid" -> Nd.meshgrid(numbered(c, "x"), c.str("indexing"), c.bool("sparse"), c.bool("copy"));
            case "lexsort" -> Nd.lexsort(numbered(c, "k"), c.integer("axis"));
            case "lexsort_array" -> Nd.lexsort(c.in("keys"));
            case "concatenate_none" -> Nd.concatenate(numbered(c, "a"), (Integer) null);
            case "pad" -> pad(c);
            default -> throw new IllegalStateException("unknown op " + c.op());
        };
    }

    private static NDArray[] numbered(CoverageFixture c, String prefix) {
        java.util.List<NDArray> out = new java.util.ArrayList<>();
        for (int i = 0; c.inputs().containsKey(prefix + i); i++) {
            out.add(c.in(prefix + i));
        }
        return out.toArray(new NDArray[0]);
    }

    private static NDArray pad(CoverageFixture c) {
        PadMode mode = PadMode.valueOf(c.str("mode").toUpperCase(java.util.Locale.ROOT));
        int[][] widths = pairs(c.ints("widths"), c.integer("pairs"));
        if (c.has("values")) {
            double[] v = c.doubles("values");
            double[][] values = new double[v.length / 2][];
            for (int i = 0; i < values.length; i++) {
                values[i] = new double[] {v[2 * i], v[2 * i + 1]};
            }
            return Nd.pad(c.in("a"), widths, mode, values);
        }
        if (c.has("stat")) {
            return Nd.pad(c.in("a"), widths, mode, pairs(c.ints("stat"), c.integer("statpairs")));
        }
        if (c.has("odd")) {
            return Nd.pad(c.in("a"), widths, mode, c.bool("odd"));
        }
        return Nd.pad(c.in("a"), widths, mode);
    }

    private static int[][] pairs(int[] flat, int count) {
        int[][] out = new int[count][];
        for (int i = 0; i < count; i++) {
            out[i] = new int[] {flat[2 * i], flat[2 * i + 1]};
        }
        return out;
    }

    /** EMPTY leaves the border unspecified in NumPy; its shape, dtype and middle are still NumPy's. */
    @Test
    void emptyModeKeepsTheMiddle() {
        NDArray a = Nd.arange(6).reshape(2, 3).astype(DType.INT32);
        NDArray p = Nd.pad(a, new int[][] {{1, 2}, {0, 3}}, PadMode.EMPTY);
        assertArrayEquals(new int[] {5, 6}, p.shape());
        assertEquals(DType.INT32, p.dtype());
        assertArrayEquals(a.toLongArray(), p.get("1:3, 0:3").toLongArray());
    }
}
