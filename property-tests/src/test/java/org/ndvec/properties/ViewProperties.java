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

    @Property(tries = 1000)
    void reshapeRoundTripsAndKeepsCOrder(@ForAll @Size(min = 1, max = 4) java.util.List<@IntRange(min = 1, max = 5) Integer> dims,
                                         @ForAll boolean transposeFirst) {
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        NDArray a = Nd.arange(n).reshape(shape);
        NDArray src = transposeFirst ? a.T() : a;
        NDArray flat = src.reshape(-1);
        // Oracle: C-order traversal of src by explicit index arithmetic.
        long[] expected = new long[n];
        int[] s = src.shape();
        int[] idx = new int[s.length];
        for (int k = 0; k < n; k++) {
            expected[k] = src.getLong(idx);
            for (int ax = s.length - 1; ax >= 0; ax--) {
                if (++idx[ax] < s[ax]) {
                    break;
                }
                idx[ax] = 0;
            }
        }
        assertArrayEquals(expected, flat.toLongArray());
        assertArrayEquals(src.toLongArray(), flat.reshape(s).toLongArray());
        assertArrayEquals(s, flat.reshape(s).shape());
    }

    @Property(tries = 1000)
    void writesThroughAViewShowInTheBase(@ForAll @IntRange(min = 1, max = 6) int rows,
                                         @ForAll @IntRange(min = 1, max = 6) int cols,
                                         @ForAll @IntRange(min = -6, max = 5) int r,
                                         @ForAll @IntRange(min = -6, max = 5) int c,
                                         @ForAll boolean reverse) {
        if (r < -rows || r >= rows || c < -cols || c >= cols) {
            return;
        }
        NDArray base = Nd.zeros(rows, cols);
        NDArray view = reverse ? base.get("::-1, ::-1").T() : base.T();
        view.setItem(c, r, 7.0);
        int br = reverse ? rows - 1 - Math.floorMod(r, rows) : Math.floorMod(r, rows);
        int bc = reverse ? cols - 1 - Math.floorMod(c, cols) : Math.floorMod(c, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double expected = i == br && j == bc ? 7.0 : 0.0;
                org.junit.jupiter.api.Assertions.assertEquals(expected, base.getDouble(i, j));
            }
        }
    }

    @Property(tries = 1000)
    void broadcastToIsAReadOnlyViewThatRepeats(@ForAll @IntRange(min = 1, max = 5) int len,
                                               @ForAll @IntRange(min = 0, max = 4) int lead) {
        NDArray row = Nd.arange(len);
        NDArray b = row.broadcastTo(lead, len);
        assertTrue(!b.isWriteable());
        assertTrue(lead == 0 || Nd.sharesMemory(b, row));
        long[] values = b.toLongArray();
        for (int i = 0; i < values.length; i++) {
            org.junit.jupiter.api.Assertions.assertEquals(i % len, values[i]);
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> b.fill(1));
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
