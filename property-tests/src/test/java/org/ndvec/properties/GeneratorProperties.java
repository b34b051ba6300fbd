package org.ndvec.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.jqwik.Arrays;
import org.ndvec.jqwik.Shapes;

/** The published generators do what they promise, and views read what their index arithmetic says. */
class GeneratorProperties {

    @Provide
    Arbitrary<int[][]> pairs() {
        return Shapes.broadcastablePair();
    }

    @Provide
    Arbitrary<NDArray> doubleViews() {
        return Arrays.views(DType.FLOAT64);
    }

    @Provide
    Arbitrary<NDArray> intViews() {
        return Arrays.views(DType.INT32);
    }

    @Property(tries = 1000)
    void broadcastablePairsBroadcast(@ForAll("pairs") int[][] shapes) {
        int[] a = shapes[0];
        int[] b = shapes[1];
        int nd = Math.max(a.length, b.length);
        int[] expected = new int[nd];
        for (int i = 0; i < nd; i++) {
            int da = i < nd - a.length ? 1 : a[i - (nd - a.length)];
            int db = i < nd - b.length ? 1 : b[i - (nd - b.length)];
            assertTrue(da == db || da == 1 || db == 1, "per-dim rule");
            expected[i] = da == 1 ? db : da;
        }
        assertArrayEquals(expected, Nd.zeros(a).broadcastTo(expected).shape());
        assertArrayEquals(expected, Nd.zeros(b).broadcastTo(expected).shape());
    }

    @Property(tries = 1000)
    void copyOfAnyViewHasTheViewsValuesInCOrder(@ForAll("doubleViews") NDArray v) {
        NDArray c = v.copy();
        assertTrue(c.isContiguous());
        assertArrayEquals(v.shape(), c.shape());
        double[] flat = c.toDoubleArray();
        int[] s = v.shape();
        int[] idx = new int[s.length];
        for (int k = 0; k < flat.length; k++) {
            assertEquals(Double.doubleToLongBits(v.getDouble(idx)), Double.doubleToLongBits(flat[k]));
            for (int ax = s.length - 1; ax >= 0; ax--) {
                if (++idx[ax] < s[ax]) {
                    break;
                }
                idx[ax] = 0;
            }
        }
        if (v.size() > 0) {
            assertTrue(Nd.sharesMemory(v, v.base()), "a generated view is a view");
        }
    }

    @Property(tries = 1000)
    void castToWiderAndBackIsExact(@ForAll("intViews") NDArray v) {
        assertArrayEquals(v.toIntArray(), v.astype(DType.INT64).astype(DType.INT32).toIntArray());
        assertArrayEquals(v.toIntArray(), v.astype(DType.FLOAT64).astype(DType.INT32).toIntArray());
    }

    /** Over a few thousand samples, every promised edge value turns up. */
    @Example
    void edgeValuesAreGenerated() {
        List<NDArray> doubles = Arrays.of(DType.FLOAT64, 20).sampleStream().limit(300).toList();
        assertTrue(doubles.stream().anyMatch(a -> has(a, x -> Double.isNaN(x))), "NaN");
        assertTrue(doubles.stream().anyMatch(a -> has(a, x -> Double.doubleToRawLongBits(x) == Long.MIN_VALUE)), "-0.0");
        assertTrue(doubles.stream().anyMatch(a -> has(a, x -> x == Double.NEGATIVE_INFINITY)), "-inf");
        assertTrue(doubles.stream().anyMatch(a -> has(a, x -> x == Double.MAX_VALUE)), "MAX_VALUE");
        assertTrue(doubles.stream().anyMatch(a -> has(a, x -> x != 0 && Math.abs(x) < Double.MIN_NORMAL)), "denormal");
        List<NDArray> floats = Arrays.of(DType.FLOAT32, 20).sampleStream().limit(300).toList();
        assertTrue(floats.stream().anyMatch(a -> has(a, x -> x != 0 && Math.abs(x) < Float.MIN_NORMAL)), "float32 denormal");
        List<NDArray> longs = Arrays.of(DType.INT64, 20).sampleStream().limit(300).toList();
        assertTrue(longs.stream().anyMatch(a -> java.util.Arrays.stream(a.toLongArray()).anyMatch(x -> x == Long.MIN_VALUE)), "MIN");
        assertTrue(longs.stream().anyMatch(a -> java.util.Arrays.stream(a.toLongArray()).anyMatch(x -> x == Long.MAX_VALUE)), "MAX");
        List<NDArray> ints = Arrays.of(DType.INT32, 20).sampleStream().limit(300).toList();
        assertTrue(ints.stream().anyMatch(a -> java.util.Arrays.stream(a.toLongArray()).anyMatch(x -> x == Integer.MIN_VALUE)), "int32 MIN");
        List<NDArray> views = Arrays.views().sampleStream().limit(300).toList();
        assertTrue(views.stream().anyMatch(v -> !v.isContiguous() && v.size() > 1), "non-contiguous views");
        assertTrue(views.stream().map(NDArray::dtype).distinct().count() == 5, "every non-string dtype");
    }

    /**
     * A failing property shrinks to a small, simple counterexample: greedily following
     * jqwik's shrink candidates of an array holding some value >= 1 (or NaN) must end at one
     * element equal to 1.0, the simplest array that still fails.
     */
    @Example
    void shrinksTowardSmallShapesAndSimpleValues() {
        java.util.function.Predicate<NDArray> fails = a -> has(a, x -> !(x < 1));
        var gen = Arrays.of(DType.FLOAT64).generator(1000);
        java.util.Random random = new java.util.Random(42);
        net.jqwik.api.Shrinkable<NDArray> s = gen.next(random);
        while (!fails.test(s.value()) || s.value().size() < 4) {
            s = gen.next(random);
        }
        for (int step = 0; step < 10_000; step++) {
            var smaller = s.shrink().filter(c -> fails.test(c.value())).findFirst();
            if (smaller.isEmpty()) {
                break;
            }
            s = smaller.get();
        }
        NDArray simplest = s.value();
        assertEquals(1, simplest.size(), "shrunk to shape " + java.util.Arrays.toString(simplest.shape()));
        assertEquals(1.0, simplest.toDoubleArray()[0], "shrunk to " + simplest);
    }

    /**
     * A value-dependent failure over finite arrays of any layout shrinks to a few small elements
     * quickly: the filter-and-flatMap generator hit jqwik's 10-second bound and reported a
     * 6x2 matrix of values like -7.1684754e+05. Greedily following the shrink candidates (as jqwik
     * does) of a failing sum > 100 must end, after fewer than 20,000 candidates, at five or fewer
     * elements no larger than 1000.
     */
    @Example
    void valueDependentFailuresShrinkToAFewSmallElements() {
        java.util.function.Predicate<NDArray> fails = a -> a.size() > 0 && a.astype(DType.FLOAT64).sum().itemDouble() > 100;
        var gen = Arrays.float64s().finite().between(-1e6, 1e6).ranks(1, 3)
                .layouts(org.ndvec.jqwik.Layout.NON_CONTIGUOUS).generator(1000);
        java.util.Random random = new java.util.Random(7);
        net.jqwik.api.Shrinkable<NDArray> s = gen.next(random);
        while (!fails.test(s.value()) || s.value().size() < 6) {
            s = gen.next(random);
        }
        int[] tried = {0};
        for (int step = 0; step < 100_000; step++) {
            var smaller = s.shrink().filter(c -> {
                tried[0]++;
                return fails.test(c.value());
            }).findFirst();
            if (smaller.isEmpty()) {
                break;
            }
            s = smaller.get();
        }
        NDArray simplest = s.value();
        // a count, not a time (timing is not asserted in tests); seed 7 takes 16,059 candidates
        assertTrue(tried[0] < 20_000, "shrinking tried " + tried[0] + " candidates");
        // measured: [0., 0., 0., 0., 100.01], 3.5 s on a loaded 2-core machine (the value that fails sits last, so no side shrinks past it)
        assertTrue(simplest.size() <= 5, "shrunk to " + simplest.repr());
        for (double v : simplest.toDoubleArray()) {
            assertTrue(Math.abs(v) <= 1000, "shrunk to " + simplest.repr());
        }
    }

    private static boolean has(NDArray a, java.util.function.DoublePredicate p) {
        return java.util.Arrays.stream(a.toDoubleArray()).anyMatch(p);
    }
}
