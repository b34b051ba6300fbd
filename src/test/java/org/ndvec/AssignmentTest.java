package org.ndvec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Assignment through every index form and the overloads a caller types. Expected values are
 * NumPy's (the expression is in each comment), or the untouched input where an error is expected.
 */
class AssignmentTest {

    @Test
    @SuppressWarnings("deprecation") // the value-first set(value, int...) must keep working for its callers
    void typicalCallsResolveToTheIntendedOverloads() {
        NDArray a = Nd.arange(6).reshape(2, 3);
        a.set("0", 0);                       // a[0] = 0  -> set(String, double)
        assertArrayEquals(new long[] {0, 0, 0, 3, 4, 5}, a.toLongArray());
        a.set(7, 1, 2);                      // a[1, 2] = 7 -> still the one-element set(long, int...)
        assertArrayEquals(new long[] {0, 0, 0, 3, 4, 7}, a.toLongArray());
        NDArray f = Nd.arange(6.0);
        f.set(Nd.array(true, false, true, false, true, false), 0.5);  // a[m] = 0.5 -> set(NDArray, double)
        assertArrayEquals(new double[] {0.5, 1, 0.5, 3, 0.5, 5}, f.toDoubleArray());
        f.set(0.25, 1);                      // a[1] = 0.25 -> one-element set(double, int...)
        assertEquals(0.25, f.getDouble(1));
        NDArray v = Nd.arange(4);
        v.set(new Index[] {Index.of(1, 3)}, Nd.array(8, 9));
        assertArrayEquals(new long[] {0, 8, 2, 9}, v.toLongArray());
        v.set(new Index[] {Index.from(2)}, -1);
        assertArrayEquals(new long[] {0, 8, -1, -1}, v.toLongArray());
    }

    // Issue 16 item 18: x[0] = 0 was mapped to x.set(0, 0), which on a matrix threw (value first:
    // it meant "store 0 at index 0" and needed two indices). setItem reads as x[i, j] = v and
    // fills the row when given fewer indices, as NumPy does.
    @Test
    void setItemTakesIndicesFirstAndFillsRows() {
        NDArray m = Nd.arange(6).reshape(2, 3);
        m.setItem(0, 0);                     // m[0] = 0 -> the whole row
        assertArrayEquals(new long[] {0, 0, 0, 3, 4, 5}, m.toLongArray());
        m.setItem(1, 2, 7);                  // m[1, 2] = 7
        assertArrayEquals(new long[] {0, 0, 0, 3, 4, 7}, m.toLongArray());
        m.setItem(-1, 0, 2.9);               // m[-1, 0] = 2.9 -> truncated into int64
        assertArrayEquals(new long[] {0, 0, 0, 2, 4, 7}, m.toLongArray());
        NDArray before = m.copy();
        assertThrows(IndexOutOfBoundsException.class, () -> m.setItem(0, 5, 1));
        assertThrows(IllegalStateException.class, () -> m.broadcastTo(2, 2, 3).setItem(0, 1));
        assertArrayEquals(before.toLongArray(), m.toLongArray());
        NDArray f = Nd.zeros(2, 2);
        f.setItem(new int[] {1}, true);      // f[1] = True
        assertArrayEquals(new double[] {0, 0, 1, 1}, f.toDoubleArray());
    }

    @Test
    void repeatedFancyIndicesLastWriteWins() {
        NDArray a = Nd.arange(5);
        a.set(Nd.array(1, 1, 3, 1), Nd.array(10, 20, 30, 40));   // a[[1,1,3,1]] = [10,20,30,40]
        assertArrayEquals(new long[] {0, 40, 2, 30, 4}, a.toLongArray());
    }

    @Test
    void writesGoThroughViewsToTheBase() {
        NDArray a = Nd.arange(10);
        a.get("2:8").set(new Index[] {Index.of(0, 2)}, -1);      // a[2:8][[0,2]] = -1
        assertArrayEquals(new long[] {0, 1, -1, 3, -1, 5, 6, 7, 8, 9}, a.toLongArray());
        NDArray b = Nd.arange(10);
        b.get("::-1").set(":5", Nd.arange(100, 105));            // a[::-1][:5] = arange(100, 105)
        assertArrayEquals(new long[] {0, 1, 2, 3, 4, 104, 103, 102, 101, 100}, b.toLongArray());
    }

    @Test
    void overlappingValueIsReadBeforeWriting() {
        NDArray a = Nd.arange(10);
        a.set("1:", a.get(":-1"));                                // a[1:] = a[:-1]
        assertArrayEquals(new long[] {0, 0, 1, 2, 3, 4, 5, 6, 7, 8}, a.toLongArray());
    }

    @Test
    void valueBroadcastsAndCasts() {
        NDArray a = Nd.arange(6).reshape(2, 3);
        a.set(":, [0, 2]", Nd.array(new int[][] {{7}, {8}}));     // a[:, [0,2]] = [[7],[8]]
        assertArrayEquals(new long[] {7, 1, 7, 8, 4, 8}, a.toLongArray());
        NDArray i = Nd.arange(4).astype(DType.INT32);
        i.set(Nd.array(0, 1), Nd.array(1.9, -2.7));              // int32 target truncates
        assertArrayEquals(new int[] {1, -2, 2, 3}, i.toIntArray());
    }

    @Test
    void failedAssignmentLeavesTargetUntouched() {
        NDArray a = Nd.arange(6);
        assertThrows(IndexOutOfBoundsException.class, () -> a.set(Nd.array(0, 9), Nd.array(1, 2)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> a.set(Nd.array(1, 2, 3), Nd.zeros(2)));
        assertEquals("shape mismatch: value array of shape (2,) could not be broadcast to indexing result of shape (3,)",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> a.set("1:4", Nd.zeros(2)));
        assertEquals("could not broadcast input array from shape (2,) into shape (3,)", e.getMessage());
        NDArray mask = Nd.array(true, false, true, false, true, false);
        e = assertThrows(IllegalArgumentException.class, () -> a.set(mask, Nd.zeros(2)));
        assertEquals("NumPy boolean array indexing assignment cannot assign 2 input values to the 3 output values "
                + "where the mask is true", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> a.set(mask, Double.NaN));
        assertEquals("cannot convert float NaN to integer", e.getMessage());
        assertArrayEquals(new long[] {0, 1, 2, 3, 4, 5}, a.toLongArray());
        NDArray ro = Nd.arange(3).broadcastTo(2, 3);
        assertThrows(IllegalStateException.class, () -> ro.set("0", 1));
        assertThrows(IllegalStateException.class, () -> ro.set(Nd.array(new long[] {0}), Nd.scalar(1L)));
    }

    @Test
    void advancedGetCopiesAndBasicGetViews() {
        NDArray a = Nd.arange(6);
        assertTrue(Nd.sharesMemory(a, a.get("1:3")));
        assertFalse(Nd.sharesMemory(a, a.get(Nd.array(1, 2))));
        assertArrayEquals(new int[] {1, 6}, a.get(Index.of(Nd.scalar(true))).shape());   // a[np.array(True)]
        NDArray zeroD = a.get(Nd.scalar(1L));                                                // a[np.array(1)]
        assertArrayEquals(new int[0], zeroD.shape());
        assertEquals(1L, zeroD.itemLong());
        NDArray onehot = Nd.eye(3).get(Nd.array(2, 0, 1, 1));                              // np.eye(3)[[2,0,1,1]]
        assertArrayEquals(new double[] {0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1, 0}, onehot.toDoubleArray());
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                () -> a.get(Nd.array(new double[] {1.0})));
        assertEquals("arrays used as indices must be of integer (or boolean) type", e.getMessage());
    }

    @Test
    void indexOfConveniencesMatchArrays() {
        NDArray a = Nd.arange(12).reshape(3, 4);
        assertArrayEquals(a.get(Index.of(0, 2)).toLongArray(), a.get(Index.of(new long[] {0, 2})).toLongArray());
        assertArrayEquals(new long[] {0, 1, 2, 3, 8, 9, 10, 11}, a.get(Index.of(true, false, true)).toLongArray());
        assertArrayEquals(new long[] {1, 11}, a.get("[0, 2], [1, 3]").toLongArray());      // a[[0,2],[1,3]]
    }
}
