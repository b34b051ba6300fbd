package org.ndvec.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
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
}
