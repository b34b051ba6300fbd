package org.ndvec.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/** Laws of views: they never copy, and composing them agrees with index arithmetic. */
class ViewProperties {

    @Property(tries = 1000)
    void transposeTwiceIsIdentity(@ForAll @Size(min = 0, max = 4) java.util.List<@IntRange(min = 1, max = 4) Integer> dims) {
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        NDArray a = Nd.arange(n).reshape(shape);
        NDArray tt = a.T().T();
        assertArrayEquals(a.shape(), tt.shape());
        assertArrayEquals(a.toLongArray(), tt.toLongArray());
        assertTrue(n == 0 || Nd.sharesMemory(a, tt));
    }

    @Property(tries = 1000)
    void sliceOfSliceIsComposedSlice(@ForAll @IntRange(min = 0, max = 40) int len,
                                     @ForAll @IntRange(min = -45, max = 45) int s1,
                                     @ForAll @IntRange(min = -45, max = 45) int e1,
                                     @ForAll @IntRange(min = -4, max = 4) int k1,
                                     @ForAll @IntRange(min = -45, max = 45) int s2,
                                     @ForAll @IntRange(min = -4, max = 4) int k2) {
        if (k1 == 0 || k2 == 0) {
            return;
        }
        NDArray a = Nd.arange(len);
        NDArray once = a.get(s1 + ":" + e1 + ":" + k1);
        NDArray twice = once.get(s2 + "::" + k2);
        // Oracle: Python's slice semantics applied to a plain list of positions.
        long[] expected = pySlice(pySlice(a.toLongArray(), s1, e1, k1), s2, null, k2);
        assertArrayEquals(expected, twice.toLongArray());
    }

    static long[] pySlice(long[] xs, Integer start, Integer stop, int step) {
        int n = xs.length;
        java.util.List<Long> out = new java.util.ArrayList<>();
        int lo;
        int hi;
        if (step > 0) {
            lo = start == null ? 0 : adjust(start, n, 0, n);
            hi = stop == null ? n : adjust(stop, n, 0, n);
            for (int i = lo; i < hi; i += step) {
                out.add(xs[i]);
            }
        } else {
            lo = start == null ? n - 1 : adjust(start, n, -1, n - 1);
            hi = stop == null ? -1 : adjust(stop, n, -1, n - 1);
            for (int i = lo; i > hi; i += step) {
                out.add(xs[i]);
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static int adjust(int v, int n, int lo, int hi) {
        if (v < 0) {
            v += n;
        }
        return Math.max(lo, Math.min(hi, v));
    }
}
