package org.ndvec.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * NumPy's broadcasting rules as laws. Shapes come from a seed: a random "full" shape, from
 * which each operand drops leading dims and turns some dims into 1 (compatible pairs), and,
 * a third of the time, changes one dim to another size (mostly incompatible pairs), so both
 * outcomes are exercised. The oracle for values is a naive index mapping, independent of the
 * strides machinery under test.
 */
class BroadcastProperties {

    private static int[] full(Random r) {
        int[] s = new int[r.nextInt(5)];
        for (int i = 0; i < s.length; i++) {
            s[i] = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(4);
        }
        return s;
    }

    private static int[] derive(Random r, int[] full) {
        int drop = r.nextInt(full.length + 1);
        int[] s = java.util.Arrays.copyOfRange(full, drop, full.length);
        for (int i = 0; i < s.length; i++) {
            if (r.nextInt(3) == 0) {
                s[i] = 1;
            }
        }
        if (s.length > 0 && r.nextInt(3) == 0) {
            s[r.nextInt(s.length)] = r.nextInt(5);
        }
        return s;
    }

    /** The rule itself, written from NumPy's documentation: aligned from the right, equal or 1. */
    private static int[] rule(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            int da = k < n - a.length ? 1 : a[k - (n - a.length)];
            int db = k < n - b.length ? 1 : b[k - (n - b.length)];
            if (da != db && da != 1 && db != 1) {
                return null;
            }
            out[k] = da == 1 ? db : da;
        }
        return out;
    }

    @Property(tries = 2000)
    void broadcastShapesIsSymmetricAndFollowsTheRulePerDim(@ForAll long seed) {
        Random r = new Random(seed);
        int[] f = full(r);
        int[] a = derive(r, f);
        int[] b = derive(r, f);
        int[] expected = rule(a, b);
        if (expected == null) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Nd.broadcastShapes(a, b));
            assertTrue(e.getMessage().startsWith("operands could not be broadcast together with shapes"));
            assertThrows(IllegalArgumentException.class, () -> Nd.broadcastShapes(b, a));
        } else {
            assertArrayEquals(expected, Nd.broadcastShapes(a, b));
            assertArrayEquals(expected, Nd.broadcastShapes(b, a));
        }
    }

    @Property(tries = 1000)
    void errorIffIncompatibleAndValuesMatchIndexMapping(@ForAll long seed) {
        Random r = new Random(seed);
        int[] f = full(r);
        int[] sa = derive(r, f);
        int[] sb = derive(r, f);
        NDArray a = Nd.arange(size(sa)).reshape(sa).astype(DType.FLOAT64);
        NDArray b = Nd.arange(size(sb)).reshape(sb).mul(10L);
        int[] shape = rule(sa, sb);
        if (shape == null) {
            assertThrows(IllegalArgumentException.class, () -> a.sub(b));
            return;
        }
        NDArray got = a.sub(b);
        assertArrayEquals(shape, got.shape());
        assertEquals(DType.FLOAT64, got.dtype());
        double[] flat = got.toDoubleArray();
        int[] idx = new int[shape.length];
        for (int i = 0; i < flat.length; i++) {
            assertEquals(a.getDouble(map(idx, sa)) - b.getDouble(map(idx, sb)), flat[i], "at flat " + i);
            increment(idx, shape);
        }
    }

    @Property(tries = 1000)
    void contiguousEqualsTransposedSlicedAndReversedViews(@ForAll long seed) {
        Random r = new Random(seed);
        int m = 1 + r.nextInt(9);
        int n = 1 + r.nextInt(9);
        double[] data = new double[m * n];
        for (int i = 0; i < data.length; i++) {
            data[i] = r.nextInt(200) - 100 + 0.5;
        }
        NDArray a = NDArray.wrap(data, m, n);
        NDArray row = Nd.arange(n).astype(DType.FLOAT64);
        double[] want = a.mul(row).add(1.0).toDoubleArray();
        NDArray transposed = a.T().copy().T(); // same values, Fortran layout
        NDArray sliced = Nd.zeros(2 * m + 1, 3 * n);
        sliced.get("1::2, ::3").addi(a); // write a into every other row and third column
        NDArray slicedView = sliced.get("1::2, ::3");
        NDArray reversed = a.get("::-1, ::-1").copy().get("::-1, ::-1");
        for (NDArray view : new NDArray[] {transposed, slicedView, reversed}) {
            assertArrayEquals(want, view.mul(row).add(1.0).toDoubleArray());
            assertArrayEquals(want, Nd.fma(view, row, Nd.ones(1)).toDoubleArray());
        }
    }

    @Property(tries = 1000)
    void broadcastToNeverCopies(@ForAll long seed) {
        Random r = new Random(seed);
        int[] target = full(r);
        int[] shape = derive(r, target);
        if (rule(shape, target) == null || !java.util.Arrays.equals(rule(shape, target), target)) {
            return;
        }
        NDArray a = Nd.arange(size(shape)).reshape(shape);
        NDArray v = a.broadcastTo(target);
        assertArrayEquals(target, v.shape());
        assertFalse(v.isWriteable());
        if (a.size() > 0 && v.size() > 0) {
            assertTrue(v.sharesMemory(a));
            assertTrue(v.base() == a || v.base() == a.base());
        }
        long[] strides = v.strides();
        int lead = target.length - shape.length;
        for (int k = 0; k < target.length; k++) {
            if (k < lead || (shape[k - lead] == 1 && target[k] != 1)) {
                assertEquals(0, strides[k], "stretched dim " + k + " must have stride 0");
            }
        }
    }

    private static int size(int[] s) {
        int n = 1;
        for (int d : s) {
            n *= d;
        }
        return n;
    }

    private static int[] map(int[] idx, int[] shape) {
        int lead = idx.length - shape.length;
        int[] out = new int[shape.length];
        for (int k = 0; k < shape.length; k++) {
            out[k] = shape[k] == 1 ? 0 : idx[lead + k];
        }
        return out;
    }

    private static void increment(int[] idx, int[] shape) {
        for (int k = idx.length - 1; k >= 0; k--) {
            if (++idx[k] < shape[k]) {
                return;
            }
            idx[k] = 0;
        }
    }
}
