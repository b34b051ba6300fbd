package org.ndvec.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.jqwik.Arrays;

/**
 * Laws of the shape-changing views on arbitrary (non-contiguous, broadcast) views: transpose
 * by any permutation, swapaxes, moveaxis, expandDims and squeeze. The oracle is index
 * arithmetic on the source through getLong, and each result must share the source's memory.
 */
class ShapeLawProperties {

    @Provide
    Arbitrary<NDArray> views() {
        return Arrays.views(DType.INT64);
    }

    @Property(tries = 1000)
    void transposeByAPermutationMovesIndicesAndItsInverseUndoesIt(@ForAll("views") NDArray v, @ForAll long seed) {
        int nd = v.ndim();
        int[] perm = permutation(nd, new Random(seed));
        NDArray t = v.transpose(perm);
        int[] s = v.shape();
        for (int i = 0; i < nd; i++) {
            assertEquals(s[perm[i]], t.shape()[i]);
        }
        int[] ti = new int[nd];
        int[] vi = new int[nd];
        for (long k = 0; k < t.size(); k++) {
            for (int i = 0; i < nd; i++) {
                vi[perm[i]] = ti[i];
            }
            assertEquals(v.getLong(vi), t.getLong(ti), "at " + java.util.Arrays.toString(ti));
            ElementwiseProperties.increment(ti, t.shape());
        }
        int[] inverse = new int[nd];
        for (int i = 0; i < nd; i++) {
            inverse[perm[i]] = i;
        }
        NDArray back = t.transpose(inverse);
        assertArrayEquals(s, back.shape());
        assertArrayEquals(v.strides(), back.strides());
        assertArrayEquals(v.toLongArray(), back.toLongArray());
        assertShares(v, t);
    }

    @Property(tries = 1000)
    void swapaxesAndMoveaxisAreTransposes(@ForAll("views") NDArray v, @ForAll long seed) {
        int nd = v.ndim();
        if (nd == 0) {
            return;
        }
        Random r = new Random(seed);
        int i = r.nextInt(nd);
        int j = r.nextInt(nd);
        int[] swap = identity(nd);
        swap[i] = j;
        swap[j] = i;
        assertSameView(v.transpose(swap), v.swapaxes(i, j - nd)); // negative axes count from the end
        List<Integer> order = new ArrayList<>();
        for (int d = 0; d < nd; d++) {
            order.add(d);
        }
        order.remove(i);
        order.add(j, i);
        int[] move = order.stream().mapToInt(Integer::intValue).toArray();
        assertSameView(v.transpose(move), v.moveaxis(i, j));
    }

    @Property(tries = 1000)
    void expandDimsThenSqueezeIsIdentity(@ForAll("views") NDArray v, @ForAll long seed) {
        int nd = v.ndim();
        int axis = new Random(seed).nextInt(nd + 1) - (seed < 0 ? nd + 1 : 0); // also negative axes
        NDArray e = v.expandDims(axis);
        int at = axis < 0 ? axis + nd + 1 : axis;
        int[] want = new int[nd + 1];
        for (int d = 0, src = 0; d <= nd; d++) {
            want[d] = d == at ? 1 : v.shape()[src++];
        }
        assertArrayEquals(want, e.shape());
        assertArrayEquals(v.toLongArray(), e.toLongArray());
        NDArray back = e.squeeze(axis);
        assertArrayEquals(v.shape(), back.shape());
        assertArrayEquals(v.toLongArray(), back.toLongArray());
        assertShares(v, e);
    }

    @Property(tries = 1000)
    void squeezeDropsExactlyTheUnitAxesAndKeepsCOrder(@ForAll("views") NDArray v) {
        NDArray s = v.squeeze();
        int[] want = java.util.Arrays.stream(v.shape()).filter(d -> d != 1).toArray();
        assertArrayEquals(want, s.shape());
        assertArrayEquals(v.toLongArray(), s.toLongArray());
        assertShares(v, s);
        // and reshape of the view to its squeezed shape agrees with squeeze
        assertArrayEquals(v.toLongArray(), v.reshape(want).toLongArray());
    }

    private static void assertSameView(NDArray want, NDArray got) {
        assertArrayEquals(want.shape(), got.shape());
        assertArrayEquals(want.strides(), got.strides());
        assertArrayEquals(want.toLongArray(), got.toLongArray());
    }

    private static void assertShares(NDArray a, NDArray view) {
        assertTrue(a.size() == 0 || Nd.sharesMemory(a, view), "a view, not a copy");
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    private static int[] permutation(int n, Random r) {
        List<Integer> p = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            p.add(i);
        }
        Collections.shuffle(p, r);
        return p.stream().mapToInt(Integer::intValue).toArray();
    }
}
