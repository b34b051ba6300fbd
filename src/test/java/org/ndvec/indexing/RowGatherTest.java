package org.ndvec.indexing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ndvec.DType;
import org.ndvec.Index;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * The row-gather fast path of {@code a[idx]} / {@code take(idx, 0)}, checked against plain Java
 * loops over the source data (the truth) and against the general advanced-indexing walk, which a
 * non-C-contiguous copy of the same array takes.
 */
class RowGatherTest {
    private static long[] randomRows(Random r, int count, int n) {
        long[] idx = new long[count];
        for (int i = 0; i < count; i++) {
            idx[i] = r.nextInt(2 * n) - n; // negative indices count from the end
        }
        return idx;
    }

    @Test
    void largeFloatGatherSplitOverWorkersMatchesLoop() {
        // 3000 x 400 rows gathered: 1.2M elements, above the parallel threshold
        Random r = new Random(7);
        int n = 1000;
        int m = 400;
        float[] data = new float[n * m];
        for (int i = 0; i < data.length; i++) {
            data[i] = r.nextFloat();
        }
        long[] idx = randomRows(r, 3000, n);
        NDArray got = NDArray.wrap(data, n, m).get(Nd.array(idx));
        assertArrayEquals(new int[] {3000, m}, got.shape());
        float[] expected = new float[3000 * m];
        for (int i = 0; i < idx.length; i++) {
            int row = (int) (idx[i] < 0 ? idx[i] + n : idx[i]);
            for (int j = 0; j < m; j++) {
                expected[i * m + j] = data[row * m + j];
            }
        }
        assertArrayEquals(expected, got.toFloatArray());
    }

    @Test
    void everyDtypeAndRowLengthAgreesWithTheGeneralWalk() {
        Random r = new Random(11);
        int[][] shapes = {{7}, {7, 1}, {7, 3}, {7, 2, 5}, {1, 4}};
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64, DType.INT32, DType.INT64, DType.BOOL}) {
            for (int[] shape : shapes) {
                NDArray a = Nd.arange(Nd.zeros(shape).size()).reshape(shape).astype(t);
                // an F-ordered copy holds the same values but is not C-contiguous for 2+ dims
                NDArray strided = everyOtherOfRepeated(a);
                assertFalse(strided.isContiguous());
                long[] idx = randomRows(r, 9, shape[0]);
                NDArray index = Nd.array(idx).reshape(3, 3);
                NDArray fast = a.get(index);
                NDArray general = strided.get(index);
                assertEquals(t, fast.dtype());
                assertArrayEquals(general.shape(), fast.shape());
                assertArrayEquals(general.toDoubleArray(), fast.toDoubleArray(), t + " " + java.util.Arrays.toString(shape));
                assertArrayEquals(fast.toDoubleArray(), a.take(index, 0).toDoubleArray());
            }
        }
    }

    /**
     * The values of {@code a} as a view that is not C-contiguous whatever its shape: elements
     * repeated along the first and last axes, then every other one taken along both.
     */
    private static NDArray everyOtherOfRepeated(NDArray a) {
        int last = a.ndim() - 1;
        NDArray doubled = Nd.repeat(a, 2, 0);
        Index[] every = new Index[a.ndim()];
        java.util.Arrays.fill(every, Index.all());
        every[0] = Index.slice(0, doubled.shape(0), 2);
        if (last > 0) {
            doubled = Nd.repeat(doubled, 2, last);
            every[last] = Index.slice(0, doubled.shape(last), 2);
        }
        return doubled.get(every);
    }

    @Test
    void int32AndStridedIndexArrays() {
        NDArray a = Nd.arange(20).reshape(5, 4);
        NDArray i32 = Nd.array(4, -5, 2);
        assertArrayEquals(new double[] {16, 17, 18, 19, 0, 1, 2, 3, 8, 9, 10, 11}, a.get(i32).toDoubleArray());
        NDArray everyOther = Nd.array(3L, 9L, 1L, 9L).get(Index.slice(0, 4, 2)); // [3, 1], stride 2
        assertArrayEquals(new double[] {12, 13, 14, 15, 4, 5, 6, 7}, a.get(everyOther).toDoubleArray());
    }

    @Test
    void resultIsACopy() {
        NDArray a = Nd.arange(6).reshape(3, 2);
        NDArray g = a.get(Nd.array(0L, 0L));
        g.set(new Index[] {Index.at(0), Index.at(0)}, Nd.array(99L));
        assertEquals(0L, a.getLong(0, 0));
        assertFalse(Nd.sharesMemory(a, g));
    }

    @Test
    void outOfBoundsIndexNamesNumpysMessage() {
        NDArray a = Nd.arange(20).reshape(5, 4);
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                () -> a.get(Nd.array(0L, 5L, -9L)));
        assertEquals("index 5 is out of bounds for axis 0 with size 5", e.getMessage());
        e = assertThrows(IndexOutOfBoundsException.class, () -> a.get(Nd.array(-6L)));
        assertEquals("index -6 is out of bounds for axis 0 with size 5", e.getMessage());
        IndexOutOfBoundsException flat = assertThrows(IndexOutOfBoundsException.class,
                () -> Nd.arange(3).take(Nd.array(1L, -4L), 0));
        assertEquals("index -4 is out of bounds for axis 0 with size 3", flat.getMessage());
        e = assertThrows(IndexOutOfBoundsException.class, () -> Nd.zeros(0, 3).get(Nd.array(0L)));
        assertEquals("index 0 is out of bounds for axis 0 with size 0", e.getMessage());
    }

    @Test
    void emptyRowsAndEmptyIndex() {
        assertArrayEquals(new int[] {2, 0}, Nd.zeros(3, 0).get(Nd.array(2L, -3L)).shape());
        assertArrayEquals(new int[] {0, 4}, Nd.zeros(3, 4).get(Nd.array(new long[0])).shape());
    }
}
