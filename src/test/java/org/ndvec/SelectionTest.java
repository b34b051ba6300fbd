package org.ndvec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Corner cases of nonzero/argwhere/searchsorted/unique; expected values from NumPy 2.4 (in comments). */
class SelectionTest {

    @Test
    void zeroDimensionalInputs() {
        // np.argwhere(np.array(5)).shape == (1, 0); np.argwhere(np.array(0)).shape == (0, 0)
        assertArrayEquals(new int[] {1, 0}, Nd.argwhere(Nd.scalar(5L)).shape());
        assertArrayEquals(new int[] {0, 0}, Nd.argwhere(Nd.scalar(0L)).shape());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Nd.nonzero(Nd.scalar(1L)));
        assertEquals("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.",
                e.getMessage());
    }

    @Test
    void nanCountsAsNonzeroAndMinusZeroDoesNot() {
        // np.flatnonzero([[0.0, nan], [-0.0, 2]]) == [1, 3]
        NDArray a = Nd.array(new double[][] {{0.0, Double.NaN}, {-0.0, 2}});
        assertArrayEquals(new long[] {1, 3}, Nd.flatnonzero(a).toLongArray());
    }

    @Test
    void searchsortedMixesIntegerHaystackAndFloatNeedles() {
        // np.searchsorted(np.array([1,3,5], int32), [2.5, 3.0, 9.0], 'right') == [1, 2, 3]
        NDArray hay = Nd.array(1, 3, 5).astype(DType.INT32);
        assertArrayEquals(new long[] {1, 2, 3}, Nd.searchsorted(hay, Nd.array(2.5, 3.0, 9.0), true).toLongArray());
    }

    @Test
    void uniqueOfBooleans() {
        // np.unique([True, False, True]) == [False, True], counts [1, 2]
        Unique u = Nd.unique(Nd.array(true, false, true));
        assertEquals(DType.BOOL, u.values().dtype());
        assertArrayEquals(new boolean[] {false, true}, u.values().toBooleanArray());
        assertArrayEquals(new long[] {1, 2}, u.counts().toLongArray());
        assertArrayEquals(new long[] {1, 0, 1}, u.inverse().toLongArray());
    }

    @Test
    void leadingAxisMaskMixesWithSlices() {
        // np.arange(12).reshape(3,4)[np.array([True,False,True]), 1:3] == [[1, 2], [9, 10]]
        NDArray a = Nd.arange(12).reshape(3, 4);
        NDArray r = a.get(Index.of(true, false, true), Index.slice(1, 3));
        assertArrayEquals(new int[] {2, 2}, r.shape());
        assertArrayEquals(new long[] {1, 2, 9, 10}, r.toLongArray());
    }
}
